"""Leaders told as a state's leader (issue 22ua): an office told with the state after it ("Prime Minister of
Canada"), each on made-up sentences read against Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def test_prime_minister_of_a_state_is_the_head_of_government(check_store: Store) -> None:
    result = check_sentences(check_store, "The talks of 1962 went nowhere, at a time when Harold Macmillan was "
                                          "Prime Minister of Britain.")
    offices = claims_of(result, "leader_office")
    assert [c.verdict for c in offices] == ["consistent"]
    assert "macmillan" in offices[0].record_value.casefold()


def test_prime_minister_of_a_state_out_of_office_then_contradicts(check_store: Store) -> None:
    result = check_sentences(check_store, "The canal was nationalised in 1956, when Clement Attlee was Prime "
                                          "Minister of Britain.")
    assert [c.verdict for c in claims_of(result, "leader_office")] == ["contradicts"]


def test_an_arabic_family_name_is_read_whichever_way_its_article_is_written(check_store: Store) -> None:
    # Archigos writes the emir of 1978-2006 "Jabir As-Sabah" and a later emir "Sheikh Sabah Al Ahmad Al Jabir Al
    # Sabah": "al-Sabah" is the family name of both, and the one in office then is the one told
    result = check_sentences(check_store, "When the invasion came in August 1990, Sheikh Jaber al-Ahmad al-Sabah, "
                                          "who had ruled Kuwait since 1978, fled south across the border.")
    offices = claims_of(result, "leader_office")
    assert [c.verdict for c in offices] == ["consistent"]
    assert "Jabir As-Sabah" in offices[0].record_value


def test_a_surname_that_is_also_a_state_name_is_the_person_after_a_given_name(check_store: Store) -> None:
    # Archigos names New Zealand's prime minister of 1949-1957 "Holland": after his given name the word is his
    result = check_sentences(check_store, "Wellington was cautious in 1953: Sidney Holland was prime minister and "
                                          "wanted London's blessing first.")
    offices = claims_of(result, "leader_office")
    assert [c.verdict for c in offices] == ["consistent"]
    assert "COW 920" in offices[0].record_value
    assert not any(m.kind == "state" and m.text == "Holland" for m in result.mentions)
    # (after a word of place, not a given name, it stays the state)
    result = check_sentences(check_store, "The army crossed into Holland in May 1940, and Occupied Holland waited "
                                          "five years.")
    assert [m.target for m in result.mentions if m.text == "Holland"] == ["state:210", "state:210"]


def test_a_given_name_told_with_the_title_after_it_is_the_ruler_then(check_store: Store) -> None:
    # "Reza Shah" is Archigos's "Reza Khan" (1921-1941), not his son "Mohammad Reza": the title after the name is no
    # part of it, and the one of the two in office at the date told is the one meant
    result = check_sentences(check_store, "In 1938 Iran opened its first railway across the mountains, and Reza Shah "
                                          "rode the first train to the Caspian.")
    offices = claims_of(result, "leader_office")
    assert [c.verdict for c in offices] == ["consistent"]
    assert "Reza Khan" in offices[0].record_value
