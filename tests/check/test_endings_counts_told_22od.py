"""Counts and endings told in words the rules had missed, each on a short made-up sentence.

A part of a count is the pair's own when told in the writer's voice ("an alliance of our own") or by the two signing
it alone ("signed by the two countries alone"), and bilateral when told counted so ("counted as bilateral").
"""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2023-06-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _counts(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "count"]


def _told(result: CheckResult, words: str) -> list[str]:
    """The verdicts of the count claims whose wording holds ``words``."""
    return [c.verdict for c in _counts(result) if words in c.claimed]


def test_a_part_told_the_pairs_own_in_the_writers_voice_or_by_the_two_alone(check_store: Store) -> None:
    ours = _check(check_store, "Egypt and Iraq have shared five agreements in all, just one of them a pact of our own.")
    assert _told(ours, "one of them a pact of our own") == ["consistent"]
    wrong = _check(check_store, "Egypt and Iraq have shared five agreements in all, two of them pacts of our own.")
    assert _told(wrong, "two of them pacts of our own") == ["contradicts"]
    alone = _check(check_store, "Egypt and Iraq have shared five agreements in all, not one of them signed by the two "
                                "countries alone.")
    assert _told(alone, "not one of them signed by the two countries alone") == ["contradicts"]
    coded = _check(check_store, "Egypt and Iraq have shared five agreements in all, one of them counted as bilateral.")
    assert _told(coded, "one of them counted as bilateral") == ["consistent"]
