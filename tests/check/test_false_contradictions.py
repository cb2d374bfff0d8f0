"""Contradictions that must not stand (issue 22, round 21): a state the sentence tells as the one an act is aimed at
(an enemy, a threat, a target) is no party the writer claims, whatever agreement the sentence tells of; a state told
as a party that is none still contradicts. Sentences made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_state_an_act_is_aimed_at_is_no_party_told(check_store: Store) -> None:
    wary = _check(check_store, "Greece and Turkey, both wary of the Soviet Union, acceded to the North Atlantic Treaty "
                               "on 18 February 1952, and West Germany followed in May 1955.")
    assert not [c for c in _claims(wary, "agreement_parties") if c.verdict == "contradicts"]
    fearful = _check(check_store, "Poland and Czechoslovakia, fearful of West Germany, signed the Warsaw Pact on 14 "
                                  "May 1955.")
    assert [(c.verdict, c.claimed) for c in _claims(fearful, "agreement_parties")] == [
        ("consistent", "parties: Polish People's Republic, Czechoslovakia")]


def test_a_state_told_as_a_party_that_is_none_still_contradicts(check_store: Store) -> None:
    wrong = _check(check_store, "Britain, France and Egypt signed the North Atlantic Treaty on 4 April 1949.")
    assert [(c.verdict, c.claimed) for c in _claims(wrong, "agreement_parties")] == [
        ("contradicts", "parties include Kingdom of Egypt")]


def test_an_ending_told_by_a_common_noun_of_the_agreement_its_sentence_tells(check_store: Store) -> None:
    text = ("The four courts signed a convention on Portugal's civil war in May 1847. Fourteen years later Spain, "
            "France and Britain agreed in London on 31 October 1861 to seize Mexico's customs houses, and the "
            "convention was abrogated the next spring.")
    assert [(c.verdict, c.claimed) for c in _claims(_check(check_store, text), "ending")] == [
        ("consistent", "ATOP 1225: abrogated")]
    alone = ("The four courts signed a convention on Portugal's civil war in May 1847. The convention was abrogated "
             "the next spring.")
    assert [c.verdict for c in _claims(_check(check_store, alone), "ending")] == ["contradicts"]
