"""foedus.records: one key rule, one bilateral rule, one reading of ATOP's member phases for every view."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from foedus.atop_records import atop_only_records
from foedus.history import agreement_from_atop, pair_history
from foedus.queries import all_ledger_rows, treaty_record
from foedus.records import (
    atop_alliance_records,
    atop_slug,
    atopid_of,
    is_bilateral,
    ledger_alliance_records,
)
from foedus.records.alliances import _atop_record
from foedus.reliability.spells import atop_alliances, stored_alliances
from foedus.store import Store


@given(st.integers(min_value=0, max_value=999_999_999))
def test_an_atop_key_names_its_id_and_nothing_else_does(atopid: int) -> None:
    assert atopid_of(atop_slug(atopid)) == atopid
    assert atopid_of(f"cn-ru-{atopid}-treaty") is None and atopid_of(f"atop-{atopid}x") is None


def test_bilateral_is_atops_flag_else_exactly_two_members() -> None:
    assert is_bilateral(True, 5) and not is_bilateral(False, 2)
    assert is_bilateral(None, 2) and not is_bilateral(None, 1) and not is_bilateral(None, 3)


def _phase(ccode: int, phase: int, entered: str, exited: str | None, termmode: int | None) -> dict[str, Any]:
    return {"atopid": 9001, "ccode": ccode, "phase": phase, "entered": entered, "exited": exited,
            "termmode": termmode, "termcaus": 4 if termmode else None, "defense": phase == 1, "offense": False,
            "neutral": False, "nonagg": False, "consul": True, "bilateral": None}


def test_a_member_that_left_and_rejoined_in_one_phase_ends_with_its_last_stint_in_any_row_order() -> None:
    rows = [_phase(2, 1, "1950-01-01", None, None), _phase(2, 2, "1960", None, None),
            _phase(3, 1, "1950-01-01", "1955-06", 3), _phase(3, 2, "1960", "1979-03-31", 3),
            _phase(3, 2, "1989-05-22", None, 0), _phase(4, 2, "1960", None, None)]
    records = [_atop_record(9001, order, "ATOP 9001", 2018) for order in (rows, rows[::-1])]
    assert records[0] == records[1]
    record = records[0]
    rejoined = next(m for m in record.members if m.ccode == 3)
    assert rejoined.exited is None and rejoined.last_phase is not None
    assert rejoined.last_phase["entered"] == "1989-05-22"
    assert not record.bilateral and record.opening_obligations == {"defense", "consultation"}
    assert record.allied == {(2, 3), (2, 4), (3, 4)}
    outcome = agreement_from_atop(record, [2, 3]).outcomes[0]
    assert (outcome.ending, outcome.breach) == ("in_force", False)


def test_every_view_reads_an_atop_members_ending_as_the_model_does(store: Store) -> None:
    """A member of an ATOP alliance is in force on its treaty page exactly when the model's spells leave it open
    (ATOP 3015 and 3740 have members that left and rejoined within one phase)."""
    model = {(a.key, p.ccode): p.end is None for a in atop_alliances(store) for p in a.members}
    pages = {(r.slug, o.member.ccode): o.ending == "in_force"
             for r in atop_only_records(store) if r.multilateral for o in r.outcomes if o.member}
    assert pages and all(model[key] == in_force for key, in_force in pages.items())
    egypt = next(o for o in treaty_record(store, "atop-3015").outcomes if o.member and o.member.ccode == 651)
    assert egypt.ending == "in_force"
    history = pair_history(store, 365, 345, coding="atop")
    (helsinki,) = [a for a in history.agreements if a.key == "atop-3740"]
    assert helsinki.reading("atop") is not None and not history.breached(helsinki, "atop")


def test_one_record_per_alliance_under_one_key_for_every_view(store: Store) -> None:
    ledger = {r.key: r for r in ledger_alliance_records(store)}
    held = {r.atopid for r in ledger.values() if r.atopid is not None}
    atop = {r.key: r for r in atop_alliance_records(store, exclude=held)}
    assert not set(ledger) & set(atop) and all(atopid_of(k) is None for k in ledger)
    assert {a.key for a in stored_alliances(store, "curated")} <= set(ledger) | set(atop)
    assert {r.slug for r in all_ledger_rows(store)} == set(ledger) | set(atop)
    for key in ("cn-ru-1950-friendship-alliance", "atop-4170"):
        record = ledger.get(key) or atop[key]
        page = treaty_record(store, key)
        assert (page.slug, page.title, page.signed, page.ended) == (record.key, record.title, record.signed,
                                                                   record.ended)
        assert [m.ccode for m in page.members] == [m.ccode for m in record.members]
