"""Dates the record holds of the sentence's states' agreements, told by a verb no reader lists (issue 22, helper
22kd): a clause that tells an act on an agreement ("both lapsed", "a further understanding was added") at a day or a
month the record dates the signing, ending, entry or exit of an agreement binding the sentence's states (or the
article's pair) is that act, not an event the record lacks; a date none of their agreements' acts fits, or a clause
of no act on an agreement (a landing, a war), stays not in the record. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check

_PAIR = "Italy and Britain drew close in the Mediterranean in those years. "


def _dated(text: str, store: Store) -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value) for c in _check(store, _PAIR + text).claims
            if c.kind in {"agreement_date", "event_date"}]


def test_an_ending_told_by_a_verb_of_lapsing_is_the_ending_of_their_agreements(check_store: Store) -> None:
    assert _dated("The two understandings both lapsed in January 1897, when London lost interest.",
                  check_store) == [("consistent", "ending 1897-01-20")]
    # (a month none of their agreements' acts fits stays not in the record)
    assert _dated("The two understandings both lapsed in March 1899, when London lost interest.",
                  check_store) == [("not_in_record", "no such record")]


def test_only_a_clause_telling_an_act_on_an_agreement_is_read_so(check_store: Store) -> None:
    assert [v for v, _ in _dated("The pair's understandings ended in January 1897.", check_store)] == ["consistent"]
    # (a landing that month is no act on their agreements)
    assert [v for v, _ in _dated("Italian troops landed in Eritrea in January 1897.", check_store)] == [
        "not_in_record"]
