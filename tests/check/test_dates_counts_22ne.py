"""Dates and counts of agreements told in words the checker once missed (issue 22, round 22Ne), on made-up
sentences: an end the record's coders are told to date by closing the agreement's file; an anniversary told in the
present without "ago" ("it is 110 years to the day since ...", "turns seventy today", "its seventieth anniversary
today"), the article's day so many years back, read as the date of the signing or the end it is told of."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check

_BLED = "Greece, Turkey and Yugoslavia signed a pact at Bled on 9 August 1954."


def _dated(check_store: Store, text: str, words: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value) for c in _check(check_store, text).claims
            if words in c.text and c.kind in {"agreement_date", "event_date"}]


def test_a_file_the_coders_close_is_the_agreement_s_end(check_store: Store) -> None:
    assert _dated(check_store, f"{_BLED} It was broken over Cyprus. The datasets close the file in April 1964.",
                  "close the file") == [("consistent", "ended 1964-04-04")]
    assert _dated(check_store, f"{_BLED} It was broken over Cyprus. ATOP closes it in May 1966.",
                  "closes it") == [("contradicts", "ended 1964-04-04")]


def test_a_state_closing_something_is_no_end(check_store: Store) -> None:
    # a bare "closed it" told of a state, not of the record's coders, dates no end of the pact
    assert not [c for c in _check(check_store, f"{_BLED} Ankara closed it to shipping in May 1966.").claims
                if c.record_value.startswith("ended")]


def test_an_anniversary_told_since_an_act_dates_that_act(check_store: Store) -> None:
    text = "It is 110 years to the day since the Serbian-Montenegrin alliance was signed."
    assert [(c.verdict, c.record_value) for c in _check(check_store, text, "2022-09-12").claims
            if c.kind == "agreement_date"] == [("consistent", "signed 1912-09-12")]
    assert [c.verdict for c in _check(check_store, text, "2022-09-20").claims if c.kind == "agreement_date"] == [
        "contradicts"]
    # an end told so, with "exactly": the very day
    ended = "It is exactly 150 years since the German Confederation was dissolved."
    assert [(c.verdict, c.record_value) for c in _check(check_store, ended, "2016-06-15").claims
            if c.kind == "agreement_date"] == [("consistent", "ended 1866-06-15")]
    assert [c.verdict for c in _check(check_store, ended, "2016-06-20").claims if c.kind == "agreement_date"] == [
        "contradicts"]


def test_an_agreement_s_anniversary_today_is_its_signing(check_store: Store) -> None:
    turns = "The North Atlantic Treaty turns seventy today, and its members meet in Washington."
    assert [(c.verdict, c.record_value) for c in _check(check_store, turns, "2019-04-04").claims
            if c.kind == "agreement_date"] == [("consistent", "signed 1949-04-04")]
    assert [c.verdict for c in _check(check_store, turns, "2019-04-20").claims if c.kind == "agreement_date"] == [
        "contradicts"]
    marked = "Its members met, and the North Atlantic Treaty's seventieth anniversary today was marked by speeches."
    assert [(c.verdict, c.record_value) for c in _check(check_store, marked, "2019-04-04").claims
            if c.kind == "agreement_date"] == [("consistent", "signed 1949-04-04")]
