"""Leaders' offices told in more of the ways English tells them (issue 22pe): the office after "as" in apposition,
the office told first and its holder after "was", staying in office until a date, being back in office when something
happened; each on made-up sentences read against Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_sentences(store, body), "leader_office")]


def test_an_office_told_after_as_is_read_at_the_sentences_date(check_store: Store) -> None:
    # Harold Wilson was Britain's prime minister from 1964 to 1970 and again from 1974 to 1976
    assert [v for _, v in _offices(check_store, "Harold Wilson, as prime minister, flew to Moscow in 1966 for "
                                                "talks on the war in Vietnam.")] == ["consistent"]
    assert [v for _, v in _offices(check_store, "Harold Wilson, as prime minister, flew to Moscow in 1972 for "
                                                "talks on the war in Vietnam.")] == ["contradicts"]
    # (told with the state: "as Britain's prime minister"; and in a relative clause: "who as prime minister")
    assert [v for _, v in _offices(check_store, "Harold Wilson, as Britain's prime minister, flew to Moscow in "
                                                "1972.")] == ["contradicts"]
    assert [v for _, v in _offices(check_store, "Harold Wilson, who as prime minister flew to Moscow in 1966, "
                                                "never trusted the Kremlin.")] == ["consistent"]


def test_an_office_told_after_as_later_than_archigos_is_not_in_the_record(check_store: Store) -> None:
    assert [v for _, v in _offices(check_store, "Emmanuel Macron, as president, went to Beijing in 2019 with a "
                                                "large trade delegation.")] == ["not_in_record"]


def test_an_office_told_first_and_its_holder_after_was(check_store: Store) -> None:
    # Edward Heath left office in March 1974; in June 1975 Harold Wilson was prime minister
    assert _offices(check_store, "Britain held its referendum on 5 June 1975. Britain's prime minister that June "
                                 "was Edward Heath.") == [("Edward Heath in office on 1975-06", "contradicts")]
    assert _offices(check_store, "Britain held its referendum on 5 June 1975. Britain's prime minister that June "
                                 "was Harold Wilson.") == [("Harold Wilson in office on 1975-06", "consistent")]


def test_that_month_before_was_is_a_date_only_after_a_noun(check_store: Store) -> None:
    result = check_sentences(check_store, "The talks opened on 3 March 1975. The mood that April was grim.")
    assert [(m.text, m.value) for m in result.mentions if m.kind == "date" and m.text == "that April"] == [
        ("that April", "1975-04")]
    result = check_sentences(check_store, "The talks opened on 3 March 1975. Everyone said that April was too late.")
    assert not [m for m in result.mentions if m.kind == "date" and m.text == "that April"]


def test_staying_in_office_until_a_date_is_read_against_the_spells_end(check_store: Store) -> None:
    # Konrad Adenauer was West Germany's chancellor until October 1963
    assert [v for _, v in _offices(check_store, "West Germany joined NATO in 1955. Konrad Adenauer, for his part, "
                                                "stayed in office until 1963.")] == ["consistent"]
    assert [v for _, v in _offices(check_store, "West Germany joined NATO in 1955. Konrad Adenauer, for his part, "
                                                "stayed in office until 1961.")] == ["contradicts"]


def test_being_back_in_office_when_something_happened(check_store: Store) -> None:
    # Winston Churchill returned as prime minister in October 1951; Harold Wilson in March 1974
    assert [v for _, v in _offices(check_store, "Winston Churchill was back in office by the time the Brussels "
                                                "treaty was signed in March 1948.")] == ["contradicts"]
    assert [v for _, v in _offices(check_store, "Harold Wilson was back in office by the time Britain voted in "
                                                "June 1975.")] == ["consistent"]
    # (in office "until" is a leaving, not a holding)
    assert [v for _, v in _offices(check_store, "West Germany joined NATO in 1955. Konrad Adenauer remained in "
                                                "office until 1963.")] == ["consistent"]


def test_an_office_told_as_is_dated_by_what_the_leader_does(check_store: Store) -> None:
    # the sentence's first date is the renewal's; the office's is the flight's
    assert _offices(check_store, "In 1962 the two states renewed their pact, and Harold Wilson, who as prime "
                                 "minister flew to Moscow in 1966, was pleased.") == [
        ("Harold Wilson, who as prime minister in office on 1966", "consistent")]


def test_an_office_told_then_is_read_at_the_date_its_sentence_told_before_it(check_store: Store) -> None:
    # James Callaghan became prime minister in April 1976; Edward Heath had left office in March 1974
    assert [v for _, v in _offices(check_store, "The talks ended on 4 March 1975; James Callaghan, then prime "
                                                "minister, was tired.")] == ["contradicts"]
    assert [v for _, v in _offices(check_store, "The talks ended on 4 March 1977; James Callaghan, then prime "
                                                "minister, was tired.")] == ["consistent"]
    assert [v for _, v in _offices(check_store, "Britain voted on 5 June 1975; Britain's prime minister then was "
                                                "Edward Heath.")] == ["contradicts"]
    # (a date of the sentence before, in its paragraph, is "then" too; one of the paragraph before is not: told at
    # none of its own there, the office stays lenient)
    assert [v for _, v in _offices(check_store, "The talks ended on 4 March 1975. James Callaghan, then prime "
                                                "minister, was tired.")] == ["contradicts"]
    assert [v for _, v in _offices(check_store, "The talks ended on 4 March 1975.\n\nJames Callaghan, then prime "
                                                "minister, was tired.")] == ["consistent"]


def test_a_leader_in_office_when_archigos_ends_told_acting_later_is_not_in_the_record(check_store: Store) -> None:
    assert _offices(check_store, "Japan and the Philippines met in 2017. Shinzo Abe visited Manila in January "
                                 "2017.") == [("Shinzo Abe in office on 2017-01", "not_in_record")]
    assert _offices(check_store, "Japan and the Philippines met in 2014. Shinzo Abe visited Manila in June "
                                 "2014.") == [("Shinzo Abe in office on 2014-06", "consistent")]
