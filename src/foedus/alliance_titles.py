"""Titles for ATOP's alliances: ATOP's files carry no treaty names, so foedus gives each one.

Where a ledger holds the alliance (a treaty with its ``atopid``), the ledger's title is used. Otherwise the title
describes the alliance from ATOP's own data: its id, its obligations in words, its founding members named as they
were called when they joined (:func:`foedus.states.state_name`), and the year it began, e.g. "ATOP 4170:
Consultation pact between French Fifth Republic and Russian Federation (1992)".

The member phases are read from the user's ATOP import if the store has one, else from the table shipped with
foedus (:func:`foedus.universe.family_relation`), as every forecast reads them.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from foedus.codings import ATOP_OBLIGATIONS
from foedus.dates import PartialDate
from foedus.errors import StateNotFoundError
from foedus.states import state_name

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["NAMED_MEMBERS", "OBLIGATION_WORDS", "atop_alliance_titles", "atop_member_phases",
           "describe_atop_alliance", "with_year"]

#: How each obligation reads in a title.
OBLIGATION_WORDS: dict[str, str] = {
    "defense": "defense", "offense": "offense", "neutrality": "neutrality", "non_aggression": "non-aggression",
    "consultation": "consultation",
}

#: How many members a title names; the rest are counted ("and 12 others").
NAMED_MEMBERS = 3


def _member_name(ccode: int, entered: str) -> str:
    try:
        return state_name(ccode, PartialDate.parse(entered))
    except (StateNotFoundError, ValueError):
        return f"COW {ccode}"  # a code foedus's state list lacks still gets a name a reader can look up


def _series(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def describe_atop_alliance(atopid: int, phases: Iterable[Mapping[str, Any]]) -> str:
    """Return a title that describes ATOP alliance ``atopid`` from its member phases.

    Parameters
    ----------
    atopid : int
        ATOP's id of the alliance.
    phases : iterable of mapping
        Its member phases, with ATOP's columns as foedus stores them: ``ccode``, ``entered`` (ISO text at its
        precision), and the obligation flags ``defense``, ``offense``, ``neutral``, ``nonagg``, ``consul``.

    Returns
    -------
    str
        E.g. ``"ATOP 1395: Defense pact between Russian Empire and Qing China (1896)"``: the obligations in words,
        the members in the order they joined (at most :data:`NAMED_MEMBERS` named, the others counted), named as
        they were called when they joined, and the first year.
    """
    rows = list(phases)
    if not rows:
        return f"ATOP {atopid}"
    obligations = [OBLIGATION_WORDS[ours] for theirs, ours in ATOP_OBLIGATIONS.items() if any(r[theirs] for r in rows)]
    kind = f"{_series(obligations)} pact".capitalize() if obligations else "Agreement"
    first_entry: dict[int, str] = {}
    for row in rows:
        entered = str(row["entered"])
        if row["ccode"] not in first_entry or PartialDate.parse(entered) < PartialDate.parse(first_entry[row["ccode"]]):
            first_entry[row["ccode"]] = entered
    order = sorted(first_entry, key=lambda c: (PartialDate.parse(first_entry[c]).earliest(), c))
    names = [_member_name(c, first_entry[c]) for c in order[:NAMED_MEMBERS]]
    others = len(order) - len(names)
    if others:
        members = f"of {', '.join(names)} and {others} other{'s' if others != 1 else ''}"
    elif len(names) == 2:
        members = f"between {_series(names)}"
    else:
        members = f"of {_series(names)}"
    first_year = min(PartialDate.parse(e).year for e in first_entry.values())
    return f"ATOP {atopid}: {kind} {members} ({first_year})"


def atop_member_phases(store: Store, atopids: Iterable[int] | None = None) -> dict[int, list[dict[str, Any]]]:
    """Return ATOP's member phases by alliance (all, or those of ``atopids``), ordered by member and phase.

    Read from the user's ATOP import if the store has one, else from the table shipped with foedus.
    """
    from foedus.universe import family_relation

    relation = family_relation(store, "atop_members")
    wanted = None if atopids is None else sorted({int(i) for i in atopids})
    rows = store.query(
        f"SELECT * FROM {relation.sql} WHERE ?::INTEGER[] IS NULL OR list_contains(?, atopid) "
        "ORDER BY atopid, ccode, phase",
        [wanted, wanted],
    )
    phases: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        phases.setdefault(row["atopid"], []).append(row)
    return phases


def atop_alliance_titles(store: Store, atopids: Iterable[int] | None = None) -> dict[int, str]:
    """Return the title of each ATOP alliance (every one, or those of ``atopids``), by ATOP id.

    Where a ledger in ``store`` holds the alliance, its title is the ledger's (the earliest-signed treaty with that
    ``atopid``); otherwise it is :func:`describe_atop_alliance`'s, from the ATOP data the store reads (the user's
    import, else the table shipped with foedus). An id in neither is left out.

    Examples
    --------
    >>> from foedus.store import open_store
    >>> with open_store() as store:                                    # doctest: +SKIP
    ...     atop_alliance_titles(store, [4170, 3200])
    {3200: 'Treaty of Friendship, Alliance and Mutual Assistance',
     4170: 'ATOP 4170: Consultation pact between French Fifth Republic and Russian Federation (1992)'}
    """
    wanted = None if atopids is None else sorted({int(i) for i in atopids})
    ledger: dict[int, str] = {}
    for row in store.query(
        """SELECT atopid, title FROM treaties
           WHERE atopid IS NOT NULL AND (?::INTEGER[] IS NULL OR list_contains(?, atopid))
           ORDER BY signed, slug""",
        [wanted, wanted],
    ):
        ledger.setdefault(row["atopid"], row["title"])
    titles = {atopid: ledger.get(atopid) or describe_atop_alliance(atopid, rows)
              for atopid, rows in atop_member_phases(store, wanted).items()}
    if wanted is not None:
        titles.update({i: ledger[i] for i in wanted if i in ledger and i not in titles})
    return dict(sorted(titles.items()))


def with_year(title: str, year: str | int, *, article: bool = True) -> str:
    """Return ``title`` with its year for a sentence: "the 2001 Treaty of ...", but a title that ends with its year
    (:func:`describe_atop_alliance`'s) as it is; without ``article``, "Treaty of ... (2001)"."""
    if title.endswith(f"({year})"):
        return title
    return f"the {year} {title}" if article else f"{title} ({year})"
