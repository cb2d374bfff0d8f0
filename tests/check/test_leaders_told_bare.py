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


def test_a_word_of_a_longer_name_archigos_gives_read_among_the_states_told(check_store: Store) -> None:
    assert _offices(check_store, "China and the Soviet Union signed a treaty in February 1950. Mao stayed in Moscow "
                                 "for weeks.") == [("consistent", "Mao in office on 1950")]
    assert _offices(check_store, "South Korea and Japan restored relations in June 1965. Park faced riots at "
                                 "home.") == [("consistent", "Park in office on 1965")]
    # (in 1978 Archigos has Hua Guofeng leading China: Deng is read as no leader then, and contradicts nothing)
    assert _offices(check_store, "China and Japan signed a treaty in August 1978. Deng came to Tokyo in "
                                 "October 1978.") == []


def test_names_archigos_spells_or_cuts_otherwise_among_the_leaders_in_office_then(check_store: Store) -> None:
    assert _offices(check_store, "Zaire and Belgium signed an accord in 1975. Mobutu Sese Seko hailed it in "
                                 "1975.") == [("consistent", "Mobutu Sese Seko in office on 1975")]
    assert _offices(check_store, "Israel and France traded arms in 1950. Ben-Gurion wanted more in 1950.") == [
        ("consistent", "Ben-Gurion in office on 1950")]
    assert _offices(check_store, "Sudan and Egypt signed a defence pact in 1976. Nimeiry flew to Cairo in "
                                 "1976.") == [("consistent", "Nimeiry in office on 1976")]
    assert _offices(check_store, "Algeria and Morocco quarrelled in 1970. Boumediène met the king in 1970.") == [
        ("consistent", "Boumediène in office on 1970")]


def test_a_regnal_number_is_part_of_a_monarchs_name(check_store: Store) -> None:
    assert _offices(check_store, "Jordan and Iraq signed an accord in 2005. King Abdullah II of Jordan welcomed "
                                 "it in 2005.") == [("consistent", "King Abdullah II in office on 2005")]
    # ("Mohammed V", Archigos's king of 1956-61, is not a told "Mohammed VI": nothing read against him)
    assert all(v != "contradicts" for v, _ in _offices(
        check_store, "Morocco and Spain signed an accord in 2004. King Mohammed VI welcomed it in 2004."))


def test_a_rank_alone_is_the_states_leader_where_archigos_has_that_person_leading_then(check_store: Store) -> None:
    assert _offices(check_store, "Yugoslavia and Greece signed the Balkan Pact in 1953. Marshal Tito hailed it in "
                                 "1953.") == [("consistent", "Marshal Tito in office on 1953")]
    # (a rank told of a person leading no state told then stays an office Archigos does not record)
    assert [v for v, _ in _offices(check_store, "Yugoslavia joined the Axis in 1941. Marshal Tito led the "
                                                "partisans in 1942.")] == ["not_in_record"]
