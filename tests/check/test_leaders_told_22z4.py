"""Leaders told in forms the checker read no office in before (issue 22, sixth round), each on made-up sentences:
names opening with initials, "whose president was", "the government of", two leaders told by one plural office,
"ruled until" a date, "was once again X's president" with a state of two words, interim offices, and the verdicts an
office gets where Archigos has the name only decades later, or where the only date is another thing's (the record is
the shipped ledgers' and Archigos; no leaders are imported)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _offices(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "leader_office")]


def test_a_name_opening_with_initials(check_store: Store) -> None:
    assert _offices(check_store, "Prime Minister P. V. Narasimha Rao flew to Tokyo in May 1992 for talks.") == [
        ("consistent", "Prime Minister P. V. Narasimha Rao in office on 1992-05")]
    # (not "U.S.": no person's initials)
    assert not _offices(check_store, "The U.S. Navy sailed to Manila in March 1950.")


def test_a_leader_told_by_the_office_of_a_state_before_or_by_the_government_they_head(check_store: Store) -> None:
    assert _offices(check_store, "Ghana, whose president was Kwame Nkrumah, joined the union in 1961.") == [
        ("consistent", "Kwame Nkrumah in office on 1961")]
    assert _offices(check_store, "In March 1964 the government of Joao Goulart in Brazil was overthrown.") == [
        ("consistent", "Joao Goulart in office on 1964-03")]
    assert not _offices(check_store, "In 1962 the government of Ghana recalled its envoy from Lome.")


def test_two_leaders_told_by_one_plural_office(check_store: Store) -> None:
    claims = _offices(check_store, "The accord was signed in Delhi in 1960 by Prime Ministers Nehru and Zhou Enlai.")
    assert [c[1] for c in claims] == ["Nehru in office on 1960", "Zhou Enlai in office on 1960"]
    assert claims[0][0] == "consistent"
    ministers = _offices(check_store, "Anthony Eden and Vyacheslav Molotov, the two foreign ministers, met in "
                                      "Geneva in May 1954.")
    assert [c[0] for c in ministers] == ["not_in_record", "not_in_record"]


def test_ruling_until_a_date_is_read_against_the_end_of_the_spell(check_store: Store) -> None:
    # (Archigos ends Sukarno's rule on 12 March 1966)
    text = "Sukarno ruled until March 1966, when the army took power in Indonesia."
    assert _offices(check_store, text)[0] == ("consistent", "Sukarno on 1966-03")
    wrong = "Sukarno ruled until March 1968, when the army took power in Indonesia."
    assert _offices(check_store, wrong)[0] == ("contradicts", "Sukarno on 1968-03")


def test_again_and_a_state_of_two_words_and_an_interim_office(check_store: Store) -> None:
    # (Archigos has Belaunde leading Peru in 1963-68 and 1980-85: years away from 1993, another office)
    assert [c[0] for c in _offices(check_store, "By 1993 Fernando Belaunde was once again Peru's president.")] == [
        "not_in_record"]
    assert _offices(check_store, "In 1982 Fernando Belaunde was once again Peru's president.") == [
        ("consistent", "Fernando Belaunde was once again Peru's president in office on 1982")]
    assert _offices(check_store, "In 1975 Alfonso Lopez Michelsen was then Colombia's president.") == [
        ("consistent", "Alfonso Lopez Michelsen was then Colombia's president in office on 1975")]
    assert _offices(check_store, "In 1995 Nelson Mandela was South Africa's president.") == [
        ("consistent", "Nelson Mandela was South Africa's president in office on 1995")]
    assert _offices(check_store, "In 1992 Amos Sawyer, the interim president in Monrovia, asked Nigeria for help.") \
        == [("consistent", "Amos Sawyer, the interim president in office on 1992")]


def test_an_office_told_decades_before_every_spell_of_the_name(check_store: Store) -> None:
    # (Archigos's only Koirala spells start in 1991: a man so called in 1959 is another, or held another office)
    assert [c[0] for c in _offices(check_store, "In 1959 B. P. Koirala, Nepal's prime minister, went to Peking.")] \
        == ["not_in_record"]


def test_a_date_told_in_a_which_clause_is_not_the_office_s(check_store: Store) -> None:
    text = ("President Moi of Kenya still holds the capital, which Ugandan rebels first threatened in June 1969, "
            "and the coast.")
    assert [c[0] for c in _offices(check_store, text)] != ["contradicts"]

