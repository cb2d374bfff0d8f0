"""Offices told in a relative clause, an apposition or a "with ... as" phrase; landings in force; one member's own act
told of another member (issue 22r), each on made-up sentences (the record is the shipped ledgers'; no leaders are
imported, so every office is one the store cannot check)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims
from tests.check.sentences import leaders_in as _leaders


def test_an_office_told_in_a_relative_clause_or_on_taking_it(check_store: Store) -> None:
    text = ("Ibn Saud, who had been king of the Hejaz since 1926, waited. Konstantinos Karamanlis, who became the "
            "Greek prime minister in 1955, hesitated. Sanna Marin, sworn in as prime minister in December 2019, "
            "spoke. Justin Trudeau, then and now Canada's prime minister, agreed.")
    assert _leaders(check_store, text) == [
        ("Ibn Saud, who had been king", "king"),
        ("Konstantinos Karamanlis, who became the Greek prime minister", "prime minister"),
        ("Sanna Marin, sworn in as prime minister", "prime minister"),
        ("Justin Trudeau, then and now Canada's prime minister", "prime minister")]


def test_offices_of_a_party_a_principality_and_a_long_state_name(check_store: Store) -> None:
    text = ("Kim Il Sung, the party leader since 1949, refused. Alexander, then Prince of Bulgaria, abdicated. "
            "Faustin-Archange Touadera, the Central African Republic's president, left. Crown Prince Rudolf, the "
            "crown prince of Austria, died.")
    assert _leaders(check_store, text) == [
        ("Kim Il Sung, the party leader", "party leader"),
        ("Alexander, then Prince", "Prince"),
        ("Faustin-Archange Touadera, the Central African Republic's president", "president")]


def test_an_office_told_by_what_its_holder_did_in_it(check_store: Store) -> None:
    text = ("Ghana was independent, with Kwame Nkrumah as prime minister. Jawaharlal Nehru led the government in "
            "New Delhi. Haile Selassie, who had ruled Ethiopia since 1930, fled. The Habsburgs, who ruled Austria, "
            "fell; the Romanovs led the government nowhere.")
    assert _leaders(check_store, text) == [
        ("with Kwame Nkrumah as prime minister", "prime minister"),
        ("Jawaharlal Nehru led the government", "led the government"),
        ("Haile Selassie, who had ruled", "ruled")]
    claims = _claims(_check(check_store, "Haile Selassie, who had ruled Ethiopia since 1930, fled in May 1936."),
                     "leader_office")
    assert [(c.verdict, c.claimed) for c in claims] == [  # Archigos: from 3 April 1930
        ("consistent", "Haile Selassie, who had ruled in office on 1930")]


def test_troops_put_ashore_are_a_landing_in_force_not_a_visit(check_store: Store) -> None:
    found = _claims(_check(check_store, "On 20 July 1974 Turkey landed troops near Kyrenia, in Cyprus."), "event_date")
    assert [(c.verdict, c.record_value) for c in found] == [("consistent", "war on 1974-07-20")]
    assert found[0].claimed.startswith("landing")
    slip = _claims(_check(check_store, "Turkish soldiers came ashore in Cyprus on 20 July 1975."), "event_date")
    assert [c.verdict for c in slip] == ["contradicts"]


def test_one_members_own_act_is_not_another_members(check_store: Store) -> None:
    other = _claims(_check(check_store, "Turkey's parliament ratified the North Atlantic Treaty on 5 March 2024."),
                    "event_date")
    assert [c.verdict for c in other] == ["not_in_record"]


def test_two_states_on_the_very_day_told_are_the_records_event_whatever_the_verb(check_store: Store) -> None:
    found = _claims(_check(check_store, "On 31 December 1999 Panama took over the canal from the United States."),
                    "event_date")
    assert [(c.verdict, c.record_value) for c in found] == [("consistent", "expired on 1999-12-31")]
    alone = _claims(_check(check_store, "On 31 December 1999 Panama held a ceremony for the canal."), "event_date")
    assert [c.verdict for c in alone] == ["not_in_record"]
    # a record the verb tells of, a day away, goes before one found only by the day
    war = _claims(_check(check_store, "Moscow declared war on Tokyo on 9 August 1945."), "event_date")
    assert [(c.verdict, c.record_value) for c in war] == [("within_tolerance", "war on 1945-08-08")]


def test_troops_sent_to_an_ally_are_the_alliance_honoured(check_store: Store) -> None:
    found = _claims(_check(check_store, "In February 1964 French troops flew into Libreville and restored the "
                                        "government of Gabon."), "event_date")
    assert [(c.verdict, c.record_value) for c in found] == [("consistent", "honored on 1964-02")]
