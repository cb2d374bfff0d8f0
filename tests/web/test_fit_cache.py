"""The web app holds its own cache of fits: made by the app factory, on ``app.state``, and handed to every route that
fits by a dependency (stand-ins for the assessment record which cache they were given)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from foedus.errors import FoedusError
from foedus.reliability import assess as assess_module
from foedus.reliability.cache import FitCache
from foedus.web import create_app
from foedus.web.api import fit_cache_of


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[FitCache]]:
    """Replace the assessment with a stand-in that records the cache it was handed, and says it cannot assess."""
    seen: list[FitCache] = []

    def assess(store: object, a: str, b: str, **options: Any) -> object:
        seen.append(options["cache"])
        raise FoedusError("a stand-in assessment")

    monkeypatch.setattr(assess_module, "assess", assess)
    yield seen


def test_the_routes_fit_with_the_apps_own_cache(store_path: Path, tmp_path: Path, handed: list[FitCache]) -> None:
    mine = FitCache(tmp_path / "fits")
    application = create_app(store_path, fit_cache=mine)
    try:
        assert application.state.fit_cache is mine
        with TestClient(application, base_url="http://localhost") as client:
            assert client.get("/api/assessment", params={"a": "China", "b": "Russia"}).status_code == 400
            assert "a stand-in assessment" in client.get("/pair/assessment", params={"a": "China", "b": "Russia"}).text
            client.get("/pair", params={"a": "China", "b": "Russia", "wait": "1"})
            assert handed == [mine] * 3
            other = FitCache(tmp_path / "other")
            application.dependency_overrides[fit_cache_of] = lambda: other  # the routes take it from the dependency
            client.get("/api/assessment", params={"a": "China", "b": "Russia", "coding": "atop"})
            assert handed[-1] is other
    finally:
        application.state.gate.close()


def test_each_app_makes_its_own_cache(store_path: Path, web_store_path: Path) -> None:
    first, second = create_app(store_path), create_app(web_store_path)
    try:
        assert isinstance(first.state.fit_cache, FitCache) and first.state.fit_cache is not second.state.fit_cache
        assert first.state.fit_cache.folder == FitCache().folder  # the default folder, $FOEDUS_CACHE here
    finally:
        first.state.gate.close()
        second.state.gate.close()
