"""The store: one DuckDB file with a versioned schema, loaded in transactions, and the facts every surface reads.

The schema (the migrations) is in :mod:`foedus.store.schema`; what the store holds that every surface asks about
(the years its records cover, the fingerprint of its content, the codings one may ask for) is in
:mod:`foedus.store.facts`, and nowhere else.

Readers open the file read-only and may run side by side; a writer takes it alone for the length of one
transaction. DuckDB lets a file be open read-only in several processes or read-write in one, never both: a reader
that finds the file held by a writer retries for up to :data:`READ_BUSY_TIMEOUT` seconds, a writer that finds it
open anywhere else (a reader such as ``foedus serve`` counts) for :data:`WRITE_BUSY_TIMEOUT`; then each raises
:class:`StoreBusyError` saying which.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from foedus.errors import LedgerError, Problem, StoreBusyError, StoreError
from foedus.store.facts import StoredCoding, codings, fingerprint, known_codings, latest_year, year_range
from foedus.store.schema import LEDGER_TABLES as _LEDGER_TABLES
from foedus.store.schema import all_migrations as _all_migrations

if TYPE_CHECKING:
    from foedus.ledger.files import LedgerDocument

__all__ = [
    "READ_BUSY_TIMEOUT",
    "SHIPPED_LEDGERS",
    "WRITE_BUSY_TIMEOUT",
    "LoadReport",
    "Store",
    "StoredCoding",
    "codings",
    "default_db_path",
    "fingerprint",
    "known_codings",
    "latest_year",
    "open_store",
    "shared_reader",
    "year_range",
]

#: How long a reader waits, in seconds, for a writer to let go of the store (a load takes a few seconds).
READ_BUSY_TIMEOUT = 10.0
#: How long a writer waits, in seconds, for every other process to let go of the store.
WRITE_BUSY_TIMEOUT = 3.0

#: Ledgers that ship with foedus and load on first use, in load order.
SHIPPED_LEDGERS: tuple[str, ...] = ("sino_russian.yaml", "notable_alliances.yaml")

def default_db_path() -> Path:
    """Return the store's path: ``$FOEDUS_DB`` if set, else ``foedus.duckdb`` in the user's data directory."""
    override = os.environ.get("FOEDUS_DB")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("foedus", appauthor=False) / "foedus.duckdb"


def _shipped_path(name: str) -> Path:
    return Path(str(resources.files("foedus.ledger") / "data" / name))


@dataclass(frozen=True)
class LoadReport:
    """What a ledger load did."""

    ledger: str
    version: str
    status: str  # "loaded", "replaced" or "unchanged"
    counts: dict[str, int]

    def __str__(self) -> str:
        parts = ", ".join(f"{n} {k}" for k, n in self.counts.items())
        return f"{self.ledger} {self.version}: {self.status} ({parts})"


def _busy_message(path: Path, read_only: bool, waited: float) -> str:
    if read_only:
        return (f"the store {path} is being written by another process; try again when it has finished "
                f"(waited {waited:g} s)")
    return (f"the store {path} is open in another process (a load or import, or `foedus serve`, which keeps it "
            f"open for reading); try again when it has finished (waited {waited:g} s), or stop `foedus serve` first "
            "(a server started with --token loads ledgers at POST /api/ledgers)")


def _connect(path: Path, read_only: bool, busy_timeout: float) -> duckdb.DuckDBPyConnection:
    if not read_only:
        _release_shared(path)  # DuckDB refuses a writer beside this process's own reader of the file
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"cannot open the store {path}: {exc}") from None
            if time.monotonic() >= deadline:
                raise StoreBusyError(_busy_message(path, read_only, busy_timeout)) from None
            time.sleep(0.05)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {path}: {exc}. Is it a foedus store?") from None


class Store:
    """An open foedus store. Use :func:`open_store` to get one; close it (or use ``with``) when done."""

    def __init__(self, path: Path, connection: duckdb.DuckDBPyConnection, read_only: bool) -> None:
        self.path = path
        self.connection = connection
        self.read_only = read_only

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (and release the file's lock)."""
        self.connection.close()

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Return the rows of ``sql`` as dictionaries."""
        cursor = self.connection.execute(sql, params or [])
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def has_table(self, name: str) -> bool:
        """Return True if the store has a table called ``name``."""
        return bool(self.query("SELECT 1 FROM information_schema.tables WHERE table_name = ?", [name]))

    # --- schema -------------------------------------------------------------------------------------------
    def applied_migrations(self) -> list[str]:
        """Return the names of the migrations this store has had, in order."""
        try:
            rows = self.connection.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
        except duckdb.CatalogException:
            return []  # a new file: no schema yet
        return [r[0] for r in rows]

    def migrate(self) -> list[str]:
        """Apply the migrations this store lacks, each in its own transaction; return their names."""
        self._writable()
        con = self.connection
        con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        done = set(self.applied_migrations())
        applied = []
        for name, sql in _all_migrations():
            if name in done:
                continue
            with self.transaction():
                con.execute(sql)
                con.execute("INSERT INTO schema_migrations VALUES (?, current_timestamp)", [name])
            applied.append(name)
        return applied

    def is_current(self) -> bool:
        """Return True if every migration has been applied and the shipped ledgers are loaded and fresh."""
        if sorted(self.applied_migrations()) != sorted(name for name, _ in _all_migrations()):
            return False
        return not self._stale_shipped_ledgers()

    def _stale_shipped_ledgers(self) -> list[Path]:
        rows = self.query("SELECT name, path, sha256, shipped FROM ledgers")
        stored = {r["path"]: r["sha256"] for r in rows if r["shipped"]}
        replaced_by_user = {r["name"] for r in rows if not r["shipped"]}
        stale = []
        for name in SHIPPED_LEDGERS:
            path = _shipped_path(name)
            if not path.exists():
                continue
            sha = stored.get(f"shipped:{name}")
            if sha is None and _ledger_name_of(path) in replaced_by_user:
                continue  # the user loaded their own version of this ledger: it stays theirs
            if sha != _sha256(path):
                stale.append(path)
        return stale

    def load_shipped_ledgers(self) -> list[LoadReport]:
        """Load the shipped ledgers that are missing or older than the installed package's."""
        from foedus.ledger.files import read_ledger

        return [self.load(read_ledger(path), shipped=True) for path in self._stale_shipped_ledgers()]

    # --- writing ------------------------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one transaction: all of it is stored, or none of it."""
        self.connection.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def load(self, document: LedgerDocument, *, shipped: bool = False) -> LoadReport:
        """Store a checked ledger in one transaction, replacing an earlier version of the same ledger.

        Loading the same file again changes nothing. A treaty slug already stored by another ledger is a
        :class:`LedgerError`, and the store is left as it was.
        """
        self._writable()
        header = document.header
        counts = {
            "treaties": len(document.treaties),
            "events": len(document.events),
            "outcomes": len(document.outcomes),
            "sources": len(document.sources),
        }
        stored_path = f"shipped:{Path(document.path).name}" if shipped else str(Path(document.path).resolve())
        previous = self.query("SELECT sha256, path FROM ledgers WHERE name = ?", [header.ledger])
        if previous and previous[0]["sha256"] == document.sha256 and previous[0]["path"] == stored_path:
            return LoadReport(header.ledger, header.version, "unchanged", counts)
        clashes = self.query(
            "SELECT slug, ledger FROM treaties WHERE ledger <> ? AND list_contains(?, slug)",
            [header.ledger, [t.slug for t in document.treaties]],
        )
        if clashes:
            index = {t.slug: i for i, t in enumerate(document.treaties)}
            raise LedgerError([
                Problem(document.path, None, f"treaties[{index[r['slug']]}].slug",
                        f"{r['slug']!r} is already stored by ledger {r['ledger']!r}; choose another slug")
                for r in clashes
            ])
        with self.transaction():
            for table in _LEDGER_TABLES:
                self.connection.execute(f"DELETE FROM {table} WHERE ledger = ?", [header.ledger])
            self.connection.execute("DELETE FROM ledgers WHERE name = ?", [header.ledger])
            self.connection.execute(
                "INSERT INTO ledgers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [header.ledger, header.version, header.title, header.description, stored_path,
                 document.sha256, shipped, header.format],
            )
            self._insert_records(document)
        return LoadReport(header.ledger, header.version, "replaced" if previous else "loaded", counts)

    def _insert_records(self, doc: LedgerDocument) -> None:
        con = self.connection
        name = doc.header.ledger
        rows: dict[str, list[list[Any]]] = {t: [] for t in _LEDGER_TABLES}
        for coding in doc.codings:
            rows["codings"].append([name, coding.name, coding.kind, coding.description])
        for s in doc.sources:
            rows["sources"].append([
                name, s.id, s.type, s.author, s.editor, s.title, s.journal, s.booktitle, s.publisher, s.series,
                s.institution, s.address, s.year, s.volume, s.issue, s.pages, s.url, s.doi, s.note,
            ])
        for t in doc.treaties:
            rows["treaties"].append([
                t.slug, name, t.title, t.alt_titles, t.kind, list(t.obligations), t.multilateral, str(t.signed),
                t.signed.year, _text(t.in_force), _text(t.ended), t.ended.year if t.ended else None, t.term_years,
                t.renewal, t.atopid, t.disagrees_with_atop, t.description, t.sources,
            ])
            for m in doc.members[t.slug]:
                rows["memberships"].append([
                    name, t.slug, m.ccode, m.name, str(m.entered), m.entered.year, _text(m.exited),
                    m.exited.year if m.exited else None,
                ])
        for e in doc.events:
            actors, targets = doc.event_states[e.id]
            rows["events"].append([
                name, e.id, str(e.date), e.date.year, e.kind, actors, [str(a) for a in e.actors], targets,
                [str(t) for t in e.targets], e.treaty, e.description, e.sources, e.place, e.time_zone,
                e.time_zone_note,
            ])
        for o, (member, breached) in zip(doc.outcomes, doc.outcome_states, strict=True):
            rows["outcomes"].append([
                name, o.treaty, o.coding, member, None if o.member is None else str(o.member), o.ending,
                o.ending in ("violated", "abrogated"), breached, [str(b) for b in o.breached_by], o.events,
                o.termmode, o.termcaus, o.contested, o.rationale, o.sources,
            ])
        for table, values in rows.items():
            if values:
                marks = ", ".join("?" * len(values[0]))
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


def _text(value: object | None) -> str | None:
    return None if value is None else str(value)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ledger_name_of(path: Path) -> str:
    match = re.search(r"^ledger:\s*['\"]?([a-z0-9-]+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1) if match else ""


def open_store(
    db: str | Path | None = None, *, read_only: bool = True, busy_timeout: float | None = None, prepare: bool = True
) -> Store:
    """Open the store at ``db`` (default: :func:`default_db_path`), creating and preparing it on first use.

    Preparing applies missing migrations and loads the shipped ledgers that are missing or outdated; it
    opens the file for writing only when there is something to do.

    Raises
    ------
    StoreBusyError
        If another process holds the file longer than ``busy_timeout`` seconds (default: :data:`READ_BUSY_TIMEOUT`
        to read, :data:`WRITE_BUSY_TIMEOUT` to write): for a reader, a writer; for a writer, any other process.
    StoreError
        If the file cannot be opened as a store.
    """
    path = Path(db) if db is not None else default_db_path()
    read_wait = READ_BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    write_wait = WRITE_BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    if prepare:
        needs_setup = not path.exists()
        if not needs_setup:
            probe = Store(path, _connect(path, True, read_wait), True)
            current = False
            try:
                current = probe.is_current()
            finally:
                if not (current and read_only):
                    probe.close()
            if current and read_only:
                return probe  # the common case: one connection, already open
            needs_setup = not current
        if needs_setup:
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = Store(path, _connect(path, False, write_wait), False)
            try:
                writer.migrate()
                writer.load_shipped_ledgers()
            finally:
                writer.close()
    elif not path.exists() and read_only:
        raise StoreError(f"there is no store at {path}")
    store = Store(path, _connect(path, read_only, read_wait if read_only else write_wait), read_only)
    if not prepare and not read_only:
        store.migrate()
    return store


#: How long, in seconds, the process's shared read connection to a store stays open unused (:func:`shared_reader`).
SHARED_IDLE = 1.0

_shared_lock = threading.Lock()
#: Per store file: the open read-only store, how many callers hold it, and when it was last let go.
_shared: dict[Path, list[Any]] = {}


def _release_shared(path: Path, *, idle_only: bool = False) -> None:
    """Close this process's shared reader of ``path`` (only if unused for :data:`SHARED_IDLE` s, if ``idle_only``)."""
    with _shared_lock:
        entry = _shared.get(path.resolve())
        if entry is None or entry[1] > 0:
            return
        if idle_only and time.monotonic() - entry[2] < SHARED_IDLE * 0.9:
            return
        del _shared[path.resolve()]
        entry[0].close()


@contextmanager
def shared_reader(db: str | Path) -> Iterator[Store]:
    """Lend this process's read-only connection to the store at ``db``, opening it on first use.

    Successive reads (the verbs of a panel) share one connection instead of opening the file each time (tens of
    ms apiece); it is closed once unused for :data:`SHARED_IDLE` seconds, and before this process opens the file to
    write, so that writers, here or in another process, wait no longer than that. The store is not prepared
    (migrated): use :func:`open_store` for a file that may be new or old.

    Raises
    ------
    StoreError
        If the file cannot be opened as a store (see :func:`open_store`).
    """
    path = Path(db).resolve()
    with _shared_lock:
        entry = _shared.get(path)
        if entry is None:
            entry = [open_store(path, read_only=True, prepare=False), 0, time.monotonic()]
            _shared[path] = entry
        entry[1] += 1
    try:
        yield entry[0]
    finally:
        with _shared_lock:
            entry[1] -= 1
            entry[2] = time.monotonic()
        timer = threading.Timer(SHARED_IDLE, _release_shared, (path,), {"idle_only": True})
        timer.daemon = True
        timer.start()
