"""Alliance spells: one row per pair of members of an alliance, from its start to its end or censoring.

A *spell* is the time two states spent together in one alliance: from the later of their entries to the earlier
of their exits. A bilateral alliance gives one spell, which is the model's unit for it; a multilateral alliance of
``n`` members gives one spell per pair, which describes a pair's record but is not fitted on (the model's units of
a multilateral alliance are its members, so that one withdrawal counts once: :mod:`foedus.reliability.units`).

How a spell ended comes from a named coding. A coding need not code every alliance (the 2023 narrative speaks only
of China and Russia), so each spell takes its ending from the first coding in the chain ``[coding, "curated",
"atop"]`` that codes it, and records which one did (``coded_by``).

Which agreements are alliances: those with a military obligation (defense, offense, neutrality, non-aggression or
consultation, as in ATOP); under a coding of kind ``narrative``, also any agreement it calls breached (a narrative
that speaks of the betrayal of an alliance treats the agreement as one). A breach coded without an end date ends at
the latest event the outcome rests on.

Censoring: a spell still in force at ``as_of`` (or at the end of the data it comes from) is censored there; a spell
that began after ``as_of`` is left out, and one that ended after it is censored at ``as_of``, so that nothing from
after ``as_of`` is seen.

References
----------
Leeds, B. A., & Savun, B. (2007). Terminating alliances: Why do states abrogate agreements? *The Journal of
Politics*, 69(4), 1118-1132. https://doi.org/10.1111/j.1468-2508.2007.00612.x
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

from foedus.codings import BUILTIN_CODINGS, atop_ending
from foedus.dates import PartialDate
from foedus.records import atop_alliance_records, held_atopids, ledger_alliance_records
from foedus.text import DEFAULT_CODING
from foedus.universe import family_relation
from foedus.vocabulary import is_breach

if TYPE_CHECKING:
    import pandas as pd

    from foedus.store import Store

__all__ = [
    "SPELL_COLUMNS",
    "Alliance",
    "Participation",
    "alliance_spells",
    "atop_alliances",
    "ledger_alliances",
    "major_power_periods",
    "midyear",
    "stored_alliances",
    "stored_spells",
]

#: Columns of the spells frame, in order.
SPELL_COLUMNS = (
    "alliance", "source", "title", "ccode1", "ccode2", "start", "end", "censored", "ending", "breach", "breached_by",
    "coded_by", "defense", "offense", "neutrality", "non_aggression", "consultation", "bilateral", "members",
    "major", "prior_spells", "prior_breaches",
)

_MILITARY = ("defense", "offense", "neutrality", "non_aggression", "consultation")


def midyear(date: PartialDate) -> float:
    """Return the date as a decimal year, at the middle of the range its precision leaves open."""
    first, last = date.earliest(), date.latest()
    middle = first + (last - first) / 2
    return middle.year + (middle.timetuple().tm_yday - 0.5) / (366 if middle.year % 4 == 0 else 365)


@dataclass(frozen=True)
class Participation:
    """One state's time in an alliance and how it ended (``ending`` None while in force or unknown)."""

    ccode: int
    start: float
    end: float | None
    ending: str | None
    coded_by: str | None
    breached_by: frozenset[int] | None  # None: the coding does not say who breached


@dataclass
class Alliance:
    """An alliance and its members' participations, from a ledger or a dataset."""

    key: str
    source: str
    title: str
    obligations: frozenset[str]
    bilateral: bool
    members: list[Participation] = field(default_factory=list)
    data_end: float | None = None  # the end of the data the alliance comes from: censor there if still in force
    allied: frozenset[tuple[int, int]] | None = None  # the pairs (low code first) bound to each other; None: all

    def binds(self, a: int, b: int) -> bool:
        """Return True if members ``a`` and ``b`` are bound to each other by the alliance."""
        return self.allied is None or (min(a, b), max(a, b)) in self.allied


def ledger_alliances(store: Store, coding: str) -> list[Alliance]:
    """Return the alliances of every ledger in ``store``, their endings read under ``coding``: a view over
    :func:`foedus.records.ledger_alliance_records`."""
    chain = list(dict.fromkeys([coding, DEFAULT_CODING, "atop"]))
    narrative = coding in {r["name"] for r in store.query("SELECT name FROM codings WHERE kind = 'narrative'")}
    narrative |= coding in BUILTIN_CODINGS and BUILTIN_CODINGS[coding].kind == "narrative"
    event_dates = {r["id"]: PartialDate.parse(r["date"]) for r in store.query("SELECT id, date FROM events")}
    alliances = []
    for record in ledger_alliance_records(store):
        slug = record.key
        outcomes: dict[int | None, dict[str, Mapping[str, Any]]] = {}
        for row in record.outcomes:
            outcomes.setdefault(row["member"], {})[row["coding"]] = row
        whole = _first(outcomes.get(None, {}), chain)
        coded = outcomes.get(None, {}).get(coding)
        if not record.obligations and not (narrative and coded is not None and is_breach(coded["ending"])):
            continue
        ended = PartialDate.parse(record.ended) if record.ended else None
        if ended is None and whole is not None and is_breach(whole["ending"]) and whole["events"]:
            ended = max((event_dates[e] for e in whole["events"] if e in event_dates), default=None)
        alliance = Alliance(slug, "ledger", record.title, record.opening_obligations, bilateral=record.bilateral)
        for m in sorted(record.members, key=lambda m: m.ccode):
            exited = PartialDate.parse(m.exited) if m.exited else None
            own = _first(outcomes.get(m.ccode, {}), chain)
            leaves_early = exited is not None and (ended is None or exited.surely_before(ended))
            outcome = own or (None if leaves_early else whole)
            end = exited or ended
            ending = outcome["ending"] if outcome else ("other" if end is not None else None)
            if ending == "in_force":
                ending, end = None, None
            breachers = frozenset(outcome["breached_by"]) if outcome and outcome["breached_by"] else None
            alliance.members.append(Participation(
                ccode=m.ccode, start=midyear(PartialDate.parse(m.entered)),
                end=midyear(end) if end is not None else None, ending=ending,
                coded_by=outcome["coding"] if outcome else None, breached_by=breachers,
            ))
        alliances.append(alliance)
    return alliances


def atop_alliances(store: Store, *, exclude: set[int] | None = None) -> list[Alliance]:
    """Return the alliances of ATOP's member phases: the user's import if the store has one, else those shipped; a
    view over :func:`foedus.records.atop_alliance_records`.

    An alliance's obligations are those of its first phase (what was known when it began, never one a later phase
    added). A member's phases are joined from its first entry to its last exit; its ending is that of its last phase
    under ATOP's codes, mapped through :func:`foedus.codings.atop_ending`. In a multilateral alliance a member
    whose own exit is a breach is its breacher; in a bilateral one ATOP does not say which member breached.
    Alliances still in force are censored at the last year the data covers (see :mod:`foedus.universe`). Each
    is titled by :func:`foedus.alliance_titles.atop_alliance_titles`.
    """
    alliances = []
    for record in atop_alliance_records(store, exclude=exclude):
        alliance = Alliance(record.key, "atop", record.title, record.opening_obligations, bilateral=record.bilateral,
                            data_end=record.last_year + 1.0 if record.last_year is not None else None,
                            allied=record.allied)
        for member in sorted(record.members, key=lambda m: m.ccode):
            last = member.last_phase
            assert last is not None  # an ATOP member has at least one phase
            open_ended = member.exited is None
            ending = None if open_ended or last["termmode"] is None else atop_ending(
                last["termmode"], -9 if last["termcaus"] is None else last["termcaus"])
            breacher = (frozenset({member.ccode}) if ending is not None and is_breach(ending) and not alliance.bilateral
                        else None)
            alliance.members.append(Participation(
                ccode=member.ccode, start=min(midyear(PartialDate.parse(r["entered"])) for r in member.phases),
                end=None if open_ended else midyear(PartialDate.parse(last["exited"])),
                ending=ending, coded_by="atop" if ending else None, breached_by=breacher,
            ))
        alliances.append(alliance)
    return alliances


def major_power_periods(store: Store) -> dict[int, list[tuple[float, float]]]:
    """Return the COW major powers' periods as decimal years (the user's import, else the table shipped); a
    period that runs to the end of the data has no end."""
    relation = family_relation(store, "major_powers")
    last = relation.last_year
    periods: dict[int, list[tuple[float, float]]] = {}
    for r in store.query(f"SELECT ccode, start_date, end_date FROM {relation.sql}"):
        end = PartialDate.parse(r["end_date"])
        # a period running to the end of the data is a state still a major power then: it goes on
        until = float("inf") if last is not None and end.year >= last else midyear(end)
        periods.setdefault(r["ccode"], []).append((midyear(PartialDate.parse(r["start_date"])), until))
    return periods


def stored_alliances(store: Store, coding: str) -> list[Alliance]:
    """Return every alliance in the store: the ledgers', and ATOP's where no ledger holds the same ATOP id."""
    ledger = ledger_alliances(store, coding)
    return ledger + atop_alliances(store, exclude=held_atopids(store))


def stored_spells(store: Store, coding: str, *, as_of: int) -> pd.DataFrame:
    """Return the spells of every alliance in the store under ``coding``, as known at the end of ``as_of``."""
    return alliance_spells(stored_alliances(store, coding), as_of=as_of, majors=major_power_periods(store))


def _first(by_coding: Mapping[str, Mapping[str, Any]], chain: Sequence[str]) -> dict[str, Any] | None:
    for name in chain:
        if name in by_coding:
            return {**by_coding[name], "coding": name}
    return None


def _pair_ending(a: Participation, b: Participation) -> tuple[float | None, str | None, str | None, list[int]]:
    """Return the end, ending, coding and breachers of the spell of ``a`` and ``b`` together."""
    ends = [p for p in (a, b) if p.end is not None]
    if not ends:
        return None, None, None, []
    end = min(p.end for p in ends if p.end is not None)
    first = [p for p in ends if p.end is not None and abs(p.end - end) < 1e-9]
    pair = {a.ccode, b.ccode}
    for p in first:
        if p.ending is not None and is_breach(p.ending):
            if p.breached_by is None:
                return end, p.ending, p.coded_by, []
            inside = sorted(p.breached_by & pair)
            if inside:
                return end, p.ending, p.coded_by, inside
    p = first[0]
    ending = p.ending if p.ending is not None and not is_breach(p.ending) else "other"
    return end, ending, p.coded_by, []


def alliance_spells(
    alliances: Iterable[Alliance], *, as_of: int, majors: dict[int, list[tuple[float, float]]] | None = None
) -> pd.DataFrame:
    """Return one row per pair of members of each alliance, censored at the end of year ``as_of``.

    Parameters
    ----------
    alliances : iterable of Alliance
        From :func:`ledger_alliances` and, when ATOP is imported, its member phases.
    as_of : int
        Nothing after the end of this year is seen.
    majors : dict, optional
        Major-power periods by COW code; without it the ``major`` column is missing (NA).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`SPELL_COLUMNS`; ``start`` and ``end`` are decimal years, ``end`` is the censoring time
        when ``censored``; ``breach`` is True when the spell ended in a breach by one of the two.
    """
    import pandas as pd

    horizon = as_of + 1.0
    rows = []
    for alliance in alliances:
        count = len(alliance.members)
        if count < 2:
            continue
        for a, b in combinations(sorted(alliance.members, key=lambda p: p.ccode), 2):
            if not alliance.binds(a.ccode, b.ccode):
                continue
            start = max(a.start, b.start)
            if start >= horizon:
                continue
            end, ending, coded_by, breachers = _pair_ending(a, b)
            succession = a.end == b.start or b.end == a.start  # one took the other's place the day it left
            if end is not None and (end < start or (end == start and succession)):
                continue  # never allied at the same time
            limit = min(horizon, alliance.data_end) if alliance.data_end is not None else horizon
            censored = end is None or end >= limit
            if end is None or censored:
                end, ending, coded_by, breachers = limit, None, None, []
            together = sum(p.start <= start and (p.end is None or p.end > start)
                           and alliance.binds(p.ccode, a.ccode) and alliance.binds(p.ccode, b.ccode)
                           for p in alliance.members if p.ccode not in (a.ccode, b.ccode)) + 2
            rows.append({
                "alliance": alliance.key, "source": alliance.source, "title": alliance.title,
                "ccode1": a.ccode, "ccode2": b.ccode, "start": start, "end": max(end, start), "censored": censored,
                "ending": ending, "breach": bool(ending and is_breach(ending)), "breached_by": breachers,
                "coded_by": coded_by,
                **{o: o in alliance.obligations for o in _MILITARY},
                "bilateral": alliance.bilateral, "members": together,
                "major": _is_major(majors, (a.ccode, b.ccode), start) if majors is not None else None,
            })
    frame = pd.DataFrame(rows, columns=[c for c in SPELL_COLUMNS if c not in ("prior_spells", "prior_breaches")])
    frame = frame.sort_values(["start", "alliance", "ccode1", "ccode2"], ignore_index=True)
    prior_spells, prior_breaches = _pair_records(frame)
    frame["prior_spells"] = prior_spells
    frame["prior_breaches"] = prior_breaches
    frame["major"] = frame["major"].astype("boolean")
    return frame


def _is_major(majors: dict[int, list[tuple[float, float]]], pair: tuple[int, int], when: float) -> bool:
    return any(start <= when <= end for code in pair for start, end in majors.get(code, []))


def _pair_records(frame: pd.DataFrame) -> tuple[list[int], list[int]]:
    """For each spell, count the pair's spells that ended before it began, and the breaches among them."""
    pairs = list(zip(frame["ccode1"].astype(int), frame["ccode2"].astype(int), strict=True))
    starts = frame["start"].astype(float).tolist()
    ends = frame["end"].astype(float).tolist()
    censored = frame["censored"].astype(bool).tolist()
    breach = frame["breach"].astype(bool).tolist()
    ended: dict[tuple[int, int], list[tuple[float, bool]]] = {}
    for pair, end, cut, broke in zip(pairs, ends, censored, breach, strict=True):
        if not cut:
            ended.setdefault(pair, []).append((end, broke))
    spells, breaches = [], []
    for pair, start in zip(pairs, starts, strict=True):
        earlier = [broke for end, broke in ended.get(pair, []) if end <= start]
        spells.append(len(earlier))
        breaches.append(sum(earlier))
    return spells, breaches
