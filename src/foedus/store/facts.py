"""What a store holds that every surface asks about: the years its records cover, the fingerprint of its content,
and the codings one may ask for.

The one home of these answers: the history, the assessment, the backtest, the fit cache, the web app and the CLI
read them from here and none derives them again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus.codings import BUILTIN_CODINGS, coding_sort_key
from foedus.data import manifest
from foedus.errors import FoedusError, IncompatibleInputError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from foedus.store import Store

__all__ = ["StoredCoding", "as_of_year", "codings", "fingerprint", "known_codings", "latest_year", "year_range"]


def latest_year(store: Store) -> int:
    """Return the latest year any stored record mentions: the default ``as_of`` (it never depends on today).

    Raises
    ------
    FoedusError
        If the store holds no treaties.
    """
    row = store.query(
        """SELECT greatest(
               (SELECT max(signed_year) FROM treaties), (SELECT max(ended_year) FROM treaties),
               (SELECT max(year) FROM events)) AS year"""
    )
    year = row[0]["year"] if row else None
    if year is None:
        raise FoedusError("the store holds no treaties: load a ledger first (foedus ledger load PATH)")
    return int(year)


def year_range(store: Store) -> tuple[int, int]:
    """Return the first year a stored treaty was signed and the latest year any stored record mentions
    (:func:`latest_year`): the years one may ask an assessment as of.

    Raises
    ------
    FoedusError
        If the store holds no treaties.
    """
    latest = latest_year(store)
    first = store.query("SELECT min(signed_year) AS year FROM treaties")[0]["year"]
    return (int(first) if first is not None else latest), latest


def as_of_year(store: Store, as_of: int | None) -> int:
    """Return the year a result is made as of: ``as_of``, or by default the latest year the records mention.

    Raises
    ------
    IncompatibleInputError
        If ``as_of`` is outside :func:`year_range`: the model cannot see past its records.
    FoedusError
        If the store holds no treaties.
    """
    earliest, latest = year_range(store)
    if as_of is not None and not earliest <= as_of <= latest:
        raise IncompatibleInputError(f"as_of must be a year from {earliest} to {latest} (the years the records "
                                     f"cover), not {as_of}: the model cannot see past its records")
    return latest if as_of is None else as_of


def fingerprint(store: Store, *, events: bool = True, extra: Mapping[str, Any] | None = None) -> str:
    """Return the sha256 of the store's content: the stored ledgers' and imported files' checksums and the shipped
    tables' (from their manifest). It changes whenever the data does, and only then.

    Parameters
    ----------
    store : Store
        An open store.
    events : bool
        Whether imported event data counts (a fit does not rest on it; the event monitor does).
    extra : mapping, optional
        More that the fingerprint covers (the fit cache adds its model version), as JSON-serialisable values.
    """
    imported = "SELECT sha256, target FROM imported_files"
    if not events:
        imported += " WHERE dataset <> 'events'"
    parts = {
        **(extra or {}),
        "ledgers": store.query("SELECT name, sha256 FROM ledgers ORDER BY name"),
        "imported": store.query(imported + " ORDER BY sha256, target") if store.has_table("imported_files") else [],
        "shipped": {k: v.get("sha256") for k, v in sorted(manifest().items())},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@dataclass(frozen=True)
class StoredCoding:
    """A coding one may ask for in a store: its name, kind and description, and whether it is declared and used.

    Attributes
    ----------
    declared : bool
        Built into foedus or declared by a stored ledger: history, assess and backtest accept it.
    used : bool
        Some ending is coded under it (ATOP's coding always is, by ATOP's own termination codes): the ledger browser
        filters by it and the assessment shows its figure beside the others. A coding declared but not used reads,
        for every spell, the curated coding's ending, then ATOP's.
    """

    name: str
    kind: str
    description: str
    declared: bool
    used: bool


def codings(store: Store) -> list[StoredCoding]:
    """Return every coding the store knows, the built-in ones first (:func:`foedus.codings.coding_sort_key`): the
    one answer to "which codings exist" for every surface."""
    used = {r["coding"] for r in store.query("SELECT DISTINCT coding FROM outcomes")} | {"atop"}
    known = {c.name: (c.kind, c.description) for c in BUILTIN_CODINGS.values()}
    for row in store.query("SELECT name, kind, description FROM codings ORDER BY ledger, name"):
        known.setdefault(row["name"], (row["kind"], row["description"] or ""))
    names = sorted(known.keys() | used, key=coding_sort_key)
    return [StoredCoding(n, *known.get(n, ("", "")), declared=n in known, used=n in used) for n in names]


def known_codings(store: Store) -> dict[str, dict[str, str]]:
    """Return the declared codings of :func:`codings` by name, each with its kind and description."""
    return {c.name: {"kind": c.kind, "description": c.description} for c in codings(store) if c.declared}
