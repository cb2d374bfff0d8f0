"""Shared fixtures: a private store for every test, the real data where it is present, small ledgers."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from foedus.reliability.backtest import Backtest
    from foedus.reliability.cache import FitCache

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("FOEDUS_SHARED_DATA", ROOT.parent / "shared" / "data"))


def pytest_configure(config: pytest.Config) -> None:
    """Keep the terminal's size of the pytest command for its pytest-xdist workers, which otherwise see
    ``COLUMNS=80`` and ``LINES=24`` set (the CLI prints at ``$COLUMNS``)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        for name in ("COLUMNS", "LINES"):
            previous = os.environ.get(f"_FOEDUS_TEST_{name}")
            if previous is None:
                continue
            if previous == "":
                os.environ.pop(name, None)
            else:
                os.environ[name] = previous
    else:
        for name in ("COLUMNS", "LINES"):
            os.environ[f"_FOEDUS_TEST_{name}"] = os.environ.get(name, "")


@pytest.fixture(scope="session", autouse=True)
def _fit_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One cache of fits for the session: keyed by the store's content, so tests with the same data share fits.

    Under pytest-xdist the workers share one folder (beside their own temporary folders): an entry is written to a
    temporary file and renamed into place, so two processes filling one cache leave it readable.
    """
    if os.environ.get("PYTEST_XDIST_WORKER"):
        path = tmp_path_factory.getbasetemp().parent / "fits"
        path.mkdir(exist_ok=True)
    else:
        path = tmp_path_factory.mktemp("fits")
    previous = os.environ.get("FOEDUS_CACHE")
    os.environ["FOEDUS_CACHE"] = str(path)
    yield path
    if previous is None:
        os.environ.pop("FOEDUS_CACHE", None)
    else:
        os.environ["FOEDUS_CACHE"] = previous


@pytest.fixture(scope="session")
def fit_cache(_fit_cache: Path) -> FitCache:
    """Return the session's cache of fits (in the session's folder), for tests to hand to what they call."""
    from foedus.reliability.cache import FitCache

    return FitCache(_fit_cache)


@pytest.fixture(autouse=True)
def _private_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own default store, so no test touches the user's data directory."""
    monkeypatch.setenv("FOEDUS_DB", str(tmp_path_factory.mktemp("store") / "foedus.duckdb"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Return ../shared/data; skip (or, with FOEDUS_REQUIRE_SHARED_DATA=1, fail) where it is absent."""
    if not (SHARED_DATA / "README.md").exists():
        reason = f"the real data is not at {SHARED_DATA} (see DEVELOPERS: ../shared/data beside the project)"
        if os.environ.get("FOEDUS_REQUIRE_SHARED_DATA") == "1":
            pytest.fail(f"FOEDUS_REQUIRE_SHARED_DATA=1 but {reason}")
        pytest.skip(reason)
    return SHARED_DATA


#: Test files that share an expensive session fixture run in one pytest-xdist worker, so that it is built once.
_SHARED_GROUPS = {
    "tests/data/test_shipped_tables.py": "fresh_stacking",
    "tests/reliability/test_backtest.py": "fresh_stacking",
    "tests/events/test_spark.py": "samples",  # both read the store of the real event samples (_sample_store)
    "tests/events/test_monitor.py": "samples",
}
#: Long groups (measured on the 2-core machine) start first, in this order, so that no long group starts last while
#: the other worker has nothing left to do; the README tour comes after the groups that compute the fits it reuses
#: (the backtest, the assessments). The other groups follow, the most tests first.
_LONGEST_FIRST = (
    "fresh_stacking", "samples", "tests/web/test_browser.py", "tests/test_progress.py", "tests/test_project.py",
    "tests/reliability/test_assess.py", "tests/test_readme_tour.py", "tests/web/test_openapi_fuzz.py",
    "tests/report/test_width.py", "tests/test_api.py",
)


def _xdist_group(nodeid: str) -> str:
    """Return the pytest-xdist group of a test: its file's, or the group of files in :data:`_SHARED_GROUPS`."""
    module = nodeid.split("::")[0]
    return _SHARED_GROUPS.get(module, module)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("shared_data") and "shared_data" not in getattr(item, "fixturenames", ()):
            raise pytest.UsageError(f"{item.nodeid} is marked shared_data but does not use the shared_data fixture")
        if item.get_closest_marker("xdist_group"):
            raise pytest.UsageError(f"{item.nodeid}: tests are grouped by file; to run files in one pytest-xdist "
                                    "worker, add them to _SHARED_GROUPS in tests/conftest.py")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under ``--dist loadgroup`` (the README's test command), run each group of :func:`_xdist_group` whole in one
    worker, the groups of :data:`_LONGEST_FIRST` first.

    pytest-xdist's own loadgroup scheduling reads a group from a suffix it appends to each test's node id, which it
    cannot append under pytest 9.2 (the node id is no longer an attribute it can set): it then splits files between
    the workers, which build their module and session fixtures twice. The group is found from the node id here.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class FileGroups(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return _xdist_group(nodeid)

        def _assign_work_unit(self, node: Any) -> None:
            first = next((g for g in _LONGEST_FIRST if g in self.workqueue), None)
            if first is not None:
                self.workqueue.move_to_end(first, last=False)
            super()._assign_work_unit(node)

    return FileGroups(config, log)


@pytest.fixture(scope="session")
def _prepared_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from foedus.store import open_store

    path = tmp_path_factory.mktemp("prepared") / "foedus.duckdb"
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def fresh_stacking(_prepared_store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Backtest]:
    """Return the key and the stacking backtest of a fresh store, run anew (never the shipped one, never a cached
    one): what ``foedus data build`` writes to stacking.json. Run once for the session (about a minute), since the
    rebuild test and the test of the shipped document both need it. Its fits go to a cache of its own, empty, as the
    build's: the session's cache, which the other worker fills with fits of the same data from other calls, would
    make its last digits depend on which tests ran first."""
    from foedus.reliability.cache import FitCache
    from foedus.reliability.fits import stacked_backtest, stacking_key
    from foedus.store import open_store

    with open_store(_prepared_store) as store:
        key = stacking_key(store)
        fresh = stacked_backtest(store, key["coding"], key["horizon"], key["prior"], key["as_of"],
                                 fingerprint=key["store"], ship=False,
                                 cache=FitCache(tmp_path_factory.mktemp("stacking-fits")))
    return key, fresh


@pytest.fixture
def store_path(_prepared_store: Path, tmp_path: Path) -> Path:
    """Return the path of a fresh copy of a store with the shipped ledgers loaded."""
    path = tmp_path / "foedus.duckdb"
    shutil.copy(_prepared_store, path)
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[object]:
    from foedus.store import open_store

    with open_store(store_path) as opened:
        yield opened
