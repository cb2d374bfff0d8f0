"""Endings told by "ran its course", by "it" mid-sentence, by idioms of a lingering end, and by two clauses of one
sentence (issue 22, ninth round): sentences written for these tests, not taken from any gold article."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_STEEL = "Germany and Italy signed the Pact of Steel in May 1939."
_LONDON = "Britain and the Soviet Union signed their alliance in London on 26 May 1942."


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _claims(_check(store, body), "ending")]


def test_ran_its_course_is_fulfilled_and_it_mid_sentence_is_the_agreement(check_store: Store) -> None:
    assert _endings(check_store, f"{_LONDON} With the defeat of Germany it had run its course.") == [
        ("fulfilled", "contradicts")]  # (both codings read the Soviet abrogation of 1955)
    assert _endings(check_store, f"{_STEEL} Few mourned it, and it went down with both regimes.") == [
        ("ended", "consistent")]


def test_a_lingering_or_finished_agreement_and_one_walked_away_from(check_store: Store) -> None:
    assert _endings(check_store, f"{_STEEL} The pact lingered on until September 1943.") == [("ended", "consistent")]
    assert _endings(check_store, f"{_STEEL} The alliance itself lingered on paper until 1943.") == [
        ("ended", "consistent")]
    assert _endings(check_store, f"{_STEEL} By 1943 the pact was finished.") == [("ended", "consistent")]
    assert _endings(check_store, f"{_LONDON} In 1955 Moscow walked away from it.") == [("abrogated", "consistent")]


def test_an_end_told_in_a_clause_of_its_own_beside_how_it_ended(check_store: Store) -> None:
    assert _endings(check_store, f"{_STEEL} The pact ended in a breach, and the remnant of the arrangement lingered on "
                                 "until September 1943.") == [("ended in a breach (betrayal)", "contradicts"),
                                                        ("ended", "consistent")]
    assert _endings(check_store, f"{_STEEL} The alliance lingered on paper until September 1943, when Rome "
                                 "denounced it.") == [("ended", "consistent"), ("abrogated", "contradicts")]
    # one clause, one claim: "ended in a breach" tells how, and no other clause tells an end
    assert _endings(check_store, f"{_STEEL} The pact ended in a breach in 1943.") == [
        ("ended in a breach (betrayal)", "contradicts")]



def test_the_pronoun_an_agreement_replaced_is_the_one_that_ended(check_store: Store) -> None:
    agreement = "Britain and the Soviet Union signed their agreement for joint action in Moscow on 12 July 1941."
    for told in ("A twenty-year alliance superseded it in 1942.", "A fuller treaty replaced it, adding an alliance."):
        endings = _claims(_check(check_store, f"{agreement} {told}"), "ending")
        assert [(c.claimed.rsplit(": ", 1)[-1], c.records[0].label.split(" (")[0]) for c in endings] == [
            ("replaced", "Anglo-Soviet Agreement for Joint Action")]
