"""Leaders' offices told in more of the ways English tells them (issue 22nc): an office held "since" a date told in
the present perfect ("has been Egypt's president since"), a state told led or governed by someone ("Britain, then led
by ...", "the republic was led by ..."), and a leader told leading a state with an adverb between or the state told
as "the country" ("who then led China", "had been running the country since"), and a sentence opened by "Under" and
a leader ("Under Tito, Yugoslavia left"); each on made-up sentences read against Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str, published: str = "2024-12-01") -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_sentences(store, body, published), "leader_office")]


def test_an_office_held_since_a_date_in_the_present_perfect(check_store: Store) -> None:
    # Hosni Mubarak was Egypt's president from October 1981 to February 2011
    assert [v for _, v in _offices(check_store, "Hosni Mubarak has been Egypt's president since 1981, and the "
                                                "peace holds.", "2005-06-01")] == ["consistent"]
    assert [v for _, v in _offices(check_store, "Hosni Mubarak, who has been president of Egypt since 1987, "
                                                "praised the accord.", "2005-06-01")] == ["contradicts"]
    # (a leader who took office after Archigos ends: not in the record, never passed over)
    assert [v for _, v in _offices(check_store, "Gabriel Boric has been Chile's president since March 2022.")] == [
        "not_in_record"]


def test_a_state_told_led_by_someone(check_store: Store) -> None:
    # Harold Wilson led Britain from 1964 to 1970; Edward Heath from 1970 to 1974
    assert [v for _, v in _offices(check_store, "Britain, then led by Harold Wilson, refused to send troops in "
                                                "1967.")] == ["consistent"]
    assert [v for _, v in _offices(check_store, "Britain, governed by Harold Wilson at the time, refused to send "
                                                "troops in 1972.")] == ["contradicts"]
    # (the state told by what it is: "the kingdom was then led by")
    assert [v for _, v in _offices(check_store, "In 1967 the kingdom was then led by Harold Wilson.")] == [
        "consistent"]
    # (an army or a delegation led by someone tells no state's leadership)
    assert not _offices(check_store, "In 1967 an army led by Harold Wilson crossed the river.")


def test_a_state_told_led_by_one_with_an_adverb_or_as_the_country(check_store: Store) -> None:
    # Leonid Brezhnev led the Soviet Union from 1964 to 1982
    assert [v for _, v in _offices(check_store, "Leonid Brezhnev, who then led the Soviet Union, flew to Bonn in "
                                                "1973.")] == ["consistent"]
    assert [v for _, v in _offices(check_store, "Leonid Brezhnev, who then led the Soviet Union, flew to Bonn in "
                                                "1962.")] == ["contradicts"]
    assert [v for _, v in _offices(check_store, "In 1975 Leonid Brezhnev had been running the country for a "
                                                "decade.")] == ["consistent"]


def test_a_sentence_opened_by_under_and_a_leader(check_store: Store) -> None:
    # Leonid Brezhnev led the Soviet Union from 1964 to 1982
    assert [v for _, v in _offices(check_store, "Under Brezhnev, the Soviet Union signed the treaty in 1970.")] == [
        "consistent"]
    assert [v for _, v in _offices(check_store, "The talks dragged on. Under Brezhnev, the Soviet Union signed the "
                                                "treaty in 1962.")] == ["contradicts"]
    # (an article of a treaty is no one's rule)
    assert not _offices(check_store, "Under Article 5, the Soviet Union asked for help in 1970.")
