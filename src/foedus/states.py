"""States and their names: COW codes, abbreviations, ISO3, and historic names with the periods they apply to.

The tables ship with foedus (``foedus/data/states.csv`` and ``state_names.csv``) and were written by hand:
"Qing China" is 710 until 1912, "Soviet Union" is 365 from 1922 to 1991, "Republic of China" is 710 on the
mainland until 1949 and 713 on Taiwan after.

Gleditsch-Ward codes map to COW codes by period (:func:`cow_code_for_gw`): ``states.csv`` gives each COW state
its G-W code (Kiribati is G-W 970, COW 946; the Yemen Arab Republic and unified Yemen are both G-W 678, COW 678
until 21 May 1990 and 679 after), and :data:`GW_CODE_CHANGES` adds where G-W keeps a code that COW changes:
unified Germany stays G-W 260 (COW 255 from 3 October 1990) and Serbia is G-W 340 (COW 345). Beger's table of
the differences (R package ``states``, vignette "G&W and COW country code differences") lists these cases.

References
----------
Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
Gleditsch, K. S., & Ward, M. D. (1999). A revised list of independent states since the congress of Vienna.
*International Interactions*, 25(4), 393-413. https://doi.org/10.1080/03050629908434958
"""

from __future__ import annotations

import csv
import datetime as _dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from foedus.dates import PartialDate
from foedus.errors import AmbiguousStateError, StateNotFoundError

__all__ = [
    "GW_CODE_CHANGES",
    "GwCowPeriod",
    "State",
    "StateName",
    "cow_code_for_gw",
    "gw_to_cow_periods",
    "known_states",
    "name_periods",
    "resolve_state",
    "state_name",
]

DateLike = PartialDate | _dt.date | int | str


@dataclass(frozen=True)
class State:
    """A state of the COW system (or an earlier polity with the same code) and its identifiers."""

    ccode: int
    cow_abb: str
    gwcode: int | None
    iso3: str | None
    name: str
    exists_from: PartialDate | None
    exists_to: PartialDate | None

    def exists_on(self, when: PartialDate) -> bool:
        """Return True if the state may have existed on some day of ``when``."""
        return _overlaps(self.exists_from, self.exists_to, when)


@dataclass(frozen=True)
class StateName:
    """A name that denotes state ``ccode`` from ``start`` to ``end`` (either open when None)."""

    ccode: int
    name: str
    start: PartialDate | None
    end: PartialDate | None

    def applies_on(self, when: PartialDate) -> bool:
        """Return True if the name may have applied on some day of ``when``."""
        return _overlaps(self.start, self.end, when)

    @property
    def period(self) -> str:
        """Return the period as text, e.g. ``1922-12-30–1991-12-26``."""
        return f"{self.start or '…'}–{self.end or ''}"


def _overlaps(start: PartialDate | None, end: PartialDate | None, when: PartialDate) -> bool:
    if start is not None and when.latest() < start.earliest():
        return False
    return not (end is not None and end.latest() < when.earliest())


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("'", "").replace("’", "").replace("&", " and ")
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return text.removeprefix("the ")


def _date_or_none(text: str) -> PartialDate | None:
    return PartialDate.parse(text) if text.strip() else None


@cache
def _tables() -> tuple[dict[int, State], tuple[StateName, ...]]:
    folder = resources.files("foedus") / "data"
    states: dict[int, State] = {}
    with (folder / "states.csv").open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            ccode = int(row["ccode"])
            states[ccode] = State(
                ccode=ccode,
                cow_abb=row["cow_abb"].strip(),
                gwcode=int(row["gwcode"]) if row["gwcode"].strip() else None,
                iso3=row["iso3"].strip() or None,
                name=row["name"].strip(),
                exists_from=_date_or_none(row["exists_from"]),
                exists_to=_date_or_none(row["exists_to"]),
            )
    names: list[StateName] = [StateName(s.ccode, s.name, s.exists_from, s.exists_to) for s in states.values()]
    with (folder / "state_names.csv").open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names.append(
                StateName(
                    ccode=int(row["ccode"]),
                    name=row["name"].strip(),
                    start=_date_or_none(row["start"]),
                    end=_date_or_none(row["end"]),
                )
            )
    return states, tuple(names)


@cache
def _index() -> tuple[dict[str, list[StateName]], dict[str, list[int]]]:
    states, names = _tables()
    by_name: dict[str, list[StateName]] = {}
    for entry in names:
        bucket = by_name.setdefault(_normalise(entry.name), [])
        if entry not in bucket:
            bucket.append(entry)
    by_code: dict[str, list[int]] = {}
    for state in states.values():
        for code in {state.cow_abb.upper(), (state.iso3 or "").upper()} - {""}:
            by_code.setdefault(code, []).append(state.ccode)
    return by_name, by_code


def known_states() -> list[State]:
    """Return every state foedus knows, ordered by COW code."""
    return sorted(_tables()[0].values(), key=lambda s: s.ccode)


def _as_date(when: DateLike | None) -> PartialDate | None:
    if when is None:
        return None
    if isinstance(when, int | str | _dt.date) and not isinstance(when, PartialDate):
        return PartialDate.parse(when)
    return when


def resolve_state(query: str | int, on: DateLike | None = None) -> State:
    """Return the state that ``query`` (a name, ISO3, COW abbreviation or COW code) denotes on date ``on``.

    Parameters
    ----------
    query : str or int
        ``"Qing China"``, ``"Soviet Union"``, ``"RUS"``, ``"CHN"``, ``365``, ``"365"``...
    on : date-like, optional
        The date the name is used at. Historic names are checked against their period; names that denote
        different states in different periods ("Republic of China") need it.

    Raises
    ------
    StateNotFoundError
        If nothing matches, or a historic name is used outside its period; lists the closest names.
    AmbiguousStateError
        If the name denotes several states and ``on`` does not tell which.
    """
    states, _ = _tables()
    when = _as_date(on)
    text = str(query).strip()
    if re.fullmatch(r"\d{1,4}", text):
        state = states.get(int(text))
        if state is None:
            raise StateNotFoundError(text, [], " (no state has this COW code)")
        if when is not None and not state.exists_on(when):
            raise StateNotFoundError(
                text, [], f" ({state.name} existed {state.exists_from or '…'}–{state.exists_to or ''}, not {when})"
            )
        return state
    by_name, by_code = _index()
    candidates = list(by_name.get(_normalise(text), []))
    codes = by_code.get(text.upper(), []) if len(text) == 3 else []
    if not candidates and not codes:
        raise StateNotFoundError(text, _suggest(text))
    matching = [c for c in candidates if when is None or c.applies_on(when)]
    found = sorted({c.ccode for c in matching} | set(codes))
    if not found:
        periods = "; ".join(f"{c.name} is {c.ccode} for {c.period}" for c in candidates)
        raise StateNotFoundError(text, [], f" on {when} ({periods})")
    if len(found) > 1:
        options = [f"{states[c].ccode} {states[c].name}" for c in found]
        raise AmbiguousStateError(text, options)
    return states[found[0]]


def name_periods(query: str | int, on: DateLike | None = None) -> list[StateName]:
    """Return the name ``query`` denotes with each period it applies to (those that include ``on``, if given).

    A name gives its own periods ("Soviet Union": 365 from 1922-12-30 to 1991-12-26, not Russia's 1547); a code
    (``365``, ``"RUS"``) gives the name in use on ``on``, or without ``on`` the state's own name and existence.

    Raises
    ------
    StateNotFoundError, AmbiguousStateError
        As :func:`resolve_state` does.
    """
    state = resolve_state(query, on)
    when = _as_date(on)
    by_name, _ = _index()
    entries = [e for e in by_name.get(_normalise(str(query).strip()), []) if e.ccode == state.ccode]
    if entries:
        spelled = entries[0].name
        found = [e for e in entries if e.name == spelled and (when is None or e.applies_on(when))] or entries[:1]
        # "Russia" is listed once with the state's existence and once without a period: the period says more
        return [e for e in found if e.start is not None or e.end is not None] or found[:1]
    if when is not None:
        name = state_name(state.ccode, when)
        bounded = [e for e in _bounded_names().get(state.ccode, ()) if e.name == name and e.applies_on(when)]
        if bounded:
            return bounded[:1]
    return [StateName(state.ccode, state.name, state.exists_from, state.exists_to)]


def _suggest(text: str, count: int = 5) -> list[str]:
    by_name, _ = _index()
    display = {_normalise(n): entries[0].name for n, entries in by_name.items()}
    close = difflib.get_close_matches(_normalise(text), list(display), n=count, cutoff=0.6)
    return [display[c] for c in close]


@cache
def _bounded_names() -> dict[int, tuple[StateName, ...]]:
    """Return the names with a period (a start), by COW code."""
    found: dict[int, list[StateName]] = {}
    for entry in _tables()[1]:
        if entry.start is not None:
            found.setdefault(entry.ccode, []).append(entry)
    return {code: tuple(entries) for code, entries in found.items()}


def state_name(ccode: int, on: DateLike | None = None) -> str:
    """Return the name of state ``ccode`` in use on ``on``: the period-bound name if one applies."""
    states, _ = _tables()
    if ccode not in states:
        raise StateNotFoundError(str(ccode), [], " (no state has this COW code)")
    when = _as_date(on)
    if when is not None:
        # the name whose period began last is the one in use: "Russian Empire" in 1896, not "Russia"
        bounded = [e for e in _bounded_names().get(ccode, ()) if e.applies_on(when)]
        if bounded:
            return max(bounded, key=lambda e: (e.start.earliest() if e.start else _dt.date.min, e.end is not None)).name
    return states[ccode].name


@dataclass(frozen=True)
class GwCowPeriod:
    """G-W code ``gwcode`` denotes the COW state ``ccode`` from ``first`` to ``last``, both days included."""

    gwcode: int
    first: _dt.date
    last: _dt.date
    ccode: int


#: Where G-W keeps a code that COW changes, as (G-W code, first day or None, COW code, why), beyond states.csv.
GW_CODE_CHANGES: tuple[tuple[int, _dt.date | None, int, str], ...] = (
    (260, _dt.date(1990, 10, 3), 255, "unified Germany keeps the G-W code of the German Federal Republic"),
    (340, None, 345, "G-W codes Serbia (1878-1915 and from 2006) 340; COW codes it 345 throughout"),
)


@cache
def gw_to_cow_periods() -> tuple[GwCowPeriod, ...]:
    """Return every period in which a G-W code denotes a COW state, ordered by G-W code and first day.

    The periods of one G-W code never overlap (a test checks it), so a code and a day give at most one COW state.
    """
    periods = [
        GwCowPeriod(state.gwcode, state.exists_from.earliest() if state.exists_from else _dt.date.min,
                    state.exists_to.latest() if state.exists_to else _dt.date.max, state.ccode)
        for state in known_states() if state.gwcode is not None
    ]
    for gwcode, first, ccode, _ in GW_CODE_CHANGES:
        periods.append(GwCowPeriod(gwcode, first or _dt.date.min, _dt.date.max, ccode))
    return tuple(sorted(periods, key=lambda p: (p.gwcode, p.first)))


def cow_code_for_gw(gwcode: int, on: DateLike) -> int | None:
    """Return the COW code of the state G-W code ``gwcode`` denotes on ``on`` (any day of it), or None.

    >>> cow_code_for_gw(260, "1989"), cow_code_for_gw(260, "1991"), cow_code_for_gw(340, "2010")
    (260, 255, 345)
    """
    when = _as_date(on)
    if when is None:
        raise ValueError("cow_code_for_gw needs a date")
    first, last = when.earliest(), when.latest()
    for period in gw_to_cow_periods():
        if period.gwcode == gwcode and period.first <= last and first <= period.last:
            return period.ccode
    return None
