"""Acts told at no date: a state's (or its leader's) past act in a sentence with no time of its own is an event the
record cannot hold, read at the year the article last told."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_plain, claims_of


def _events(store: Store, body: str) -> list[Claim]:
    return claims_of(check_plain(store, body, "2024-12-01"), "event_date")


def test_an_undated_act_of_a_state_or_its_leader_is_an_event_not_in_the_record(check_store: Store) -> None:
    opening = "Portugal and Spain signed the Iberian Pact in Lisbon on 17 March 1939. "
    kept_out = _events(check_store, opening + "Portugal stayed out of the war that followed.")
    assert [(c.verdict, c.text.rstrip(".")) for c in kept_out] == [
        ("not_in_record", "Portugal stayed out of the war that followed")]
    assert "1939" in kept_out[0].claimed
    # a leader told doing it: the state he led then
    called = _events(check_store, opening + "Getúlio Vargas praised the pact as a model for Brazil.")
    assert [c.verdict for c in called if c.text.startswith("Getúlio Vargas")] == ["not_in_record"]


def test_no_undated_event_where_the_sentence_tells_an_agreement_or_no_past_act(check_store: Store) -> None:
    opening = "Portugal and Spain signed the Iberian Pact in Lisbon on 17 March 1939. "
    # an entry into an agreement is the membership's claim, not an event of its own
    assert not [c for c in _events(check_store, opening + "Portugal joined the alliance.")
                if c.text.startswith("Portugal joined")]
    # a state of affairs now, no past act
    assert not [c for c in _events(check_store, opening + "Portugal stays close to Spain.")
                if c.text.startswith("Portugal stays")]
    # a state named only after a preposition is no doer ("the talks with Spain")
    assert not [c for c in _events(check_store, opening + "The talks with Spain dragged on.")
                if c.text.startswith("The talks")]
