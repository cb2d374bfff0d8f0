"""Endings told by families of meaning (issue 22, round 20), each on made-up sentences: a replacement told with the
successor as its subject or agent, of a predecessor no rule linked (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _endings(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "ending")]


def test_a_replacement_told_by_its_successor(check_store: Store) -> None:
    active = _endings(check_store, "Tokyo and Washington looked back on the occupation years. In January 1960 the "
                                   "Treaty of Mutual Cooperation and Security superseded that older deal outright.")
    assert [v for v, _ in active] == ["consistent"] and "replaced" in active[0][1]
    passive = _endings(check_store, "Moscow and Beijing kept their wartime bargain for a few years; that bargain "
                                    "was replaced by the Sino-Soviet Treaty of Friendship, Alliance and Mutual "
                                    "Assistance in February 1950.")
    assert [v for v, _ in passive] == ["depends_on_coding"] and "replaced" in passive[0][1]
    place = _endings(check_store, "Ankara and Baghdad then signed the Baghdad Pact, which took the place of their "
                                  "older non-aggression pact.")
    assert place == [("consistent", "Treaty of Non-Aggression: replaced")]


def test_no_replacement_read_where_none_is_told_or_it_is_denied(check_store: Store) -> None:
    assert _endings(check_store, "Tokyo and Washington argued for months, yet the Treaty of Mutual Cooperation and "
                                 "Security of 1960 never replaced the habits of the occupation.") == []
    assert _endings(check_store, "Brazil and Argentina never signed a pact that replaced anything.") == []
