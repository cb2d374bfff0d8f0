"""A clause telling a state's undated past act beside a clause another rule read (issue 22Db), on made-up sentences:
it is read as an event not in the record at the sentence's year, except where its time is told elsewhere in the
sentence (a clause of time before it, a later verb of the same subject, the clause after a colon it leads) or where
it tells an act again for other states ("did so"). The record is the shipped ledgers'."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check

#: A sentence whose first clause tells Norway's undated act beside a signing another rule reads.
EXILE = ("The Norwegian king sat out the war in London, and Norway signed the Declaration by United Nations on "
         "1 January 1942.")


def _undated(store: Store, text: str) -> list[tuple[str, str]]:
    """Return each undated act read beside another claim in ``text`` as (the clause, its verdict)."""
    return [(c.text, c.verdict) for c in _check(store, text).claims
            if c.kind == "event_date" and "at no date told" in c.claimed]


def test_an_undated_clause_beside_a_signing_is_an_event_not_in_the_record(check_store: Store) -> None:
    assert _undated(check_store, EXILE) == [("The Norwegian king sat out the war in London", "not_in_record")]


def test_a_clause_after_a_clause_of_time_two_clauses_back_is_dated_by_it(check_store: Store) -> None:
    text = (f"{EXILE} When Israel struck Egypt on 5 June 1967, Syria shelled the Galilee, and Kuwait halted its oil "
            "shipments to Britain.")
    assert [clause for clause, _ in _undated(check_store, text)] == ["The Norwegian king sat out the war in London"]


def test_an_act_told_again_for_another_state_is_no_act_of_its_own(check_store: Store) -> None:
    text = f"{EXILE} Greece joined NATO in February 1952; Turkey did so because it feared Moscow."
    assert [clause for clause, _ in _undated(check_store, text)] == ["The Norwegian king sat out the war in London"]


def test_verbs_of_one_subject_share_the_date_told_after_the_last(check_store: Store) -> None:
    text = f"{EXILE} Romanian officers arrested the marshal and ended the alliance with Germany on 23 August 1944."
    assert [clause for clause, _ in _undated(check_store, text)] == ["The Norwegian king sat out the war in London"]


def test_the_clauses_before_a_colon_lead_the_act_told_after_it(check_store: Store) -> None:
    text = (f"{EXILE} Norway sat out the quarrel, and the alliance never recovered: France left NATO's integrated "
            "command in March 1966.")
    assert [clause for clause, _ in _undated(check_store, text)] == ["The Norwegian king sat out the war in London"]
