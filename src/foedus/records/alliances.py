"""One reader of every alliance the store knows: the ledgers' treaties and ATOP's alliances, as one record.

An :class:`AllianceRecord` is what a ledger or ATOP says of an alliance, before any coding is chosen or any year is
cut: its key (:mod:`foedus.records.keys`), title, obligations, whether it is bilateral, its members with their dates
(and, from ATOP, their member phases), and, from a ledger, the stored treaty row and its outcomes under every coding.
The model's spells and units (:mod:`foedus.reliability.spells`), the pair history (:mod:`foedus.history`), the
treaty pages (:mod:`foedus.queries`, :mod:`foedus.atop_records`) and the ledger browser are views over it.

ATOP's member phases are read from the user's import if the store has one, else from the table shipped with foedus
(:func:`foedus.universe.family_relation`), and each alliance is titled by
:func:`foedus.alliance_titles.atop_alliance_titles`.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

from foedus.alliance_titles import atop_alliance_titles, atop_member_phases
from foedus.codings import ATOP_OBLIGATIONS
from foedus.dates import PartialDate
from foedus.errors import StateNotFoundError
from foedus.records.keys import AllianceKey, atop_slug
from foedus.states import state_name
from foedus.universe import family_relation

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["AllianceRecord", "MemberRecord", "atop_alliance_records", "held_atopids", "is_bilateral",
           "ledger_alliance_records", "ledger_slug_of_atop", "member_name"]


def member_name(ccode: int, when: str) -> str:
    """Return the name of state ``ccode`` on the date ``when`` (ISO text), or ``COW <code>`` for a code foedus's
    state list lacks (a reader can still look it up)."""
    try:
        return state_name(ccode, PartialDate.parse(when))
    except StateNotFoundError:
        return f"COW {ccode}"


@dataclass(frozen=True)
class MemberRecord:
    """A member of an alliance: its first entry and last exit (None while any of its spells is open), and, from
    ATOP, its member phases in order (phase, then entry)."""

    ccode: int
    entered: str
    exited: str | None
    stored_name: str | None = None  # the ledger's name of the state; None: named from the state list
    phases: tuple[Mapping[str, Any], ...] = ()

    @property
    def name(self) -> str:
        """Return the state's name as the ledger gives it, else as it was called when it joined."""
        return self.stored_name if self.stored_name is not None else member_name(self.ccode, self.entered)

    @property
    def last_phase(self) -> Mapping[str, Any] | None:
        """Return ATOP's last member phase of this member (the one whose exit ends its time), None for a ledger's."""
        return self.phases[-1] if self.phases else None


@dataclass(frozen=True)
class AllianceRecord:
    """An alliance as a ledger or ATOP records it, under no coding and at no cut-off year.

    ``obligations`` are every obligation it carried (in any of ATOP's phases); ``opening_obligations`` those it
    carried when it began (ATOP's first phase; a ledger's treaty has one set). ``allied`` are the pairs of members
    bound to each other (low code first; None: every pair). ``treaty`` is the ledger's stored row and ``outcomes``
    its stored endings under every coding (ordered by coding, the whole treaty's first); both empty for ATOP's.
    ``last_year`` is the last year the data it comes from covers (ATOP's; None for a ledger's).
    """

    key: AllianceKey
    source: str  # "ledger" or "atop"
    ledger: str
    atopid: int | None
    title: str
    kind: str
    obligations: tuple[str, ...]
    opening_obligations: frozenset[str]
    bilateral: bool
    signed: str
    ended: str | None
    members: tuple[MemberRecord, ...]
    allied: frozenset[tuple[int, int]] | None = None
    last_year: int | None = None
    treaty: Mapping[str, Any] | None = None
    outcomes: tuple[Mapping[str, Any], ...] = ()

    @property
    def multilateral(self) -> bool:
        """Return True if the alliance is not bilateral."""
        return not self.bilateral


def is_bilateral(flag: bool | None, members: int) -> bool:
    """Return whether an ATOP alliance is bilateral: ATOP's own flag where the data give it, else whether it has
    exactly two members (a one-member remnant is not a bilateral alliance)."""
    return bool(flag) if flag is not None else members == 2


def held_atopids(store: Store) -> set[int]:
    """Return the ATOP ids a ledger's treaty holds: those alliances are the ledger's, never ATOP's alone."""
    return {int(r["atopid"]) for r in store.query("SELECT atopid FROM treaties WHERE atopid IS NOT NULL")}


def ledger_slug_of_atop(store: Store, atopid: int) -> str | None:
    """Return the slug of the ledger treaty that holds ATOP alliance ``atopid`` (the earliest signed, as its title
    is :func:`foedus.alliance_titles.atop_alliance_titles`'), or None."""
    rows = store.query("SELECT slug FROM treaties WHERE atopid = ? ORDER BY signed, slug LIMIT 1", [atopid])
    return str(rows[0]["slug"]) if rows else None


def ledger_alliance_records(store: Store, slugs: Sequence[str] | None = None) -> list[AllianceRecord]:
    """Return the ledgers' treaties (every one, or those of ``slugs``) as records, by slug.

    Members are in the order they entered (then COW code); outcomes by coding, the whole treaty's before its
    members'.
    """
    wanted = None if slugs is None else sorted(set(slugs))
    treaties = store.query("SELECT * FROM treaties WHERE ?::VARCHAR[] IS NULL OR list_contains(?, slug) ORDER BY slug",
                           [wanted, wanted])
    members: dict[str, list[MemberRecord]] = {}
    for m in store.query("SELECT * FROM memberships WHERE ?::VARCHAR[] IS NULL OR list_contains(?, treaty) "
                         "ORDER BY treaty, entered, ccode", [wanted, wanted]):
        members.setdefault(m["treaty"], []).append(MemberRecord(m["ccode"], m["entered"], m["exited"], m["state"]))
    outcomes: dict[str, list[dict[str, Any]]] = {}
    for o in store.query("SELECT * FROM outcomes WHERE ?::VARCHAR[] IS NULL OR list_contains(?, treaty) "
                         "ORDER BY treaty, coding, member NULLS FIRST", [wanted, wanted]):
        outcomes.setdefault(o["treaty"], []).append(o)
    return [
        AllianceRecord(
            key=t["slug"], source="ledger", ledger=t["ledger"], atopid=t["atopid"], title=t["title"], kind=t["kind"],
            obligations=tuple(t["obligations"]), opening_obligations=frozenset(t["obligations"]),
            bilateral=not t["multilateral"], signed=t["signed"], ended=t["ended"],
            members=tuple(members.get(t["slug"], [])), treaty=t, outcomes=tuple(outcomes.get(t["slug"], [])),
        )
        for t in treaties
    ]


def atop_alliance_records(store: Store, atopids: Iterable[int] | None = None, *,
                          exclude: set[int] | None = None) -> list[AllianceRecord]:
    """Return ATOP's alliances (every one, or those of ``atopids``, less ``exclude``) as records, by ATOP id.

    A member's phases are joined from its first entry to its last exit (still in force if any phase is); the
    alliance ended when its last member left. Its obligations at the start are those of its first phase (an
    obligation a later phase added was not known when it began). Members that share no phase are not bound to each
    other (:func:`_phase_pairs`). Bilateral is ATOP's flag, else :func:`is_bilateral`.
    """
    relation = family_relation(store, "atop_members")
    skip = exclude or set()
    phases = {atopid: rows for atopid, rows in atop_member_phases(store, atopids).items() if atopid not in skip}
    titles = atop_alliance_titles(store, phases) if phases else {}
    return [_atop_record(atopid, rows, titles.get(atopid, f"ATOP {atopid}"), relation.last_year)
            for atopid, rows in phases.items()]


def _atop_record(atopid: int, rows: list[dict[str, Any]], title: str, last_year: int | None) -> AllianceRecord:
    by_member: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_member.setdefault(row["ccode"], []).append(row)
    members = []
    for ccode, own in by_member.items():
        # one order for a member's phases, whatever order the data came in: by phase, then by entry (a state
        # that left and rejoined has two rows of one phase; the later is its last)
        ordered = sorted(own, key=lambda r: (r["phase"] is None, r["phase"] or 0,
                                             PartialDate.parse(r["entered"]).earliest()))
        entered = str(min((r["entered"] for r in own), key=PartialDate.parse))
        exited = None if any(r["exited"] is None for r in own) else str(
            max((r["exited"] for r in own), key=lambda t: PartialDate.parse(t).latest()))
        members.append(MemberRecord(ccode, entered, exited, None, tuple(ordered)))
    members.sort(key=lambda m: (PartialDate.parse(m.entered).earliest(), m.ccode))
    ends = [m.exited for m in members]
    ended = None if any(e is None for e in ends) else max(
        (e for e in ends if e is not None), key=lambda t: PartialDate.parse(t).latest())
    first_phase = min((r["phase"] for r in rows if r["phase"] is not None), default=None)
    opening = [r for r in rows if r["phase"] == first_phase] or rows
    flag = next((r["bilateral"] for r in rows if r["bilateral"] is not None), None)
    return AllianceRecord(
        key=atop_slug(atopid), source="atop", ledger="atop", atopid=atopid, title=title, kind="alliance",
        obligations=tuple(ours for theirs, ours in ATOP_OBLIGATIONS.items() if any(r[theirs] for r in rows)),
        opening_obligations=frozenset(ours for theirs, ours in ATOP_OBLIGATIONS.items()
                                      if any(r[theirs] for r in opening)),
        bilateral=is_bilateral(flag, len(by_member)), signed=members[0].entered, ended=ended,
        members=tuple(members), allied=_phase_pairs(rows), last_year=last_year,
    )


def _phase_pairs(phases: list[dict[str, Any]]) -> frozenset[tuple[int, int]]:
    """Return the pairs of members that share a phase: those the alliance binds to each other.

    ATOP starts a new phase when membership changes; when a bilateral ally splits, each successor gets a phase of
    its own with the other ally (Czechoslovakia's treaties after 1993), so the successors are not allies.
    """
    by_phase: dict[int | None, set[int]] = {}
    for row in phases:
        by_phase.setdefault(row["phase"], set()).add(row["ccode"])
    return frozenset(pair for group in by_phase.values() for pair in combinations(sorted(group), 2))
