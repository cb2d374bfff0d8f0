"""Dates read against every act the record holds of the told agreement or states that day (issue 22, round 11):
another act of the same agreement than the one a date was first compared with (a member's entry, an event of it,
its ending), an event of a told state told in words the events' vocabulary does not know, an end told of an
agreement the sentence does not name, and a state's entry into an agreement other than the one a name was linked
to. Sentences made up; the record is the shipped ledgers' and ATOP's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _dated(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value) for c in _check(store, body).claims
            if c.kind in {"agreement_date", "event_date"}]


def test_a_date_of_another_act_of_the_agreement_than_its_signing(check_store: Store) -> None:
    # a member's entry (told by the state), an event of the agreement, its ending: each its own day
    assert _dated(check_store, "In October 1951 Ankara's accession to the North Atlantic Treaty was signed.") == [
        ("consistent", "entered 1951-10-22")]
    assert _dated(check_store, "When Washington called on the Rio treaty's members to back its naval quarantine "
                               "of Cuba on 23 October 1962, they did.") == [("consistent", "invoked 1962-10-23")]
    assert _dated(check_store, "On 15 June 1866 the German Confederation collapsed.") == [
        ("consistent", "ending 1866-06-15")]
    assert _dated(check_store, "On 12 September 2001 Ottawa and Rome stood with Washington under the North "
                               "Atlantic Treaty.") == [("consistent", "invoked 2001-09-12")]


def test_another_act_is_never_read_at_a_coarser_date_nor_a_wrong_one(check_store: Store) -> None:
    # no act of the treaty that day: the signing's verdict stands
    assert all(v != "consistent" for v, _ in _dated(
        check_store, "On 14 March 1963 Paris and Bonn stood together under the Elysee Treaty."))
    assert _dated(check_store, "The North Atlantic Treaty was signed in Washington in April 1950.") == [
        ("contradicts", "signed 1949-04-04")]


def test_an_act_of_the_agreement_a_day_off_is_within_tolerance_and_nothing_that_day_stays_unknown(
        check_store: Store) -> None:
    assert _dated(check_store, "On 15 September 2001 Canberra stood by Washington under ANZUS.") == [
        ("within_tolerance", "invoked 2001-09-14")]
    # nothing of the state that day: still not in the record, never a contradiction
    assert all(v == "not_in_record" for v, _ in _dated(
        check_store, "Chilean envoys waved their hats at Valparaiso on 9 May 1931."))


def test_an_end_told_of_an_agreement_the_sentence_does_not_name(check_store: Store) -> None:
    assert _dated(check_store, "On 30 June 1977 the Manila alliance was dissolved, five years after Pakistan "
                               "walked out.") == [("consistent", "statement on 1977-06-30")]
    # a war's end is no agreement's: nothing is read for it
    assert all(v != "consistent" for v, _ in _dated(
        check_store, "For Ankara the war ended on 2 September 1945, as for London."))


def test_an_entry_into_another_agreement_of_the_same_states_that_very_day(check_store: Store) -> None:
    # "the Arab League's pact" links to the 1945 pact; Iraq's entry that day is into the joint defence treaty
    claims = [c for c in _check(check_store, "Iraq ratified the Arab League's pact on 2 February 1951.").claims
              if c.kind in {"agreement_date", "event_date"}]
    assert [(c.verdict, c.record_value) for c in claims] == [("consistent", "entered 1951-02-02")]
    assert claims[0].records[0].id == "1950-arab-league-joint-defence"
