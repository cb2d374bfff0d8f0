"""A count told from a year ("allied four times since 1921") reads that year as its bound: the year is no event of
the pair's that the record would have to hold. A year told "since" of anything else stays an event's. Made-up
sentences; the record is the shipped ledgers' and ATOP's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_OPENING = "France and Poland signed an accord on 19 February 1921. "


def test_the_year_a_count_is_told_from_is_no_event(check_store: Store) -> None:
    result = _check(check_store, _OPENING + "The two states have been allied four times since 1921.")
    assert not [c for c in _claims(result, "event_date") if "1921" in c.text and "four" in c.text]
    counts = _claims(result, "count")
    assert [c.verdict for c in counts] == ["contradicts"] and "from 1921 on" in counts[0].record_value
    # (told "ever since", the same)
    result = _check(check_store, _OPENING + "They have been allied three times ever since 1921.")
    assert not [c for c in _claims(result, "event_date") if "three" in c.text]


def test_a_year_told_since_of_something_else_is_still_an_event(check_store: Store) -> None:
    result = _check(check_store, _OPENING + "Their armies have trained together since 2014, and they share three "
                                            "alliances.")
    assert [c.verdict for c in _claims(result, "event_date") if "2014" in c.claimed] == ["not_in_record"]
