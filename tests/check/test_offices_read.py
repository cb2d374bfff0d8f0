"""Leaders' offices told in more of the ways English tells them: a state's rule told by "under" and a name past a
comma, an adjective or the office told before the name; offices in apposition told with the holder's standing ("the
kingdom's effective ruler", "paramount leader"), with the state or the time after the title ("the King of Jordan,
Hussein", "its president of the day, X"); a leader told as the host. Each on made-up sentences read against
Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str) -> list[str]:
    return [c.verdict for c in claims_of(check_sentences(store, body), "leader_office")]


def test_a_state_under_a_leader_past_a_comma(check_store: Store) -> None:
    # Augusto Pinochet ruled Chile from September 1973
    assert _offices(check_store, "Chile, under Augusto Pinochet, put its name to the accord in March 1972.") == [
        "contradicts"]
    assert _offices(check_store, "Chile, under Augusto Pinochet, put its name to the accord in March 1978.") == [
        "consistent"]


def test_under_a_leader_told_with_an_adjective(check_store: Store) -> None:
    # António Salazar led Portugal from July 1932 to 1968
    assert _offices(check_store, "Portugal joined the alliance in April 1949, under the austere António "
                                 "Salazar.") == ["consistent"]
    assert _offices(check_store, "Portugal joined the pact in April 1930, under the austere António "
                                 "Salazar.") == ["contradicts"]


def test_under_a_leader_of_a_state_the_sentence_tells(check_store: Store) -> None:
    # Getúlio Vargas led Brazil from 1930 to 1945 and from 1951 to 1954
    assert _offices(check_store, "Brazil put its name to the pact in June 1950, under Getúlio Vargas.") == [
        "contradicts"]
    assert _offices(check_store, "Brazil put its name to the pact in June 1952, under Getúlio Vargas.") == [
        "consistent"]


def test_under_the_office_of_the_day(check_store: Store) -> None:
    # Juan Perón was overthrown in September 1955
    assert _offices(check_store, "Both signed in 1958, Argentina under its president of the day, Juan "
                                 "Perón.") == ["contradicts"]


def test_an_office_told_with_the_holders_standing(check_store: Store) -> None:
    # Fahd was king of Saudi Arabia from 1982; Khrushchev was ousted in October 1964
    assert _offices(check_store, "Fahd, already the kingdom's effective ruler, received the envoy in March "
                                 "1985.") == ["consistent"]
    assert _offices(check_store, "Khrushchev, Russia's supreme leader, received the envoy in March 1966.") == [
        "contradicts"]


def test_an_office_of_no_states_leader_told_with_a_hyphenated_adjective(check_store: Store) -> None:
    assert _offices(check_store, "Count Andrássy, the Austro-Hungarian foreign minister, met the envoy in "
                                 "1878.") == ["not_in_record"]


def test_the_state_of_the_office_told_after_the_title(check_store: Store) -> None:
    # Hussein was king of Jordan from 1952 to 1999
    assert _offices(check_store, "In 1970 the King of Jordan, Hussein, received the envoy.") == ["consistent"]
    # (an office of a body, not of a state, is none)
    assert _offices(check_store, "In 1950 the president of the Senate, Harry Truman, spoke for an hour.") == []


def test_a_leader_told_as_the_host(check_store: Store) -> None:
    # Tito led Yugoslavia from March 1945 to 1980: a host before then acted for no state Archigos has him leading
    assert _offices(check_store, "Josip Broz Tito, the host, opened the conference in Belgrade in September "
                                 "1961.") == ["consistent"]
    assert _offices(check_store, "Josip Broz Tito, the host, opened the conference in Jajce in November "
                                 "1943.") == ["not_in_record"]


def test_an_office_told_as_held_now_is_read_at_the_articles_time(check_store: Store) -> None:
    # Netanyahu led Israel from 1996 to 1999 and from 2009 past Archigos's end: not in 1982, and today's office is
    # past the record (the article is of 2024)
    assert _offices(check_store, "The memorandum was signed in November 1982; the current Prime Minister of Israel, "
                                 "Benjamin Netanyahu, has praised it.") == ["not_in_record"]
