"""Leaders' offices told by what the person does in them (issue 22x), on made-up sentences read against the Archigos
table shipped with foedus: ruling a state told beside them ("Franco ruled in Madrid", "Portugal under Salazar",
"Perón, Argentina's leader"), heading its government ("Adenauer's government", "the cabinet was headed by"), sitting
in its seat ("Truman was in the White House"), taking office on a date (read against the spell's start) and leaving
it (against its end), with names written family name first or with letters Unicode does not decompose."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims
from tests.check.sentences import leaders_in as _leaders


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "leader_office")]


def test_a_leader_told_ruling_the_state_told_beside_them(check_store: Store) -> None:
    text = ("In 1960 Francisco Franco ruled in Madrid, Portugal under António Salazar stayed neutral, and Tito, "
            "who ran Yugoslavia then, kept away.")
    assert _leaders(check_store, text) == [("Francisco Franco", "ruled"), ("António Salazar", "under"),
                                           ("Tito", "ran")]
    assert [v for v, _ in _offices(check_store, text)] == ["consistent", "consistent", "consistent"]
    # the state told is the one ruled: Nkrumah led Ghana, not Chile, in 1960
    assert [v for v, _ in _offices(check_store, "In 1960 Kwame Nkrumah ruled in Santiago.")] == ["not_in_record"]


def test_a_leader_told_by_the_state_s_leadership_in_apposition(check_store: Store) -> None:
    assert _offices(check_store, "Juan Perón, Argentina's leader since June 1946, wrote to Madrid in 1950.") == [
        ("consistent", "Juan Perón in office on 1946-06")]
    assert _leaders(check_store, "Nicolae Ceausescu, the Romanian leader, flew to Beijing.") == [
        ("Nicolae Ceausescu", "leader")]
    assert _leaders(check_store, "Yasser Arafat, the guerrilla leader, flew to Cairo.") == []


def test_a_leader_told_by_the_government_they_head(check_store: Store) -> None:
    assert _offices(check_store, "In 1955 Konrad Adenauer's government joined NATO.") == [
        ("consistent", "Konrad Adenauer in office on 1955")]
    assert _offices(check_store, "In 1962 Ghana's government was headed in practice by Kwame Nkrumah.") == [
        ("consistent", "government was headed in practice by Kwame Nkrumah in office on 1962")]
    assert [v for v, _ in _offices(check_store, "In 1965 Augusto Pinochet led the junta in Santiago.")] == [
        "contradicts"]


def test_a_leader_told_by_the_seat_of_the_office(check_store: Store) -> None:
    text = "In 1950 Harry Truman was in the White House and Clement Attlee was in Downing Street."
    assert [v for v, _ in _offices(check_store, text)] == ["consistent", "consistent"]
    assert [v for v, _ in _offices(check_store, "In 1940 Harry Truman was in the White House.")] == ["contradicts"]


def test_taking_office_is_read_against_the_start_of_the_spell(check_store: Store) -> None:
    assert _offices(check_store, "After Augusto Pinochet took power on 11 September 1973, Chile changed.") == [
        ("consistent", "Augusto Pinochet on 1973-09-11")]
    assert _offices(check_store, "Fidel Castro took power in Cuba on 1 January 1959.") == [
        ("within_tolerance", "Fidel Castro on 1959-01-01")]
    assert _offices(check_store, "Todor Zhivkov was installed by the party on 16 April 1956.") == [
        ("consistent", "Todor Zhivkov on 1956-04-16")]


def test_leaving_office_is_read_against_the_end_of_the_spell(check_store: Store) -> None:
    assert _offices(check_store, "Kwame Nkrumah was overthrown on 24 February 1966 in Ghana.") == [
        ("consistent", "Kwame Nkrumah on 1966-02-24")]
    assert _offices(check_store, "Josip Broz Tito died in May 1980, and Yugoslavia mourned.") == [
        ("consistent", "Josip Broz Tito on 1980-05")]
    # a death the record does not date as a leaving of office, or a pronoun, is no claim
    assert _offices(check_store, "Clement Attlee died in October 1967 in London.") == []
    assert _leaders(check_store, "He stepped down in 1965.") == []


def test_an_office_years_from_every_spell_is_not_one_archigos_records(check_store: Store) -> None:
    # Nkrumah led Ghana until 1966: told its president in 1980, he held some other office, not one told wrongly
    assert [v for v, _ in _offices(check_store, "Ghana signed in 1980, when Kwame Nkrumah was Ghana's president.")] == [
        "not_in_record"]
    # a year off the spell, or years before it, is a contradiction still
    for year in (1967, 1940):
        assert [v for v, _ in _offices(check_store, f"Ghana signed in {year}, when Kwame Nkrumah was Ghana's "
                                                    "president.")] == ["contradicts"]


def test_names_written_otherwise_than_archigos_writes_them(check_store: Store) -> None:
    # family name first ("Tojo Hideki"), a letter Unicode does not decompose ("Gomułka"), a trailing "Shah"
    assert [v for v, _ in _offices(check_store, "In 1942 Tojo Hideki was Japan's prime minister.")] == ["consistent"]
    assert [v for v, _ in _offices(check_store, "In 1960 Władysław Gomułka ruled in Warsaw.")] == ["consistent"]
    assert [v for v, _ in _offices(check_store, "In 1960 Mohammad Reza Shah ruled in Tehran.")] == ["consistent"]


def test_a_leader_in_a_when_clause_is_read_at_the_date_it_hangs_on(check_store: Store) -> None:
    text = "Chile signed in March 1970 and Argentina in October 1974, when Augusto Pinochet ruled in Santiago."
    assert [v for v, _ in _offices(check_store, text)] == ["consistent"]


def test_a_regnal_number_is_part_of_the_name(check_store: Store) -> None:
    # Archigos holds Sweden's Oscar II, not Oscar I: "King Oscar I" is no one it holds, however alike the names
    assert [v for v, _ in _offices(check_store, "In 1850 King Oscar I of Sweden reviewed the fleet.")] == [
        "not_in_record"]
    assert [v for v, _ in _offices(check_store, "In 1900 King Carol I of Romania reviewed the fleet.")] == [
        "consistent"]


def test_a_record_of_the_very_day_told_in_its_words_whatever_states_are_named(check_store: Store) -> None:
    # "the Bolsheviks", "Petrograd": no state's name the checker reads, but the record of that day in its words
    found = _claims(_check(check_store, "Paris and Tokyo watched as the Bolsheviks took power in Petrograd on 7 "
                                        "November 1917."), "event_date")
    assert [(c.verdict, c.record_value) for c in found] == [("consistent", "statement on 1917-11-07")]
    # a day later, found by no state of the sentence, it is not that record
    later = _claims(_check(check_store, "Paris and Tokyo watched as the Bolsheviks took power in Petrograd on 9 "
                                        "November 1917."), "event_date")
    assert [c.verdict for c in later] == ["not_in_record"]


def test_an_office_told_since_a_date_is_read_against_the_start_of_the_spell(check_store: Store) -> None:
    # Pinochet led Chile from September 1973: in office in 1974, but not "since" then
    assert _offices(check_store, "Augusto Pinochet, Chile's ruler from 1974, met Stroessner in 1976.") == [
        ("contradicts", "Augusto Pinochet, Chile's ruler in office since 1974")]
    assert [v for v, _ in _offices(check_store, "Augusto Pinochet, Chile's ruler since 1973, met him in 1976.")] == [
        "consistent"]
    # a successor told taking office in a relative clause is read at that date, not the sentence's first
    text = ("Kwame Nkrumah was overthrown on 24 February 1966 and his rival, General Joseph Ankrah, who took power on "
            "24 February 1966, ruled for three years.")
    assert [v for v, _ in _offices(check_store, text)] == ["consistent", "consistent"]


def test_a_name_with_more_words_than_archigos_gives(check_store: Store) -> None:
    # Archigos writes "Mohammad Reza" and "Zogu": the name written holds Archigos's words, or its surname is alike
    assert [v for v, _ in _offices(check_store, "In 1960 Iran's shah, Mohammad Reza Pahlavi, flew to Ankara.")] == [
        "consistent"]
    assert [v for v, _ in _offices(check_store, "In 1930 King Zog I of Albania signed.")] == ["consistent"]



def test_an_office_told_by_a_pronoun_is_the_leader_named_before(check_store: Store) -> None:
    def by_pronoun(body: str) -> list[tuple[str, str]]:
        return [(v, c) for v, c in _offices(check_store, body) if c.startswith("he ")]

    text = "Kwame Nkrumah, Ghana's president, wrote books. In the end he was overthrown on 24 February 1966, in Ghana."
    assert by_pronoun(text) == [("consistent", "he (Nkrumah) on 1966-02-24")]  # (the name Archigos links)
    # the pronoun may stand for someone else: where the record disagrees, no contradiction rests on it
    assert by_pronoun(text.replace("24 February 1966", "20 June 1970")) == []
    # with no leader named before it, a pronoun is no one
    assert by_pronoun("Kwame Nkrumah wrote books. In the end he was overthrown on 24 February 1966, in Ghana.") == []


def test_a_general_leading_a_state_s_troops_is_no_leader_of_it(check_store: Store) -> None:
    text = ("In 1916 Paul von Hindenburg led Germany's armies against the Russians, and John Pershing led American "
            "troops into Mexico.")
    assert _leaders(check_store, text) == []
