"""Issue 22 (round 13, dated claims never found): backstops for dated signings and acts, on made-up sentences."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_an_agreement_described_and_signed_with_fewer_than_two_states_named(check_store: Store) -> None:
    # signed by leaders, by "the two sides", by one state and its partner: a signing the record does not hold then
    texts = ["Portugal and Brazil drew closer. In March 1955 Salazar and Kubitschek signed a treaty of consultation.",
             "Norway and Denmark were old partners. Before the Second World War the two sides signed a secret naval "
             "protocol in 1931.",
             "Chile and Peru were rivals. A frontier convention followed at Lima on 4 August 1911."]
    told = [[(c.verdict, c.record_value) for c in _claims(_check(check_store, text), "agreement_date")]
            for text in texts]
    assert told == [[("not_in_record", "no such record")]] * 3
    # the record's agreement of the two, when it fits, is compared as before
    held = _claims(_check(check_store, "Egypt and Syria were allies. A full defence pact followed at Cairo on 20 "
                                       "October 1955."), "agreement_date")
    assert [(c.verdict, c.record_value) for c in held] == [("consistent", "signed 1955-10-20")]
    # an alliance dated with no verb of making it is no signing told
    assert not _claims(_check(check_store, "Norway and Denmark were old partners. Oslo stood in an alliance in "
                                           "1931."), "agreement_date")
