"""Endings told in phrasings the checker used to miss (issue 22): a party's own exit denied ("neither of them has
pulled out of it"), a subject that denies a breach by a partner or a country ("neither partner is held to have broken
it"); each on made-up sentences."""

from __future__ import annotations

from foedus.check.claims.endings import _claimed_ending


def test_an_exit_denied_is_no_abrogation() -> None:
    assert _claimed_ending("Neither government has ever withdrawn from it.") == "not abrogated"
    assert _claimed_ending("Neither capital has pulled out of it since.") == "not abrogated"
    assert _claimed_ending("In the end no member walked out.") == "not abrogated"
    # a date after the words tells an exit of the record's, read elsewhere: not this rule's
    assert _claimed_ending("Both walked out on 4 May 1950, after the coup.") is None


def test_a_breach_denied_of_partners_or_countries() -> None:
    assert _claimed_ending("Neither partner is held to have broken it.") == "not breach"
    assert _claimed_ending("No country was ever found to have violated the accord.") == "not breach"

