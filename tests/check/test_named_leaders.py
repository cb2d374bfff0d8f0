"""The backstop for leaders named as Archigos names them that no pattern of office reads (issue 22, round 10): a
person told taking power, holding an office after a verb other than "was", ruling a state in a relative clause past
an apposition, or in the capital of a state they led, and one told with nothing of an office, read only where the
record has them leading then. Sentences made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims
from tests.check.sentences import leaders_in as _leaders


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "leader_office")]


def test_a_leader_told_taking_holding_or_leaving_power_by_a_verb_of_no_pattern(check_store: Store) -> None:
    text = ("Juan Perón returned to power in October 1973, and Argentina signed. Josip Broz Tito remained president "
            "of Yugoslavia until 1980. Miklós Horthy governed as regent of Hungary in 1935. Nasser took over in "
            "Cairo in 1954.")
    assert _leaders(check_store, text) == [
        ("Juan Perón", "took office"), ("Josip Broz Tito", "remained in power until"), ("Miklós Horthy", "regent"),
        ("Nasser", "took office")]
    assert _offices(check_store, text) == [
        ("consistent", "Juan Perón on 1973-10"), ("consistent", "Josip Broz Tito on 1980"),
        ("consistent", "Miklós Horthy in office on 1935"), ("consistent", "Nasser on 1954")]


def test_a_leader_ruling_a_state_told_past_an_apposition(check_store: Store) -> None:
    text = "Saddam Hussein, Qusay Hussein's father, who ruled Iraq from 1979, signed in 1980."
    assert ("Saddam Hussein", "ruled") in _leaders(check_store, text)
    assert ("consistent", "Saddam Hussein in office on 1979") in _offices(check_store, text)


def test_a_leader_in_the_capital_of_a_state_they_led_and_not_of_another(check_store: Store) -> None:
    text = ("In 1962 the treaty was signed with Nikita Khrushchev in the Kremlin. Jawaharlal Nehru in New Delhi "
            "welcomed the treaty in 1955. In 1972 Richard Nixon in Moscow signed the treaty.")
    assert _leaders(check_store, text) == [("Nikita Khrushchev", "in the capital"),
                                           ("Jawaharlal Nehru", "in the capital")]
    assert _offices(check_store, text) == [("consistent", "Nikita Khrushchev in office on 1962"),
                                           ("consistent", "Jawaharlal Nehru in office on 1955")]


def test_a_leader_told_with_nothing_of_an_office_is_read_only_where_in_office_then(check_store: Store) -> None:
    assert _offices(check_store, "In July 1956 Gamal Abdel Nasser nationalised the canal company of Egypt.") == [
        ("consistent", "Gamal Abdel Nasser in office on 1956-07")]
    # years before taking office: told of something else, no claim (and never a contradiction)
    assert _offices(check_store, "In 1950 Gamal Abdel Nasser taught at Egypt's staff college.") == []


def test_a_name_that_is_no_leader_of_the_state_told_then_nor_a_possessive_is_none(check_store: Store) -> None:
    # (a surname Archigos holds of a state's leader, told with another given name when that leader was out of office)
    assert _leaders(check_store, "In 1975 Rosalynn Carter spoke for the United States.") == []
    assert _leaders(check_store, "In 1941 Hitler's armies entered Greece.") == []
    assert _leaders(check_store, "In 1936 Benito Juárez Avenue was renamed in Mexico.") == []


def test_a_person_told_in_an_office_of_no_state_leader_is_not_in_the_record(check_store: Store) -> None:
    text = ("Dmitry Peskov, the Kremlin spokesman, said on 3 May 2021 that nothing had changed. On 4 June 2018 "
            "Chile's finance minister, Felipe Larraín, met his Argentine counterpart. Defence Secretary Robert "
            "McNamara flew to Saigon in 1962. Vice President Richard Nixon visited Caracas in May 1958.")
    assert [how for _, how in _leaders(check_store, text)] == [
        "spokesman", "finance minister", "Defence Secretary", "Vice President"]
    # (Nixon led the United States from 1969: a vice president's office is none Archigos records, no contradiction)
    assert [verdict for verdict, _ in _offices(check_store, text)] == ["not_in_record"] * 4
