"""Faults the checker used to pass as consistent, each on short made-up sentences (the record is the shipped ledgers').

A dated act is another state's act, not in the record, where the state told doing it is no party to the stored event
found only through the state it was aimed at. An office told in the present tense right after its apposition ("X,
Turkey's president, will travel") is held at the article's time, not in the year the sentence before told.
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


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    result = check_plain(store, body, published="2021-05-01")
    return [(c.claimed, c.verdict) for c in claims_of(result, "leader_office")]


def test_an_office_told_in_the_present_after_an_apposition_is_held_now_not_at_the_paragraphs_year(
        check_store: Store) -> None:
    # "X, <office>, is/has/will ...": the office is held at the article's time (past Archigos's end), not in the year
    # the sentence before told
    assert _offices(check_store, "Turkey joined the pact in 2010. Recep Tayyip Erdogan, Turkey's president, will "
                                 "travel to Baku for the talks.") == \
        [("Recep Tayyip Erdogan, Turkey's president in office in 2021", "not_in_record")]
    assert _offices(check_store, "Russia signed the accord in 2005. Vladimir Putin, the Russian president, is pressing "
                                 "for a summit.") == [("Vladimir Putin, the Russian president in office in 2021",
                                                       "not_in_record")]
    # a reputation told now of an office held then stays read at the paragraph's year
    assert _offices(check_store, "Turkey joined the pact in 2010. Recep Tayyip Erdogan, Turkey's prime minister, is "
                                 "still remembered in Baku for it.") == \
        [("Recep Tayyip Erdogan, Turkey's prime minister in office on 2010", "consistent")]
