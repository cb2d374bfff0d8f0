"""Events told at a time only relative to another (issue 22, helper 22oc): "N years later", "last spring", "the
previous winter" are relative times too; a clause whose actor is a leader is an act of the state he led; one that
names no state at all is an act of the states of the sentence before, tied to a record only by its verb's kind or
the record's own words. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _events(result: object, word: str) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in _claims(result, "event_date")  # type: ignore[arg-type]
            if word in c.text]


def test_a_count_of_years_later_is_a_relative_time_at_the_year_so_many_on(check_store: Store) -> None:
    text = ("Chile and Peru settled their quarrel over Tacna in June 1929. Four years later Peru sent a trade "
            "mission to the Chilean capital.")
    assert _events(_check(check_store, text), "trade mission") == [
        ("event of Peru and Chile Four years later (1933)", "not_in_record")]


def test_last_spring_and_the_previous_winter_are_relative_times(check_store: Store) -> None:
    text = ("Norway and Iceland signed a fisheries accord in May 2019. The Icelandic minister toured Bergen the "
            "previous winter, and I walked the old harbour there last spring.")
    assert _events(_check(check_store, text), "toured Bergen") == [
        ("event of Republic of Iceland the previous winter (2018)", "not_in_record")]  # ("I walked": no one named)


def test_a_leader_acting_at_a_relative_time_is_his_state_acting(check_store: Store) -> None:
    text = ("Bonn and Paris argued in Brussels on 4 May 1962. Chancellor Adenauer recalled his envoy within weeks, "
            "and London said nothing.")
    assert _events(_check(check_store, text), "recalled his envoy") == [
        ("withdrawal of German Federal Republic within weeks (1962)", "not_in_record")]


def test_an_act_naming_no_state_is_one_of_the_states_told_before(check_store: Store) -> None:
    text = ("Iraqi and Syrian officers quarrelled openly in Damascus on 2 April 1949. Then King Faisal stepped "
            "down for his nephew within weeks.")
    told = _events(_check(check_store, text), "stepped down")
    assert [v for _, v in told] == ["not_in_record"]
    assert "within weeks (1949)" in told[0][0]


def test_today_and_tomorrow_told_of_a_day_s_act_are_days_from_the_article_s_date(check_store: Store) -> None:
    text = ("Egypt and Jordan drew closer in 2023. Today the Egyptian president visits Amman, and tomorrow he flies "
            "to Baghdad. The old treaty is still in force today.")
    found = _check(check_store, text)
    assert [(m.text, m.value) for m in found.mentions if m.kind == "date" and m.how == "from the article's date"] == [
        ("Today", "2024-12-01"), ("tomorrow", "2024-12-02")]
    assert sorted(v for _, v in _events(found, "visits Amman")) == ["not_in_record", "not_in_record"]
    now = _check(check_store, "Britain and Portugal are old friends. Today, with the fleet at sea, nobody doubts them.")
    assert not [m for m in now.mentions if m.kind == "date" and m.text == "Today"]  # ("now", no day's act)


def test_an_agreement_dated_by_a_count_from_another_is_checked_by_the_other_s_date(check_store: Store) -> None:
    right = _check(check_store, "China and North Korea signed their alliance in 1961. It was concluded only five "
                                "days after Pyongyang's treaty with Moscow.")
    assert [(c.claimed, c.verdict) for c in _claims(right, "agreement_date") if "after" in c.claimed] == [
        ("five days after Pyongyang's treaty with Moscow (1961-07-06)", "consistent")]
    wrong = _check(check_store, "China and North Korea signed their alliance in 1961. It was concluded a month "
                                "after Pyongyang's treaty with Moscow.")
    assert not [c for c in _claims(wrong, "agreement_date") if "after" in c.claimed]  # (counted from what, then?)


def test_an_act_dated_by_a_count_from_an_event_is_checked_by_the_event_s_date(check_store: Store) -> None:
    text = ("Romania and Austria-Hungary were allies until 1916. On 28 August 1916 Germany declared war on Romania, "
            "the day after Romania declared war on Austria-Hungary.")
    assert [(c.claimed, c.verdict) for c in _claims(_check(check_store, text), "event_date") if "after" in c.claimed] \
        == [("the day after Romania declared war on Austria-Hungary (1916-08-27)", "consistent")]
