"""Endings told in phrasings the checker used to miss (issue 22): a party's own exit denied ("neither of them has
pulled out of it"), a subject that denies a breach by a partner or a country ("neither partner is held to have broken
it") and a word kept ("each partner kept its word"); each on made-up sentences (the record is the shipped ledgers' and
ATOP's)."""

from __future__ import annotations

from foedus.check.claims.endings import _claimed_ending
from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _check(store, body).claims if c.kind == "ending"]


def test_an_exit_denied_is_no_abrogation() -> None:
    assert _claimed_ending("Neither government has ever withdrawn from it.") == "not abrogated"
    assert _claimed_ending("Neither capital has pulled out of it since.") == "not abrogated"
    assert _claimed_ending("In the end no member walked out.") == "not abrogated"
    # a date after the words tells an exit of the record's, read elsewhere: not this rule's
    assert _claimed_ending("Both walked out on 4 May 1950, after the coup.") is None


def test_a_breach_denied_of_partners_or_countries() -> None:
    assert _claimed_ending("Neither partner is held to have broken it.") == "not breach"
    assert _claimed_ending("No country was ever found to have violated the accord.") == "not breach"


def test_a_word_kept_denies_a_breach() -> None:
    assert _claimed_ending("Each partner kept its word to the last.") == "not breach"
    assert _claimed_ending("Both sides kept faith with the bargain.") == "not breach"
    # a word not kept is a breach told elsewhere, never a denial of one
    assert _claimed_ending("Rome never kept its word.") is None


def test_a_word_kept_read_against_the_codings(check_store: Store) -> None:
    found = _endings(check_store, "Serbia and Bulgaria signed the Serbian-Bulgarian alliance in March 1912. It is "
                                  "remembered as a pact in which each partner kept its word.")
    assert found and found[-1][1].endswith("not ended in a breach (betrayal)")
