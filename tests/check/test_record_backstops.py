"""Backstops against a wrong "not in the record" (issue 22, round 10), each on made-up sentences: a date the record
was found to hold nothing for that is the day an agreement of the told states was signed (the record's shipped
ledgers and ATOP; no leaders are imported)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _dated(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.kind, c.verdict) for c in _check(store, body).claims
            if c.kind in {"agreement_date", "event_date"} and "papers of the time" not in c.text]


def test_the_day_two_states_signed_an_agreement_is_its_signing_whatever_the_verb(check_store: Store) -> None:
    # the Warsaw Pact was signed on 14 May 1955: the very day, told by no word of signing, is its signing
    assert _dated(check_store, "On 14 May 1955 Poland and Hungary sat down together in the Polish capital.") == [
        ("agreement_date", "consistent")]
    # a day off, told with a word of an agreement: within tolerance
    assert _dated(check_store, "On 15 May 1955 Poland and Hungary made a pact in Warsaw.") == [
        ("agreement_date", "within_tolerance")]


def test_a_day_off_or_a_month_without_a_word_of_an_agreement_stays_unrecorded(check_store: Store) -> None:
    assert _dated(check_store, "On 15 May 1955 Poland and Hungary held talks in Warsaw.") == [
        ("event_date", "not_in_record")]
    assert _dated(check_store, "In May 1955 Poland and Hungary held talks in Warsaw.") == [
        ("event_date", "not_in_record")]
