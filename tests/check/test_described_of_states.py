"""An agreement told by a description, a referent or what its states did, read against the one stored agreement of
the told states that the words fit (issue 22ua): a wrong year contradicts only where the day and month told are
the record's; several that fit give the one bearing the date out, or nothing (the record is the shipped ledgers'
and ATOP's). Sentences made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _dates(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value) for c in _claims(_check(store, text), "agreement_date")]


def test_a_described_agreement_dated_in_the_wrong_year_contradicts(check_store: Store) -> None:
    assert _dates(check_store, "Beijing had a firm friend in Moscow, whose defence treaty with China dates from 14 "
                               "February 1951.") == [("contradicts", "signed 1950-02-14")]
    # ("it", named by a pact in the other clause; the month told is the record's)
    assert _dates(check_store, "Ankara and Baghdad had founded it in February 1956; Tehran then left the pact.") == [
        ("contradicts", "signed 1955-02-24")]


def test_another_day_or_month_is_no_tie_to_the_stored_agreement(check_store: Store) -> None:
    # (another day may be another agreement the record lacks: not a contradiction)
    assert _dates(check_store, "Beijing had a firm friend in Moscow, whose defence treaty with China dates from 3 "
                               "March 1951.") == [("not_in_record", "no such record")]
    verdicts = [c.verdict for c in _check(check_store, "Tehran joined that pact in October 1955; Ankara and "
                                                       "Baghdad had founded it in June 1955.").claims]
    assert "contradicts" not in verdicts


def test_the_two_governments_pledging_help_is_their_agreement_that_day(check_store: Store) -> None:
    text = ("Britain and the Soviet Union fought Hitler together. On 12 July 1941, four weeks after the German "
            "attack, the two governments pledged each other help and no separate peace.")
    claims = [c for c in _claims(_check(check_store, text), "agreement_date") if "12 July 1941" in c.claimed]
    assert [(c.verdict, c.records[0].id) for c in claims] == [("consistent", "gb-su-1941-anglo-soviet-alliance")]


def test_an_act_that_day_of_an_agreement_binding_the_states_told(check_store: Store) -> None:
    # (the Rio treaty, binding both, invoked by the United States that day over the quarantine; another day ties
    # nothing)
    told = _claims(_check(check_store, "On 23 October 1962 Washington and Caracas won their neighbours' support "
                                       "for a quarantine of Havana."), "event_date")
    assert [(c.verdict, c.records[-1].id) for c in told] == [("consistent", "1962-rio-treaty-cuban-missile-crisis")]
    other = _claims(_check(check_store, "On 25 October 1962 Washington and Caracas won their neighbours' support "
                                        "for a quarantine of Havana."), "event_date")
    assert [c.verdict for c in other] == ["not_in_record"]
