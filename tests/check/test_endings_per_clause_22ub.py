"""Endings told clause by clause (issue 22, round 14): a sentence whose clauses each tell an ending of their own is a
claim for each, in the order told, of the agreement the clause names or a pronoun stands for (made-up sentences;
the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _endings(store: Store, text: str) -> list[str]:
    return [c.claimed.rsplit(": ", 1)[-1] for c in _claims(_check(store, text), "ending")]


def test_each_clause_tells_an_ending_of_its_own(check_store: Store) -> None:
    for text in ("Hungary broke the Warsaw Pact in 1956, and on 1 July 1991 the Warsaw Pact was dissolved.",
                 "The Warsaw Pact was betrayed by Hungary in 1956; in 1991 it was dissolved.",
                 "Budapest violated the Warsaw Pact: in the end it was dissolved in Prague."):
        assert _endings(check_store, text) == ["ended in a breach (betrayal)", "dissolved jointly"], text


def test_one_ending_told_once_is_one_claim(check_store: Store) -> None:
    assert _endings(check_store, "Hungary broke the Warsaw Pact in 1956, and Czechoslovakia stayed loyal.") == [
        "ended in a breach (betrayal)"]
    assert _endings(check_store, "The Warsaw Pact was dissolved in 1991; nobody mourned.") == ["dissolved jointly"]


def test_a_pronoun_read_against_a_record_that_contradicts_it_says_nothing(check_store: Store) -> None:
    # ("it" may be another agreement than the one its sentence names: no second claim where the record says no)
    assert _endings(check_store, "Hungary broke the Warsaw Pact in 1956, and in 1991 it expired.") == [
        "ended in a breach (betrayal)"]
