"""The web app's one way into the store: readers side by side, a writer alone, results cached by the data's state.

DuckDB lets one process hold a file either read-only or read-write, never both at once. The gate owns one
read-only connection; each reader works on a cursor of it. To load a ledger it waits for the readers to finish,
holds new ones back, closes the read-only connection, loads with a read-write one in one transaction, and opens
the file read-only again. A failed load leaves the store as it was (:meth:`foedus.store.Store.load`).

The connection is either open or absent, never closed in place: when the store cannot be opened again (another
process took it while the gate had let go), the gate keeps no connection, and each reader that comes tries to
open it (for a moment, then :class:`~foedus.errors.StoreBusyError`, a 503 with ``Retry-After``). That is the one
way back, so a busy store delays requests and never breaks the ones that come after it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from foedus.errors import StoreBusyError
from foedus.queries import load_uploaded_ledger
from foedus.store import Store, default_db_path, open_store
from foedus.store.facts import fingerprint as store_fingerprint

if TYPE_CHECKING:
    from foedus.ledger.files import LedgerDocument
    from foedus.store import LoadReport

__all__ = ["CacheInfo", "ReadWriteLock", "ResultCache", "StoreGate"]

T = TypeVar("T")


class ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers. A thread may re-enter its read lock."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0
        self._held = threading.local()

    @contextmanager
    def read(self) -> Iterator[None]:
        """Hold the lock for reading for the length of the block."""
        depth = getattr(self._held, "depth", 0)
        if depth == 0:
            with self._condition:
                while self._writing or self._writers_waiting:
                    self._condition.wait()
                self._readers += 1
        self._held.depth = depth + 1
        try:
            yield
        finally:
            self._held.depth = depth
            if depth == 0:
                with self._condition:
                    self._readers -= 1
                    if not self._readers:
                        self._condition.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        """Hold the lock alone for the length of the block (not from inside a read lock)."""
        with self._condition:
            self._writers_waiting += 1
            try:
                while self._writing or self._readers:
                    self._condition.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._condition:
                self._writing = False
                self._condition.notify_all()


@dataclass(frozen=True)
class CacheInfo:
    """How a :class:`ResultCache` has done."""

    hits: int
    misses: int
    size: int
    capacity: int


class ResultCache(Generic[T]):
    """A least-recently-used cache that computes each missing key once, however many threads ask for it at once."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._values: OrderedDict[Hashable, T] = OrderedDict()
        self._pending: dict[Hashable, Future[T]] = {}
        self._lock = threading.Lock()
        self._hits = self._misses = 0

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """Return the value for ``key``, computing it with ``compute`` if it is not cached (errors are not)."""
        with self._lock:
            if key in self._values:
                self._hits += 1
                self._values.move_to_end(key)
                return self._values[key]
            pending = self._pending.get(key)
            owner = pending is None
            if pending is None:
                self._misses += 1
                pending = self._pending[key] = Future()
        if not owner:
            return pending.result()
        try:
            value = compute()
        except BaseException as exc:
            pending.set_exception(exc)
            raise
        finally:
            with self._lock:
                del self._pending[key]
        with self._lock:
            self._values[key] = value
            while len(self._values) > self.capacity:
                self._values.popitem(last=False)
        pending.set_result(value)
        return value

    def peek(self, key: Hashable) -> T | None:
        """Return the value for ``key`` if it is cached (counting neither a hit nor a miss), else None."""
        with self._lock:
            return self._values.get(key)

    def clear(self) -> None:
        """Forget every value."""
        with self._lock:
            self._values.clear()

    def info(self) -> CacheInfo:
        """Return the hits, misses, size and capacity."""
        with self._lock:
            return CacheInfo(self._hits, self._misses, len(self._values), self.capacity)


class StoreGate:
    """The store a web app serves: read-only cursors for readers, one writer at a time, a cache of results.

    Parameters
    ----------
    db : path, optional
        The store's file (default: :func:`foedus.store.default_db_path`). It is created and prepared on first use.
    cache_size : int
        How many results (histories, assessments) to keep.
    busy_timeout : float
        How long, in seconds, a request waits for another process to let go of the store before it is answered
        with a 503.
    """

    def __init__(self, db: str | Path | None = None, *, cache_size: int = 256, busy_timeout: float = 2.0) -> None:
        self.path = Path(db) if db is not None else default_db_path()
        self.busy_timeout = busy_timeout
        self.cache: ResultCache[object] = ResultCache(cache_size)
        self._lock = ReadWriteLock()
        self._opening = threading.Lock()
        self._store: Store | None = open_store(self.path, read_only=True)
        self._fingerprint = store_fingerprint(self._store)

    @property
    def fingerprint(self) -> str:
        """Return the checksum of the stored ledgers and imported files: results are cached under it."""
        return self._fingerprint

    @property
    def uploads(self) -> Path:
        """Return the folder uploaded ledgers are kept in, beside the store."""
        return self.path.parent / "uploads"

    def _reader(self) -> Store:
        """Return the read-only store, opening it if the gate holds none (call with the read or write lock held).

        Raises
        ------
        StoreBusyError
            If another process holds the file for longer than ``busy_timeout``; the gate stays without a
            connection, for the next request to try again.
        """
        with self._opening:
            if self._store is None:
                store = open_store(self.path, read_only=True, prepare=False, busy_timeout=self.busy_timeout)
                try:
                    fingerprint = store_fingerprint(store)
                except BaseException:
                    store.close()
                    raise
                self._store, self._fingerprint = store, fingerprint
                self.cache.clear()
            return self._store

    def _let_go(self) -> None:
        """Close the read-only connection and keep none (call with the write lock held)."""
        with self._opening:
            store, self._store = self._store, None
        if store is not None:
            store.close()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """Yield a read-only store (a cursor of the gate's connection) for the length of the block.

        Raises
        ------
        StoreBusyError
            If the gate holds no connection and another process holds the file.
        """
        with self._lock.read():
            cursor = self._reader().connection.cursor()
            try:
                yield Store(self.path, cursor, read_only=True)
            finally:
                cursor.close()

    def cached(self, key: tuple[Hashable, ...], compute: Callable[[Store], T]) -> T:
        """Return ``compute(store)``, cached under ``key`` and the store's fingerprint."""
        with self._lock.read():
            self._reader()
            full_key = (self._fingerprint, *key)

            def run() -> object:
                with self.reading() as store:
                    return compute(store)

            return self.cache.get(full_key, run)  # type: ignore[return-value]

    def peek(self, key: tuple[Hashable, ...]) -> object | None:
        """Return what :meth:`cached` holds under ``key`` for the store as it is, or None: never computes."""
        return self.cache.peek((self._fingerprint, *key))

    def load(self, document: LedgerDocument, filename: str) -> LoadReport:
        """Store a checked ledger in one transaction while readers wait; return what was done.

        Raises
        ------
        LedgerError
            If the ledger clashes with the store (a slug another ledger holds); nothing is stored.
        StoreBusyError
            If another process holds the file; nothing is stored, and later requests are answered as soon as the
            store can be read again.
        """
        with self._lock.write():
            self._let_go()
            self.cache.clear()
            with open_store(self.path, read_only=False, prepare=False, busy_timeout=self.busy_timeout) as writer:
                report = load_uploaded_ledger(writer, document, filename)
                self._fingerprint = store_fingerprint(writer)
            with suppress(StoreBusyError):  # another process took the file: the next reader opens it
                self._reader()
        return report

    def close(self) -> None:
        """Close the store (wait for readers first)."""
        with self._lock.write():
            self._let_go()
