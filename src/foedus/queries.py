"""Questions over the store beyond a pair's history: state suggestions, one treaty's record, the ledger as rows.

- :func:`suggest_states`: names that start with or contain what was typed, with their periods.
- :func:`treaty_record`: one treaty with members, events, outcomes and sources.
- :func:`ledger_rows` and :func:`ledger_csv`: the ledger (and the ATOP alliances no ledger holds) filtered by years,
  obligation, ending, coding, source and a search; :func:`browse_ledger`: the same sorted, counted and paged.
- :func:`stored_ledgers`: what the store holds, with checksums (its fingerprint is :func:`foedus.store.fingerprint`).
- :func:`read_uploaded_ledger` and :func:`load_uploaded_ledger`: a ledger that came as bytes, checked and stored.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.atop_records import atop_only_records, atop_record
from foedus.codings import coding_sort_key
from foedus.errors import FoedusError, IncompatibleInputError, LedgerError, Problem
from foedus.history import EventEntry, MemberEntry, OutcomeEntry, coding_order
from foedus.records import atopid_of, ledger_alliance_records, ledger_slug_of_atop
from foedus.states import _normalise, _tables
from foedus.store.facts import codings
from foedus.treaties import TreatyNotFoundError, TreatyRecord
from foedus.vocabulary import ENDINGS, OBLIGATIONS

if TYPE_CHECKING:
    from foedus.ledger.files import LedgerDocument
    from foedus.store import LoadReport, Store

__all__ = [
    "FORMULA_STARTS",
    "LEDGER_COLUMNS",
    "LEDGER_FACETS",
    "LEDGER_SORTS",
    "LEDGER_SOURCES",
    "LedgerQuery",
    "LedgerRow",
    "LedgerView",
    "StateSuggestion",
    "TreatyNotFoundError",
    "TreatyRecord",
    "all_ledger_rows",
    "browse_ledger",
    "ledger_codings",
    "ledger_csv",
    "ledger_rows",
    "load_uploaded_ledger",
    "read_uploaded_ledger",
    "stored_ledgers",
    "suggest_states",
    "treaty_record",
    "uploaded_path",
]



# --- states ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StateSuggestion:
    """A name that denotes state ``ccode`` from ``start`` to ``end`` (ISO text at its precision; None: open)."""

    ccode: int
    name: str
    state: str
    cow_abb: str
    iso3: str | None
    start: str | None
    end: str | None


def suggest_states(query: str, limit: int = 10) -> list[StateSuggestion]:
    """Return up to ``limit`` names of states that match ``query``: codes first, then names that start with it,
    then names with a word that starts with it, then names that contain it; each with the period it applies to.
    """
    states, names = _tables()
    text = _normalise(query)
    code = query.strip().upper()
    ranked: list[tuple[int, str, StateSuggestion]] = []
    seen: set[tuple[int, str]] = set()
    for entry in names:
        state = states.get(entry.ccode)
        if state is None:
            continue
        start = None if entry.start is None else str(entry.start)
        end = None if entry.end is None else str(entry.end)
        if (entry.ccode, entry.name) in seen:  # the same name listed again with its period: once is enough
            continue
        normal = _normalise(entry.name)
        if code and code in {state.cow_abb.upper(), (state.iso3 or "").upper(), str(state.ccode)}:
            rank = 0 if entry.name == state.name else 1
        elif not text or normal.startswith(text):
            rank = 2
        elif f" {text}" in f" {normal}":
            rank = 3
        elif text in normal:
            rank = 4
        else:
            continue
        seen.add((entry.ccode, entry.name))
        ranked.append((rank, normal, StateSuggestion(entry.ccode, entry.name, state.name, state.cow_abb, state.iso3,
                                                     start, end)))
    ranked.sort(key=lambda r: (r[0], r[1], r[2].start or ""))
    return [s for _, _, s in ranked[:limit]]


# --- treaties -------------------------------------------------------------------------------------------------
def treaty_record(store: Store, slug: str) -> TreatyRecord:
    """Return the treaty ``slug`` with its members, outcomes under every coding, events and sources.

    ``atop-<id>`` names ATOP alliance ``<id>``: the ledger's treaty where a ledger holds it, else the alliance as
    ATOP gives it (the user's import, or the table shipped with foedus: :func:`foedus.atop_records.atop_record`),
    titled by :func:`foedus.alliance_titles.atop_alliance_titles`.

    Raises
    ------
    TreatyNotFoundError
        If no stored treaty has this slug; the message names close ones.
    """
    found = ledger_alliance_records(store, [slug])
    atopid = atopid_of(slug)
    if not found and atopid is not None:
        held = ledger_slug_of_atop(store, atopid)
        if held is not None:
            return treaty_record(store, held)
        return atop_record(store, slug)
    if not found:
        close = store.query(
            "SELECT slug FROM treaties ORDER BY jaro_winkler_similarity(slug, ?) DESC, slug LIMIT 3", [slug])
        hint = f"; did you mean {', '.join(repr(r['slug']) for r in close)}?" if close else ""
        raise TreatyNotFoundError(f"no stored treaty has the slug {slug!r}{hint}")
    record = found[0]
    t = record.treaty
    assert t is not None  # a ledger's record carries its treaty row
    members = [MemberEntry(m.ccode, m.name, m.entered, m.exited) for m in record.members]
    outcomes = sorted((OutcomeEntry.from_row(dict(o)) for o in record.outcomes), key=coding_order)
    cited = {o_event for o in outcomes for o_event in o.events}
    events = [
        EventEntry.from_row(e)
        for e in store.query(
            "SELECT * FROM events WHERE ledger = ? AND (treaty = ? OR list_contains(?, id)) ORDER BY date, id",
            [t["ledger"], slug, sorted(cited)],
        )
    ]
    keys = set(t["sources"]) | {s for o in outcomes for s in o.sources} | {s for e in events for s in e.sources}
    sources = [
        {k: v for k, v in row.items() if v is not None}
        for row in store.query("SELECT * FROM sources WHERE ledger = ? AND list_contains(?, id) ORDER BY id",
                               [t["ledger"], sorted(keys)])
    ]
    return TreatyRecord(
        slug=t["slug"], ledger=t["ledger"], title=t["title"], alt_titles=list(t["alt_titles"] or []),
        kind=t["kind"], obligations=list(t["obligations"]), multilateral=t["multilateral"], signed=t["signed"],
        in_force=t["in_force"], ended=t["ended"], term_years=t["term_years"], renewal=t["renewal"],
        atopid=t["atopid"], disagrees_with_atop=t["disagrees_with_atop"], description=t["description"],
        members=members, outcomes=outcomes, events=events, sources=sources,
    )


# --- the ledger browser ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerRow:
    """A treaty and, where it is coded, one outcome of it (of the whole treaty, or of one member's part).

    ``source`` is ``ledger`` for a ledger's treaty and ``atop`` for an ATOP alliance no ledger holds; ``atopid`` and
    the members' COW codes (``member_codes``, ``member_code``) are there to merge on.
    """

    slug: str
    title: str
    source: str
    ledger: str
    atopid: int | None
    kind: str
    obligations: list[str]
    multilateral: bool
    signed: str
    ended: str | None
    members: list[str]
    member_codes: list[int]
    coding: str | None
    member: str | None
    member_code: int | None
    ending: str | None
    breach: bool | None
    contested: bool | None


#: The columns of :func:`ledger_csv`, in order.
LEDGER_COLUMNS: tuple[str, ...] = tuple(LedgerRow.__dataclass_fields__)
#: The sources a ledger row may come from.
LEDGER_SOURCES: tuple[str, ...] = ("ledger", "atop")
#: The columns the ledger browser sorts by.
LEDGER_SORTS: tuple[str, ...] = ("signed", "ended", "title", "members", "coding", "ending", "source")
#: The filters the browser counts rows by (facets), in the order it shows them.
LEDGER_FACETS: tuple[str, ...] = ("source", "coding", "ending", "obligation")


def _default_order(row: LedgerRow) -> tuple[Any, ...]:
    return (row.signed, row.slug, row.coding is not None, *coding_sort_key(row.coding), row.member is not None,
            row.member or "")


def all_ledger_rows(store: Store, *, with_atop: bool = True) -> list[LedgerRow]:
    """Return every row of the ledger browser, oldest first: each ledger treaty's outcomes (a treaty with none is
    one row) and, with ``with_atop``, those of every ATOP alliance of the universe that no ledger holds
    (:mod:`foedus.atop_records`)."""
    found = []
    for alliance in ledger_alliance_records(store):
        names, codes = [m.name for m in alliance.members], [m.ccode for m in alliance.members]
        for o in alliance.outcomes or [None]:
            found.append(LedgerRow(
                slug=alliance.key, title=alliance.title, source="ledger", ledger=alliance.ledger,
                atopid=alliance.atopid, kind=alliance.kind, obligations=list(alliance.obligations),
                multilateral=alliance.multilateral, signed=alliance.signed, ended=alliance.ended, members=names,
                member_codes=codes, coding=o["coding"] if o else None, member=o["member_name"] if o else None,
                member_code=o["member"] if o else None, ending=o["ending"] if o else None,
                breach=o["breach"] if o else None, contested=o["contested"] if o else None,
            ))
    if with_atop:
        for record in atop_only_records(store):
            names, codes = [m.name for m in record.members], [m.ccode for m in record.members]
            for outcome in record.outcomes:
                found.append(LedgerRow(
                    slug=record.slug, title=record.title, source="atop", ledger=record.ledger, atopid=record.atopid,
                    kind=record.kind, obligations=list(record.obligations), multilateral=record.multilateral,
                    signed=record.signed, ended=record.ended, members=names, member_codes=codes,
                    coding=outcome.coding, member=outcome.member.name if outcome.member else None,
                    member_code=outcome.member.ccode if outcome.member else None, ending=outcome.ending,
                    breach=outcome.breach, contested=outcome.contested,
                ))
    found.sort(key=_default_order)
    return found


@dataclass(frozen=True)
class LedgerQuery:
    """What the ledger browser is asked: filters, a search, a sort, a page.

    ``q`` keeps rows whose title, slug, ledger, ATOP id, members or members' COW codes contain every word of it
    (case and accents aside). ``page`` and ``per_page`` None: every row.
    """

    since: int | None = None
    until: int | None = None
    obligation: str | None = None
    ending: str | None = None
    coding: str | None = None
    source: str | None = None
    q: str | None = None
    sort: str = "signed"
    descending: bool = False
    page: int | None = None
    per_page: int | None = None

    def check(self, codings: list[str]) -> None:
        """Raise on a value outside those allowed (``codings``: those the store's outcomes use).

        Raises
        ------
        FoedusError
            On an unknown obligation, ending, coding, source or sort, or a page below 1.
        IncompatibleInputError
            On ``since`` after ``until``.
        """
        if self.since is not None and self.until is not None and self.since > self.until:
            raise IncompatibleInputError(f"since {self.since} is after until {self.until}")
        if self.obligation is not None and self.obligation not in (*OBLIGATIONS, "none"):
            raise FoedusError(f"unknown obligation {self.obligation!r}; choose one of: {', '.join(OBLIGATIONS)}, none")
        if self.ending is not None and self.ending not in ENDINGS:
            raise FoedusError(f"unknown ending {self.ending!r}; choose one of: {', '.join(ENDINGS)}")
        if self.coding is not None and self.coding not in codings:
            raise FoedusError(f"unknown coding {self.coding!r}; choose one of: {', '.join(codings)}")
        if self.source is not None and self.source not in LEDGER_SOURCES:
            raise FoedusError(f"unknown source {self.source!r}; choose one of: {', '.join(LEDGER_SOURCES)}")
        if self.sort not in LEDGER_SORTS:
            raise FoedusError(f"unknown sort {self.sort!r}; choose one of: {', '.join(LEDGER_SORTS)}")
        if (self.page is not None and self.page < 1) or (self.per_page is not None and self.per_page < 1):
            raise FoedusError("page and per_page must be 1 or more")


def _year_of(text: str | None) -> int | None:
    return int(text[:4]) if text else None


def _words(text: str) -> str:
    return _normalise(text)


def _haystack(row: LedgerRow) -> str:
    parts = [row.title, row.slug, row.ledger, str(row.atopid or ""), *row.members, *map(str, row.member_codes)]
    return _words(" | ".join(parts))


def _keeps(row: LedgerRow, query: LedgerQuery, *, skip: str | None = None) -> bool:
    """Return True if ``row`` passes ``query``'s filters, leaving out the facet ``skip``."""
    first, last = _year_of(row.signed), _year_of(row.ended)
    if query.since is not None and last is not None and last < query.since:
        return False
    if query.until is not None and first is not None and first > query.until:
        return False
    if skip != "obligation" and query.obligation is not None and not (
            query.obligation in row.obligations or (query.obligation == "none" and not row.obligations)):
        return False
    if skip != "ending" and query.ending is not None and row.ending != query.ending:
        return False
    if skip != "coding" and query.coding is not None and row.coding != query.coding:
        return False
    return skip == "source" or query.source is None or row.source == query.source


def _facet_values(row: LedgerRow, facet: str) -> list[str]:
    if facet == "obligation":
        return list(row.obligations) or ["none"]
    value = getattr(row, facet)
    return [] if value is None else [str(value)]


def _sort_key(sort: str) -> Any:
    def key(row: LedgerRow) -> Any:
        if sort == "signed":
            return row.signed
        if sort == "ended":
            return (row.ended is None, row.ended or "")
        if sort == "title":
            return _words(row.title)
        if sort == "members":
            return len(row.members)
        if sort == "coding":
            return (row.coding is None, *coding_sort_key(row.coding))
        if sort == "ending":
            return (row.ending is None, ENDINGS.index(row.ending) if row.ending in ENDINGS else 0)
        return row.source

    return key


@dataclass(frozen=True)
class LedgerView:
    """One page of the ledger browser: its rows, how many match in all, and the facets' counts.

    ``facets`` maps each filter of :data:`LEDGER_FACETS` to ``[(value, rows), ...]``: how many rows would match
    with that value chosen and every other filter kept.
    """

    rows: list[LedgerRow]
    total: int
    page: int
    per_page: int | None
    pages: int
    facets: dict[str, list[tuple[str, int]]]


def browse_ledger(rows: list[LedgerRow], query: LedgerQuery) -> LedgerView:
    """Return the page of ``rows`` (from :func:`all_ledger_rows`) that ``query`` asks for (check it first).

    Rows are filtered, searched, sorted by ``query.sort`` (ties in the default order: signed, slug, coding), and
    cut to ``query.page``; the facets count the rows that match every filter but their own.
    """
    terms = _words(query.q or "").split()
    searched = [r for r in rows if all(term in _haystack(r) for term in terms)] if terms else rows
    matching = [r for r in searched if _keeps(r, query)]
    matching.sort(key=_sort_key(query.sort), reverse=query.descending)  # stable: ties keep the default order
    facets: dict[str, list[tuple[str, int]]] = {}
    for facet in LEDGER_FACETS:
        counts: dict[str, int] = {}
        for row in searched:
            if _keeps(row, query, skip=facet):
                for value in _facet_values(row, facet):
                    counts[value] = counts.get(value, 0) + 1
        order = {"ending": list(ENDINGS), "obligation": [*OBLIGATIONS, "none"], "source": list(LEDGER_SOURCES)}
        listed = order.get(facet) or sorted(counts, key=coding_sort_key)
        facets[facet] = [(value, counts[value]) for value in listed if value in counts]
    if query.per_page is None:
        return LedgerView(matching, len(matching), 1, None, 1, facets)
    pages = max(1, -(-len(matching) // query.per_page))
    page = min(query.page or 1, pages)
    shown = matching[(page - 1) * query.per_page: page * query.per_page]
    return LedgerView(shown, len(matching), page, query.per_page, pages, facets)


def ledger_rows(
    store: Store,
    *,
    since: int | None = None,
    until: int | None = None,
    obligation: str | None = None,
    ending: str | None = None,
    coding: str | None = None,
    source: str | None = None,
    q: str | None = None,
) -> list[LedgerRow]:
    """Return the treaties in force at some point in ``[since, until]``, one row per outcome, oldest first.

    Parameters
    ----------
    store : Store
        An open store.
    since, until : int, optional
        Keep treaties in force at some point in these years.
    obligation : str, optional
        Keep treaties carrying this obligation (``defense``, ...), or ``none`` for those with no military one.
    ending, coding : str, optional
        Keep outcomes with this ending, or under this coding. Without either, a treaty with no outcome is a
        row of its own.
    source : str, optional
        ``ledger`` for the ledgers' treaties, ``atop`` for the ATOP alliances no ledger holds; default both.
    q : str, optional
        Keep rows whose title, slug, ledger, ATOP id or members contain every word of ``q``.

    Raises
    ------
    FoedusError
        On an unknown obligation, ending, coding or source.
    IncompatibleInputError
        On ``since`` after ``until``.
    """
    query = LedgerQuery(since=since, until=until, obligation=obligation, ending=ending, coding=coding, source=source,
                        q=q)
    query.check(ledger_codings(store))
    return browse_ledger(all_ledger_rows(store, with_atop=source != "ledger"), query).rows


def ledger_codings(store: Store) -> list[str]:
    """Return the codings the ledger browser may filter by: those some ending is coded under
    (:func:`foedus.store.codings`)."""
    return [c.name for c in codings(store) if c.used]


#: What a spreadsheet reads as the start of a formula (or, after a tab or carriage return, may): such a cell gets
#: a leading apostrophe, so that opening the CSV never runs what a ledger wrote (OWASP's "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def ledger_csv(rows: list[LedgerRow]) -> str:
    """Return ``rows`` as CSV text (RFC 4180) with a header (lists joined by ``"; "``, empty cells for missing values).

    A cell that starts like a formula (:data:`FORMULA_STARTS`) is written with a leading apostrophe.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180's; a value holding either character is quoted
    writer.writerow(LEDGER_COLUMNS)
    for row in rows:
        writer.writerow([_cell(getattr(row, column)) for column in LEDGER_COLUMNS])
    return buffer.getvalue()


# --- the store ------------------------------------------------------------------------------------------------
def stored_ledgers(store: Store) -> list[dict[str, Any]]:
    """Return the stored ledgers with their versions, checksums and record counts."""
    return store.query(
        """SELECT l.name, l.version, l.title, l.shipped, l.sha256,
                  (SELECT count(*) FROM treaties t WHERE t.ledger = l.name)::INTEGER AS treaties,
                  (SELECT count(*) FROM events e WHERE e.ledger = l.name)::INTEGER AS events,
                  (SELECT count(*) FROM outcomes o WHERE o.ledger = l.name)::INTEGER AS outcomes
           FROM ledgers l ORDER BY l.name"""
    )


# --- uploads --------------------------------------------------------------------------------------------------
def _safe_name(filename: str) -> str:
    base = re.split(r"[\\/]", filename)[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")[:100]
    return base or "ledger.yaml"


def _renamed(exc: LedgerError, path: str, name: str) -> LedgerError:
    return LedgerError([Problem(name if p.file == path else p.file, p.line, p.field, p.message)
                        for p in exc.problems])


def uploaded_path(data: bytes, filename: str, folder: Path) -> Path:
    """Return where :func:`read_uploaded_ledger` keeps ``data``: in ``folder``, named after its sha256 and name."""
    return folder / f"{hashlib.sha256(data).hexdigest()[:16]}-{_safe_name(filename)}"


def read_uploaded_ledger(data: bytes, filename: str, folder: Path) -> LedgerDocument:
    """Return the checked ledger in ``data``, kept as a file in ``folder`` so the store can point at it.

    The file is named after its sha256 and ``filename`` (:func:`uploaded_path`); problems name ``filename``. A
    file that fails its checks, whatever the failure, is not kept.

    Raises
    ------
    LedgerError
        Listing every problem found, each with line and field.
    """
    from foedus.ledger.files import read_ledger

    name = _safe_name(filename)
    folder.mkdir(parents=True, exist_ok=True)
    path = uploaded_path(data, filename, folder)
    existed = path.exists()
    if not existed:
        path.write_bytes(data)
    try:
        return read_ledger(path)
    except BaseException as exc:
        if not existed:
            path.unlink(missing_ok=True)
        if isinstance(exc, LedgerError):
            raise _renamed(exc, str(path), name) from None
        raise


def load_uploaded_ledger(store: Store, document: LedgerDocument, filename: str) -> LoadReport:
    """Store ``document`` (from :func:`read_uploaded_ledger`) in one transaction; problems name ``filename``."""
    try:
        return store.load(document)
    except LedgerError as exc:
        raise _renamed(exc, document.path, _safe_name(filename)) from None


# --- assessments ----------------------------------------------------------------------------------------------
