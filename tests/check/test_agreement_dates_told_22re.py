"""A state told a party, a signatory or a founder of an agreement from a date on, or at the day of its founding, is a
claim of when it came in (its entry; a founder's is the signing), each on a short made-up sentence."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _dated(store: Store, body: str) -> list[Claim]:
    result = _check(store, body)
    return [c for c in result.claims if c.kind in {"agreement_date", "event_date"}]


def test_a_founder_told_at_the_day_of_founding_of_the_agreement_last_spoken_of(check_store: Store) -> None:
    right = _dated(check_store, "Iraq and Jordan share the Arab League. Egypt was among its founders on 22 March 1945.")
    assert [c.verdict for c in right] == ["consistent"] and "Egypt" in right[0].claimed
    wrong = _dated(check_store, "Portugal and Norway share NATO. Norway was a founding signatory at Washington on "
                                "4 April 1950.")
    assert [c.verdict for c in wrong] == ["contradicts"] and "entry into" in wrong[0].claimed


def test_a_signatory_since_a_date_is_its_entry_then(check_store: Store) -> None:
    named = _dated(check_store, "Belgium had been a signatory of the North Atlantic Treaty since 4 April 1949.")
    assert [c.verdict for c in named] == ["consistent"] and "entry into" in named[0].claimed
    told_back = _dated(check_store, "Italy and Denmark share the Helsinki Final Act. Denmark had been among its "
                                    "signatories since 1 August 1977.")
    assert [c.verdict for c in told_back] == ["contradicts"] and "Denmark" in told_back[0].claimed


def test_a_member_at_a_date_is_no_entry_then(check_store: Store) -> None:
    # (what it was that year, not when it came in; and a state never in the one last spoken of tells another)
    assert not _dated(check_store, "Portugal and Norway share NATO. Norway was a member in 1990.")
    assert not [c for c in _dated(check_store, "Portugal and Norway share NATO. Japan was a founding signatory on "
                                               "4 April 1949.") if "entry into" in c.claimed]


def test_how_long_an_ended_agreement_lasted_is_its_span_from_signing_to_end(check_store: Store) -> None:
    right = [c for c in _dated(check_store, "Britain and Japan signed the Anglo-Japanese Alliance in 1902. It lasted "
                                           "nearly two decades.") if " lasted " in c.claimed]
    assert [c.verdict for c in right] == ["consistent"]
    wrong = [c for c in _dated(check_store, "Britain and Japan signed the Anglo-Japanese Alliance in 1902. The "
                                           "alliance survived barely five years.") if " lasted " in c.claimed]
    assert [c.verdict for c in wrong] == ["contradicts"]
    # (one still in force is told no span: "has lasted" is how long it has held so far)
    assert not [c for c in _dated(check_store, "Belgium and Norway signed the North Atlantic Treaty in 1949. It has "
                                               "lasted seventy-five years.") if " lasted " in c.claimed]
