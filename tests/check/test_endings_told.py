"""Endings told in shapes the rules did not read (issue 22La), each on made-up sentences: an agreement told to have
died or collapsed by a common noun or in a relative clause of its own. The record is the shipped ledgers' and
ATOP's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

#: A sentence that names the Laos declaration of 1962 (which the record ends in June 1964) and two of its signatories.
_LAOS = "Beijing and New Delhi both put their names to the Declaration on the Neutrality of Laos in 1962. "


def _endings(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _claims(_check(store, text), "ending")]


def test_an_agreement_told_by_its_kind_that_died_or_collapsed_ended(check_store: Store) -> None:
    """"The declaration quietly died in 1964", "the settlement collapsed", "the declaration was dead": a declaration,
    a settlement, a charter or a protocol ends as a pact or a treaty does, and the record ends this one."""
    assert _endings(check_store, _LAOS + "The declaration quietly died in 1964.") == [("ended", "consistent")]
    assert _endings(check_store, _LAOS + "That settlement collapsed within two years.") == [("ended", "consistent")]
    assert _endings(check_store, _LAOS + "By 1965 the declaration was dead.") == [("ended", "consistent")]


def test_an_end_told_in_a_relative_clause_of_the_agreement(check_store: Store) -> None:
    """"The declaration, which died in 1964, bound a dozen governments", "That settlement, which fell apart two
    years later, ...": the relative pronoun stands for the agreement, whose end the clause tells; not where it stands
    for a state ("the Soviet Union, which collapsed in 1991": no agreement's end)."""
    assert _endings(check_store, _LAOS + "The declaration, which died in 1964, bound a dozen governments.") == [
        ("ended", "consistent")]
    assert _endings(check_store, _LAOS + "That settlement, which fell apart two years later, bound a dozen "
                                         "governments.") == [("ended", "consistent")]
    assert _endings(check_store, "Poland and the Soviet Union signed the Warsaw Pact in 1955. The Soviet Union, "
                                 "which collapsed in 1991, never left it.") == []



def test_a_part_of_the_agreement_told_by_its_pronoun_stands_for_it(check_store: Store) -> None:
    """"Its defence clause is still in force", "Its mutual-aid provisions remain in force": the clause or the
    provisions of the agreement the article was just about, told still in force (the Arab Maghreb Union's treaty of
    1989, which the record keeps in force); "its army" is no part of an agreement."""
    union = "Morocco and Mauritania founded the Arab Maghreb Union at Marrakesh on 17 February 1989. "
    assert _endings(check_store, union + "Its defence clause is still formally in force.") == [
        ("in force", "consistent")]
    assert _endings(check_store, union + "Its mutual-aid provisions remain in force today.") == [
        ("in force", "consistent")]
    assert _endings(check_store, union + "Its army is still in force in the south.") == []


def test_how_long_an_agreement_lasted_told_in_a_relative_clause(check_store: Store) -> None:
    """"The declaration, which lasted until 1964, ...": the span told in a relative clause of the agreement is its
    end, as "the pact lasted until 1954" is, both its ending and its date."""
    result = _check(check_store, _LAOS + "The declaration, which lasted until 1964, bound a dozen governments.")
    assert [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _claims(result, "ending")] == [
        ("ended", "consistent")]
    assert [c.verdict for c in _claims(result, "agreement_date") if " ended " in c.claimed] == ["consistent"]
