"""Leaders' offices told in more of the ways English tells them (issue 22kb): a state told as a person's ("Suharto's
Indonesia"), a surname Archigos gives whole to another state's leader, told beside the state of the one meant, and a
taking of power told in the past perfect ("who had taken power"); each on made-up sentences read against Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_sentences(store, body), "leader_office")]


def test_a_state_told_as_a_persons_tells_that_person_ruling_it(check_store: Store) -> None:
    # Suharto led Indonesia from 1967 to 1998, Ferdinand Marcos the Philippines from 1965 to 1986
    assert _offices(check_store, "The regional bloc split in 1979 over a quarrel between Suharto's Indonesia and "
                                 "Marcos's Philippines.") == [("Suharto in office on 1979", "consistent"),
                                                              ("Marcos in office on 1979", "consistent")]
    # (told at a time neither ruled: the possessive tells an act of no dated office, never a contradiction)
    assert _offices(check_store, "The regional bloc split in 1999 over a quarrel between Suharto's Indonesia and "
                                 "Marcos's Philippines.") == []


def test_a_which_clause_the_leader_is_the_subject_of_dates_the_rule(check_store: Store) -> None:
    # Antonio Salazar led Portugal from July 1932 to September 1968
    assert _offices(check_store, "Historians still argue over Salazar's Portugal, which he governed from 1932 until "
                                 "his stroke.") == [("Salazar in office on 1932", "consistent")]


def test_a_surname_another_states_leader_bears_whole_is_the_one_of_the_state_told(check_store: Store) -> None:
    # Archigos calls a Dominican president of 1903-1905 "Morales", and Evo Morales (Bolivia, from 2006) "Juan Morales"
    assert _offices(check_store, "In May 2011 Morales said that Bolivia would not sign the new protocol.") == [
        ("Morales in office on 2011-05", "consistent")]


def test_a_taking_of_power_told_in_the_past_perfect_is_read_against_the_spells_start(check_store: Store) -> None:
    # Augusto Pinochet took power in Chile in September 1973
    assert _offices(check_store, "Chile signed in 1978, when Augusto Pinochet, who had taken power in September "
                                 "1973, wanted friends abroad.") == [("Augusto Pinochet on 1973-09", "consistent")]
    assert [v for _, v in _offices(check_store, "Chile signed in 1978, when Augusto Pinochet, who had taken power "
                                                "in September 1975, wanted friends abroad.")] == ["contradicts"]


def test_a_surname_archigos_gives_only_with_given_names_is_the_one_of_the_state_told(check_store: Store) -> None:
    # Archigos calls Maaouya Ould Taya, Mauritania's ruler from December 1984 to August 2005, "Sidi Ahmed Taya"
    assert _offices(check_store, "The pact was first signed in 1982. Taya put his name to the renewal for "
                                 "Mauritania.") == [("Taya in office about 1982", "consistent")]
