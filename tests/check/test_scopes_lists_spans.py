"""Counts whose words do not say which of a pair's agreements they count, numbers that are no count, lists an article
refers to without giving them, and date spans told against the article's date (issue 22s), each on made-up sentences
(the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _counts(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "count")]


def test_a_count_that_does_not_say_its_scope_is_read_in_the_scope_that_matches(check_store: Store) -> None:
    # Greece and Turkey: one bilateral alliance, ten agreements in all; Norway and Denmark: none bilateral, two shared
    wide = _claims(_check(check_store, "Greece and Turkey have ten agreements between them."), "count")
    assert [c.verdict for c in wide] == ["consistent"]
    assert "every alliance both belonged to" in wide[0].reason and "10 alliances" in wide[0].record_value
    assert _counts(check_store, "Norway and Denmark have been allies twice.") == [
        ("consistent", "twice (Norway and Denmark)")]
    # no scope counts so: still a contradiction, and the bilateral reading is the one shown
    wrong = _claims(_check(check_store, "Greece and Turkey have four agreements between them."), "count")
    assert [c.verdict for c in wrong] == ["contradicts"] and "1 alliance (1930)" in wrong[0].record_value


def test_a_count_told_bilateral_or_of_their_own_keeps_its_scope(check_store: Store) -> None:
    assert [v for v, _ in _counts(check_store, "Greece and Turkey have signed ten bilateral alliances.")] == [
        "contradicts"]
    assert [v for v, _ in _counts(check_store, "Greece and Turkey have signed ten alliances of their own.")] == [
        "contradicts"]
    assert [v for v, _ in _counts(check_store, "Norway and Denmark have signed two bilateral pacts.")] == [
        "contradicts"]
    assert [v for v, _ in _counts(check_store, "It was the only alliance France and Poland made on their own "
                                               "account.")] == ["contradicts"]


def test_a_number_that_is_no_count_of_agreements(check_store: Store) -> None:
    # the subject "the two", a determiner between number and noun, "one more", an ordinal of another noun
    for body in ("In Warsaw the two signed a treaty of friendship in 1991.",
                 "One more treaty Poland signed with France came in 1991.",
                 "The second chapter covers the treaty of 1921 between France and Poland.",
                 "At 10:45 the treaty between France and Poland was read aloud."):
        assert not _claims(_check(check_store, body), "count"), body
    assert _counts(check_store, "France and Poland signed three treaties of alliance.") == [
        ("consistent", "three treaties of alliance (France and Poland)")]
