"""A word for the article's two states ("both", "the two countries") that opens a sentence stands for them even where
another state is named later in it ("Both, too, signed it, as did Belgium"); a "both" right after a list of states
is that list's ("Belgium and Iceland both signed it"). Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult
from foedus.store import Store


def _parties(store: Store, body: str) -> list[tuple[str, str]]:
    result: CheckResult = check_text(store, f"Published: 2024-12-01\n\n{body}", "a.txt")
    return [(c.claimed, c.verdict) for c in result.claims if c.kind == "agreement_parties"]


def test_the_pair_word_before_a_state_named_later_is_the_pair(check_store: Store) -> None:
    told = _parties(check_store, "Norway and Denmark are old neighbours. The North Atlantic Treaty was signed in "
                                 "1949. Both, too, signed it, as did Belgium.")
    assert ("parties: Norway, Denmark", "consistent") in told
    told = _parties(check_store, "Chile and Peru share a long coast. The Rio treaty was concluded in 1947. The two "
                                 "countries ratified it soon after Brazil did.")
    assert told == [("parties: Chile, Peru", "consistent")]


def test_both_after_a_list_of_states_is_that_list(check_store: Store) -> None:
    told = _parties(check_store, "Norway and Denmark are old neighbours. The North Atlantic Treaty was signed in "
                                 "1949. Belgium and Iceland both signed it, as did France.")
    assert told and not any("Norway" in claimed or "Denmark" in claimed for claimed, _ in told)
