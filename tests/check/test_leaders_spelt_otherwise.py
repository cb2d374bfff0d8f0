"""Leaders whose names an article spells otherwise than Archigos (issue 22, round 11): a transliteration, a dropped
accent or particle, or Archigos's own slip, linked only to the one leader of a state told who was in office about
the date told (:func:`foedus.check.mentions.archigos_alike`); where no one, or more than one, is so spelt, nothing is
linked and nothing contradicted. Sentences made up for these tests."""

from __future__ import annotations

import datetime as dt

from foedus.check.mentions import archigos_alike, gazetteer
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims
from tests.check.sentences import leaders_in as _leaders


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value) for c in _claims(_check(store, body), "leader_office")]


def test_a_leader_told_with_an_office_and_spelt_otherwise_is_the_one_in_office_then(check_store: Store) -> None:
    # (Archigos writes "Avellanda" and "Kuwatli")
    assert _offices(check_store, "Nicolás Avellaneda, Argentina's president, received the Chilean envoy in "
                                 "1877.") == [("consistent", "Avellanda led COW 160 from 1874-10-12 to 1880-09-21")]
    assert _offices(check_store, "In 1956 Shukri al-Quwatli, Syria's president, flew to Moscow.") == [
        ("consistent", "Kuwatli led COW 652 from 1955-09-06 to 1958-02-01")]


def test_a_leader_named_with_no_office_and_spelt_otherwise_is_read_only_in_office(check_store: Store) -> None:
    text = "In June 2008 Ilham Aliyev welcomed the Georgian delegation to Azerbaijan."  # (Archigos: "Ilhma Aliyev")
    assert [(m.text, m.target) for m in _check(check_store, text).mentions if m.kind == "leader"] == [
        ("Ilham Aliyev", "leader:Ilhma Aliyev")]
    assert _offices(check_store, text) == [("consistent", "Ilhma Aliyev led COW 373 from 2003-08-04 to None")]
    # (a name told at a date no leader so spelt held office, or of a state told that none so spelt led, is none)
    assert _leaders(check_store, "In June 1950 Ilham Aliyev welcomed the Georgian delegation to Azerbaijan.") == []
    assert _leaders(check_store, "In June 2008 Ilham Aliyev welcomed the delegation to Armenia.") == []


def test_a_name_spelt_otherwise_far_from_the_spells_or_alike_two_leaders_is_no_one(check_store: Store) -> None:
    assert all(verdict != "contradicts" for verdict, _ in _offices(
        check_store, "Nicolás Avellaneda, Argentina's president, received the Chilean envoy in 1920."))
    gaz = gazetteer(check_store)
    # (two Estradas led Nicaragua in 1910; a one-word name is no one's)
    assert archigos_alike("Juan Estrada", gaz, {93}, dt.date(1910, 1, 1), dt.date(1910, 12, 31)) is None
    assert archigos_alike("Sarney", gaz, {140}, dt.date(1986, 1, 1), dt.date(1986, 12, 31)) is None
    assert archigos_alike("José Sarney", gaz, {140}, dt.date(1986, 1, 1), dt.date(1986, 12, 31)) == "Sarnay"
    assert archigos_alike("José Sarney", gaz, {160}, dt.date(1986, 1, 1), dt.date(1986, 12, 31)) is None
