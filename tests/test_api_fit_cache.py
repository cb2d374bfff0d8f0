"""A notebook's ledger holds its cache of fits and hands it to its assessments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import foedus
from foedus.reliability import assess as assess_module
from foedus.reliability.cache import FitCache


def test_a_ledger_holds_its_cache_and_passes_it_through(store_path: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[FitCache, dict[str, Any]]] = []

    def assess(store: object, a: str, b: str, **options: Any) -> str:
        seen.append((options.pop("cache"), options))
        return "assessed"

    monkeypatch.setattr(assess_module, "assess", assess)
    mine = FitCache(tmp_path / "fits")
    with foedus.open(store_path, cache=mine) as ledger:
        assert ledger.cache is mine
        assert ledger.assess("China", "Russia", horizons=[10]) == "assessed"  # type: ignore[comparison-overlap]
        ledger.assess("China", "Russia")
    with foedus.open(store_path) as other:
        assert isinstance(other.cache, FitCache) and other.cache is not mine
        assert other.cache.folder == FitCache().folder  # a new cache in the default folder ($FOEDUS_CACHE here)
        other.assess("Japan", "Germany")
    assert [cache for cache, _ in seen] == [mine, mine, other.cache]
    assert seen[0][1] == {"horizons": [10]}
