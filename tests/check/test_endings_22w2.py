"""Endings and "in force" read against each coding (issue 22, eighth round), each on made-up sentences (the record is
the shipped ledgers' and ATOP's): an abrogation told apart from a violation only where a coding does so, an ending
judged with its date only in the date's clause, agreements told as a settlement or a charter, parties told still
bound (or bound until a victory), "in force" told beside a denial in an aside, and an agreement described as the
object of an active verb of replacing."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _check(store, body).claims if c.kind == "ending"]


def test_an_abrogation_is_a_violation_only_where_no_coding_tells_them_apart(check_store: Store) -> None:
    # one coding reads an abrogation, another a violation: the word picks the abrogation
    laos = "In July 1962 Burma and India signed the Declaration on the Neutrality of Laos. {}"
    for told in ("Two years later it was repudiated.", "Within two years the declaration had been abrogated."):
        assert _endings(check_store, laos.format(told)) == [("abrogated", "depends_on_coding")]
    # every coding reads the state's denunciation as its violation: read so
    assert _endings(check_store, "In May 1915 Rome denounced the Triple Alliance.") == [("abrogated", "consistent")]


def test_an_ending_is_judged_with_its_date_only_in_the_clause_of_its_word(check_store: Store) -> None:
    body = "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. {}"
    # (the record's end is 18 June 1890: the date one day off is a claim of its own beside the ending)
    assert _endings(check_store, body.format("The treaty simply lapsed: it was over on 19 June 1890.")) == [
        ("expired", "consistent")]
    assert _endings(check_store, body.format("It ended on 19 June 1890, and Berlin in effect let it lapse.")) == [
        ("expired", "consistent")]
    assert _endings(check_store, body.format("It expired on 19 June 1890.")) == [("expired", "within_tolerance")]


def test_an_agreement_told_as_a_settlement_an_understanding_or_a_charter(check_store: Store) -> None:
    reinsurance = "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. {}"
    assert _endings(check_store, reinsurance.format("That understanding lapsed three years later.")) == [
        ("expired", "consistent")]
    assert _endings(check_store, reinsurance.format("The German settlement ran out in 1890.")) == [
        ("expired", "consistent")]
    nato = "Norway and Portugal signed the North Atlantic Treaty in April 1949. {}"
    assert _endings(check_store, nato.format("The charter formally remains in force.")) == [("in force", "consistent")]


def test_parties_told_still_bound_or_bound_until_a_victory(check_store: Store) -> None:
    nato = "Norway and Portugal signed the North Atlantic Treaty in April 1949, and {}"
    for told in ("both are still bound by it.", "it has bound Oslo and Lisbon ever since."):
        assert _endings(check_store, nato.format(told)) == [("in force", "consistent")]
    assert _endings(check_store, "On 1 January 1942 Britain and China signed the Declaration by United Nations, and "
                                 "both were bound by it until Japan's surrender.") == [("fulfilled", "consistent")]
    # bound in the past, with no end told, is no ending
    assert not _endings(check_store, "Norway was bound by the North Atlantic Treaty in 1950.")


def test_in_force_told_beside_a_denial_in_an_aside(check_store: Store) -> None:
    assert _endings(check_store, "The North Atlantic Treaty, never denounced, is still in force.") == [
        ("in force", "consistent"), ("not abrogated", "consistent")]


def test_a_state_told_in_a_clause_before_the_one_telling_the_treaty_in_force(check_store: Store) -> None:
    # (the whole treaty's ending: ATOP keeps it in force for its remaining members, the curated coding has it
    # dissolved; not France's own exit)
    found = [(c.verdict, c.record_value) for c in _check(
        check_store, "France left SEATO in 1974, though the Manila treaty itself is still in force.").claims
        if c.kind == "ending"]
    assert [v for v, _ in found] == ["depends_on_coding"]
    assert "France" not in found[0][1]


def test_an_agreement_described_as_the_object_of_an_active_verb_of_replacing_was_replaced(check_store: Store) -> None:
    for told in ("Kabul and Beijing later signed a friendship treaty, a text which supersedes the non-aggression "
                 "pact the two countries signed in August 1960.",
                 "The new treaty replaced the non-aggression pact that China and Afghanistan had signed in 1960."):
        assert ("replaced", "consistent") in _endings(check_store, told)
    # replaced by it: the agreement described replaced another, and is not told ended
    assert not any(e == "replaced" for e, _ in _endings(
        check_store, "The old pact was replaced by the non-aggression pact that China and Afghanistan signed in 1960."))
