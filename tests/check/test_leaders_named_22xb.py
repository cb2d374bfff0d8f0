"""Leaders told by a possessive of their rule (issue 22, round 41), on made-up sentences: the party or kind of rule
told between the name's "'s" and the rule ("Harold Macmillan's Conservative government", "Videla's military
junta"), and a junta or an administration as much as a government (the shipped Archigos table)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _offices(store: Store, body: str, published: str = "2024-12-01") -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value.split(" from ")[0]) for c in _claims(_check(store, body, published),
                                                                          "leader_office")]


def test_a_rule_owned_told_by_its_party_or_kind(check_store: Store) -> None:
    assert _offices(check_store, "In 1960 Harold Macmillan's Conservative government weighed the offer.") == [
        ("consistent", "MacMillan led COW 200")]
    assert _offices(check_store, "By 1978 Jorge Videla's military junta distrusted its neighbours.") == [
        ("consistent", "Videla led COW 160")]


def test_a_junta_or_an_administration_owned_is_a_rule(check_store: Store) -> None:
    assert _offices(check_store, "In 1955 Dwight Eisenhower's administration courted Karachi.") == [
        ("consistent", "Eisenhower led COW 2")]
    assert _offices(check_store, "In 1975 Augusto Pinochet's junta sent an envoy to Madrid.") == [
        ("consistent", "Pinochet led COW 155")]


def test_leaders_archigos_names_by_another_of_their_surnames(check_store: Store) -> None:
    # (Archigos gives a mother's surname, or a first name, where commentary tells the father's: "Manuel Prado" is its
    # "Ugarteche", "Evo Morales" its "Juan Morales"; "Mariano Ignacio Prado" of 1876 stays its "Prado")
    assert _offices(check_store, "In 1957 Manuel Prado, then Peru's president, received the Chilean envoy.") == [
        ("consistent", "Ugarteche led COW 135")]
    assert _offices(check_store, "Lima, governed by Manuel Prado, joined the pact in 1944.") == [
        ("consistent", "Ugarteche led COW 135")]
    assert _offices(check_store, "In 2010 Evo Morales, Bolivia's president, hosted the summit.") == [
        ("consistent", "Juan Morales led COW 145")]
    assert _offices(check_store, "In 1948 Enrique Hertzog, Bolivia's president, opened the railway.") == [
        ("consistent", "Herzog led COW 145")]
    assert _offices(check_store, "In 1877 Mariano Ignacio Prado, Peru's president, bought two ironclads.") == [
        ("consistent", "Prado led COW 135")]
