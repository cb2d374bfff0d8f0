"""Leaders told by name alone, with nothing of an office, in a sentence telling none of the states they led (issue
22sl): read where the article tells such a state and Archigos has them in office at the sentence's date, or at the
year the article last told; a surname Archigos gives several leaders told apart by its initial. Sentences made up."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "leader_office")]


def test_a_leader_of_a_state_the_article_told_before_at_the_sentences_date(check_store: Store) -> None:
    assert _offices(check_store, "Washington and Beijing issued a joint communique. In 1972 Nixon flew to Beijing.") \
        == [("consistent", "Nixon in office on 1972")]
    assert _offices(check_store, "Britain and the United States renewed the arrangement. It was extended in 1961 "
                                 "by Kennedy and Macmillan.") == [
        ("consistent", "Kennedy in office on 1961"), ("consistent", "Macmillan in office on 1961")]


def test_a_leader_told_at_no_date_is_read_at_the_year_the_article_last_told(check_store: Store) -> None:
    assert _offices(check_store, "Argentina and Chile settled the Beagle dispute in 1984. Raul Alfonsin put the "
                                 "settlement to a referendum.") == [("consistent", "Raul Alfonsin in office on 1984")]
    assert _offices(check_store, "The Soviet Union and Germany signed a pact in August 1939. Stalin approved "
                                 "it.") == [("consistent", "Stalin in office on 1939")]


def test_no_claim_where_the_person_is_out_of_office_or_told_as_holding_another(check_store: Store) -> None:
    # (out of office at the year told: no leadership read, no contradiction either)
    assert _offices(check_store, "Britain and France signed the accord in 1950. Churchill attacked it.") == []
    assert _offices(check_store, "Persia and Turkey signed a treaty in April 1926. Earlier, Ismet Inonu, then "
                                 "commander of the western front, had held the line.") == []
    # (no state the person led told anywhere in the article)
    assert _offices(check_store, "Chile and Peru signed the accord in 1961. Kennedy praised it.") == []


def test_a_surname_archigos_gives_several_leaders_is_told_apart_by_the_given_names_initial(
        check_store: Store) -> None:
    assert _offices(check_store, "India and Bangladesh signed a treaty in March 1972. Indira Gandhi flew to "
                                 "Dhaka.") == [("consistent", "Indira Gandhi in office on 1972")]
    assert _offices(check_store, "India and Sri Lanka signed an accord in July 1987. Rajiv Gandhi flew to "
                                 "Colombo.") == [("consistent", "Rajiv Gandhi in office on 1987")]
