"""Contradictions the checker must not raise where a claim agrees with the record, each on a short made-up sentence.

A count's words say which of a pair's agreements it counts: "multilateral" ones; none "of their own" after a count of
every agreement; those binding the pair now ("between them still in force", "binds ... today"); and the breaches told
after a count are the number the words give ("just one that ended in a breach", "two of them breached", "not a single
breach"), not the count's own.
"""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _counts(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.claimed.split(" (")[0], c.verdict) for c in _check(store, body).claims if c.kind == "count"]


def _verdicts(claims: list[Claim]) -> list[str]:
    return [c.verdict for c in claims]


def test_a_count_told_multilateral_counts_the_pairs_multilateral_agreements(check_store: Store) -> None:
    told = _counts(check_store, "Zambia and Zimbabwe are tied by two multilateral agreements.")
    assert told == [("two multilateral agreements", "consistent")]
    wrong = _counts(check_store, "Zambia and Zimbabwe are tied by five multilateral agreements.")
    assert wrong == [("five multilateral agreements", "contradicts")]


def test_a_multilateral_count_beside_a_bilateral_the_pair_never_had(check_store: Store) -> None:
    told = _counts(check_store, "Cuba and the Dominican Republic share four multilateral agreements in all, and "
                                "never a bilateral alliance.")
    assert ("four multilateral agreements", "consistent") in told


def test_none_of_their_own_after_a_count_of_every_agreement(check_store: Store) -> None:
    told = _counts(check_store, "Sweden and Denmark: three agreements in all, and not one pact of their own.")
    assert told == [("three agreements", "consistent"), ("not one pact", "consistent")]


def test_a_count_of_those_binding_the_pair_now(check_store: Store) -> None:
    none_now = _counts(check_store, "Serbia and Russia are close, yet no alliance of their own binds Belgrade and "
                                    "Moscow today.")
    assert [v for _, v in none_now] == ["consistent"]
    one_now = _counts(check_store, "Mexico and Haiti have one agreement between them still in force.")
    assert [v for _, v in one_now] == ["consistent"]


def test_the_breaches_told_after_a_count_are_the_number_the_words_give(check_store: Store) -> None:
    for body in ("Italy and Turkey share four agreements in all, and just one that ended in a breach.",
                 "Japan and the United States have five agreements in the record, two of them breached.",
                 "Poland and Ukraine have two agreements, both in force, and not a single breach by either side."):
        breaches = [c for c in _check(check_store, body).claims if c.kind == "count" and "betrayal" in c.claimed]
        assert _verdicts(breaches) == ["consistent"], body
