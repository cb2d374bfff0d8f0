"""Stores with event data: a China–Russia dyad made by hand over 2022–2023, and the real samples."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from foedus.events.ingest import import_events
from tests.events.files import gdelt_row, write_gdelt

#: The day the dyad's cooperation steps up in the made-up data (the 2023 joint statement).
SHIFT = dt.date(2023, 3, 21)


def dyad_rows(seed: int = 7) -> list[str]:
    """Return GDELT 2.0 lines for 2022-2023: China and Russia cooperate more from :data:`SHIFT` on; both also
    deal with others (the volume the index is normalised by)."""
    rng = np.random.default_rng(seed)
    rows: list[str] = []
    next_id = 1
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2023, 12, 31):
        stamp = day.strftime("%Y%m%d")
        coop = rng.poisson(6 if day >= SHIFT else 2)
        conflict = rng.poisson(2)
        for k in range(coop):
            pair = ("CHN", "RUS") if k % 2 == 0 else ("RUS", "CHN")
            rows.append(gdelt_row(next_id, stamp, *pair, "036", "1", "4.0"))
            next_id += 1
        for k in range(conflict):
            pair = ("RUS", "CHN") if k % 2 == 0 else ("CHN", "RUS")
            rows.append(gdelt_row(next_id, stamp, *pair, "112", "3", "-2.0"))
            next_id += 1
        for partner, count in (("USA", 10), ("UKR", 10)):
            for k in range(count):
                first = "CHN" if partner == "USA" else "RUS"
                rows.append(gdelt_row(next_id, stamp, first, partner, "040", "1", "1.0") if k % 2 else
                            gdelt_row(next_id, stamp, partner, first, "111", "3", "-2.0"))
                next_id += 1
        day += dt.timedelta(days=1)
    return rows


@pytest.fixture(scope="session")
def _dyad_store(_prepared_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dyad")
    path = folder / "foedus.duckdb"
    shutil.copy(_prepared_store, path)
    import_events("gdelt2", [write_gdelt(folder / "dyad.export.CSV", dyad_rows())], db=path)
    return path


@pytest.fixture
def dyad_store(_dyad_store: Path, tmp_path: Path) -> Path:
    """Return a store (and its dataset beside it) holding the made-up China–Russia events of 2022–2023."""
    target = tmp_path / "foedus.duckdb"
    shutil.copy(_dyad_store, target)
    shutil.copytree(_dyad_store.with_name("foedus-events"), tmp_path / "foedus-events")
    return target


@pytest.fixture(scope="session")
def _sample_store(_prepared_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import SHARED_DATA

    folder = tmp_path_factory.mktemp("samples")
    path = folder / "foedus.duckdb"
    shutil.copy(_prepared_store, path)
    events = SHARED_DATA / "events"
    import_events("gdelt1", [events / "gdelt1_events_sample.tsv"], db=path)
    import_events("gdelt2", [events / "gdelt2_events_sample.tsv"], db=path)
    import_events("icews", [events / "icews_events_2018_sample.tab"], db=path)
    return path


@pytest.fixture
def sample_store(shared_data: Path, _sample_store: Path) -> Path:
    """Return the store holding the real GDELT 1.0, GDELT 2.0 and ICEWS samples (read it, do not write)."""
    return _sample_store


def require_extra(module: str, extra: str) -> None:
    """Skip without ``module``, or fail under CI (and with the real data required), where extras must be there."""
    try:
        __import__(module)
    except ImportError:
        message = f"{module} is missing: pip install 'foedus[{extra}]'"
        if os.environ.get("CI") or os.environ.get("FOEDUS_REQUIRE_SHARED_DATA") == "1":
            pytest.fail(message)
        pytest.skip(message)
