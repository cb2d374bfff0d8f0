"""What the war test reads: wars as each state's part in them, and alliances as each member's commitments.

A :class:`War` is built from the war dyad-years (:mod:`foedus.importers.wars`): each state's part in it on one side
(:class:`WarPart`: first and last year, whether it began the war) and which states fought which (``dyads``, with
the years and the lines of the war file). A :class:`TestedAlliance` holds each member's :class:`Commitment`: its
years in the alliance, its obligations and their conditions as ATOP codes them, and the lines of ATOP's member file
they come from. The alliances are those of :func:`foedus.reliability.spells.stored_alliances`: the ledgers', whose
dates and members override ATOP's for the alliances they hold, and ATOP's for the rest.

ATOP's conditions (Leeds et al. 2002; the ATOP codebook): ``defcoadv``/``offcoadv``/``neucoadv`` an obligation that
applies only against a named adversary (``statthr1``, ``statthr2`` give the threatening states' codes when ATOP
names them), ``...coloc`` only in a named location, ``...cocon`` only in a named conflict, ``...conum`` only when the
adversaries are several, ``...codem`` only if the partner complied with conditions (a demand), ``defconpr``/
``neuconpr`` only if the partner did not provoke the attack, ``neucoatt`` neutrality only when the partner was
attacked; ``cowwar`` is the COW war during which the alliance was signed, set on the rows of the members that were
fighting it when they signed (:mod:`foedus.tested.rules`). Where ATOP flags a named adversary but
gives no state code (21 alliances in ATOP 4.01), ``named_adversaries.yaml`` reads it from the treaty text
(:func:`named_adversaries`). Who attacked whom inside a war is :meth:`War.began`'s rule.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
Sarkees, M. R., & Wayman, F. W. (2010). *Resort to War: A Data Guide to Inter-State, Extra-State, Intra-State,
and Non-State Wars, 1816-2007*. Washington, DC: CQ Press.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.codings import ATOP_OBLIGATIONS
from foedus.records import atopid_of
from foedus.text import DEFAULT_CODING

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = [
    "CONDITION_WORDS", "NAMED_ADVERSARIES", "OBLIGATIONS", "Commitment", "Conditions", "NamedAdversary",
    "TestedAlliance", "War", "WarPart", "atop_provisions", "named_adversaries", "region", "stored_tested_alliances",
    "stored_wars", "wars_from_rows",
]

#: The obligations, in foedus's names (ATOP's ``defense, offense, neutral, nonagg, consul``).
OBLIGATIONS: tuple[str, ...] = ("defense", "offense", "neutrality", "non_aggression", "consultation")

#: COW's regions by the ranges of its state codes: the proxy for a treaty's named location, which ATOP codes as a
#: flag without saying where, and the reading of a treaty that names a region's states ("a European power").
_REGIONS: tuple[tuple[int, int, str], ...] = (
    (1, 199, "Americas"), (200, 399, "Europe"), (400, 626, "Africa"), (627, 699, "Middle East"),
    (700, 999, "Asia and Oceania"),
)


def region(ccode: int) -> str:
    """Return the COW region of a state code (``Americas``, ``Europe``, ``Africa``, ``Middle East``, ``Asia and
    Oceania``)."""
    return next((name for low, high, name in _REGIONS if low <= ccode <= high), "unknown")


@dataclass(frozen=True)
class WarPart:
    """One state's part in a war on one side: its first and last year there, whether it began the war."""

    ccode: int
    side: int
    initiator: bool
    first: int
    last: int


@dataclass(frozen=True)
class War:
    """An inter-state war: its number, years, each state's part, and which states fought which."""

    number: int
    start: int
    end: int
    parts: tuple[WarPart, ...]
    #: (low code, high code) -> (first year, last year, lines of the war file)
    dyads: dict[tuple[int, int], tuple[int, int, tuple[int, ...]]] = field(default_factory=dict)

    def parts_of(self, ccode: int) -> list[WarPart]:
        """Return ``ccode``'s parts in the war (two if it changed sides), earliest first."""
        return sorted((p for p in self.parts if p.ccode == ccode), key=lambda p: (p.first, p.side))

    def participants(self) -> set[int]:
        """Return the states that fought in the war."""
        return {p.ccode for p in self.parts}

    def initiated(self, ccode: int) -> bool:
        """Return True if ``ccode`` is one of the states that began the war."""
        return any(p.initiator for p in self.parts if p.ccode == ccode)

    def opponents(self, part: WarPart) -> list[WarPart]:
        """Return the parts on the other side from ``part`` whose years overlap it."""
        return [p for p in self.parts if p.side != part.side and p.first <= part.last and p.last >= part.first]

    def fought(self, a: int, b: int) -> tuple[int, int, tuple[int, ...]] | None:
        """Return the first and last years ``a`` and ``b`` fought each other (and the lines), or None."""
        return self.dyads.get((min(a, b), max(a, b)))

    def began(self, a: int, b: int) -> int | None:
        """Return which of ``a`` and ``b`` began their fight in this war, or None where the data cannot tell.

        COW codes who began the war, not who attacked whom inside it, and the war data have years, not days (and
        pair every two states on opposite sides whose years overlap). The rule:

        1. If exactly one of the two is coded as an initiator of the war, it began their fight, unless the other
           joined the war in the very year their fight began, later than the initiator's first year: such a joiner
           may have declared war itself (Italy on Austria-Hungary, 1915; Romania, 1916) or been invaded (Norway
           by Germany, 1940; the USSR, which COW has in the Second World War from 1941), and years cannot tell
           which.
        2. If neither is, but both fought from the war's first year and only one side has an initiator, the state
           on the initiator's side began it (the side that opened the war: Germany against France, 1914).
        3. Otherwise (a front opened later between two states neither of which began the war: the USSR and Japan,
           1945) the data cannot tell, and the answer is None.

        MID 5.0 (``cow_mid_ddydisps``) does not settle the undecided fights: its side A is the side of the
        dispute's first militarized action, the same for every dyad of a multi-party dispute (it puts Britain on
        side A against Germany in 1939, the USSR against Germany in 1941), not who attacked whom.
        """
        fought = self.fought(a, b)
        if fought is None:
            return None
        index = self._index
        first = {c: index[c][0] if c in index else fought[0] for c in (a, b)}
        starters = [c for c in (a, b) if c in index and index[c][1]]
        if len(starters) == 1:
            starter = starters[0]
            other = b if starter == a else a
            if first[other] == fought[0] > first[starter]:
                return None
            return starter
        if starters or fought[0] != self.start or any(first[c] != self.start for c in (a, b)):
            return None
        opening = {p.side for p in self.parts if p.initiator}
        if len(opening) != 1:
            return None
        side = next(iter(opening))
        on_side = [c for c in (a, b) if c in index and side in index[c][2]]
        return on_side[0] if len(on_side) == 1 else None

    @cached_property
    def _index(self) -> dict[int, tuple[int, bool, frozenset[int]]]:
        """Each state's first year in the war, whether it began it, and its sides (computed once per war)."""
        out: dict[int, tuple[int, bool, frozenset[int]]] = {}
        for p in self.parts:
            first, began, sides = out.get(p.ccode, (p.first, False, frozenset()))
            out[p.ccode] = (min(first, p.first), began or p.initiator, sides | {p.side})
        return out

    def lines_of(self, ccode: int) -> tuple[int, ...]:
        """Return the lines of the war file that name ``ccode``."""
        return tuple(sorted({line for (x, y), (_, _, lines) in self.dyads.items() if ccode in (x, y)
                             for line in lines}))

    def swapped(self) -> War:
        """Return the same war with sides A and B swapped (for tests: nothing about honouring may change)."""
        return War(self.number, self.start, self.end,
                   tuple(WarPart(p.ccode, 3 - p.side, p.initiator, p.first, p.last) for p in self.parts),
                   dict(self.dyads))


def wars_from_rows(rows: list[dict[str, Any]]) -> dict[int, War]:
    """Return the wars of war dyad-year rows (``line, war, ccode1, ccode2, year, side1, initiator1, initiator2``)."""
    spans: dict[tuple[int, int, int], list[int]] = {}
    starters: dict[tuple[int, int], bool] = {}
    dyads: dict[int, dict[tuple[int, int], tuple[int, int, set[int]]]] = {}
    for r in rows:
        war, c1, c2, year, side1 = r["war"], r["ccode1"], r["ccode2"], r["year"], r["side1"]
        for code, side, started in ((c1, side1, r["initiator1"]), (c2, 3 - side1, r["initiator2"])):
            span = spans.setdefault((war, code, side), [year, year])
            span[0], span[1] = min(span[0], year), max(span[1], year)
            starters[(war, code)] = starters.get((war, code), False) or bool(started)
        key = (min(c1, c2), max(c1, c2))
        first, last, lines = dyads.setdefault(war, {}).get(key, (year, year, set()))
        lines.add(r["line"])
        dyads[war][key] = (min(first, year), max(last, year), lines)
    parts: dict[int, list[WarPart]] = {}
    for (war, code, side), (first, last) in sorted(spans.items()):
        parts.setdefault(war, []).append(WarPart(code, side, starters[(war, code)], first, last))
    return {
        war: War(war, min(p.first for p in ps), max(p.last for p in ps), tuple(ps),
                 {k: (f, la, tuple(sorted(li))) for k, (f, la, li) in dyads[war].items()})
        for war, ps in parts.items()
    }


def stored_wars(store: Store) -> tuple[dict[int, War], list[dict[str, Any]]]:
    """Return the wars (the user's import if the store has one, else the table shipped) and their provenance."""
    from foedus.universe import family_relation

    relation = family_relation(store, "war_dyad_years")
    rows = store.query(f"SELECT line, war, ccode1, ccode2, year, side1, initiator1, initiator2 FROM {relation.sql}")
    return wars_from_rows(rows), [dict(p) for p in relation.provenance]


@dataclass(frozen=True)
class NamedAdversary:
    """The adversary a conditional pledge is against, read from the treaty where ATOP flags a named adversary but
    gives no state code (one row of ``named_adversaries.yaml``): states, a region's states (less ``excluded``), no
    state at all (``non_state``: a pretender, insurgents), or any state outside the alliance (``outside_members``)."""

    atopid: int
    title: str
    states: frozenset[int] = frozenset()
    region: str | None = None
    excluded: frozenset[int] = frozenset()
    non_state: bool = False
    outside_members: bool = False
    reading: str = ""
    source: str = ""

    def names(self, ccode: int) -> bool:
        """Return True if the pledge is against state ``ccode``."""
        if self.non_state or ccode in self.excluded:
            return False
        return (self.outside_members or ccode in self.states
                or (self.region is not None and region(ccode) == self.region))

    def words(self) -> str:
        """Return the adversary in words, with the table as its source."""
        if self.non_state:
            who = "no state"
        elif self.outside_members:
            who = "any state outside the alliance"
        elif self.region is not None:
            who = f"a state of {self.region}" + (f" but {', '.join(map(str, sorted(self.excluded)))}"
                                                  if self.excluded else "")
        else:
            who = ", ".join(map(str, sorted(self.states)))
        return f"{who} (named-adversaries table: {self.reading})"


@dataclass(frozen=True)
class Conditions:
    """The conditions ATOP codes on a member's obligations: flags set, states named, the war signed in, and the
    adversary read from the treaty where ATOP flags one without a state code (``table``)."""

    flags: frozenset[str] = frozenset()
    named: frozenset[int] = frozenset()
    war: int | None = None
    table: NamedAdversary | None = None

    def has(self, flag: str) -> bool:
        """Return True if ATOP codes the condition ``flag`` (``defcoadv``, ...)."""
        return flag in self.flags

    @property
    def identified(self) -> bool:
        """Return True if the named adversary is known: ATOP's state codes or the table's reading."""
        return bool(self.named) or self.table is not None

    def names(self, ccode: int) -> bool:
        """Return True if ``ccode`` is the named adversary (ATOP's codes first, else the table's reading)."""
        if self.named:
            return ccode in self.named
        return self.table is not None and self.table.names(ccode)

    def adversary(self) -> str:
        """Return the named adversary in words (ATOP's codes, or the table's reading and source)."""
        if self.named:
            return ", ".join(map(str, sorted(self.named)))
        return self.table.words() if self.table is not None else "unidentified"


#: The named-adversaries table shipped with the package.
NAMED_ADVERSARIES = Path(__file__).with_name("named_adversaries.yaml")
_REGION_NAMES = {name for _, _, name in _REGIONS}


def named_adversaries(path: Path | None = None) -> dict[int, NamedAdversary]:
    """Return the curated rows of the named-adversaries table (:data:`NAMED_ADVERSARIES`), by ATOP id.

    Raises
    ------
    DataFileError
        If a row lacks a field or has a wrong one; each problem names the file, the row and the field.
    """
    if path is None:
        return _shipped_adversaries()
    return _read_adversaries(path)


@cache
def _shipped_adversaries() -> dict[int, NamedAdversary]:
    return _read_adversaries(NAMED_ADVERSARIES)


def _read_adversaries(path: Path) -> dict[int, NamedAdversary]:
    import yaml

    from foedus.errors import DataFileError, Problem

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems: list[Problem] = []
    rows = data.get("alliances") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise DataFileError([Problem(str(path), None, "alliances", "expected a list of alliances")])
    out: dict[int, NamedAdversary] = {}
    for i, row in enumerate(rows):
        where = f"alliances[{i}]"
        if not isinstance(row, dict) or not isinstance(row.get("atopid"), int):
            problems.append(Problem(str(path), None, f"{where}.atopid", "expected an ATOP id (an integer)"))
            continue
        if not isinstance(row.get("curated"), bool):
            problems.append(Problem(str(path), None, f"{where}.curated", "expected true or false"))
            continue
        if not row["curated"]:
            if not row.get("reason"):
                problems.append(Problem(str(path), None, f"{where}.reason", "an uncurated row says why"))
            continue
        kinds = [k for k in ("states", "region", "non_state", "outside_members") if row.get(k)]
        if len(kinds) != 1:
            problems.append(Problem(str(path), None, where, "give exactly one of states, region, non_state, "
                                                              f"outside_members (found {kinds or 'none'})"))
            continue
        states, excluded = row.get("states", []), row.get("except", [])
        if not all(isinstance(c, int) for c in [*states, *excluded]):
            problems.append(Problem(str(path), None, f"{where}.states", "expected COW codes (integers)"))
            continue
        if row.get("region") is not None and row["region"] not in _REGION_NAMES:
            problems.append(Problem(str(path), None, f"{where}.region",
                                    f"{row['region']!r} is not one of {', '.join(sorted(_REGION_NAMES))}"))
            continue
        if not row.get("source") or not row.get("reading"):
            problems.append(Problem(str(path), None, where, "a curated row gives its reading and its source"))
            continue
        if row["atopid"] in out:
            problems.append(Problem(str(path), None, f"{where}.atopid", f"ATOP id {row['atopid']} listed twice"))
            continue
        out[row["atopid"]] = NamedAdversary(
            row["atopid"], str(row.get("title", "")), frozenset(states), row.get("region"), frozenset(excluded),
            bool(row.get("non_state")), bool(row.get("outside_members")), str(row["reading"]), str(row["source"]))
    if problems:
        raise DataFileError(problems)
    return out


@dataclass(frozen=True)
class Commitment:
    """One member's commitment in one alliance: its years, obligations and their conditions, and the lines of
    ATOP's member file it rests on (none for a member only a ledger holds)."""

    ccode: int
    start: int
    end: int | None
    obligations: frozenset[str]
    conditions: Conditions = Conditions()
    atop_lines: tuple[int, ...] = ()

    def in_force(self, year: int) -> bool:
        """Return True if the member was in the alliance in ``year`` (on at least one day of it)."""
        return self.start <= year and (self.end is None or self.end >= year)

    def uncertain(self, year: int) -> bool:
        """Return True if the member entered or left the alliance in ``year``: whether it was in force on a
        given day of that year (a war's start, known only to the year) is then uncertain."""
        return self.start == year or self.end == year


@dataclass(frozen=True)
class TestedAlliance:
    """An alliance as the war test reads it: its key, ATOP id, title, bilateral or not, and members."""

    __test__ = False  # not a pytest test class, despite its name

    key: str
    atopid: int | None
    source: str
    title: str
    bilateral: bool
    members: tuple[Commitment, ...]
    allied: frozenset[tuple[int, int]] | None = None

    def binds(self, a: int, b: int) -> bool:
        """Return True if members ``a`` and ``b`` are bound to each other (successors of one ally are not)."""
        return a != b and (self.allied is None or (min(a, b), max(a, b)) in self.allied)

    def member(self, ccode: int) -> Commitment | None:
        """Return the commitment of ``ccode``, or None if it is not a member."""
        return next((m for m in self.members if m.ccode == ccode), None)


def _year(value: float | None) -> int | None:
    return None if value is None or math.isinf(value) else math.floor(value)


def _atop_commitments(store: Store, only: set[int] | None = None
                      ) -> dict[int, dict[int, tuple[frozenset[str], Conditions, tuple[int, ...]]]]:
    """Return each ATOP member's obligations and conditions (joined over its phases) and its member-file lines (of
    the alliances ``only`` lists, if given)."""
    from foedus.universe import family_relation

    members = family_relation(store, "atop_members")
    conditions = family_relation(store, "atop_conditions")
    flags = ("defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr", "offcoadv", "offcoloc",
             "offcocon", "offconum", "offcodem", "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem",
             "neuconpr", "neucoatt")
    among = "TRUE" if only is None else f"atopid IN ({', '.join(str(int(i)) for i in sorted(only)) or 'NULL'})"
    obligations = {theirs: store.query(f"SELECT atopid, ccode FROM {members.sql} WHERE {theirs} AND {among}")
                   for theirs in ATOP_OBLIGATIONS}
    out: dict[int, dict[int, tuple[set[str], set[str], set[int], int | None, set[int]]]] = {}
    for theirs, rows in obligations.items():
        for r in rows:
            entry = out.setdefault(r["atopid"], {}).setdefault(r["ccode"], (set(), set(), set(), None, set()))
            entry[0].add(ATOP_OBLIGATIONS[theirs])
    for r in store.query(f"SELECT * FROM {conditions.sql} WHERE {among}"):
        ours, conds, named, war, lines = out.setdefault(r["atopid"], {}).setdefault(
            r["ccode"], (set(), set(), set(), None, set()))
        conds.update(f for f in flags if r[f])
        named.update(c for c in (r["statthr1"], r["statthr2"]) if c)
        lines.add(r["line"])
        if r["cowwar"] and war is None:
            out[r["atopid"]][r["ccode"]] = (ours, conds, named, r["cowwar"], lines)
    table = named_adversaries()
    adversary_flags = {"defcoadv", "offcoadv", "neucoadv"}
    return {
        atopid: {code: (frozenset(o), Conditions(frozenset(c), frozenset(n), w,
                                                 table.get(atopid) if c & adversary_flags and not n else None),
                        tuple(sorted(li)))
                 for code, (o, c, n, w, li) in by_member.items()}
        for atopid, by_member in out.items()
    }


#: Each condition ATOP codes on an obligation, in words (the module's docstring gives the codebook's meanings).
CONDITION_WORDS = {
    "coadv": "only against a named adversary", "coloc": "only in a named location",
    "cocon": "only in a named conflict", "conum": "only when the adversaries are several",
    "codem": "only if the partner complied with conditions", "conpr": "only if the partner did not provoke the attack",
    "coatt": "only when the partner was attacked",
}
_FLAG_OBLIGATION = {"def": "defense", "off": "offense", "neu": "neutrality"}


def atop_provisions(store: Store, atopid: int) -> dict[int, dict[str, Any]]:
    """Return what ATOP codes of each member's commitment in alliance ``atopid``: its obligations, each
    obligation's conditions in words (:data:`CONDITION_WORDS`), the states ATOP names as the threat, and the COW war
    it was signed in."""
    provisions = {}
    for ccode, (obligations, conditions, _lines) in _atop_commitments(store, {atopid}).get(atopid, {}).items():
        by_obligation: dict[str, list[str]] = {}
        for flag in sorted(conditions.flags):
            by_obligation.setdefault(_FLAG_OBLIGATION[flag[:3]], []).append(CONDITION_WORDS[flag[3:]])
        provisions[ccode] = {"obligations": sorted(obligations), "conditions": by_obligation,
                             "named": sorted(conditions.named), "war": conditions.war}
    return provisions


def _own_pledges(listed: frozenset[str], own: frozenset[str], coded: list[frozenset[str]]) -> frozenset[str]:
    """Return a ledger member's pledges: of the ledger's ``listed`` obligations, those ATOP codes for the member
    (``own``), and those ATOP codes for no member of the alliance (``coded``: each member's) at all. A ledger lists
    an alliance's obligations; ATOP's member-level coding says who made each (the Triple Alliance's offensive pledge
    is Germany's alone)."""
    anyone = frozenset().union(*coded)
    return frozenset(o for o in listed if o not in anyone or o in own)


def stored_tested_alliances(store: Store, pair: tuple[int, int] | None = None) -> list[TestedAlliance]:
    """Return every alliance in the store with each member's commitment (ledgers override ATOP where they hold
    an alliance: its dates, members and obligations; ATOP's conditions are kept for the members it lists); with
    ``pair``, only the alliances both states belonged to."""
    from foedus.reliability.spells import atop_alliances, ledger_alliances
    from foedus.universe import family_relation

    ledger_ids = {r["slug"]: r["atopid"] for r in store.query("SELECT slug, atopid FROM treaties")}
    held = {i for i in ledger_ids.values() if i is not None}
    both: set[int] | None = None
    if pair is not None:
        relation = family_relation(store, "atop_members")
        both = {r["atopid"] for r in store.query(
            f"SELECT atopid FROM {relation.sql} GROUP BY atopid HAVING bool_or(ccode = ?) AND bool_or(ccode = ?)",
            list(pair))}
        everything = {r["atopid"] for r in store.query(f"SELECT DISTINCT atopid FROM {relation.sql}")}
        held |= everything - both
        both |= {i for i in ledger_ids.values() if i is not None}
    atop = _atop_commitments(store, both)
    listed = ledger_alliances(store, DEFAULT_CODING) + atop_alliances(store, exclude=held)
    if pair is not None:
        listed = [a for a in listed if {m.ccode for m in a.members} >= set(pair)]
    alliances = []
    for alliance in listed:
        atopid = atopid_of(alliance.key) if alliance.source == "atop" else ledger_ids.get(alliance.key)
        coded = atop.get(atopid, {}) if atopid is not None else {}
        members = []
        for m in alliance.members:
            start = _year(m.start)
            if start is None:
                continue
            own = coded.get(m.ccode)
            if alliance.source == "atop" and own is not None:
                obligations, conditions, lines = own
            else:  # a ledger's alliance: the ledger's obligations, ATOP's conditions where it lists the member
                obligations = frozenset(alliance.obligations)
                conditions, lines = (own[1], own[2]) if own is not None else (Conditions(), ())
                if own is not None:
                    obligations = _own_pledges(obligations, own[0], [o for o, _, _ in coded.values()])
            members.append(Commitment(m.ccode, start, _year(m.end), obligations & frozenset(OBLIGATIONS),
                                      conditions, lines))
        alliances.append(TestedAlliance(alliance.key, atopid, alliance.source, alliance.title, alliance.bilateral,
                                        tuple(members), alliance.allied))
    return alliances
