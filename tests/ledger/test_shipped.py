"""The shipped ledgers: sound, sourced, and in agreement with ATOP 4.01 wherever they cite an ATOP id."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from foedus.codings import atop_ending
from foedus.ledger.files import LedgerDocument, read_ledger
from foedus.store import SHIPPED_LEDGERS

#: The last year the ATOP 4.01 member file records (its latest entry and exit).
ATOP4_LAST_YEAR = 2016


def shipped(name: str) -> LedgerDocument:
    return read_ledger(Path(str(resources.files("foedus.ledger") / "data" / name)))


@pytest.fixture(scope="module", params=SHIPPED_LEDGERS)
def ledger(request: pytest.FixtureRequest) -> LedgerDocument:
    return shipped(request.param)


def test_every_record_cites_a_defined_source(ledger: LedgerDocument) -> None:
    ids = {s.id for s in ledger.sources}
    records = [*ledger.treaties, *ledger.events, *ledger.outcomes]
    assert all(r.sources and set(r.sources) <= ids for r in records)
    cited = {s for r in records for s in r.sources}
    assert ids <= cited, f"sources nobody cites: {sorted(ids - cited)}"


def test_every_treaty_has_a_curated_outcome(ledger: LedgerDocument) -> None:
    curated = {o.treaty for o in ledger.outcomes if o.coding == "curated"}
    assert curated == {t.slug for t in ledger.treaties}


def test_every_atop_id_has_an_atop_outcome(ledger: LedgerDocument) -> None:
    atop = {o.treaty for o in ledger.outcomes if o.coding == "atop"}
    assert atop == {t.slug for t in ledger.treaties if t.atopid}


def test_sino_russian_ledger_holds_the_primers_agreements() -> None:
    ledger = shipped("sino_russian.yaml")
    years = {t.signed.year for t in ledger.treaties}
    assert {1689, 1727, 1858, 1860, 1896, 1924, 1937, 1945, 1950, 1957, 1991, 2001, 2022, 2023} <= years
    assert {1395, 2415, 3030, 3200, 4385, 4810, 4980, 2550, 3460, 6020} <= {t.atopid for t in ledger.treaties}
    narrative = [o for o in ledger.outcomes if o.coding == "narrative-2023" and o.ending == "violated"]
    assert len(narrative) == 5 and all(o.contested for o in narrative)
    kinds = {e.kind for e in ledger.events}
    assert {"lease", "occupation", "third_party_agreement", "resolution", "abrogated", "repudiated", "withdrawal",
            "armed_clash", "notice_of_termination", "extended", "statement"} <= kinds


def _atop_members(shared_data: Path) -> dict[tuple[int, int], list[dict[str, str]]]:
    phases: dict[tuple[int, int], list[dict[str, str]]] = {}
    with (shared_data / "atop" / "atop4_01m.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            phases.setdefault((int(row["atopid"]), int(float(row["member"]))), []).append(row)
    return phases


@pytest.mark.shared_data
def test_atop_ids_match_atop_entry_and_exit_years(ledger: LedgerDocument, shared_data: Path) -> None:
    phases = _atop_members(shared_data)
    mismatches = []
    for treaty in ledger.treaties:
        if not treaty.atopid:
            continue
        for member in ledger.members[treaty.slug]:
            rows = phases.get((treaty.atopid, member.ccode))
            if rows is None and member.entered.year > ATOP4_LAST_YEAR:
                continue  # joined after ATOP 4.01 ends
            if rows is None:
                if not treaty.disagrees_with_atop:
                    mismatches.append(f"{treaty.slug}: {member.name} is not an ATOP member of {treaty.atopid}")
                continue
            entered = min(int(r["yrent"]) for r in rows)
            exits = [int(r["yrexit"]) for r in rows]
            exited = None if 0 in exits else max(exits)
            ours_exit = member.exited.year if member.exited else None
            if ours_exit is not None and ours_exit > ATOP4_LAST_YEAR:
                ours_exit = None  # left after ATOP 4.01 ends: in force as far as ATOP can say
            for what, ours, theirs in (("entry", member.entered.year, entered), ("exit", ours_exit, exited)):
                if ours == theirs:
                    continue
                off_by_one = ours is not None and theirs is not None and abs(ours - theirs) == 1
                # our record holds the member in force where ATOP ends it: allowed only with the disagreement stated
                still_in_force = what == "exit" and ours is None
                if not ((off_by_one or still_in_force) and treaty.disagrees_with_atop):
                    mismatches.append(f"{treaty.slug}: {member.name} {what} {ours}, ATOP {theirs}")
    assert mismatches == []


@pytest.mark.shared_data
def test_atop_outcomes_carry_atops_own_codes(ledger: LedgerDocument, shared_data: Path) -> None:
    phases = _atop_members(shared_data)
    by_slug = {t.slug: t for t in ledger.treaties}
    for outcome in (o for o in ledger.outcomes if o.coding == "atop"):
        treaty = by_slug[outcome.treaty]
        assert treaty.atopid is not None
        last_phases = [
            max(rows, key=lambda r: int(r["phase"]))
            for m in ledger.members[treaty.slug]
            if (rows := phases.get((treaty.atopid, m.ccode)))
        ]
        codes = {(int(r["termmode"]), int(r["termcaus"])) for r in last_phases}
        assert (outcome.termmode, outcome.termcaus) in codes, treaty.slug
        assert outcome.ending == atop_ending(outcome.termmode or 0, outcome.termcaus or 0)


def test_events_from_2014_on_can_be_checked_against_their_sources(ledger: LedgerDocument) -> None:
    """The record an article is checked against: every event from 2014 on cites a source one can open, and says where
    it happened; a time zone is given with the reason the day is in doubt."""
    links = {s.id for s in ledger.sources if s.url}
    recent = [e for e in ledger.events if e.date.year >= 2014]
    assert all(set(e.sources) & links for e in recent), [e.id for e in recent if not set(e.sources) & links]
    unplaced = [e.id for e in recent if not e.place and e.kind != "statement"]
    assert unplaced == []
    assert all(e.time_zone_note for e in ledger.events if e.time_zone)
