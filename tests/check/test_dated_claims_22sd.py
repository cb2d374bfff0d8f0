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


def test_an_agreement_dated_by_of_or_its_participle_where_no_rule_read_the_date(check_store: Store) -> None:
    # the one agreement of the states told signed then is compared
    of_date = _claims(_check(check_store, "France and the Soviet Union were close. The mutual assistance pact of May "
                                          "1935 was a dead letter by 1938."), "agreement_date")
    assert [(c.verdict, c.record_value) for c in of_date] == [("consistent", "signed 1935-05-02")]
    # (the pair's one defence agreement is of 10 January 1981: the day and month told, in the wrong year, contradict;
    # another day is an agreement the record may lack)
    dates_from = _claims(_check(check_store, "Zimbabwe's defence agreement with Mozambique dates from 10 "
                                             "January 1982."), "agreement_date")
    assert [(c.verdict, c.record_value) for c in dates_from] == [("contradicts", "signed 1981-01-10")]
    other_day = _claims(_check(check_store, "Zimbabwe's defence agreement with Mozambique dates from 3 March "
                                            "1983."), "agreement_date")
    assert [c.verdict for c in other_day] == ["not_in_record"]


def test_a_clause_telling_its_own_dated_act_beside_others(check_store: Store) -> None:
    # a second clause's act at a date of its own is read as any dated event, with its clause's states
    annexed = _claims(_check(check_store, "France and Turkey had drawn together. On 23 June 1939 the two signed a "
                                          "joint declaration of mutual assistance; Turkey then annexed the disputed "
                                          "district on 29 June 1939."), "event_date")
    assert [(c.verdict, c.claimed) for c in annexed] == [
        ("not_in_record", "occupation of Republic of Turkey on 1939-06-29")]


def test_a_date_set_off_by_a_comma_is_its_clauses(check_store: Store) -> None:
    comma = _claims(_check(check_store, "France and Turkey were close. The two signed a declaration of mutual "
                                        "assistance on 23 June 1939; Turkey annexed the territory, as Hatay, on 29 "
                                        "June 1939."), "event_date")
    assert [c.claimed for c in comma] == ["occupation of Republic of Turkey on 1939-06-29"]


def test_a_members_act_repeated_for_another_state_with_the_verb_left_out(check_store: Store) -> None:
    # "and B only in DATE": B's own entry, checked against B's; a date the record does not bear out is left unsaid
    told = _check(check_store, "Togo and Mozambique came late to it. Lomé ratified the African Union's defence "
                               "pact in April 2007, and Maputo in turn in June 2007.")
    entries = [(c.claimed.split(":")[0], c.verdict) for c in told.claims
               if c.kind == "agreement_date" and ": entry into " in c.claimed]
    assert entries == [("Togo", "consistent"), ("Republic of Mozambique", "consistent")]
    off = _check(check_store, "Togo and Mozambique came late to it. Lomé ratified the African Union's defence "
                              "pact in April 2007, and Maputo in turn in June 2010.")
    assert not [c for c in off.claims if "Mozambique: entry" in c.claimed]
