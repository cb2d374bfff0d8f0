"""Counts and endings told in words the rules had missed, each on a short made-up sentence.

A part of a count is the pair's own when told in the writer's voice ("an alliance of our own") or by the two signing
it alone ("signed by the two countries alone"), and bilateral when told counted so ("counted as bilateral"); "never a
bilateral alliance" after a count is a count of none; and a pact of several words of kind, or told between the two,
"has ever been concluded" or "was ever recorded" with "no", is a count of none. Those told in force after a word
that leads the clause ("Second, three are still in force") are read as the pair's where a coding counts so. A party
that "has never left it" tells the agreement not abrogated.
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


def test_never_a_bilateral_alliance_after_a_count_is_a_count_of_none(check_store: Store) -> None:
    result = _check(check_store, "Iran and Egypt have shared one agreement in all, and never a bilateral alliance.")
    assert _told(result, "never a bilateral alliance") == ["consistent"]
    own = _check(check_store, "Iran and Egypt have shared one agreement in all, never a treaty of their own.")
    assert _told(own, "never a treaty of their own") == ["consistent"]
    wrong = _check(check_store, "Egypt and Iraq have shared five agreements in all, and never a bilateral alliance.")
    assert _told(wrong, "never a bilateral alliance") == ["contradicts"]


def test_no_pact_of_several_kinds_or_between_the_two_ever_concluded_is_a_count_of_none(check_store: Store) -> None:
    kinds = _check(check_store, "Kenya and Uganda are neighbours. No bilateral defence or mutual-assistance treaty "
                                "has ever been concluded by them.")
    assert _told(kinds, "No bilateral defence or mutual-assistance treaty has ever been concluded") == ["consistent"]
    between = _check(check_store, "No treaty of alliance between Iran and Egypt alone was ever recorded.")
    assert _told(between, "No treaty of alliance between Iran and Egypt alone was ever recorded") == ["consistent"]
    wrong = _check(check_store, "No treaty of alliance between Egypt and Iraq alone has ever been signed.")
    assert _told(wrong, "No treaty of alliance between Egypt and Iraq alone has ever been signed") == ["contradicts"]


def test_those_in_force_told_after_a_leading_word_are_read_only_where_a_coding_counts_so(check_store: Store) -> None:
    right = _check(check_store, "Egypt and Iraq have a long file. Today, two are still in force between them.")
    assert _told(right, "two are still in force") == ["consistent"]
    # (nothing counted before it in the sentence: the pair's agreements are a guess, which never refutes)
    assert not _told(_check(check_store, "Egypt and Iraq have a long file. Today, four are still in force between "
                                         "them."), "four are still in force")


def test_a_party_that_has_never_left_it_tells_an_agreement_not_abrogated(check_store: Store) -> None:
    result = _check(check_store, "Honduras and Guatemala signed the Rio treaty. Neither state has left it.")
    endings = [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in result.claims if c.kind == "ending"]
    assert endings == [("not abrogated", "consistent")]
