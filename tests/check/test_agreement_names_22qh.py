"""Agreements told by a name the checker did not link (issue 22): a pair of states' adjectives before any agreement
noun ("the Egyptian-Syrian agreement", "the German-Polish declaration"), and one word of an agreement's name or of the
place it was signed before a noun other than its own ("the Manila treaty" for the Manila Pact, "the Freetown
protocol"). Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import agreement_links as _links


def test_an_adjective_pair_before_an_agreement_declaration_or_convention(check_store: Store) -> None:
    assert _links(check_store, "Damascus soon forgot the Egyptian-Syrian agreement of that autumn.") == [
        ("the Egyptian-Syrian agreement", "treaty:eg-sy-1966-joint-defence-agreement")]
    assert _links(check_store, "Warsaw trusted the German-Polish declaration far too long.") == [
        ("the German-Polish declaration", "treaty:de-pl-1934-non-aggression-declaration")]
    assert _links(check_store, "Belgrade kept the Austro-Serbian convention quiet for years.") == [
        ("the Austro-Serbian convention", "treaty:atop-1345")]
    # both capitals' states are in NATO, but a declaration told by the pair is not NATO's treaty
    assert not [t for _, t in _links(check_store, "Minorities gained much from the Bonn-Copenhagen declaration.")
                if t]


def test_an_adjective_pair_picks_the_agreement_named_for_it_among_several(check_store: Store) -> None:
    # Egypt and Jordan share the Arab League's pacts too; the one whose name holds the pair is meant
    assert _links(check_store, "Amman did not forget the Egyptian-Jordanian pact.") == [
        ("the Egyptian-Jordanian pact", "treaty:1967-egypt-jordan-iraq-defence-pact")]


def test_one_word_of_a_name_or_a_signing_place_with_another_noun(check_store: Store) -> None:
    assert _links(check_store, "Bangkok never quite trusted the Manila treaty.") == [
        ("Manila treaty", "treaty:1954-seato")]
    assert _links(check_store, "Monrovia leaned on the Freetown protocol when the rebels came.") == [
        ("Freetown protocol", "treaty:1981-ecowas-mutual-assistance-defence")]
    assert _links(check_store, "Kabul read the Saadabad treaty narrowly.") == [
        ("Saadabad treaty", "treaty:1937-saadabad-pact")]
    # a state's adjective is no name word, and a name word links nothing out of force in the sentence's year
    assert not [t for text, t in _links(check_store, "Rome denounced the French treaty in 1935.")
                if text == "French treaty"]
    assert not [t for text, t in _links(check_store, "Maputo's peace came with the Rome accord of October 1992.")
                if text == "Rome accord"]


def test_a_place_where_several_agreements_were_signed_is_told_apart_by_the_noun(check_store: Store) -> None:
    # two agreements of cooperation were signed at Ankara in 1959, a treaty of mutual assistance in 1939
    assert _links(check_store, "Paris counted on the Ankara treaty in the spring of 1940.") == [
        ("Ankara treaty", "treaty:1939-anglo-franco-turkish-treaty")]
