"""The library's front door: open a store and ask it questions that return pandas frames."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.history import PairHistory, pair_history
from foedus.store import LoadReport, Store, open_store
from foedus.store.tables import table_frame

if TYPE_CHECKING:
    import pandas as pd

    from foedus.reliability.assess import Assessment
    from foedus.reliability.cache import FitCache
    from foedus.similarity.pair import PairSimilarity

__all__ = ["Ledger", "load_ledger", "open"]


class Ledger:
    """The alliance ledger in a store: treaties, events, outcomes and the history of any pair of states.

    Get one with :func:`foedus.open`; close it (or use ``with``) to release the store.

    Parameters
    ----------
    store : Store
        An open store.
    cache : FitCache, optional
        The cache of fits its assessments use and fill, held for the ledger's life (default: a new cache in the
        default folder, ``$FOEDUS_CACHE`` or the user's cache folder).
    """

    def __init__(self, store: Store, *, cache: FitCache | None = None) -> None:
        from foedus.reliability.cache import FitCache

        self.store = store
        self.cache = cache if cache is not None else FitCache()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<foedus.Ledger {self.store.path}>"

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def pair_history(
        self, a: str | int, b: str | int, coding: str = "all", since: int | None = None, until: int | None = None
    ) -> PairHistory:
        """Return the structured history of states ``a`` and ``b`` (see :func:`foedus.history.pair_history`)."""
        return pair_history(self.store, a, b, coding=coding, since=since, until=until)

    def history(
        self, a: str | int, b: str | int, coding: str = "all", since: int | None = None, until: int | None = None
    ) -> pd.DataFrame:
        """Return one row per agreement between ``a`` and ``b`` and coding of its outcome.

        The summary line is in ``frame.attrs["summary"]``.
        """
        return self.pair_history(a, b, coding=coding, since=since, until=until).to_frame()

    def assess(self, a: str | int, b: str | int, **options: Any) -> Assessment:
        """Return the assessment of the alliance of ``a`` and ``b`` (see :func:`foedus.assess`), fitted with the
        ledger's cache (:attr:`cache`)."""
        from foedus.reliability.assess import assess

        return assess(self.store, a, b, **{"cache": self.cache, **options})

    def similarity(self, a: str | int, b: str | int, **options: Any) -> PairSimilarity:
        """Return how alike the alliance portfolios of ``a`` and ``b`` were each year (see
        :func:`foedus.pair_similarity`)."""
        from foedus.similarity.pair import pair_similarity

        return pair_similarity(self.store, a, b, **options)

    def ledgers(self) -> pd.DataFrame:
        """Return the ledgers in the store, with their versions and checksums."""
        return table_frame(self.store, "ledgers")

    def treaties(self) -> pd.DataFrame:
        """Return every stored treaty, with dates as ISO text at their own precision."""
        return table_frame(self.store, "treaties")

    def memberships(self) -> pd.DataFrame:
        """Return every stored membership of a treaty."""
        return table_frame(self.store, "memberships")

    def events(self) -> pd.DataFrame:
        """Return every stored event."""
        return table_frame(self.store, "events")

    def outcomes(self, coding: str | None = None) -> pd.DataFrame:
        """Return every stored outcome, or those of one coding."""
        return table_frame(self.store, "outcomes", coding=coding)

    def sources(self) -> pd.DataFrame:
        """Return every stored source."""
        return table_frame(self.store, "sources")


def open(db: str | Path | None = None, *, cache: FitCache | None = None) -> Ledger:
    """Return the ledger in the store at ``db`` (default: the user's data directory), opened read-only, holding
    ``cache`` for its fits (default: a new cache in the default folder).

    The shipped ledgers are loaded on first use.
    """
    return Ledger(open_store(db, read_only=True), cache=cache)


def load_ledger(path: str | Path, db: str | Path | None = None) -> LoadReport:
    """Check the ledger file at ``path`` and store it in one transaction; return what was done.

    Raises
    ------
    LedgerError
        If the file has problems; nothing is stored.
    StoreBusyError
        If another process is writing to the store.
    """
    from foedus.ledger.files import read_ledger

    document = read_ledger(path)
    with open_store(db, read_only=False) as store:
        return store.load(document)
