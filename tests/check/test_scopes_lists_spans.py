"""Counts whose words do not say which of a pair's agreements they count, numbers that are no count, lists an article
refers to without giving them, and date spans told against the article's date (issue 22s), each on made-up sentences
(the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _counts(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "count")]


def test_a_count_that_does_not_say_its_scope_is_read_in_the_scope_that_matches(check_store: Store) -> None:
    # Greece and Turkey: one bilateral alliance, ten agreements in all; Norway and Denmark: none bilateral, two shared
    wide = _claims(_check(check_store, "Greece and Turkey have ten agreements between them."), "count")
    assert [c.verdict for c in wide] == ["consistent"]
    assert "every alliance both belonged to" in wide[0].reason and "10 alliances" in wide[0].record_value
    assert _counts(check_store, "Norway and Denmark have been allies twice.") == [
        ("consistent", "twice (Norway and Denmark)")]
    # no scope counts so: still a contradiction, and the bilateral reading is the one shown
    wrong = _claims(_check(check_store, "Greece and Turkey have four agreements between them."), "count")
    assert [c.verdict for c in wrong] == ["contradicts"] and "1 alliance (1930)" in wrong[0].record_value


def test_a_count_told_bilateral_or_of_their_own_keeps_its_scope(check_store: Store) -> None:
    assert [v for v, _ in _counts(check_store, "Greece and Turkey have signed ten bilateral alliances.")] == [
        "contradicts"]
    assert [v for v, _ in _counts(check_store, "Greece and Turkey have signed ten alliances of their own.")] == [
        "contradicts"]
    assert [v for v, _ in _counts(check_store, "Norway and Denmark have signed two bilateral pacts.")] == [
        "contradicts"]
    assert [v for v, _ in _counts(check_store, "It was the only alliance France and Poland made on their own "
                                               "account.")] == ["contradicts"]


def test_a_number_that_is_no_count_of_agreements(check_store: Store) -> None:
    # the subject "the two", a determiner between number and noun, "one more", an ordinal of another noun
    for body in ("In Warsaw the two signed a treaty of friendship in 1991.",
                 "One more treaty Poland signed with France came in 1991.",
                 "The second chapter covers the treaty of 1921 between France and Poland.",
                 "At 10:45 the treaty between France and Poland was read aloud."):
        assert not _claims(_check(check_store, body), "count"), body
    assert _counts(check_store, "France and Poland signed three treaties of alliance.") == [
        ("consistent", "three treaties of alliance (France and Poland)")]


def _dates(store: Store, body: str, published: str = "2024-12-04") -> list[tuple[str, str | None, str | None]]:
    result = _check(store, body, published)
    return [(m.text, m.value, m.precision) for m in result.mentions if m.kind == "date" and m.text != published]


def test_dates_told_against_the_article_s_date(check_store: Store) -> None:
    # published on Wednesday 4 December 2024
    assert _dates(check_store, "Sixty years ago this week, Kenya and Ethiopia met. Thirty years ago this month the "
                               "pact lapsed. Exactly forty years ago tomorrow the talks began. Ninety years ago this "
                               "morning the troops crossed.") == [
        ("Sixty years ago this week", "1964-12", "month"), ("Thirty years ago this month", "1994-12", "month"),
        ("Exactly forty years ago tomorrow", "1984-12-05", "day"), ("Ninety years ago this morning", "1934-12-04",
                                                                     "day")]
    told = ("The envoy flew in this morning. Ministers will meet again next month. Officials I met this week "
            "agreed. The accord signed last year holds. Talks ran late last night.")
    assert _dates(check_store, told) == [
        ("this morning", "2024-12-04", "day"), ("next month", "2025-01", "month"), ("this week", "2024-12", "month"),
        ("last year", "2023", "year"), ("last night", "2024-12-03", "day")]
    # "today" as "now" is no date; an anniversary told of it is the day so many years before
    assert _dates(check_store, "The pact is still in force today. Today marks the thirtieth anniversary of the "
                               "accord. What happened on this day in 1971?") == [
        ("Today marks the thirtieth anniversary", "1994-12-04", "day"), ("on this day in 1971", "1971-12-04", "day")]


def test_a_weekday_told_ahead_and_a_month_told_before_the_last_date(check_store: Store) -> None:
    assert _dates(check_store, "The two presidents met on Monday. They are expected to sign a pact on Friday.") == [
        ("Monday", "2024-12-02", "day"), ("Friday", "2024-12-06", "day")]
    assert _dates(check_store, "Norway joined in March 1960, after a referendum the previous November.") == [
        ("March 1960", "1960-03", "month"), ("the previous November", "1959-11", "month")]
    # a date after a leader's office is when the office began: the leader's claim, no event's
    result = _check(check_store, "Konstantinos Karamanlis, Greece's prime minister since November 1974, called the "
                                 "Balkan pact a milestone.")
    assert not _claims(result, "event_date")
    assert [c.claimed for c in _claims(result, "leader_office")] == [
        "Konstantinos Karamanlis, Greece's prime minister in office on 1974-11"]


def test_a_document_told_as_not_given(check_store: Store) -> None:
    for body in ("The annexes to the 1936 accord between Egypt and Britain were never published.",
                 "Turkey and Iraq signed a protocol whose terms the two governments never made public in full.",
                 "The minister said the text of the new pact with Poland would be published once it was ratified.",
                 "The full text of the declaration, with what diplomats called a lengthy list of joint exercises, "
                 "has not yet been released.",
                 "A table of the garrisons is reproduced in our print edition.",
                 "The promised appendix of documents never appeared.",
                 "I set out the seven agreements in my previous book on the Balkans.",
                 "The Greek envoy pointed to a list of grievances against Turkey."):
        assert [c.verdict for c in _claims(_check(check_store, body), "list")] == ["referenced_not_stated"], body
    for body in ("The treaty was published in the official gazette in May 1936.",
                 "Egypt topped the list of recipients in 1955.",
                 "Egypt and Britain kept a list of grievances. That list has never been published."):
        assert len(_claims(_check(check_store, body), "list")) <= 1, body
    assert not _claims(_check(check_store, "The treaty was published in the official gazette in May 1936."), "list")


def test_a_month_told_by_its_part_and_durations_with_their_words(check_store: Store) -> None:
    assert _dates(check_store, "Talks began in late March 1958 and ended in mid-July 1958; the last days of October "
                               "1958 were quiet.") == [
        ("late March 1958", "1958-03", "month"), ("mid-July 1958", "1958-07", "month"),
        ("the last days of October 1958", "1958-10", "month")]
    result = _check(check_store, "Latvia signed a week after the Finns, and war came ten days afterwards. After "
                                 "twelve years of war the pact, now in its sixth decade, still stands.")
    durations = [m.text for m in result.mentions if m.kind == "duration"]
    assert durations == ["a week after", "ten days afterwards", "twelve years", "its sixth decade"]
    assert not [m for m in result.mentions if m.kind == "date" and m.text != "2024-12-01"]


def test_a_count_asked_for_and_answered_by_a_bare_number(check_store: Store) -> None:
    # Greece and Turkey: one bilateral alliance, ten agreements in all
    answered = _counts(check_store, "Greece and Turkey are uneasy neighbours. So how many agreements in all?\n\n"
                                    "REPORTER: Ten, if you count NATO.")
    assert answered == [("consistent", "Ten (Greece and Turkey)")]
    wrong = _counts(check_store, "A reader asks how many alliances Greece and Turkey have. Our answer: four.")
    assert [v for v, _ in wrong] == ["contradicts"]
    assert not _counts(check_store, "How many alliances did Greece and Turkey sign? It is hard to say. Four men "
                                    "decided.")
