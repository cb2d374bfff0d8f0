"""Claims the record holds what is needed for, each on a short made-up sentence: a leader whose name an article
spells otherwise than Archigos (a romanisation of other vowels, a namesake's surname) is still found.
"""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _leaders(store: Store, body: str) -> list[Claim]:
    result = _check(store, body)
    return [c for c in result.claims if c.kind == "leader_office"]


def test_a_leader_spelt_with_other_vowels_is_found_among_the_states_leaders_then(check_store: Store) -> None:
    # "Phomvihane" is Archigos's "Phomivan": the same first letter, the consonants but one
    found = _leaders(check_store, "In 1980 Laos was led by Kaysone Phomvihane.")
    assert [(c.verdict, c.records[0].label) for c in found] == [("consistent", "Phomivan")]
    # (not in office then: no leader of Laos so spelt is found, and nothing is said to agree)
    assert [c.verdict for c in _leaders(check_store, "In 1965 Laos was led by Kaysone Phomvihane.")] != ["consistent"]


def test_a_surname_archigos_gives_only_a_namesake_elsewhere_is_the_told_states_leader(check_store: Store) -> None:
    # Archigos's "Hertzog" led South Africa, its "al-Khalifa" Sudan: the states told had "Herzog" and "Isa Ibn
    # Al-Khalifah" in office then
    bolivia = _leaders(check_store, "In 1948 Bolivia's president, Enrique Hertzog, received the envoys.")
    assert [(c.verdict, c.records[0].label) for c in bolivia] == [("consistent", "Herzog")]
    bahrain = _leaders(check_store, "In 1975 Bahrain's ruler, Isa bin Salman Al Khalifa, received the envoys.")
    assert [(c.verdict, c.records[0].label) for c in bahrain] == [("consistent", "Isa Ibn Al-Khalifah")]
