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
    assert _offices(check_store, text) == [
        ("consistent", "Ilhma Aliyev led COW 373 from 2003-08-04 to the table's end (2015-12-31)")]  # still in office
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


def test_an_office_told_by_a_pronoun_holding_or_taking_it(check_store: Store) -> None:
    text = ("Chancellor Konrad Adenauer met the envoy in Bonn. In 1955 he was still West Germany's chancellor. "
            "Prime Minister Harold Wilson flew to Ottawa in 1966. He became prime minister again in March 1974.")
    assert [(m.text, m.how, m.value) for m in _check(check_store, text).mentions
            if m.kind == "leader" and m.value] == [("he", "was still West Germany's chancellor", "Adenauer"),
                                                   ("He", "became prime minister", "Wilson")]
    assert [(v, c) for v, c in _offices(check_store, text)][1::2] == [
        ("consistent", "Adenauer led COW 260 from 1949-09-16 to 1963-10-15"),
        ("consistent", "Wilson led COW 200 from 1974-03-04 to 1976-04-05")]
    # (an office of a body is none; a pronoun read where the record disagrees is dropped, never a contradiction)
    assert not [m for m in _check(check_store, "President Gerald Ford spoke in Ottawa in 1975. In 1950 he was "
                                               "president of the club.").mentions if m.kind == "leader" and m.value]
    assert all(v == "consistent" for v, _ in _offices(check_store, "Chancellor Willy Brandt spoke in Bonn in 1970. "
                                                                   "In 1950 he was chancellor."))


def test_a_day_told_one_day_off_a_spells_start_or_end_is_within_tolerance(check_store: Store) -> None:
    assert [v for v, _ in _offices(check_store, "Urho Kekkonen, Finland's president from 29 February 1956, renewed "
                                                "the treaty with the Soviet Union.")] == ["within_tolerance"]
    assert [v for v, _ in _offices(check_store, "Urho Kekkonen, Finland's president until 12 September 1981, was "
                                                "ill.")] == ["within_tolerance"]
    assert [v for v, _ in _offices(check_store, "Urho Kekkonen, Finland's president until 12 September 1983, was "
                                                "ill.")] == ["contradicts"]


def test_a_monarch_told_by_the_regnal_name_in_another_language(check_store: Store) -> None:
    text = "In 1905 William II of Germany met the Tsar at Björkö."  # (Archigos: "Wilhelm II")
    assert [(m.text, m.target) for m in _check(check_store, text).mentions if m.kind == "leader"] == [
        ("William II", "leader:Wilhelm II")]
    assert [v for v, _ in _offices(check_store, "In 1910 Franz Joseph I, Austria-Hungary's emperor, visited "
                                                "Sarajevo.")] == ["consistent"]
    gaz = gazetteer(check_store)  # (the number is the monarch's own: Wilhelm I is no "William II")
    assert archigos_alike("William II", gaz, {255}, dt.date(1870, 1, 1), dt.date(1880, 12, 31)) is None
