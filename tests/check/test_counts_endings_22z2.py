"""Counts and endings read in the sixth round (issue 22z2), each on made-up sentences: a count against a pair the
record holds no agreement between (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_count_of_a_pair_with_no_agreement_in_the_record_is_read_against_none(check_store: Store) -> None:
    """Mongolia and Paraguay share no agreement in the record: every built-in coding counts none, so a count of one or
    more contradicts it and a count of none agrees."""
    once = _claims(_check(check_store, "Mongolia and Paraguay were allied once, in the 1930s."), "count")
    assert [c.verdict for c in once] == ["contradicts"] and once[0].codings, once[0].record_value
    assert all(a.answer.startswith("0 alliances") for a in once[0].codings)
    two = _claims(_check(check_store, "Mongolia and Paraguay have signed two treaties."), "count")
    assert [c.verdict for c in two] == ["contradicts"]
    never = _claims(_check(check_store, "Mongolia and Paraguay have never signed an alliance."), "count")
    assert [c.verdict for c in never] == ["consistent"] and never[0].codings
