"""The tables shipped with foedus: rebuilt byte for byte from the original files, listed, cited, read lazily."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.data import SHIPPED_TABLES, manifest, shipped_path, shipped_tables
from foedus.data.build import build_shipped_tables
from foedus.reliability.backtest import Backtest
from foedus.reliability.cache import FitCache
from foedus.store import Store


@pytest.mark.shared_data
def test_a_rebuild_from_the_original_files_is_byte_identical(shared_data: Path, tmp_path: Path,
                                                             fresh_stacking: tuple[dict[str, Any], Backtest],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from foedus.reliability import fits

    key, fresh = fresh_stacking  # the session's fresh run of the stacking backtest, which the build would repeat
    calls: list[dict[str, Any]] = []

    def stacked_backtest(store: Store, coding: str, horizon: int, prior: str, as_of: int | None = None,
                         progress: object = None, *, fingerprint: str | None = None, ship: bool = True,
                         cache: object = None) -> Backtest:
        assert not ship, "the build must run the backtest anew, never read the shipped one"
        assert fits.stacking_key(store) == key == fits.stacking_key(store, coding, horizon, prior, as_of,
                                                                    fingerprint=fingerprint)
        calls.append(key)
        return fresh  # a fresh store's, as asserted: what the real call computes

    monkeypatch.setattr(fits, "stacked_backtest", stacked_backtest)
    built = build_shipped_tables(shared_data, tmp_path)
    assert calls == [key], "the build runs the stacking backtest of a fresh store once"
    assert {b.table.name for b in built} == {t.name for t in SHIPPED_TABLES}
    for b in built:
        shipped = shipped_path(b.table.name)
        assert hashlib.sha256(shipped.read_bytes()).hexdigest() == b.sha256, b.table.name
    assert json.loads((tmp_path / "manifest.json").read_text()) == {"format": 1, "tables": manifest()}
    shipped_stacking = shipped_path("capabilities").parent / "stacking.json"
    assert (tmp_path / "stacking.json").read_bytes() == shipped_stacking.read_bytes()


def test_a_fresh_store_finds_the_shipped_stacking_backtest(store: object) -> None:
    from foedus.reliability.fits import shipped_stacking, stacking_key

    shipped = shipped_stacking(stacking_key(store))  # type: ignore[arg-type]
    assert shipped is not None, "stacking.json is stale: rebuild it with foedus data build --from ../shared/data"
    assert sum(shipped.weights.values()) == pytest.approx(1.0)


def test_every_shipped_table_is_intact_listed_and_cited() -> None:
    rows = shipped_tables()
    assert all(r["intact"] and r["rows"] and r["years"] for r in rows)
    result = CliRunner().invoke(cli, ["data", "list"])
    assert result.exit_code == 0, result.output
    for table in SHIPPED_TABLES:
        assert table.name in result.output
    cited = CliRunner().invoke(cli, ["cite"])
    for key in ("leeds2002atop", "goemans2009archigos", "palmer2022mid5", "thompson2012rivalries",
                "coppedge2026vdem"):
        assert key in cited.output


def test_the_shipped_tables_keep_only_what_the_model_uses() -> None:
    atop = pd.read_csv(shipped_path("atop_member_phases"))
    assert list(atop.columns) == [name for name, _ in SHIPPED_TABLES[0].columns]
    assert len(atop) == 2398 and atop["atopid"].nunique() == 745
    regime = pd.read_csv(shipped_path("regime_scores"))
    assert set(regime["measure"]) == {"v2x_polyarchy", "polity2", "euds"}
    assert sum(shipped_path(t.name).stat().st_size for t in SHIPPED_TABLES) < 2_000_000


def test_a_missing_original_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["data", "build", "--from", str(tmp_path), "--to", str(tmp_path / "out")])
    assert result.exit_code == 1 and "lacks atop4_01a.csv" in result.output


@pytest.mark.shared_data
def test_an_import_of_atop_401_gives_the_same_universe_as_the_shipped_one(store_path: Path, shared_data: Path,
                                                                         fit_cache: FitCache) -> None:
    from foedus.importers import import_atop
    from foedus.reliability.fits import universe_table
    from foedus.store import open_store

    with open_store(store_path) as store:
        shipped = universe_table(store, "curated", 2024, cache=fit_cache)
    import_atop([shared_data / "atop" / "atop4_01a.csv", shared_data / "atop" / "atop4_01m.csv"], db=store_path)
    with open_store(store_path) as store:
        imported = universe_table(store, "curated", 2024, cache=fit_cache)
        from foedus.universe import family_relation

        assert family_relation(store, "atop_members").kind == "imported"
    pd.testing.assert_frame_equal(shipped.units, imported.units)
    assert all((shipped.covariates[k] == imported.covariates[k])[~pd.isna(shipped.covariates[k])].all()
               for k in shipped.covariates)
