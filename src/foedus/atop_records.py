"""The ATOP alliances no ledger holds, as treaty records: members, dates and ATOP's own ending for each member.

A forecast rests on every ATOP alliance (:mod:`foedus.universe`: the user's import, else the table shipped with
foedus), so an assessment may name one that no ledger describes (``atop-4170``). Such an alliance is shown like any
treaty: :func:`atop_record` returns it as a :class:`~foedus.treaties.TreatyRecord`, with the same members and dates
the model uses (a member's phases joined from its first entry to its last exit) and ATOP's termination codes
mapped through :func:`foedus.codings.atop_ending`. Its title is the one
:func:`foedus.alliance_titles.atop_alliance_titles` gives it, as everywhere, so every view of it carries one name.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from foedus.history import agreement_from_atop
from foedus.records import AllianceRecord, atop_alliance_records, atopid_of, held_atopids, ledger_slug_of_atop
from foedus.treaties import TreatyNotFoundError, TreatyRecord
from foedus.universe import family_relation

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["atop_only_records", "atop_record"]


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
    for k, p in enumerate(files):
        sources.append({"ledger": "atop", "id": "atop-data" + (f"-{k + 1}" if len(files) > 1 else ""),
                        "type": "dataset",
                        "title": f"ATOP {p.get('version') or ''} member phases ({p['name']})".replace("  ", " "),
                        "note": "shipped with foedus" if p["kind"] == "shipped" else "imported"})
    return sources, where


def _record(record: AllianceRecord, sources: list[dict[str, Any]], where: str) -> TreatyRecord:
    """Return the treaty record of ATOP alliance ``record``: the agreement the history gives it
    (:func:`foedus.history.agreement_from_atop`), with its sources and where its data came from."""
    agreement = agreement_from_atop(record)
    ids = [s["id"] for s in sources]
    return TreatyRecord(
        slug=record.key, ledger="atop", title=record.title, alt_titles=[], kind=record.kind,
        obligations=agreement.obligations, multilateral=agreement.multilateral, signed=agreement.signed,
        in_force=None, ended=agreement.ended, term_years=None, renewal=None, atopid=record.atopid,
        disagrees_with_atop=None,
        description=(f"No ledger holds this alliance: foedus knows it from {where}. Its members, dates and "
                     "ending are ATOP's; ATOP gives no treaty's name, so the title is the one foedus gives it. No "
                     "ledger codes it, so every coding reads ATOP's ending."),
        members=agreement.members, outcomes=[replace(o, sources=ids) for o in agreement.outcomes], events=[],
        sources=sources,
    )


def atop_only_records(store: Store) -> list[TreatyRecord]:
    """Return every ATOP alliance of the store's universe that no ledger holds, oldest first.

    The universe is the user's ATOP import if the store has one, else the table shipped with foedus.
    """
    sources, where = _source(store)
    records = [_record(r, sources, where) for r in atop_alliance_records(store, exclude=held_atopids(store))]
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
    atopid = atopid_of(slug)
    if atopid is None:
        raise TreatyNotFoundError(f"{slug!r} is not the slug of an ATOP alliance (atop-<id>, e.g. atop-4170)")
    ledger = ledger_slug_of_atop(store, atopid)
    if ledger is not None:
        raise TreatyNotFoundError(f"ATOP alliance {atopid} is held by a ledger: see the treaty {ledger!r}")
    found = atop_alliance_records(store, [atopid])
    if not found:
        relation = family_relation(store, "atop_members")
        raise TreatyNotFoundError(f"no treaty {slug!r}: the ATOP data in use ({relation.kind}) has no alliance "
                                  f"{atopid}; check the id (foedus import atop PATH brings in a newer version)")
    sources, where = _source(store)
    return _record(found[0], sources, where)
