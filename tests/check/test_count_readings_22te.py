"""Counts read by their words whatever the phrasing (issue 22, round 22): an "only" told over a generic noun of
alliance, none of an obligation's sort, and none of the pair's own told by "one" standing for a noun told before
(made-up sentences; the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _counts(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in _claims(_check(store, text), "count")]


def test_the_only_treaty_of_alliance_is_a_count_of_one(check_store: Store) -> None:
    assert _counts(check_store, "Moscow and Damascus concluded a treaty of friendship in October 1980; it remains "
                                "the only treaty of alliance that Russia and Syria ever made.") == [
        ("the only treaty (Russia and Syria)", "consistent")]


def test_none_of_a_sort_is_read_against_the_obligation_agreements_carry(check_store: Store) -> None:
    # China and Mongolia keep a non-aggression pact of 1994 in force: no defence obligation between them
    assert _counts(check_store, "Today Mongolia and China hold no defensive alliance.") == [
        ("hold no defensive alliance: none in force (Mongolia and China)", "consistent")]
    # a military one binds them, and one of NATO's binds France and Germany: nothing said rather than a contradiction
    assert _counts(check_store, "Today Mongolia and China hold no military alliance.") == []
    assert _counts(check_store, "Paris and Berlin, France and Germany, have no defence alliance.") == []


def test_none_of_their_own_told_by_one_standing_for_the_noun(check_store: Store) -> None:
    assert _counts(check_store, "Peru and Brazil joined many hemispheric pacts without ever concluding one of "
                                "their own.") == [
        ("without ever concluding one of their own (Peru and Brazil)", "consistent")]
    assert _counts(check_store, "Argentina and Chile share inter-American treaties in plenty, yet not one with "
                                "each other alone, some say.") == [
        ("not one with each other alone (Argentina and Chile)", "contradicts")]  # (their treaty of 1984)
    # the pact's noun before it, and nothing binding the pair's own: no count
    assert _counts(check_store, "Brazil and Peru signed nothing, never with each other alone.") == []


def test_breaches_told_none_in_any_phrasing_where_the_record_counts_none(check_store: Store) -> None:
    assert _counts(check_store, "For Minsk and Kyiv, Belarus and Ukraine, not one bilateral pact has ever been "
                                "judged to be broken.") == [
        ("not one bilateral pact ended in betrayal: no breach (Belarus and Ukraine)", "consistent")]
    # a whole told back by "their" (two of their own, not the three all told) and none of it broken
    assert _counts(check_store, "Minsk and Kyiv, Belarus and Ukraine: neither of their two treaties was ever judged "
                                "to be broken.") == [
        ("two treaties (Belarus and Ukraine)", "consistent"),
        ("neither of their two treaties ended in betrayal: no breach (Belarus and Ukraine)", "consistent")]
    assert _counts(check_store, "For Port Moresby and Canberra, Papua New Guinea and Australia, a tidy ledger: no "
                                "breaches and no walkouts.") == [
        ("no breaches: no breach (Papua New Guinea and Australia)", "consistent")]
    # the record counts a breach between Thailand and the United States (1962): no word rather than a contradiction
    assert _counts(check_store, "Bangkok and Washington, Thailand and the United States: no breaches, ever.") == []
