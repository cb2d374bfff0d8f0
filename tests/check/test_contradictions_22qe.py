"""Missed tolerances and contradictions (issue 22qe): a claim read as consistent though the record, compared with
the value the article tells, shows it a day off or wrong; each on made-up sentences read against the record."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def test_parties_told_by_an_entry_a_day_off_are_within_tolerance(check_store: Store) -> None:
    # ATOP records Jordan's entry into the Egyptian-Syrian defence pact on 24 October 1956: an entry told on the 25th
    # makes the party claim of the three states, told at that date, a day off too
    result = check_sentences(check_store, "Jordan acceded on 25 October 1956 to the defence pact Egypt and Syria had "
                                          "concluded a year before.")
    parties = claims_of(result, "agreement_parties")
    assert [c.verdict for c in parties] == ["within_tolerance"]
    assert "25 October 1956" in parties[0].claimed
    assert "1956-10-24" in parties[0].reason


def test_parties_told_by_an_entry_on_the_recorded_day_stay_consistent(check_store: Store) -> None:
    result = check_sentences(check_store, "Jordan acceded on 24 October 1956 to the defence pact Egypt and Syria had "
                                          "concluded a year before.")
    assert [c.verdict for c in claims_of(result, "agreement_parties")] == ["consistent"]
