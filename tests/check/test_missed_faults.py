"""Planted faults about leaders' offices the checker used to pass as consistent (issue 22, round 33): a name two
leaders share is the one of the state told. Made-up sentences; the record is the shipped ledgers' and Archigos's."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str) -> list[Claim]:
    return claims_of(check_sentences(store, body), "leader_office")


def _verdict_of(claims: list[Claim], name: str) -> str:
    found = [c.verdict for c in claims if name in c.claimed]
    assert found, [c.claimed for c in claims]
    return found[0]


def test_a_name_two_leaders_share_is_the_one_of_the_state_told(check_store: Store) -> None:
    claims = _offices(check_store, "Spain stayed away from the talks in 1973, when Adolfo Suárez was prime minister.")
    # (Bolivia's Banzer Suárez ruled then; Spain's Suárez only from 1976)
    assert _verdict_of(claims, "Suárez") == "contradicts"
    right = _offices(check_store, "Spain stayed away from the talks in 1978, when Adolfo Suárez was prime minister.")
    assert _verdict_of(right, "Suárez") == "consistent"
