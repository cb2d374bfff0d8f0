"""The ATOP alliances no ledger holds, as treaty records: members, dates and ATOP's own ending for each member.

A forecast rests on every ATOP alliance (:mod:`foedus.universe`: the user's import, else the table shipped with
foedus), so an assessment may name one that no ledger describes (``atop-4170``). Such an alliance is shown like any
treaty: :func:`atop_record` returns it as a :class:`~foedus.queries.TreatyRecord`, with the same members and dates
the model uses (a member's phases joined from its first entry to its last exit) and ATOP's termination codes
mapped through :func:`foedus.codings.atop_ending`. Its title is the one the model gives it
(:func:`foedus.reliability.spells.atop_alliances`), so every view of it carries one name.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from foedus.codings import ATOP_OBLIGATIONS, ATOP_TERMINATION_CAUSES, ATOP_TERMINATION_MODES, atop_ending
from foedus.history import MemberEntry, OutcomeEntry, StateEntry
from foedus.queries import TreatyNotFoundError, TreatyRecord
from foedus.states import state_name
from foedus.universe import family_relation
from foedus.vocabulary import is_breach

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["ATOP_SLUG", "atop_only_records", "atop_record", "atop_slug", "ledger_slug_of_atop"]

#: The slug of an alliance known only from ATOP: ``atop-`` and its ATOP id.
ATOP_SLUG = re.compile(r"^atop-([0-9]{1,9})$")


def atop_slug(atopid: int) -> str:
    """Return the slug of the ATOP alliance ``atopid`` (``atop-4170``)."""
    return f"atop-{atopid}"


def ledger_slug_of_atop(store: Store, atopid: int) -> str | None:
    """Return the slug of the ledger treaty that holds ATOP alliance ``atopid``, or None."""
    rows = store.query("SELECT slug FROM treaties WHERE atopid = ? ORDER BY slug LIMIT 1", [atopid])
    return str(rows[0]["slug"]) if rows else None


def _held(store: Store) -> set[int]:
    return {int(r["atopid"]) for r in store.query("SELECT atopid FROM treaties WHERE atopid IS NOT NULL")}


def _titles(store: Store, held: set[int]) -> dict[str, str]:
    from foedus.reliability.spells import atop_alliances

    return {a.key: a.title for a in atop_alliances(store, exclude=held)}


def _source(store: Store) -> tuple[list[dict[str, Any]], str]:
    """Return the sources of an ATOP-only record (the ATOP article, the data read) and where the data came from."""
    from foedus.cite import reference

    relation = family_relation(store, "atop_members")
    files = [p for p in relation.provenance if p.get("name")]
    version = next((str(p["version"]) for p in files if p.get("version")), "")
    where = (f"the table of ATOP {version} shipped with foedus" if relation.kind == "shipped"
             else f"your import of ATOP {version} ({', '.join(str(p['name']) for p in files)})")
    article = {k: v for k, v in reference("leeds2002atop").items() if v is not None}
    sources = [{**article, "ledger": "atop"}]
    for p in files:
        sources.append({"ledger": "atop", "id": f"file-{str(p.get('sha256') or p['name'])[:12]}", "type": "dataset",
                        "title": f"ATOP {p.get('version') or ''} member phases ({p['name']})".replace("  ", " "),
                        "note": f"{p['kind']}; sha256 {p.get('sha256') or 'not recorded'}"})
    return sources, where


def _name(ccode: int, on: str) -> str:
    """Return the state's name on ``on``; ATOP codes a few entities no state list has (``8152``) by number."""
    from foedus.errors import StateNotFoundError

    try:
        return state_name(ccode, on)
    except (StateNotFoundError, ValueError):
        return f"COW code {ccode}"


def _rationale(termmode: int | None, termcaus: int | None, ending: str, whole: bool) -> str:
    """Return why ATOP's codes give ``ending``, for one member's part or (``whole``) the alliance."""
    if ending == "in_force":
        return ("ATOP records no exit for either member: in force at the end of the data." if whole else
                "ATOP records no exit for this member: in force at the end of the data.")
    mode = ATOP_TERMINATION_MODES.get(termmode or -1, ("an unlisted mode", None))[0]
    cause = ATOP_TERMINATION_CAUSES.get(termcaus if termcaus is not None else -1, "an unlisted cause")
    return (f"ATOP codes termination mode {termmode} ({mode}) and cause {termcaus} ({cause}); foedus.codings reads "
            f"this as {ending.replace('_', ' ')}.")


def _record(atopid: int, phases: list[dict[str, Any]], title: str, sources: list[dict[str, Any]],
            where: str) -> TreatyRecord:
    by_member: dict[int, list[dict[str, Any]]] = {}
    for row in sorted(phases, key=lambda r: (r["ccode"], r["phase"] or 0)):
        by_member.setdefault(row["ccode"], []).append(row)
    flag = next((r["bilateral"] for r in phases if r.get("bilateral") is not None), None)
    multilateral = not flag if flag is not None else len(by_member) > 2
    members: list[MemberEntry] = []
    outcomes: list[OutcomeEntry] = []
    for ccode, rows in by_member.items():
        entered = min(r["entered"] for r in rows)
        open_ended = any(r["exited"] is None for r in rows)
        exited = None if open_ended else max(r["exited"] for r in rows)
        name = _name(ccode, entered)
        members.append(MemberEntry(ccode, name, entered, exited))
        last = rows[-1]
        ending = "in_force" if open_ended or last["termmode"] is None else atop_ending(
            last["termmode"], -9 if last["termcaus"] is None else last["termcaus"])
        outcomes.append(OutcomeEntry(
            coding="atop", ending=ending, breach=is_breach(ending),
            breached_by=[StateEntry(ccode, name)] if is_breach(ending) and multilateral else [],  # as spells reads it
            member=StateEntry(ccode, name), contested=False,
            rationale=_rationale(last["termmode"], last["termcaus"], ending, not multilateral), events=[],
            sources=[s["id"] for s in sources],
            termmode=None if open_ended else last["termmode"], termcaus=None if open_ended else last["termcaus"],
        ))
    members.sort(key=lambda m: (m.entered, m.ccode))
    if not multilateral:  # a bilateral alliance ends once: when the first of the two leaves
        exits = {m.ccode: m.exited or "9999" for m in members}
        first = min(outcomes, key=lambda o: exits[o.member.ccode] if o.member else "9999")
        outcomes = [replace(first, member=None)]
    signed = min(m.entered for m in members)
    ended = None if any(m.exited is None for m in members) else max(m.exited for m in members if m.exited)
    obligations = [ours for theirs, ours in ATOP_OBLIGATIONS.items() if any(r[theirs] for r in phases)]
    return TreatyRecord(
        slug=atop_slug(atopid), ledger="atop", title=title, alt_titles=[], kind="alliance",
        obligations=obligations, multilateral=multilateral, signed=signed, in_force=None, ended=ended,
        term_years=None, renewal=None, atopid=atopid, disagrees_with_atop=None,
        description=(f"No ledger holds this alliance: foedus knows it from {where}. Its members, dates and "
                     "ending are ATOP's; ATOP gives no treaty's name, so the title is the one foedus gives it."),
        members=members, outcomes=outcomes, events=[], sources=sources,
    )


def _phases(store: Store, atopid: int | None) -> dict[int, list[dict[str, Any]]]:
    relation = family_relation(store, "atop_members")
    rows = store.query(f"SELECT * FROM {relation.sql} WHERE ?::INTEGER IS NULL OR atopid = ? "
                       "ORDER BY atopid, ccode, phase", [atopid, atopid])
    found: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(int(row["atopid"]), []).append(row)
    return found


def atop_only_records(store: Store) -> list[TreatyRecord]:
    """Return every ATOP alliance of the store's universe that no ledger holds, oldest first.

    The universe is the user's ATOP import if the store has one, else the table shipped with foedus.
    """
    held = _held(store)
    titles = _titles(store, held)
    sources, where = _source(store)
    records = [_record(atopid, phases, titles.get(atop_slug(atopid), f"ATOP alliance {atopid}"), sources, where)
               for atopid, phases in _phases(store, None).items() if atopid not in held]
    records.sort(key=lambda r: (r.signed, r.atopid or 0))
    return records


def atop_record(store: Store, slug: str) -> TreatyRecord:
    """Return the ATOP-only alliance ``slug`` (``atop-<id>``) as a treaty record.

    Raises
    ------
    TreatyNotFoundError
        If ``slug`` is not of that form, if the universe holds no such alliance, or if a ledger holds it (its
        record is the ledger's, under its own slug, which the message names).
    """
    match = ATOP_SLUG.match(slug)
    if match is None:
        raise TreatyNotFoundError(f"{slug!r} is not the slug of an ATOP alliance (atop-<id>, e.g. atop-4170)")
    atopid = int(match.group(1))
    ledger = ledger_slug_of_atop(store, atopid)
    if ledger is not None:
        raise TreatyNotFoundError(f"ATOP alliance {atopid} is held by a ledger: see the treaty {ledger!r}")
    phases = _phases(store, atopid).get(atopid)
    if not phases:
        relation = family_relation(store, "atop_members")
        raise TreatyNotFoundError(f"the ATOP data in use ({relation.kind}) has no alliance {atopid}: check the id "
                                  "(foedus import atop PATH brings in a newer version)")
    held = _held(store)
    sources, where = _source(store)
    title = _titles(store, held).get(slug, f"ATOP alliance {atopid}")
    return _record(atopid, phases, title, sources, where)
