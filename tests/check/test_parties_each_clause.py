"""Parties told clause by clause where a sentence tells two lists of states (issue 22, round 22): founders told as a
passive verb's agent beside a later member's entry, and a state told joining the sentence's one agreement again by a
pronoun ("joined it") that never was a party (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "agreement_parties")]


def test_founders_told_by_a_passive_verb_s_agent_beside_a_later_entry(check_store: Store) -> None:
    told = _parties(check_store, "Papers on SEATO, set up at Manila in 1954 by Pakistan, Thailand and the Philippines, "
                                 "which France quit in 1974, were opened.")
    assert ("consistent", "parties: Dominion of Pakistan, Kingdom of Thailand, Philippines") in told
    assert any(v == "consistent" and "French" in c for v, c in told)
    assert len(told) == 2


def test_a_state_told_joining_the_agreement_again_that_never_was_a_party(check_store: Store) -> None:
    told = _parties(check_store, "Greece joined the North Atlantic Treaty in February 1952, and Austria joined it "
                                 "weeks later.")
    assert told[0] == ("consistent", "parties: Kingdom of Greece")
    assert ("contradicts", "parties include Republic of Austria") in told
    again = _parties(check_store, "Poland signed the Warsaw Pact in May 1955, and Yugoslavia joined the same pact a "
                                  "year later.")
    assert ("contradicts", "parties include Federal People's Republic of Yugoslavia") in again


def test_another_verb_or_object_in_the_later_clause_says_nothing_of_an_outsider(check_store: Store) -> None:
    for body in ("Greece joined the North Atlantic Treaty in 1952, and Finland followed it later.",
                 "Greece joined the North Atlantic Treaty in 1952, and Austria joined the talks weeks later.",
                 "Greece joined the North Atlantic Treaty in 1952, and Austria never joined it."):
        assert not [c for v, c in _parties(check_store, body) if v == "contradicts"], body


def test_an_organisation_named_for_the_agreement_that_founded_it(check_store: Store) -> None:
    from tests.check.sentences import agreement_links
    links = agreement_links(check_store, "Uzbekistan came into the Shanghai Cooperation Organization in 2001; the "
                                         "'Shanghai Five' of 1996 had been a border pact.")
    assert [t for _, t in links] == ["treaty:1996-shanghai-five", "treaty:1996-shanghai-five"]


def test_the_pair_told_joining_by_both_alone_at_a_month_is_each_one_s_entry(check_store: Store) -> None:
    result = _check(check_store, "Egypt and Turkey kept out of the war for years. In the end both joined the wartime "
                                 "declaration of the Allies in February 1945.")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_parties")] == [
        ("consistent", "1942-un-declaration")]
    wrong = _check(check_store, "Egypt and Turkey kept out of the war for years. In the end both joined the wartime "
                                "declaration of the Allies in June 1944.")
    assert not [c for c in wrong.claims if c.verdict == "contradicts"]
