"""Claims the record can answer that the checker said were not in it (issue 22, round 43): a date told in a clause
before another of a state's own, joining an agreement ("... in August 1991, and within weeks it had joined ..."), is
not the entry's. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _entries(store: Store, text: str) -> list[tuple[str, str]]:
    """The verdicts and record values of the claims that read a state's entry into an agreement."""
    return [(c.verdict, c.record_value) for c in _check(store, text).claims
            if c.kind in {"agreement_date", "event_date"} and ": entry into " in c.claimed]


def test_a_date_before_a_clause_of_its_own_is_not_the_entry_s(check_store: Store) -> None:
    # the date is the first verb's (independence), the joining told in a clause with a subject of its own
    assert _entries(check_store, "Kuwait won its independence in June 1961, and within weeks it had joined the Arab "
                                 "League.") == []
    assert _entries(check_store, "Bahrain became independent in August 1971, and soon afterwards it acceded to the "
                                 "Pact of the League of Arab States.") == []
    # one clause, the verbs sharing their subject and the date: the entry is read at it
    assert _entries(check_store, "Kuwait joined the Arab League in July 1961.") == [
        ("consistent", "entered 1961-07-20")]
