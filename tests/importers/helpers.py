"""Helpers for the importer tests: a snapshot of the imported tables, and a store holding the real data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from foedus.store import Store, open_store

IMPORTED_TABLES = (
    "imported_files", "atop_alliances", "atop_members", "atop_dyad_years", "state_spells", "state_system_years",
    "major_powers", "downloads", "capabilities", "regime_scores", "rivalries", "dispute_dyad_years", "leaders",
)


def snapshot(path: Path) -> dict[str, list[str]]:
    """Return every row of the imported tables, as sorted text."""
    with open_store(path, prepare=False) as store:
        return {
            table: sorted(map(repr, store.connection.execute(f"SELECT * FROM {table}").fetchall()))
            for table in IMPORTED_TABLES
        }


def rows(store: Store | Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Return the rows of ``sql`` in the store (an open one, or the file at a path)."""
    if isinstance(store, Store):
        return store.query(sql, params)
    with open_store(store, prepare=False) as opened:
        return opened.query(sql, params)


def import_real_data(shared_data: Path, db: Path) -> Path:
    """Import every real ATOP, COW and G-W file into the store at ``db`` and return its path."""
    from foedus.importers import import_atop, import_states

    open_store(db).close()
    with open_store(db, read_only=False) as store:
        import_atop([shared_data / "atop" / n for n in ("atop4_01a.csv", "atop4_01m.csv",
                                                        "atop5_1_ddy_processed.csv.gz")], db=store)
        import_states([shared_data / "cow" / n for n in ("states2016.csv", "system2016.csv", "majors2016.csv")],
                      "cow", db=store)
        import_states(shared_data / "gw" / "gw_states_processed.csv", "gw", db=store)
    return db
