"""Parties told of an agreement a sentence's other claims (a date's, an event's, an ending's) were read against, where
no rule read its parties (issue 22, round 19): states told adopting, ratifying or following, and a member's entry or
exit read as the parties claim it makes too; each on made-up sentences (the record is the shipped ledgers' and
ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

#: A sentence naming the Rio Treaty, before one telling a member's exit by a noun (the record: Venezuela left on
#: 14 July 2015).
RIO = "Caracas denounced the Rio Treaty under Chávez. "


def _parties(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "agreement_parties")]


def test_states_told_adopting_an_agreement_wrongly_dated_are_its_parties(check_store: Store) -> None:
    # (the years are the states' own entries, not the signing's: the date's claim contradicts, the parties hold)
    parties = _parties(check_store, "Trinidad and Tobago adopted the Rio Treaty in 1967 and the Bahamas followed in "
                                    "1982.")
    assert parties == [("consistent", "parties: Trinidad and Tobago, Bahamas")]
    # (a founder told signing in another year: the signing's date is what is wrongly told, read by its own claim)
    assert not _parties(check_store, "Portugal adopted the North Atlantic Treaty in April 1950, and Iceland followed.")


def test_a_member_s_exit_told_by_a_noun_is_a_parties_claim_with_its_verdict(check_store: Store) -> None:
    assert _parties(check_store, RIO + "Venezuela's withdrawal took effect in July 2015.") == [
        ("consistent", "parties: Bolivarian Republic of Venezuela: exit from Inter-American Treaty of Reciprocal "
                       "Assistance July 2015")]
    # (a year off: the membership told wrong)
    assert [v for v, _ in _parties(check_store, RIO + "Venezuela's withdrawal took effect in July 2014.")] == [
        "contradicts"]


def test_an_act_told_years_off_or_denied_gives_no_parties_claim(check_store: Store) -> None:
    # (years off: another act, perhaps; the exit's own date claim says so)
    assert not _parties(check_store, RIO + "Venezuela's withdrawal took effect in July 2012.")
    assert not _parties(check_store, "Ireland never adopted the North Atlantic Treaty, signed in April 1949.")


def test_a_signing_the_record_found_no_agreement_for_is_read_without_error(check_store: Store) -> None:
    # (a relative clause of two signers of an agreement told by its kind: the second's joining has no record of its
    # own; it once raised an IndexError)
    result = _check(check_store, "The North Atlantic Treaty came first. It is the alliance that Norway signed in "
                                 "1949 and Spain joined after the end of the dictatorship.")
    assert any(c.kind == "agreement_date" for c in result.claims)
