"""Endings told in shapes the rules misread (issue 22Ma), each on made-up sentences: the parties told as a clause's
subject, what the parties let lapse, and "none" told of agreements together. The record is the shipped ledgers' and
ATOP's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _endings(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _claims(_check(store, text), "ending")]


def test_the_parties_told_as_a_clauses_subject_tell_of_the_sentences_agreement(check_store: Store) -> None:
    """"Nobody broke it; neither country walked out": the second clause names no agreement, but its subject is the
    parties of the one the first clause tells the ending of, and what it denies them is a second claim."""
    text = "Ottawa and Mexico City were among the governments bound by the Declaration by United Nations of 1942. "
    assert _endings(check_store, text + "No one ever breached it; neither of the two countries walked out.") == [
        ("not ended in a breach (betrayal)", "consistent"), ("not abrogated", "consistent")]


def test_what_the_parties_let_lapse_is_the_agreement_whatever_its_noun(check_store: Store) -> None:
    """"They let the bargain run out": whatever noun the writer picks, what the parties let lapse or expire is the
    agreement the article is about (here the Austro-Serbian convention of 1881, which ATOP reads as expired)."""
    text = "In June 1881 Belgrade signed a secret convention with Austria-Hungary. "
    assert _endings(check_store, text + "Fifteen years on, the two courts simply let the bargain run out.") == [
        ("expired", "consistent")]


def test_none_told_of_agreements_together_denies_each_its_ending(check_store: Store) -> None:
    """"None has been terminated", "not one of them was broken", "none of the five was denounced": an ending denied of
    each of the agreements the article just told (or, where it told none, of those the pair shares), read as one
    claim that a coding agrees with where it reads none of them so."""
    text = "Tunisia and Sudan sit together in the Arab League's pact of 1945 and its joint defence treaty of 1950. "
    assert _endings(check_store, text + "None has been terminated.") == [("not ended", "consistent")]
    assert _endings(check_store, text + "Not one of them was ever broken by either government.") == [
        ("not ended in a breach (betrayal)", "consistent")]
