"""Parties told in a clause of their own after a claim of the same agreement (issue 22, twelfth round), on made-up
sentences: "A signed it in 1947, and B followed suit", "C joined in 1949; D did likewise in 1952": each clause's
subject is a claim of its own where each state is a member, never a contradiction (the record is the shipped
ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_a_state_that_followed_another_into_an_agreement_is_a_party(check_store: Store) -> None:
    told = _parties(check_store, "Chile signed the Rio Treaty in 1947, and Argentina followed suit.")
    assert ("consistent", "parties: Argentina") in told
    assert all(v == "consistent" for v, _ in told)
    told = _parties(check_store, "The Netherlands joined the North Atlantic Treaty in 1949, and Greece did likewise "
                                 "in 1952.")
    assert any("Greece" in c for _, c in told) and all(v == "consistent" for v, _ in told)


def test_followed_by_an_object_or_with_no_signing_before_is_no_joining(check_store: Store) -> None:
    told = _parties(check_store, "Chile signed the Rio Treaty in 1947, and Argentina followed the debate closely.")
    assert not any("Argentina" in c for _, c in told)
    told = _parties(check_store, "The Rio Treaty was drafted in 1947. Argentina followed in its own time.")
    assert not any("Argentina" in c for _, c in told)


def test_a_state_not_a_member_told_in_another_clause_is_never_contradicted(check_store: Store) -> None:
    told = _parties(check_store, "Chile signed the Rio Treaty in 1947, and Sweden followed suit.")
    assert not any("Sweden" in c for _, c in told)


def test_an_entry_the_record_holds_that_day_is_a_party_claim_too(check_store: Store) -> None:
    # (a date the record holds as a member's entry tells that state a party as well)
    told = _parties(check_store, "The pledge of London was made in 1914. Japan adhered on 19 October 1915.")
    assert len(told) == 1 and told[0][0] == "consistent" and "Japan" in told[0][1]


def test_a_partner_in_the_same_clause_is_no_other_clause(check_store: Store) -> None:
    told = _parties(check_store, "The Warsaw Pact, which Poland signed with Sweden in 1955, set the tone.")
    assert not any(v == "consistent" for v, _ in told)
