"""Faults the checker used to pass as consistent, each on short made-up sentences (the record is the shipped ledgers').

A dated act is another state's act, not in the record, where the state told doing it is no party to the stored event
found only through the state it was aimed at.
"""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_plain, claims_of


def _events(store: Store, body: str) -> list[tuple[str, list[str]]]:
    return [(c.verdict, [r.id for r in c.records]) for c in claims_of(check_plain(store, body), "event_date")]


def test_an_act_of_a_state_the_stored_event_leaves_out_is_not_in_the_record(check_store: Store) -> None:
    # the record's war of March 1854 is Britain's and France's on Russia, and of June 1941 Germany's on the Soviet
    # Union: Sweden's or Slovakia's act against the same state is another, which the record does not hold
    assert _events(check_store, "Sweden also declared war on Russia in March 1854.") == [("not_in_record", [])]
    assert _events(check_store, "Slovakia went to war against the Soviet Union in June 1941.") == \
        [("not_in_record", [])]
    # the states the record names doing it still find it
    assert _events(check_store, "Britain and France declared war on Russia in March 1854.") == \
        [("consistent", ["1854-britain-france-declare-war"])]
    assert _events(check_store, "Germany attacked the Soviet Union in June 1941.") == \
        [("consistent", ["1941-operation-barbarossa"])]
