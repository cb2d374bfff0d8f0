"""Read and check YAML ledger files; every problem is reported with its file, line and field."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from foedus.codings import BUILTIN_CODINGS, atop_ending
from foedus.dates import PartialDate
from foedus.errors import AmbiguousStateError, LedgerError, Problem, StateNotFoundError
from foedus.ledger.records import CodingSpec, Event, LedgerHeader, Outcome, Source, StateRef, Treaty
from foedus.ledger.yaml_reader import FieldPath, Lines, field_name, parse_ledger_yaml, read_ledger_bytes
from foedus.states import resolve_state
from foedus.vocabulary import is_breach

__all__ = ["LedgerDocument", "Member", "read_ledger", "validate_ledger"]

Path_ = FieldPath
M = TypeVar("M", bound=BaseModel)

_SECTIONS: dict[str, type[BaseModel]] = {
    "codings": CodingSpec,
    "sources": Source,
    "treaties": Treaty,
    "events": Event,
    "outcomes": Outcome,
}
_HEADER_KEYS = set(LedgerHeader.model_fields)


@dataclass(frozen=True)
class Member:
    """A treaty member resolved to its COW code, with the name the ledger used."""

    ccode: int
    name: str
    entered: PartialDate
    exited: PartialDate | None


@dataclass
class LedgerDocument:
    """A checked ledger file: its records, with every state reference resolved to a COW code."""

    path: str
    sha256: str
    header: LedgerHeader
    codings: list[CodingSpec] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    treaties: list[Treaty] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    members: dict[str, list[Member]] = field(default_factory=dict)
    event_states: dict[str, tuple[list[int], list[int]]] = field(default_factory=dict)
    outcome_states: list[tuple[int | None, list[int]]] = field(default_factory=list)


def _shown(value: object, width: int = 60) -> str:
    """Return ``repr(value)``, cut to ``width`` characters: a message never repeats a huge value."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _bound(e: dict[str, Any], words: str, key: str) -> str:
    return f"must be {words} {e.get('ctx', {}).get(key):,}, not {_shown(e.get('input'))}"


_PYDANTIC_MESSAGES: dict[str, Callable[[dict[str, Any]], str]] = {
    "missing": lambda e: "is required",
    "extra_forbidden": lambda e: "is not a known field (see docs/ledger-format.md)",
    "too_short": lambda e: "must not be empty" if e.get("ctx", {}).get("min_length") == 1
    else f"needs at least {e.get('ctx', {}).get('min_length')} items",
    "literal_error": lambda e: f"{_shown(e.get('input'))} is not one of {e.get('ctx', {}).get('expected')}",
    "string_pattern_mismatch": lambda e: f"{_shown(e.get('input'))} must be lowercase letters, digits and hyphens"
    if "a-z0-9-" in str(e.get("ctx", {}).get("pattern")) and "A-Z" not in str(e.get("ctx", {}).get("pattern"))
    else f"{_shown(e.get('input'))} must be letters, digits and . _ : -",
    "int_parsing_size": lambda e: "is too large a number to store",
    "less_than_equal": lambda e: _bound(e, "at most", "le"),
    "greater_than_equal": lambda e: _bound(e, "at least", "ge"),
    "greater_than": lambda e: _bound(e, "more than", "gt"),
}


def _pydantic_problems(exc: ValidationError, file: str, base: Path_, lines: Lines) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc: Path_ = tuple(
            part for part in error["loc"] if isinstance(part, int) or not str(part).startswith(("str", "int"))
        )
        path = (*base, *loc)
        describe = _PYDANTIC_MESSAGES.get(error["type"])
        message = describe(dict(error)) if describe else str(error["msg"]).removeprefix("Value error, ")
        problem = Problem(file, lines.of(path), field_name(path), message)
        if problem not in problems:
            problems.append(problem)
    return problems


def _records(
    data: dict[str, Any], section: str, model: type[M], file: str, lines: Lines, problems: list[Problem]
) -> Iterator[tuple[int, M]]:
    items = data.get(section, [])
    if items is None:
        return
    if not isinstance(items, list):
        problems.append(Problem(file, lines.of((section,)), section, "must be a list of records"))
        return
    for index, item in enumerate(items):
        path: Path_ = (section, index)
        if not isinstance(item, dict):
            problems.append(Problem(file, lines.of(path), field_name(path), "must be a mapping of fields"))
            continue
        try:
            yield index, model.model_validate(item)
        except ValidationError as exc:
            problems.extend(_pydantic_problems(exc, file, path, lines))
            yield index, _partial(model, item)


@cache
def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    info = model.model_fields[name]
    form: Any = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    return TypeAdapter(form)


def _partial(model: type[M], item: dict[str, Any]) -> M:
    """Return the record ``item`` would be, built from the fields that pass their own checks; a field that fails is
    None (a list of records keeps each record's sound fields, a list of values is empty).

    A record that fails its own checks still takes part in the checks across records (its states, sources and
    references), so that one pass reports every problem: fixing a bad ``kind`` never reveals an unknown state the
    first pass could have named. Such a record is never stored: the file has problems.
    """
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        empty: Any = [] if get_origin(info.annotation) is list else None
        if name not in item:
            values[name] = empty if info.is_required() else info.get_default(call_default_factory=True)
            continue
        value = item[name]
        inner = get_args(info.annotation)[0] if get_origin(info.annotation) is list else None
        if isinstance(inner, type) and issubclass(inner, BaseModel) and isinstance(value, list):
            values[name] = [_validated(inner, x) for x in value]
            continue
        try:
            values[name] = _field_adapter(model, name).validate_python(value)
        except ValidationError:
            values[name] = empty
    return model.model_construct(**values)


def _validated(model: type[M], value: object) -> M:
    if not isinstance(value, dict):
        return _partial(model, {})
    try:
        return model.model_validate(value)
    except ValidationError:
        return _partial(model, value)


class _Checker:
    """Checks what ties the records of one file together, collecting every problem."""

    def __init__(self, file: str, lines: Lines) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.file, self.lines.of(path), field_name(path), message))

    def state(self, ref: StateRef | None, path: Path_, *dates: PartialDate | None) -> int | None:
        """Resolve a state reference at the first of ``dates`` where its name applies (None: already reported)."""
        if ref is None:
            return None
        when: list[PartialDate | None] = [d for d in dates if d is not None] or [None]
        error: Exception | None = None
        for date in when:
            try:
                return resolve_state(ref, on=date).ccode
            except (StateNotFoundError, AmbiguousStateError) as exc:
                error = error or exc
        self.add(path, str(error))
        return None

    def unique(self, ids: list[tuple[int, str]], section: str, key: str, what: str) -> set[str]:
        seen: set[str] = set()
        for index, value in ids:
            if value is None:  # a record whose id failed its own check: reported already
                continue
            if value in seen:
                self.add((section, index, key), f"duplicate {what} {value!r}")
            seen.add(value)
        return seen

    def sources(self, refs: list[str], known: set[str], path: Path_) -> None:
        for i, ref in enumerate(refs):
            if ref not in known:
                self.add((*path, "sources", i), f"unknown source {ref!r}; define it under sources:")

    def not_before(self, later: PartialDate | None, earlier: PartialDate | None, path: Path_, what: str) -> None:
        if later is not None and earlier is not None and later.surely_before(earlier):
            self.add(path, f"{later} is before {what} {earlier}")


def validate_ledger(path: str | Path) -> list[Problem]:
    """Return every problem in the ledger file at ``path`` (an empty list if it is sound)."""
    try:
        read_ledger(path)
    except LedgerError as exc:
        return exc.problems
    return []


def read_ledger(path: str | Path) -> LedgerDocument:
    """Return the checked ledger at ``path``.

    Raises
    ------
    LedgerError
        Listing every problem found, each with file, line and field.
    """
    file = str(path)
    raw = read_ledger_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LedgerError([Problem(file, None, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")]) from None
    data, lines, problems = parse_ledger_yaml(text, file)
    if not isinstance(data, dict):
        raise LedgerError([Problem(file, 1, "", "a ledger must be a mapping with format:, ledger:, treaties: ...")])
    checker = _Checker(file, lines)
    checker.problems.extend(problems)
    for key in data:
        if key not in _HEADER_KEYS and key not in _SECTIONS:
            checker.add((key,), "is not a known section (see docs/ledger-format.md)")
    header_data = {k: v for k, v in data.items() if k in _HEADER_KEYS}
    header: LedgerHeader | None = None
    try:
        header = LedgerHeader.model_validate(header_data)
    except ValidationError as exc:
        checker.problems.extend(_pydantic_problems(exc, file, (), lines))
    sections: dict[str, list[tuple[int, Any]]] = {
        name: list(_records(data, name, model, file, lines, checker.problems))
        for name, model in _SECTIONS.items()
    }
    declared = {
        section: {str(item.get(key)) for item in (data.get(section) or []) if isinstance(item, dict)}
        for section, key in (("treaties", "slug"), ("events", "id"), ("sources", "id"), ("codings", "name"))
        if isinstance(data.get(section) or [], list)
    }
    events = data.get("events") or []
    # events that give a time_zone, sound or not: a bad one is reported by its own field, not again by its note
    zoned = frozenset(i for i, item in enumerate(events if isinstance(events, list) else [])
                      if isinstance(item, dict) and "time_zone" in item)
    document = _check(checker, header, sections, declared, hashlib.sha256(raw).hexdigest(), zoned)
    if checker.problems or document is None:
        raise LedgerError(checker.problems)
    return document


def _check(
    c: _Checker,
    header: LedgerHeader | None,
    sections: dict[str, list[tuple[int, Any]]],
    declared: dict[str, set[str]],
    sha256: str,
    zoned: frozenset[int] = frozenset(),
) -> LedgerDocument | None:
    """Check references, dates and states across records; ``declared`` holds every id the file declares, and
    ``zoned`` the index of every event that gives a time zone, including those of records that failed their own
    checks, so that one bad record is reported once."""
    codings: list[tuple[int, CodingSpec]] = sections["codings"]
    sources: list[tuple[int, Source]] = sections["sources"]
    treaties: list[tuple[int, Treaty]] = sections["treaties"]
    events: list[tuple[int, Event]] = sections["events"]
    outcomes: list[tuple[int, Outcome]] = sections["outcomes"]

    coding_names = c.unique([(i, x.name) for i, x in codings], "codings", "name", "coding")
    for i, spec in codings:
        builtin = BUILTIN_CODINGS.get(spec.name)
        if builtin is not None and builtin.kind != spec.kind:
            c.add(("codings", i, "kind"), f"built-in coding {spec.name!r} is of kind {builtin.kind!r}")
    coding_names |= set(BUILTIN_CODINGS) | declared.get("codings", set())
    source_ids = c.unique([(i, x.id) for i, x in sources], "sources", "id", "source id")
    source_ids |= declared.get("sources", set())
    slugs = c.unique([(i, x.slug) for i, x in treaties], "treaties", "slug", "treaty slug")
    slugs |= declared.get("treaties", set())
    event_ids = c.unique([(i, x.id) for i, x in events], "events", "id", "event id")
    event_ids |= declared.get("events", set())
    by_slug = {t.slug: t for _, t in treaties if t.slug is not None}

    members: dict[str, list[Member]] = {}
    unresolved: set[str] = set()  # treaties with a member that could not be resolved
    for i, treaty in treaties:
        base: Path_ = ("treaties", i)
        c.sources(treaty.sources, source_ids, base)
        c.not_before(treaty.in_force, treaty.signed, (*base, "in_force"), "the signing")
        c.not_before(treaty.ended, treaty.signed, (*base, "ended"), "the signing")
        if treaty.multilateral is False and _most_at_once(treaty) > 2:
            c.add((*base, "members"), f"a bilateral treaty has 2 members at a time, not {_most_at_once(treaty)}")
        resolved = members.setdefault(treaty.slug, [])
        for j, membership in enumerate(treaty.members):
            members_path: Path_ = (*base, "members", j)
            entered = membership.entered or treaty.signed
            exited = membership.exited or treaty.ended
            c.not_before(membership.entered, treaty.signed, (*members_path, "entered"), "the signing")
            c.not_before(membership.exited, entered, (*members_path, "exited"), "its entry")
            if treaty.ended and membership.exited and treaty.ended.surely_before(membership.exited):
                c.add((*members_path, "exited"), f"{membership.exited} is after the treaty ended ({treaty.ended})")
            ccode = c.state(membership.state, (*members_path, "state"), entered)
            if ccode is None:
                unresolved.add(treaty.slug)
            else:
                if any(m.ccode == ccode for m in resolved):
                    c.add((*members_path, "state"), f"{membership.state!r} is listed twice as a member")
                resolved.append(Member(ccode, str(membership.state), entered, exited))

    event_states: dict[str, tuple[list[int], list[int]]] = {}
    for i, event in events:
        base = ("events", i)
        c.sources(event.sources, source_ids, base)
        if event.time_zone_note is not None and event.time_zone is None and i not in zoned:
            c.add((*base, "time_zone_note"), "says why the day is in doubt, so the event needs a time_zone: "
                                             "the IANA name of the zone its date is the day in (Europe/Moscow)")
        if event.treaty is not None:
            if event.treaty not in slugs:
                c.add((*base, "treaty"), f"unknown treaty {event.treaty!r}")
            elif event.kind != "signed" and event.treaty in by_slug:
                c.not_before(event.date, by_slug[event.treaty].signed, (*base, "date"), "the treaty's signing")
        actors = [c.state(s, (*base, "actors", j), event.date) for j, s in enumerate(event.actors)]
        targets = [c.state(s, (*base, "targets", j), event.date) for j, s in enumerate(event.targets)]
        event_states[event.id] = ([a for a in actors if a is not None], [t for t in targets if t is not None])

    outcome_states: list[tuple[int | None, list[int]]] = []
    seen_outcomes: set[tuple[str, int | None, str]] = set()
    for i, outcome in outcomes:
        base = ("outcomes", i)
        c.sources(outcome.sources, source_ids, base)
        if outcome.coding is not None and outcome.coding not in coding_names:
            known = ", ".join(sorted(coding_names))
            c.add((*base, "coding"), f"unknown coding {outcome.coding!r}; declare it under codings: ({known})")
        for j, ref in enumerate(outcome.events):
            if ref not in event_ids:
                c.add((*base, "events", j), f"unknown event {ref!r}")
        treaty_ = by_slug.get(outcome.treaty)
        if treaty_ is None:
            if outcome.treaty is not None and outcome.treaty not in slugs:
                c.add((*base, "treaty"), f"unknown treaty {outcome.treaty!r}")
            outcome_states.append((None, []))
            continue
        # a name applies at some time the treaty was in force: at its signing, a member's entry, or its end
        dates = (treaty_.signed, *(m.entered for m in members.get(treaty_.slug, [])), treaty_.ended)
        member = None if outcome.member is None else c.state(outcome.member, (*base, "member"), *dates)
        treaty_members = {m.ccode for m in members.get(treaty_.slug, [])}
        if treaty_.slug in unresolved:
            treaty_members = set()  # already reported; do not cascade
        elif member is not None and member not in treaty_members:
            c.add((*base, "member"), f"{outcome.member!r} is not a member of {treaty_.slug!r}")
        breached = [c.state(s, (*base, "breached_by", j), *dates) for j, s in enumerate(outcome.breached_by)]
        for j, code in enumerate(breached):
            if code is not None and treaty_members and code not in treaty_members:
                c.add((*base, "breached_by", j), f"{outcome.breached_by[j]!r} is not a member of {treaty_.slug!r}")
        if outcome.breached_by and outcome.ending is not None and not is_breach(outcome.ending):
            c.add((*base, "breached_by"), f"ending {outcome.ending!r} is not a breach, so no one breached it")
        key = (outcome.treaty, member, outcome.coding)
        if outcome.member is not None and member is None:
            pass  # the member is already reported as unknown
        elif key in seen_outcomes:
            c.add(base, f"a second outcome for {outcome.treaty!r} under coding {outcome.coding!r}")
        seen_outcomes.add(key)
        _check_atop_codes(c, outcome, base)
        outcome_states.append((member, [b for b in breached if b is not None]))

    if header is None:
        return None
    return LedgerDocument(
        path=c.file,
        sha256=sha256,
        header=header,
        codings=[x for _, x in codings],
        sources=[x for _, x in sources],
        treaties=[x for _, x in treaties],
        events=[x for _, x in events],
        outcomes=[x for _, x in outcomes],
        members=members,
        event_states=event_states,
        outcome_states=outcome_states,
    )


def _most_at_once(treaty: Treaty) -> int:
    """Return how many members the treaty had at once at most (a successor state may take a member's place); 0 when
    a date it needs failed its own check (reported already)."""
    starts = [m.entered or treaty.signed for m in treaty.members]
    if not starts or any(start is None for start in starts):
        return 0
    spans = [(start.earliest(), m.exited.earliest() if m.exited else None)
             for start, m in zip(starts, treaty.members, strict=True) if start is not None]
    return max(sum(start <= when and (end is None or end > when) for start, end in spans) for when, _ in spans)


def _check_atop_codes(c: _Checker, outcome: Outcome, base: Path_) -> None:
    if outcome.coding is None or outcome.ending is None:  # a record that failed its own checks: reported already
        return
    has_codes = outcome.termmode is not None or outcome.termcaus is not None
    if has_codes and outcome.coding != "atop":
        c.add((*base, "termmode"), "termmode and termcaus belong to the atop coding only")
        return
    if outcome.termmode is None:
        return
    try:
        expected = atop_ending(outcome.termmode, outcome.termcaus or 0)
    except ValueError as exc:
        c.add((*base, "termmode"), str(exc))
        return
    if expected != outcome.ending:
        c.add(
            (*base, "ending"),
            f"ATOP termmode {outcome.termmode}, termcaus {outcome.termcaus} maps to {expected!r}, "
            f"not {outcome.ending!r} (see foedus.codings)",
        )
