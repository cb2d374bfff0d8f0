"""The two states "both" stands for after a sentence that names more than two: the article's pair, not the first two
of that sentence's list ("Spain, Sweden and Switzerland stayed out. Both were founders of NATO"). Made-up articles;
the record is the shipped ledgers' and ATOP's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_plain as _check
from tests.check.sentences import claims_of


def _parties(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in claims_of(_check(store, body), "agreement_parties")]


def test_both_after_a_list_of_other_states_stands_for_the_article_s_pair(check_store: Store) -> None:
    body = ("Italy and Belgium have been allies for three generations. Italy and Belgium sat at every table of the "
            "new Europe. Spain, Sweden and Switzerland stayed out of the new alliance in 1949. Both were founding "
            "members of the North Atlantic Treaty of 4 April 1949.")
    assert _parties(check_store, body) == [("consistent", "parties: Italian Republic, Belgium")]


def test_both_after_two_states_stands_for_those_two(check_store: Store) -> None:
    # (the sentence before names two: those are the two, whatever the article's pair)
    body = ("Italy and Belgium have been allies for three generations. Italy and Belgium sat at every table of the "
            "new Europe. Spain and Sweden stayed out of the new alliance in 1949. Both were founding members of the "
            "North Atlantic Treaty of 4 April 1949.")
    assert [verdict for verdict, _ in _parties(check_store, body)] == ["contradicts"]
