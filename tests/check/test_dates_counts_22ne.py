"""Dates and counts of agreements told in words the checker once missed (issue 22, round 22Ne), on made-up
sentences: an end the record's coders are told to date by closing the agreement's file."""

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

