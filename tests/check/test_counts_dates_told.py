"""Counts and agreement dates told in shapes the rules once missed: a pair's breaches told to be none by any form of
the verb, after "never", "no one" or "nobody" as well as "neither". Made-up sentences; the record is the shipped
ledgers' and ATOP's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_OPENING = "Norway and Denmark have shared several agreements over the years. "


def test_breaches_told_none_by_any_form_of_the_verb(check_store: Store) -> None:
    result = _check(check_store, _OPENING + "Neither government was ever judged to violate one of them. Nobody has "
                                            "charged either capital with breaching any of them. Their oldest pact "
                                            "has never once been broken by either side.")
    counts = [c for c in _claims(result, "count") if "no breach" in c.claimed]
    assert [c.verdict for c in counts] == ["consistent"] * 3
    assert all("Norway" in c.claimed and "Denmark" in c.claimed for c in counts)


def test_a_breach_given_as_a_reason_is_no_count(check_store: Store) -> None:
    result = _check(check_store, _OPENING + "Oslo never forgave Stockholm for breaking the union.")
    assert not [c for c in _claims(result, "count") if "breach" in c.claimed]


_RIO = "Chile and Peru are both bound by the Rio pact. "


def test_an_agreement_told_in_force_from_a_date(check_store: Store) -> None:
    right = _check(check_store, _RIO + "The Rio pact, in force from 3 December 1948, still binds the two.")
    assert [c.verdict for c in _claims(right, "agreement_date") if " in force " in c.claimed] == ["consistent"]
    wrong = _check(check_store, _RIO + "The Rio pact, in force from 3 December 1950, still binds the two.")
    assert [c.verdict for c in _claims(wrong, "agreement_date") if " in force " in c.claimed] == ["contradicts"]


def test_the_entry_into_force_of_an_agreement_told_signed_by_a_description(check_store: Store) -> None:
    result = _check(check_store, "Chile and Peru signed a treaty of reciprocal assistance on 2 September 1947 that "
                                 "took effect on 3 December 1950.")
    told = [c for c in _claims(result, "agreement_date") if " in force " in c.claimed]
    assert [c.verdict for c in told] == ["contradicts"] and "1948-12-03" in told[0].record_value
