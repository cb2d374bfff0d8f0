"""Leaders told leaving office (issue 22, round 40): the verbs of a leaving read as one class, whoever is told leaving
(a name, a pronoun) and in the past perfect too ("had died", "had been deposed", "was pushed out of office", "fled");
and a pronoun standing for a leader the backstop found by name alone ("In Accra, Nkrumah ... He was overthrown").
Made-up sentences; the record is the shipped ledgers' and Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "leader_office")]


def test_a_leaving_told_in_the_past_perfect_is_read_against_the_spells_end(check_store: Store) -> None:
    assert _offices(check_store, "Uganda and Kenya renewed the customs union in 1967. Milton Obote had been deposed "
                                 "in January 1971.") == [("consistent", "Milton Obote on 1971-01")]
    assert _offices(check_store, "Zaire and Angola signed a border pact in 1978. Mobutu Sese Seko had fled Kinshasa "
                                 "on 16 May 1997.") == [("consistent", "Mobutu Sese Seko on 1997-05-16")]


def test_a_leaving_told_by_a_pronoun_is_read_against_the_spells_end(check_store: Store) -> None:
    assert _offices(check_store, "Egypt and Syria formed the union in 1958. Gamal Abdel Nasser, Egypt's president, "
                                 "backed it. He died on 28 September 1970.") == [
        ("consistent", "Gamal Abdel Nasser, Egypt's president in office on 1958"),
        ("consistent", "He (Nasser) on 1970-09-28")]
    assert _offices(check_store, "Ghana and Guinea formed a union in 1958. Kwame Nkrumah, Ghana's president, "
                                 "championed it. He was driven from power on 24 February 1966.") == [
        ("consistent", "Kwame Nkrumah, Ghana's president in office on 1958"),
        ("consistent", "He (Nkrumah) on 1966-02-24")]


def test_a_pronouns_leaving_at_another_date_contradicts_nothing(check_store: Store) -> None:
    assert _offices(check_store, "Egypt and Syria formed the union in 1958. Gamal Abdel Nasser, Egypt's president, "
                                 "backed it. He died on 28 September 1975.") == [
        ("consistent", "Gamal Abdel Nasser, Egypt's president in office on 1958")]


def test_a_pronoun_stands_for_a_leader_found_by_name_alone(check_store: Store) -> None:
    assert _offices(check_store, "Ghana and Guinea formed a union in 1958. In Accra, Nkrumah liked the idea. He was "
                                 "overthrown on 24 February 1966.") == [
        ("consistent", "Nkrumah in office on 1958"), ("consistent", "He (Nkrumah) on 1966-02-24")]
    assert _offices(check_store, "Uganda and Kenya renewed the customs union in 1967. In Kampala, Obote kept faith "
                                 "with it. He was deposed in January 1971.") == [
        ("consistent", "Obote in office on 1967"), ("consistent", "He (Obote) on 1971-01")]
