"""A store with the COW state system imported, shared by the tests of the data families' panel verbs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def cow_store(_prepared_store: Path, tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    from foedus.importers import import_states

    path = tmp_path_factory.mktemp("families") / "foedus.duckdb"
    shutil.copy(_prepared_store, path)
    import_states(shared_data / "cow" / "states2016.csv", "cow", db=path)
    return path
