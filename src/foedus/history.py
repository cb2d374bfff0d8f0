"""The history of a pair of states: their agreements, how each ended under each coding, and the events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from foedus.alliance_titles import with_year
from foedus.codings import atop_ending, coding_sort_key
from foedus.dates import PartialDate
from foedus.errors import FoedusError, IncompatibleInputError
from foedus.records import (
    AllianceRecord,
    atop_alliance_records,
    atop_slug,
    ledger_alliance_records,
    ledger_slug_of_atop,
    member_name,
)
from foedus.results.names import HISTORY_SCHEMA
from foedus.states import State, name_periods, resolve_state
from foedus.store.facts import known_codings
from foedus.text import coding_label, joined, plural
from foedus.vocabulary import is_breach

if TYPE_CHECKING:
    import pandas as pd

    from foedus.results.history import HistoryModel
    from foedus.store import Store

__all__ = [
    "HISTORY_SCHEMA", "Agreement", "EventEntry", "MemberEntry", "OutcomeEntry", "PairHistory", "RecordCount",
    "StateEntry",
    "agreement_from_atop", "atop_agreement", "coding_order", "pair_events", "pair_history",
]


@dataclass(frozen=True)
class StateEntry:
    """A state as a record names it."""

    ccode: int
    name: str


@dataclass(frozen=True)
class OutcomeEntry:
    """How an agreement ended under one coding."""

    coding: str
    ending: str
    breach: bool
    breached_by: list[StateEntry]
    member: StateEntry | None
    contested: bool
    rationale: str
    events: list[str]
    sources: list[str]
    termmode: int | None = None
    termcaus: int | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OutcomeEntry:
        """Return the outcome stored in a row of the ``outcomes`` table."""
        return cls(
            coding=row["coding"], ending=row["ending"], breach=row["breach"],
            breached_by=_states(row["breached_by"], row["breached_by_names"]),
            member=None if row["member"] is None else StateEntry(row["member"], row["member_name"]),
            contested=row["contested"], rationale=row["rationale"], events=list(row["events"]),
            sources=list(row["sources"]), termmode=row["termmode"], termcaus=row["termcaus"],
        )


def coding_order(outcome: OutcomeEntry) -> tuple[int, str]:
    """Return a sort key that puts the built-in codings first (atop, curated, narrative-2023), then the rest."""
    return coding_sort_key(outcome.coding)


@dataclass(frozen=True)
class MemberEntry:
    """A member of an agreement and its dates."""

    ccode: int
    name: str
    entered: str
    exited: str | None


@dataclass(frozen=True)
class Agreement:
    """One agreement between the pair, with its outcomes under each coding."""

    slug: str
    ledger: str
    title: str
    kind: str
    obligations: list[str]
    multilateral: bool
    signed: str
    in_force: str | None
    ended: str | None
    atopid: int | None
    disagrees_with_atop: str | None
    members: list[MemberEntry]
    outcomes: list[OutcomeEntry]
    sources: list[str]
    origin: str = "ledger"  # "ledger", or "atop" for an agreement known only from imported ATOP data

    @property
    def military(self) -> bool:
        """Return True if the agreement carries any military obligation."""
        return bool(self.obligations)

    @property
    def key(self) -> str:
        """Return the agreement's key, as the model and the pages name it: its ledger slug, or ``atop-<id>`` for an
        agreement known only from ATOP."""
        return self.slug if self.origin == "ledger" or self.atopid is None else atop_slug(self.atopid)

    def outcome(self, coding: str) -> OutcomeEntry | None:
        """Return the outcome of the whole agreement under ``coding``, if there is one."""
        whole = [o for o in self.outcomes if o.coding == coding and o.member is None]
        return whole[0] if whole else next((o for o in self.outcomes if o.coding == coding), None)

    def reading(self, coding: str) -> OutcomeEntry | None:
        """Return how ``coding`` reads the agreement's ending: its own outcome, or, for an agreement known only
        from ATOP (which no ledger codes), ATOP's, as the breach model reads it under every coding.

        The outcome's ``coding`` says whose reading it is: ``"atop"`` where ``coding`` fell back on ATOP's.
        """
        own = self.outcome(coding)
        if own is None and self.origin == "atop":
            return self.outcome("atop")
        return own

    def left_early(self, pair: Iterable[int]) -> list[MemberEntry]:
        """Return the members among ``pair`` (COW codes) that left before the agreement ended, or while it
        still runs, the first to leave first: for them the agreement no longer binds the two."""
        end = _NEVER if self.ended is None else PartialDate.parse(self.ended).earliest()
        chosen = set(pair)
        left = [m for m in self.members if m.ccode in chosen and m.exited is not None
                and PartialDate.parse(m.exited).earliest() < end]
        return sorted(left, key=lambda m: PartialDate.parse(m.exited or "9999").earliest())

    def pair_reading(self, coding: str, pair: Iterable[int]) -> OutcomeEntry | None:
        """Return how ``coding`` reads the agreement's ending between the two states of ``pair``: where one of
        them left before the agreement ended and ``coding`` reads that member's leaving (ATOP codes each member's
        termination), that reading, for the first of them to leave; else the agreement's own (:meth:`reading`).

        A multilateral treaty still in force ends for a pair when one of the two leaves it: Syria's exit from the
        Arab League's joint defence treaty, which ATOP codes as an abrogation, is a breach between Syria and Libya
        under ATOP although the treaty runs on."""
        codings = (coding, "atop") if self.origin == "atop" else (coding,)  # (ATOP's, under any coding, as reading)
        for member in self.left_early(pair):
            for name in codings:
                own = next((o for o in self.outcomes if o.coding == name and o.member is not None
                            and o.member.ccode == member.ccode), None)
                if own is not None:
                    return own
        return self.reading(coding)


@dataclass(frozen=True)
class EventEntry:
    """An event between the pair or under one of their agreements."""

    id: str
    ledger: str
    date: str
    kind: str
    actors: list[StateEntry]
    targets: list[StateEntry]
    treaty: str | None
    description: str
    sources: list[str]
    place: str | None = None
    time_zone: str | None = None
    time_zone_note: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> EventEntry:
        """Return the event stored in a row of the ``events`` table."""
        return cls(
            id=row["id"], ledger=row["ledger"], date=row["date"], kind=row["kind"],
            actors=_states(row["actors"], row["actor_names"]), targets=_states(row["targets"], row["target_names"]),
            treaty=row["treaty"], description=row["description"], sources=list(row["sources"]),
            place=row["place"], time_zone=row["time_zone"], time_zone_note=row["time_zone_note"],
        )


@dataclass(frozen=True)
class RecordCount:
    """A pair's record counted under one coding (:meth:`PairHistory.record_counts`): every agreement of the pair,
    those it reads as breached by one of them, and, when the model was asked, the agreements that enter the model
    under that coding and the breaches among them."""

    coding: str
    agreements: int
    breached: int
    in_model: int | None = None
    breached_in_model: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the count as a JSON-ready dictionary."""
        return asdict(self)


@dataclass
class PairHistory:
    """The agreements between two states, how each ended under each coding, and the key events."""

    a: State
    b: State
    coding: str
    since: int | None
    until: int | None
    codings: list[dict[str, str]]
    agreements: list[Agreement]
    events: list[EventEntry]
    sources: list[dict[str, Any]] = field(default_factory=list)
    names: tuple[str, str] | None = None  # the pair as asked for ("Qing China"), or None: the states' own names
    #: The pair's war-tested cases (:mod:`foedus.tested`): one row per obligation of one tested by the other's war
    tested: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pair_names(self) -> tuple[str, str]:
        """Return the two states' names as they were asked for ("Qing China", not "China"), spelled as foedus does."""
        return self.names or (self.a.name, self.b.name)

    def title(self) -> str:
        """Return the pair with their COW codes, e.g. ``Qing China (710) – Russian Empire (365)``."""
        first, second = self.pair_names
        return f"{first} ({self.a.ccode}) – {second} ({self.b.ccode})"

    def coding_names(self) -> list[str]:
        """Return the codings that read at least one of these agreements, built-in ones first: under one coding, that
        coding alone (an agreement known only from ATOP is read through ATOP's ending, see :meth:`Agreement.reading`).
        """
        if self.coding != "all":
            return [self.coding] if any(a.reading(self.coding) for a in self.agreements) else []
        names = {o.coding for a in self.agreements for o in a.outcomes}
        return sorted(names, key=coding_sort_key)

    def reading(self, agreement: Agreement, coding: str) -> OutcomeEntry | None:
        """Return how ``coding`` reads ``agreement``'s ending between the two states (:meth:`Agreement.pair_reading`):
        the reading every surface of a pair's record shows and counts."""
        return agreement.pair_reading(coding, (self.a.ccode, self.b.ccode))

    def breached(self, agreement: Agreement, coding: str) -> bool:
        """Return True if ``coding`` reads ``agreement`` as breached by one of the pair: its ending is a breach and
        it names no breaching state, or names one of the two (a breach by a third member is not theirs)."""
        outcome = self.reading(agreement, coding)
        if outcome is None or not outcome.breach:
            return False
        pair = {self.a.ccode, self.b.ccode}
        return not outcome.breached_by or bool({s.ccode for s in outcome.breached_by} & pair)

    def breaches(self, coding: str) -> list[Agreement]:
        """Return the agreements that ``coding`` reads as breached by one of the pair (:meth:`breached`)."""
        return [a for a in self.agreements if self.breached(a, coding)]

    def record_counts(self, codings: Iterable[str] | None = None,
                      model: Mapping[str, Mapping[str, bool]] | None = None) -> dict[str, RecordCount]:
        """Return the pair's record counted under each coding: the one count every surface shows.

        Parameters
        ----------
        codings : iterable of str, optional
            The codings to count under; by default :meth:`coding_names`.
        model : mapping, optional
            For each coding, the agreements (by :attr:`Agreement.key`) that enter the breach model under it, each
            with whether the model counts it as breached by one of the pair. Without it the counts say nothing of
            the model.
        """
        names = list(self.coding_names() if codings is None else codings)
        counts = {}
        for coding in names:
            breached = sum(self.breached(a, coding) for a in self.agreements)
            entered = None if model is None else model.get(coding, {})
            counts[coding] = RecordCount(
                coding=coding, agreements=len(self.agreements), breached=breached,
                in_model=None if entered is None else len(entered),
                breached_in_model=None if entered is None else sum(bool(v) for v in entered.values()))
        return counts

    def in_force(self) -> list[Agreement]:
        """Return the agreements with military obligations that still bind the two: not ended, and neither of them
        has left (:meth:`Agreement.left_early`)."""
        pair = (self.a.ccode, self.b.ccode)
        return [a for a in self.agreements if a.military and a.ended is None and not a.left_early(pair)]

    def summary(self) -> str:
        """Return one line that says what the record holds and how the codings disagree."""
        if not self.agreements:
            first, second = self.pair_names
            return f"No agreements between {first} and {second} in the stored ledgers."
        bilateral = [a for a in self.agreements if not a.multilateral]
        military = [a for a in bilateral if a.military]
        multilateral = [a for a in self.agreements if a.multilateral]
        text = (
            f"{len(bilateral)} bilateral agreement{'s' if len(bilateral) != 1 else ''}, "
            f"{len(military)} with military obligations"
        )
        if multilateral:
            text += f", and {len(multilateral)} multilateral"
        counts = self.record_counts()
        if counts:
            text += (f"; breached by one of the two, of all {plural(len(self.agreements), 'agreement')}: "
                     + joined([f"{coding_label(c)} {n.breached}" for c, n in counts.items()]))
        in_force = self.in_force()
        current = [a for a in in_force if not a.multilateral]
        if current:
            names = "; ".join(with_year(a.title, a.signed[:4]) for a in current)
            text += f"; in force: {names}"
        current_multilateral = len(in_force) - len(current)
        if current_multilateral:
            text += (f" (and {current_multilateral} multilateral)" if current
                     else f"; in force: {current_multilateral} multilateral")
        return text + "."

    def to_model(self) -> HistoryModel:
        """Return the history as its result model (:class:`foedus.results.history.HistoryModel`)."""
        from foedus.results.history import HistoryModel

        return HistoryModel.model_validate({
            "schema": HISTORY_SCHEMA,
            "pair": [{"ccode": s.ccode, "name": s.name} for s in (self.a, self.b)],
            "coding": self.coding,
            "since": self.since,
            "until": self.until,
            "codings": self.codings,
            "agreements": self.agreements,
            "events": self.events,
            "summary": {
                "text": self.summary(),
                "agreements": len(self.agreements),
                "bilateral": sum(not a.multilateral for a in self.agreements),
                "military_bilateral": sum(a.military and not a.multilateral for a in self.agreements),
                "multilateral": sum(a.multilateral for a in self.agreements),
                "breaches": {c: [a.key for a in self.breaches(c)] for c in self.coding_names()},
                "record_counts": self.record_counts(),
                "in_force": [a.slug for a in self.in_force()],
            },
            "sources": self.sources,
            "tested": self.tested,
        }, from_attributes=True)

    def to_dict(self) -> dict[str, Any]:
        """Return the history as a JSON-ready dictionary in the ``foedus.history/1`` schema (:meth:`to_model`)."""
        return self.to_model().model_dump(by_alias=True)

    def to_frame(self) -> pd.DataFrame:
        """Return one row per agreement and coding, with the pair's summary in ``attrs``."""
        import pandas as pd

        rows = []
        for agreement in self.agreements:
            outcomes: list[OutcomeEntry | None] = [*agreement.outcomes] or [None]
            for outcome in outcomes:
                rows.append({
                    "slug": agreement.slug,
                    "title": agreement.title,
                    "signed": agreement.signed,
                    "ended": agreement.ended,
                    "kind": agreement.kind,
                    "obligations": ", ".join(agreement.obligations),
                    "multilateral": agreement.multilateral,
                    "atopid": agreement.atopid,
                    "coding": outcome.coding if outcome else None,
                    "member": outcome.member.name if outcome and outcome.member else None,
                    "ending": outcome.ending if outcome else None,
                    "breach": outcome.breach if outcome else None,
                    "breached_by": ", ".join(s.name for s in outcome.breached_by) if outcome else None,
                    "contested": outcome.contested if outcome else None,
                    "rationale": outcome.rationale if outcome else None,
                })
        columns = ["slug", "title", "signed", "ended", "kind", "obligations", "multilateral", "atopid", "coding",
                   "member", "ending", "breach", "breached_by", "contested", "rationale"]
        frame = pd.DataFrame(rows, columns=columns)
        frame["atopid"] = frame["atopid"].astype("Int64")
        frame.attrs["summary"] = self.summary()
        frame.attrs["pair"] = (self.a.ccode, self.b.ccode)
        return frame

    def _repr_html_(self) -> str:
        """Return the history as HTML for notebooks (:func:`foedus.report.notebook.history_html`)."""
        from foedus.report.notebook import history_html

        return history_html(self)


def _states(codes: list[int], names: list[str]) -> list[StateEntry]:
    return [StateEntry(c, n) for c, n in zip(codes, names, strict=True)]


def pair_history(
    store: Store,
    a: str | int,
    b: str | int,
    *,
    coding: str = "all",
    since: int | None = None,
    until: int | None = None,
    tested: bool = True,
) -> PairHistory:
    """Return the agreements between states ``a`` and ``b``, how each ended under each coding, and the key events:
    those of their agreements (under one of them, or cited by an ending of one), and those one of the two did to the
    other (a war a third state declares on both is not theirs).

    Parameters
    ----------
    store : Store
        An open store.
    a, b : str or int
        Any name, ISO3, COW abbreviation or COW code of a state, e.g. ``"China"``, ``"Soviet Union"``, ``365``.
    coding : str
        A coding's name, or ``"all"`` for every coding.
    since, until : int, optional
        Keep agreements in force at some point in ``[since, until]`` and events dated in it.
    tested : bool
        Whether to list the pair's war-tested cases (:attr:`PairHistory.tested`). Finding them reads every war of the
        pair's alliances, so callers that read only the agreements and events pass ``False`` (``tested`` is then
        empty).

    Raises
    ------
    StateNotFoundError, AmbiguousStateError
        If a state cannot be resolved.
    FoedusError
        If ``coding`` is unknown.
    IncompatibleInputError
        If the two states are the same, or ``since`` is after ``until``.
    """
    state_a, state_b = resolve_state(a), resolve_state(b)
    if state_a.ccode == state_b.ccode:
        raise IncompatibleInputError(f"{a!r} and {b!r} are the same state ({state_a.ccode}); name two different states")
    if since is not None and until is not None and since > until:
        raise IncompatibleInputError(f"--since {since} is after --until {until}")
    known = known_codings(store)
    if coding != "all" and coding not in known:
        raise FoedusError(f"unknown coding {coding!r}; choose one of: all, {', '.join(sorted(known))}")
    pair = [state_a.ccode, state_b.ccode]
    slugs = [t["slug"] for t in _pair_treaties(store, pair, since, until)]
    agreements = [_ledger_agreement(record, coding, pair) for record in ledger_alliance_records(store, slugs)]
    agreements += _atop_only_agreements(store, pair, {a.atopid for a in agreements if a.atopid}, since, until, coding)
    agreements = _with_atop_members(store, agreements)
    agreements.sort(key=lambda a: (a.signed, a.slug))
    slugs = [a.slug for a in agreements if a.origin == "ledger"]  # (a ledger's treaty ATOP adds the pair to, too)
    events = _pair_events(
        store, pair, slugs, sorted({e for a in agreements for o in a.outcomes for e in o.events}), since, until)
    cited: set[tuple[str, str]] = set()
    for agreement in agreements:
        cited |= {(agreement.ledger, s) for s in agreement.sources}
        cited |= {(agreement.ledger, s) for o in agreement.outcomes for s in o.sources}
    cited |= {(e.ledger, s) for e in events for s in e.sources}
    cited -= {("atop", "atop")}
    return PairHistory(
        a=state_a, b=state_b, coding=coding, since=since, until=until,
        codings=[{"name": n, **v} for n, v in sorted(known.items())],
        agreements=agreements, events=events, sources=_sources(store, cited),
        names=(name_periods(a)[0].name, name_periods(b)[0].name),
        tested=_tested(store, state_a.ccode, state_b.ccode, since, until) if tested else [],
    )


def _ledger_agreement(record: AllianceRecord, coding: str, pair: list[int]) -> Agreement:
    """Return a ledger's treaty as one of ``pair``'s agreements: its outcomes under ``coding`` (or every one, for
    ``"all"``) of the whole treaty and of the pair's own parts, built-in codings first."""
    t = record.treaty
    assert t is not None  # a ledger's record carries its treaty row
    outcomes = sorted((OutcomeEntry.from_row(dict(o)) for o in record.outcomes
                       if coding in ("all", o["coding"]) and (o["member"] is None or o["member"] in pair)),
                      key=coding_order)
    return Agreement(
        slug=record.key, ledger=record.ledger, title=record.title, kind=record.kind,
        obligations=list(record.obligations), multilateral=record.multilateral, signed=record.signed,
        in_force=t["in_force"], ended=record.ended, atopid=record.atopid, disagrees_with_atop=t["disagrees_with_atop"],
        members=[MemberEntry(m.ccode, m.name, m.entered, m.exited) for m in record.members], outcomes=outcomes,
        sources=list(t["sources"]),
    )


def _pair_treaties(store: Store, pair: list[int], since: int | None, until: int | None) -> list[dict[str, Any]]:
    """Return the stored agreements both states of ``pair`` were members of at once, in force in the years."""
    return store.query(
        """
        SELECT t.* FROM treaties t
        WHERE EXISTS (
            SELECT 1 FROM memberships m1 JOIN memberships m2 ON m1.treaty = m2.treaty
            WHERE m1.treaty = t.slug AND m1.ccode = ? AND m2.ccode = ?
              AND m1.entered_year <= coalesce(m2.exited_year, 9999)
              AND m2.entered_year <= coalesce(m1.exited_year, 9999))
          AND (?::INTEGER IS NULL OR coalesce(t.ended_year, 9999) >= ?)
          AND (?::INTEGER IS NULL OR t.signed_year <= ?)
        ORDER BY t.signed, t.slug
        """,
        [*pair, since, since, until, until],
    )


def _pair_events(store: Store, pair: list[int], slugs: list[str], cited: list[str], since: int | None,
                 until: int | None) -> list[EventEntry]:
    """Return the ledgers' events of the agreements ``slugs``, the events ``cited`` by their endings, and what one
    state of ``pair`` did to the other (one an actor, the other a target)."""
    return [
        EventEntry.from_row(e)
        for e in store.query(
            """
            SELECT * FROM events
            WHERE (list_contains(?, treaty) OR list_contains(?, id)
                   OR (list_contains(actors, ?) AND list_contains(targets, ?))
                   OR (list_contains(actors, ?) AND list_contains(targets, ?)))
              AND (?::INTEGER IS NULL OR year >= ?) AND (?::INTEGER IS NULL OR year <= ?)
            ORDER BY date, id
            """,
            [slugs, cited, *pair, *reversed(pair), since, since, until, until],
        )
    ]


def pair_events(store: Store, a: int, b: int, *, since: int | None = None, until: int | None = None
                ) -> list[EventEntry]:
    """Return the ledgers' events of the pair with COW codes ``a`` and ``b`` dated from ``since`` to ``until``: the
    events of their agreements and what one did to the other, as in :func:`pair_history`."""
    pair = [a, b]
    return _pair_events(store, pair, [t["slug"] for t in _pair_treaties(store, pair, since, until)], [], since,
                        until)


def _tested(store: Store, a: int, b: int, since: int | None, until: int | None) -> list[dict[str, Any]]:
    """Return the pair's war-tested cases (consultation pledges, which war data cannot test, left out)."""
    from foedus.tested import case_row, tested_cases

    return [case_row(c, {c.member: member_name(c.member, str(c.year))}) for c in tested_cases(store, (a, b)).cases
            if c.obligation != "consultation" and (since is None or c.year >= since)
            and (until is None or c.year <= until)]


def _atop_only_agreements(
    store: Store, pair: list[int], held: set[int], since: int | None, until: int | None, coding: str
) -> list[Agreement]:
    """Return the pair's ATOP alliances that no ledger treaty of theirs holds (see :func:`atop_agreement`). One that
    a ledger's treaty holds without listing both of the pair (a ledger may list only the members its story needs:
    the Treaty of Amity and Cooperation's first ten and China and Russia, of ATOP's 37) is that treaty (to which
    :func:`_with_atop_members` adds the members ATOP lists): one agreement, one key, whichever pair it is read for."""
    from foedus.universe import family_relation

    relation = family_relation(store, "atop_members")
    shared = [r["atopid"] for r in store.query(
        f"""SELECT atopid FROM {relation.sql} WHERE ccode = ? OR ccode = ?
            GROUP BY atopid HAVING count(DISTINCT ccode) = 2 ORDER BY atopid""", pair)]
    wanted = [i for i in shared if i not in held]

    def together(record: AllianceRecord) -> bool:
        first = [r for m in record.members if m.ccode == pair[0] for r in m.phases]
        second = [r for m in record.members if m.ccode == pair[1] for r in m.phases]
        return any(_year(x["entered"], 0) <= _year(y["exited"], 9999)
                   and _year(y["entered"], 0) <= _year(x["exited"], 9999) for x in first for y in second)

    agreements = []
    for record in atop_alliance_records(store, wanted) if wanted else []:
        if together(record):
            slug = ledger_slug_of_atop(store, record.atopid) if record.atopid is not None else None
            agreements.append(agreement_from_atop(record, pair) if slug is None
                              else _ledger_agreement(ledger_alliance_records(store, [slug])[0], coding, pair))
    return [a for a in agreements
            if not (since is not None and _year(a.ended, 9999) < since) and not (until is not None
                                                                                  and _year(a.signed, 0) > until)]


def _with_atop_members(store: Store, agreements: list[Agreement]) -> list[Agreement]:
    """Return ``agreements`` with, for each ledger treaty that holds an ATOP alliance, the members ATOP lists and
    the ledger leaves out (each with ATOP's first entry and last exit): a ledger may list only the members its
    story needs, and a treaty has one list of members whichever pair it is read for."""
    from foedus.universe import family_relation

    ids = sorted({a.atopid for a in agreements if a.origin == "ledger" and a.atopid is not None})
    listed_by_id = {a.atopid: {m.ccode for m in a.members} for a in agreements if a.origin == "ledger"}
    rows = store.query(f"SELECT DISTINCT atopid, ccode FROM {family_relation(store, 'atop_members').sql} "
                       "WHERE list_contains(?, atopid)", [ids]) if ids else []
    wider = sorted({r["atopid"] for r in rows if r["ccode"] not in listed_by_id[r["atopid"]]})
    atop = {r.atopid: r for r in atop_alliance_records(store, wider)} if wider else {}
    out = []
    for agreement in agreements:
        record = atop.get(agreement.atopid) if agreement.origin == "ledger" else None
        listed = {m.ccode for m in agreement.members}
        added = [] if record is None else [MemberEntry(m.ccode, m.name, m.entered, m.exited)
                                           for m in record.members if m.ccode not in listed]
        members = sorted([*agreement.members, *added], key=lambda m: (PartialDate.parse(m.entered).earliest(),
                                                                        m.ccode))
        out.append(replace(agreement, members=members) if added else agreement)
    return out


def atop_agreement(store: Store, atopid: int) -> Agreement | None:
    """Return ATOP alliance ``atopid`` as an agreement known only from ATOP, or None if the ATOP data lack it.

    ATOP's member phases are read from the user's import, else from the table shipped with foedus (as every
    forecast reads them), and the alliance is titled by :func:`foedus.alliance_titles.atop_alliance_titles`
    (:func:`foedus.records.atop_alliance_records`). No ledger codes it, so every coding reads ATOP's ending, as the
    breach model does: its outcomes are under ``atop`` and :meth:`Agreement.reading` gives them for any coding. A
    bilateral alliance has one outcome, a multilateral one an outcome per member.
    """
    records = atop_alliance_records(store, [atopid])
    return agreement_from_atop(records[0]) if records else None


def _year(text: str | None, default: int) -> int:
    return PartialDate.parse(text).year if text else default


def agreement_from_atop(record: AllianceRecord, pair: list[int] | None = None) -> Agreement:
    """Return the ATOP alliance ``record`` as an agreement, with ATOP's outcomes: for a ``pair``, the ending of the
    first of the two to leave; without one, the whole alliance's (bilateral) or each member's (multilateral), each
    read from the member's last phase."""
    entries = [MemberEntry(m.ccode, m.name, m.entered, m.exited) for m in record.members]
    last = {m.ccode: m.last_phase for m in record.members if m.last_phase is not None}
    if pair is not None or record.bilateral:
        own = [last[c] for c in (pair or [m.ccode for m in record.members]) if c in last]
        first_out = min(own, key=lambda r: PartialDate.parse(r["exited"]).earliest() if r["exited"] else _NEVER)
        outcomes = [_atop_outcome(first_out, None, "the first of the two to leave")]
    else:
        outcomes = [_atop_outcome(last[e.ccode], StateEntry(e.ccode, e.name), "this member's last phase")
                    for e in entries]
    return Agreement(
        slug=record.key, ledger="atop", title=record.title, kind=record.kind, obligations=list(record.obligations),
        multilateral=record.multilateral, signed=record.signed, in_force=None, ended=record.ended,
        atopid=record.atopid, disagrees_with_atop=None, members=entries, outcomes=outcomes, sources=["atop"],
        origin="atop",
    )


def _atop_outcome(row: Mapping[str, Any], member: StateEntry | None, whose: str) -> OutcomeEntry:
    ending = "in_force" if row["exited"] is None or row["termmode"] is None else atop_ending(
        row["termmode"], -9 if row["termcaus"] is None else row["termcaus"])
    return OutcomeEntry(
        coding="atop", ending=ending, breach=is_breach(ending),
        breached_by=[member] if member is not None and is_breach(ending) else [], member=member, contested=False,
        rationale=(f"ATOP codes termination mode {row['termmode']} and cause {row['termcaus']} for {whose}, "
                   "read as one of foedus's endings. No ledger codes this alliance, so every coding (curated "
                   "included) reads ATOP's ending."),
        events=[], sources=["atop"], termmode=row["termmode"], termcaus=row["termcaus"],
    )


_NEVER = PartialDate(9999).earliest()


def _sources(store: Store, keys: set[tuple[str, str]]) -> list[dict[str, Any]]:
    if not keys:
        return []
    rows = store.query(
        "SELECT * FROM sources WHERE list_contains(?, ledger || '/' || id) ORDER BY ledger, id",
        [[f"{ledger}/{id_}" for ledger, id_ in keys]],
    )
    return [{k: v for k, v in row.items() if v is not None} for row in rows]
