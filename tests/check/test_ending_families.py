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


def test_ending_words_by_family(check_store: Store) -> None:
    opening = "Tokyo and Washington signed the Treaty of Mutual Cooperation and Security in 1960. "
    assert _endings(check_store, opening + "Scholars who code alliances still count it as in force.") == [
        ("consistent", "it [Treaty of Mutual Cooperation and Security between the United States and Japan]: in force")]
    assert [v for v, _ in _endings(check_store, opening + "It has been honoured for six decades by both sides.")] == [
        "consistent"]
    denied = _endings(check_store, "Moscow and Beijing signed the Sino-Soviet Treaty of Friendship, Alliance and "
                                   "Mutual Assistance in 1950, and it is no longer in force.")
    assert denied == [("consistent", "Treaty of Friendship, Alliance and Mutual Assistance: not in force")]
    broke_up = _endings(check_store, "Paris and St Petersburg made the Franco-Russian Alliance in 1894. The alliance "
                                     "broke up in 1917.")
    assert broke_up == [("consistent", "The alliance [Franco-Russian Alliance]: ended")]
    done = _endings(check_store, "Tokyo and London signed the Anglo-Japanese Alliance in 1902. The alliance's task "
                                 "was done with the German surrender.")
    assert [(v, c.split(": ")[-1]) for v, c in done] == [("contradicts", "fulfilled")]  # (replaced in 1921)


def test_words_that_tell_no_ending(check_store: Store) -> None:
    opening = "Tokyo and Washington signed the Treaty of Mutual Cooperation and Security in 1960. "
    assert _endings(check_store, opening + "The two delegations broke up into working groups in 1961.") == []
    assert _endings(check_store, opening + "In 1961 the ministers kept talking until late.") == []


def test_a_replacement_told_of_people_is_no_agreement_s(check_store: Store) -> None:
    assert _endings(check_store, "Tokyo and Washington signed the Treaty of Mutual Cooperation and Security in "
                                 "January 1960; Hayato Ikeda, who replaced his rivals that July, kept it.") == []
