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
