"""Claims the record can answer that the checker said were not in it (issue 22, round 43): a date told in a clause
before another of a state's own, joining an agreement ("... in August 1991, and within weeks it had joined ..."), is
not the entry's; the Helsinki process is the Final Act's (ATOP 3740, check/data/atop_names.csv, sourced). Every
sentence is made up for these tests."""

from __future__ import annotations

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _links(store: Store, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in find_mentions(text, gazetteer(store), None) if m.kind == "agreement"]


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


def test_the_helsinki_process_is_the_final_act(check_store: Store) -> None:
    assert _links(check_store, "Tbilisi was admitted to the Helsinki process after independence.") == [
        ("Helsinki process", "treaty:atop-3740")]
    # the capital alone names no agreement
    assert not [t for _, t in _links(check_store, "The talks moved to Helsinki in 1992.") if t]
    assert _entries(check_store, "Moldova joined the Helsinki process in January 1993.") == [
        ("consistent", "entered 1993-01-29")]
    wrong = _check(check_store, "Georgia joined the Helsinki process in 1992.")
    assert [(c.verdict, c.records[0].id) for c in wrong.claims if ": entry into " in c.claimed
            and c.kind != "agreement_parties"] == [("contradicts", "atop-3740")]
