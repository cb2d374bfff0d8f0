"""Parties of a signing the record found, read from the signing's own clause (issue 22, round 21): the states of a
clause of purpose or of a war's name beside it are none of its signers; and the signers listed after "signed by" or
"exchanged by" of an agreement told by the very day the record's was signed are read against its members, a
contradiction where one is no member (made-up sentences; the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_the_states_of_a_clause_of_purpose_are_no_signers(check_store: Store) -> None:
    result = _check(check_store, "In April 1999 Luanda concluded a mutual defence pact with Harare and Kinshasa in "
                                 "order to shore up Kabila against rebels backed by Rwanda and Uganda.")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_parties")] == [
        ("consistent", "atop-4920")]


def test_signers_listed_for_an_agreement_told_by_its_day(check_store: Store) -> None:
    wrong = _check(check_store, "The Mediterranean notes dated 16 May 1907 and exchanged by London, Madrid and "
                                "Berlin kept the status quo.")
    assert [(c.verdict, c.claimed) for c in _claims(wrong, "agreement_parties")] == [
        ("contradicts", "parties include German Empire")]
    right = _check(check_store, "The Mediterranean notes dated 16 May 1907 and exchanged by London, Madrid and "
                                "Paris kept the status quo.")
    assert [c.verdict for c in _claims(right, "agreement_parties")] == ["consistent"]


def test_signers_of_an_agreement_told_by_its_month_are_not_contradicted(check_store: Store) -> None:
    result = _check(check_store, "The Mediterranean notes of May 1907, exchanged by London, Madrid and Berlin, kept "
                                 "the status quo.")
    assert not [c for c in _claims(result, "agreement_parties") if c.verdict == "contradicts"]


def test_a_count_of_an_agreement_s_parties_is_read_against_its_members(check_store: Store) -> None:
    named = _check(check_store, "SEATO had eight signatories when it was concluded at Manila.")
    assert [(c.verdict, c.records[0].id) for c in _claims(named, "agreement_parties")] == [
        ("consistent", "1954-seato")]
    told_back = _check(check_store, "The Baltic Entente was a small affair. Its three signatories met twice a year.")
    assert [(c.verdict, c.claimed) for c in _claims(told_back, "agreement_parties")] == [
        ("consistent", "three signatories")]


def test_a_count_that_is_not_the_record_s_is_no_claim_of_the_count(check_store: Store) -> None:
    result = _check(check_store, "The Rio Treaty had five members, a pamphlet claimed.")
    assert not [c for c in _claims(result, "agreement_parties") if c.claimed.startswith("five")]
    outsider = _check(check_store, "Finland was one of the three signatories of the Baltic Entente in 1934.")
    assert not [c for c in _claims(outsider, "agreement_parties") if c.verdict == "consistent"]


def test_the_two_states_told_back_are_no_count_of_parties(check_store: Store) -> None:
    result = _check(check_store, "Tokyo and London signed an alliance in 1902. That is the one accord the two "
                                 "countries ever put their names to.")
    assert not [c for c in _claims(result, "agreement_parties") if c.claimed.startswith("two")]


def test_a_count_of_parties_answering_a_question_in_a_transcript(check_store: Store) -> None:
    result = _check(check_store, "HOST: Who signed the Baltic Entente? GUEST: Three states: Estonia, Latvia and "
                                 "Lithuania.")
    assert [(c.verdict, c.claimed) for c in _claims(result, "agreement_parties")] == [
        ("consistent", "Three states: Estonia, Latvia, Lithuania")]


def test_a_state_naming_a_war_is_no_party_of_a_described_pact(check_store: Store) -> None:
    result = _check(check_store, "In April 1999 Luanda and Windhoek signed a mutual defence pact with Harare and "
                                 "Kinshasa, hoping to shore up the regime in the Congo war.")
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]
