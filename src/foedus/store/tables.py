"""The ledger tables as the surfaces read them: which ledgers are loaded, their sources, the files imported, a
treaty's title, and each table whole as a frame.

The one home of these reads: the CLI, the web pages, the notebook API and the assessment ask here, so that no
surface writes SQL of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

    from foedus.store import Store

__all__ = ["LEDGER_TABLES", "LedgerSummary", "imported_files", "ledger_names", "ledger_summaries", "sources",
           "table_frame", "treaty_title"]

#: The ledger tables :func:`table_frame` reads whole, each in its order.
LEDGER_TABLES: dict[str, str] = {
    "ledgers": "SELECT name, version, title, shipped, sha256, path FROM ledgers ORDER BY name",
    "treaties": "SELECT * FROM treaties ORDER BY signed, slug",
    "memberships": "SELECT * FROM memberships ORDER BY treaty, entered, ccode",
    "events": "SELECT * FROM events ORDER BY date, id",
    "outcomes": "SELECT * FROM outcomes WHERE ?::VARCHAR IS NULL OR coding = ? ORDER BY treaty, coding",
    "sources": "SELECT * FROM sources ORDER BY ledger, id",
}

TableName = Literal["ledgers", "treaties", "memberships", "events", "outcomes", "sources"]


@dataclass(frozen=True)
class LedgerSummary:
    """One loaded ledger: its name, version, title, checksum, where it came from, and how many records it holds."""

    name: str
    version: str
    title: str
    sha256: str
    shipped: bool
    path: str
    treaties: int
    events: int
    outcomes: int


def ledger_summaries(store: Store) -> list[LedgerSummary]:
    """Return every loaded ledger, by name."""
    rows = store.query(
        """SELECT l.name, l.version, l.title, l.sha256, l.shipped, l.path,
                  (SELECT count(*) FROM treaties t WHERE t.ledger = l.name) AS treaties,
                  (SELECT count(*) FROM events e WHERE e.ledger = l.name) AS events,
                  (SELECT count(*) FROM outcomes o WHERE o.ledger = l.name) AS outcomes
           FROM ledgers l ORDER BY l.name"""
    )
    return [LedgerSummary(**row) for row in rows]


def ledger_names(store: Store) -> list[str]:
    """Return the names of the loaded ledgers, in order."""
    return [r["name"] for r in store.query("SELECT name FROM ledgers ORDER BY name")]


def sources(store: Store, ledger: str | None = None) -> list[dict[str, Any]]:
    """Return the sources the ledgers cite (those of ``ledger`` only, if given), by ledger and id."""
    return store.query("SELECT * FROM sources WHERE ?::VARCHAR IS NULL OR ledger = ? ORDER BY ledger, id",
                       [ledger, ledger])


def imported_files(store: Store) -> list[dict[str, Any]]:
    """Return every data file imported into the store (``foedus import``), by name."""
    return store.query("SELECT * FROM imported_files ORDER BY name")


def treaty_title(store: Store, slug: str) -> str | None:
    """Return the title of the ledger treaty ``slug``, or None if no ledger holds it."""
    rows = store.query("SELECT title FROM treaties WHERE slug = ?", [slug])
    return str(rows[0]["title"]) if rows else None


def table_frame(store: Store, name: TableName, *, coding: str | None = None) -> pd.DataFrame:
    """Return the ledger table ``name`` whole as a pandas frame (``outcomes``: those of ``coding`` only, if given).

    Raises
    ------
    ValueError
        If ``name`` is none of :data:`LEDGER_TABLES`.
    """
    if name not in LEDGER_TABLES:
        raise ValueError(f"no ledger table {name!r}; choose one of: {', '.join(LEDGER_TABLES)}")
    params = [coding, coding] if name == "outcomes" else []
    return store.connection.execute(LEDGER_TABLES[name], params).df()
