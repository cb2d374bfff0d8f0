"""A date told right after a word of an agreement's ending, read by no other rule, re-read as the end (or a told
member's exit) of the agreement the sentence's ending claim was read against (issue 22, round 18), on made-up
sentences: the record's end bears it out or contradicts it, a member's own exit is its end for that member, and a
date the agreement's name carries is no end."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check

_BLED = "Greece, Turkey and Yugoslavia signed a pact at Bled on 9 August 1954."
_BAGHDAD = "Turkey, Iraq, Britain, Pakistan and Iran made up the Baghdad Pact."


def _dated(check_store: Store, text: str, words: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value) for c in _check(check_store, text).claims
            if words in c.text and c.kind in {"agreement_date", "event_date"}]


def test_an_end_told_by_an_idiom_is_read_against_the_agreement_s_end(check_store: Store) -> None:
    assert _dated(check_store, f"{_BLED} Over Cyprus it was broken, and it was dead by the spring of 1964.",
                  "Over Cyprus") == [("consistent", "ended 1964-04-04")]
    assert _dated(check_store, f"{_BLED} That pact was dead by May 1966, broken over Cyprus.", "dead by") == [
        ("contradicts", "ended 1964-04-04")]


def test_a_member_s_denunciation_is_read_against_its_own_exit(check_store: Store) -> None:
    assert _dated(check_store, f"{_BAGHDAD} Iraq denounced it in March 1959, after its revolution.",
                  "Iraq denounced") == [("consistent", "Republic of Iraq's exit 1959-03-24")]


def test_a_date_the_name_carries_is_no_end(check_store: Store) -> None:
    assert [v for v, _ in _dated(check_store, f"{_BLED} That pact of 1954 was broken over Cyprus.", "Cyprus")] == [
        "not_in_record"]


def test_an_entry_told_by_a_verb_of_subscribing_or_coming_in_is_read_as_the_entry(check_store: Store) -> None:
    text = ("Turkey and Iraq signed the Baghdad Pact in February 1955. Britain came in on 5 April 1955. Pakistan "
            "subscribed to it in September 1955.")
    found = [(c.verdict, c.record_value) for c in _check(check_store, text).claims
             if c.kind in {"agreement_date", "event_date"} and ("came in" in c.text or "subscribed" in c.text)]
    assert found == [("consistent", "entered 1955-04-05"), ("consistent", "entered 1955-09-23")]

    # "came in" told of no state ("Britain's first quarrel ... came in April 1955") is no entry
    quarrel = ("Turkey and Iraq signed the Baghdad Pact in February 1955. Britain's first quarrel with its new "
               "partners came in April 1955.")
    assert not [c for c in _check(check_store, quarrel).claims if c.record_value.startswith("entered")]
