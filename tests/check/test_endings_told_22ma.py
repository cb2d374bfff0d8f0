"""Endings told in shapes the rules misread (issue 22Ma), each on made-up sentences: a dissolution told in the
passive with no word of who chose it, and an end told in a clause of its own beside a breach. The record is the
shipped ledgers' and ATOP's (the Iraqi-Jordanian federation of 1958, which every coding reads as abrogated by Iraq;
the Warsaw Pact, which the curated coding reads as dissolved jointly and ATOP does not)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

#: A sentence that tells the signing of the Iraqi-Jordanian federation's constitution.
_FEDERATION = "The constitution of the Arab Federation, which joined the two Hashemite crowns, was signed on " \
              "14 February 1958. "


def _endings(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _claims(_check(store, text), "ending")]


def test_a_passive_dissolution_with_no_one_told_as_its_author_tells_an_end(check_store: Store) -> None:
    """"It was formally dissolved on 2 August 1958": the passive tells that the agreement ended, not that its members
    chose to end it together, so a coding that reads another's abrogation agrees; where the sentence tells who
    dissolved it together ("by its members", "at a meeting", "by mutual agreement"), it is a joint dissolution still."""
    assert _endings(check_store, _FEDERATION + "Six months later it was formally dissolved.") == [
        ("ended", "consistent")]
    assert _endings(check_store, _FEDERATION + "Before the year was out the pact had been quietly disbanded.") == [
        ("ended", "consistent")]
    assert _endings(check_store, "The Warsaw Pact bound Moscow and Warsaw from May 1955. The alliance was "
                                 "dissolved by its members at a session in Prague in July 1991.") == [
        ("dissolved jointly", "depends_on_coding")]


def test_an_end_told_beside_a_breach_is_a_claim_of_its_own(check_store: Store) -> None:
    """"The revolutionaries in Baghdad repudiated the union, and within weeks it was dissolved": the breach is an act,
    and the end told in a clause of its own after it a second claim, each read against the codings."""
    assert _endings(check_store, _FEDERATION + "The officers who seized Baghdad that summer tore it up, and "
                                               "within weeks it was formally dissolved.") == [
        ("ended in a breach (betrayal)", "consistent"), ("ended", "consistent")]


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
