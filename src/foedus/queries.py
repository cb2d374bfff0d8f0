"""Questions over the store beyond a pair's history: state suggestions, one treaty's record, the ledger as rows.

- :func:`suggest_states`: names that start with or contain what was typed, with their periods.
- :func:`treaty_record`: one treaty with members, events, outcomes and sources.
- :func:`ledger_rows` and :func:`ledger_csv`: the ledger filtered by years, obligation, ending and coding.
- :func:`store_fingerprint` and :func:`stored_ledgers`: what the store holds, with checksums.
- :func:`read_uploaded_ledger` and :func:`load_uploaded_ledger`: a ledger that came as bytes, checked and stored.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.codings import coding_sort_key
from foedus.errors import FoedusError, IncompatibleInputError, LedgerError, Problem
from foedus.history import EventEntry, MemberEntry, OutcomeEntry, atop_agreement, coding_order
from foedus.states import _normalise, _tables
from foedus.vocabulary import ENDINGS, OBLIGATIONS

if TYPE_CHECKING:
    from foedus.ledger.files import LedgerDocument
    from foedus.store import LoadReport, Store

__all__ = [
    "FORMULA_STARTS",
    "LEDGER_COLUMNS",
    "LedgerRow",
    "StateSuggestion",
    "TreatyNotFoundError",
    "TreatyRecord",
    "ledger_csv",
    "ledger_rows",
    "load_uploaded_ledger",
    "read_uploaded_ledger",
    "store_fingerprint",
    "stored_ledgers",
    "suggest_states",
    "treaty_record",
    "uploaded_path",
]



class TreatyNotFoundError(FoedusError, LookupError):
    """No stored treaty has this slug."""


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
@dataclass(frozen=True)
class TreatyRecord:
    """A stored treaty: its dates and members, how it ended under each coding, the events, and the sources."""

    slug: str
    ledger: str
    title: str
    alt_titles: list[str]
    kind: str
    obligations: list[str]
    multilateral: bool
    signed: str
    in_force: str | None
    ended: str | None
    term_years: int | None
    renewal: str | None
    atopid: int | None
    disagrees_with_atop: str | None
    description: str | None
    members: list[MemberEntry]
    outcomes: list[OutcomeEntry]
    events: list[EventEntry]
    sources: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        """Return the treaty as a JSON-ready dictionary."""
        return asdict(self)


def treaty_record(store: Store, slug: str) -> TreatyRecord:
    """Return the treaty ``slug`` with its members, outcomes under every coding, events and sources.

    ``atop-<id>`` names ATOP alliance ``<id>``: the ledger's treaty where a ledger holds it, else the alliance as
    ATOP gives it (the user's import, or the table shipped with foedus), titled by
    :func:`foedus.alliance_titles.atop_alliance_titles`, with ATOP's outcomes and its citation.

    Raises
    ------
    TreatyNotFoundError
        If no stored treaty has this slug; the message names close ones.
    """
    rows = store.query("SELECT * FROM treaties WHERE slug = ?", [slug])
    atop = re.fullmatch(r"atop-([0-9]{1,9})", slug)
    if not rows and atop:
        held = store.query("SELECT slug FROM treaties WHERE atopid = ? ORDER BY signed, slug LIMIT 1",
                           [int(atop.group(1))])
        if held:
            return treaty_record(store, held[0]["slug"])
        found = _atop_record(store, int(atop.group(1)))
        if found is not None:
            return found
    if not rows:
        close = store.query(
            "SELECT slug FROM treaties ORDER BY jaro_winkler_similarity(slug, ?) DESC, slug LIMIT 3", [slug])
        hint = f"; did you mean {', '.join(repr(r['slug']) for r in close)}?" if close else ""
        raise TreatyNotFoundError(f"no stored treaty has the slug {slug!r}{hint}")
    t = rows[0]
    members = [MemberEntry(m["ccode"], m["state"], m["entered"], m["exited"]) for m in store.query(
        "SELECT * FROM memberships WHERE treaty = ? ORDER BY entered, ccode", [slug])]
    outcomes = sorted(
        (OutcomeEntry.from_row(o) for o in store.query(
            "SELECT * FROM outcomes WHERE treaty = ? ORDER BY coding, member NULLS FIRST", [slug])),
        key=coding_order,
    )
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


def _atop_record(store: Store, atopid: int) -> TreatyRecord | None:
    """Return ATOP alliance ``atopid``, which no ledger holds, as a treaty record (None if ATOP lacks it)."""
    from foedus.cite import reference
    from foedus.universe import family_relation

    agreement = atop_agreement(store, atopid)
    if agreement is None:
        return None
    used = family_relation(store, "atop_members").provenance
    data = "; ".join(
        f"{p['dataset']} {p['version'] or ''}".strip() + (" shipped with foedus" if p["kind"] == "shipped"
                                                          else f", imported from {p['name']}")
        for p in used
    )
    return TreatyRecord(
        slug=agreement.slug, ledger="atop", title=agreement.title, alt_titles=[], kind=agreement.kind,
        obligations=agreement.obligations, multilateral=agreement.multilateral, signed=agreement.signed,
        in_force=None, ended=agreement.ended, term_years=None, renewal=None, atopid=atopid, disagrees_with_atop=None,
        description=(f"Known only from ATOP ({data}). ATOP's files carry no treaty names, so foedus describes it; "
                     "no ledger codes it, so every coding reads ATOP's ending."),
        members=agreement.members, outcomes=agreement.outcomes, events=[], sources=[reference("leeds2002atop")],
    )


# --- the ledger browser ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerRow:
    """A treaty and, where it is coded, one outcome of it (of the whole treaty, or of one member's part)."""

    slug: str
    title: str
    ledger: str
    kind: str
    obligations: list[str]
    multilateral: bool
    signed: str
    ended: str | None
    members: list[str]
    coding: str | None
    member: str | None
    ending: str | None
    breach: bool | None
    contested: bool | None


#: The columns of :func:`ledger_csv`, in order.
LEDGER_COLUMNS: tuple[str, ...] = tuple(LedgerRow.__dataclass_fields__)


def ledger_rows(
    store: Store,
    *,
    since: int | None = None,
    until: int | None = None,
    obligation: str | None = None,
    ending: str | None = None,
    coding: str | None = None,
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

    Raises
    ------
    FoedusError
        On an unknown obligation, ending or coding.
    IncompatibleInputError
        On ``since`` after ``until``.
    """
    if since is not None and until is not None and since > until:
        raise IncompatibleInputError(f"since {since} is after until {until}")
    if obligation is not None and obligation not in (*OBLIGATIONS, "none"):
        raise FoedusError(f"unknown obligation {obligation!r}; choose one of: {', '.join(OBLIGATIONS)}, none")
    if ending is not None and ending not in ENDINGS:
        raise FoedusError(f"unknown ending {ending!r}; choose one of: {', '.join(ENDINGS)}")
    if coding is not None:
        known = sorted({r["coding"] for r in store.query("SELECT DISTINCT coding FROM outcomes")})
        if coding not in known:
            raise FoedusError(f"unknown coding {coding!r}; choose one of: {', '.join(known)}")
    outcomes_join = "JOIN" if ending is not None or coding is not None else "LEFT JOIN"
    rows = store.query(
        f"""
        SELECT t.slug, t.title, t.ledger, t.kind, t.obligations, t.multilateral, t.signed, t.ended,
               (SELECT list(m.state ORDER BY m.entered, m.ccode) FROM memberships m WHERE m.treaty = t.slug)
                   AS members,
               o.coding, o.member_name AS member, o.ending, o.breach, o.contested
        FROM treaties t
        {outcomes_join} outcomes o
            ON o.treaty = t.slug AND (?::VARCHAR IS NULL OR o.coding = ?) AND (?::VARCHAR IS NULL OR o.ending = ?)
        WHERE (?::INTEGER IS NULL OR coalesce(t.ended_year, 9999) >= ?)
          AND (?::INTEGER IS NULL OR t.signed_year <= ?)
          AND (?::VARCHAR IS NULL OR (? = 'none' AND len(t.obligations) = 0) OR list_contains(t.obligations, ?))
        """,
        [coding, coding, ending, ending, since, since, until, until, obligation, obligation, obligation],
    )
    found = [LedgerRow(**{**r, "obligations": list(r["obligations"]), "members": list(r["members"] or [])})
             for r in rows]
    found.sort(key=lambda r: (r.signed, r.slug, r.coding is not None,
                              *coding_sort_key(r.coding),
                              r.member is not None, r.member or ""))
    return found


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
def store_fingerprint(store: Store) -> str:
    """Return a sha256 over the checksums of the stored ledgers and imported files: it changes with the data."""
    lines = [f"ledger {r['name']} {r['sha256']}" for r in store.query("SELECT name, sha256 FROM ledgers")]
    if store.has_table("imported_files"):
        lines += [f"import {r['sha256']}" for r in store.query("SELECT sha256 FROM imported_files")]
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


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
