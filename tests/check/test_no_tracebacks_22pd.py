"""The checker on odd but ordinary English (issue 22: "never a traceback"): texts composed of made-up sentence parts
(agreements told by name, by kind or by a pronoun, joined by "and", "which" and "that", cut short, quoted, dashed,
listed, with non-breaking spaces and curly quotes) are read to a result, never to an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.store import Store
from tests.check.sentences import check_sentences as _check

#: Subjects, verbs, objects and tails of made-up sentences, and the ways two are joined.
_SUBJECTS = ["Denmark", "The Soviet Union", "Turkey and Greece", "Paris", "Chancellor Bismarck", "It", "They",
             "The young republic", "Both kingdoms", "Washington, Ottawa and London", "President Nasser"]
_VERBS = ["signed", "left", "joined", "renounced", "broke", "renewed", "was abrogated by", "denounced",
          "quietly ratified", "adhered to", "withdrew from", "stood with Rome under"]
_OBJECTS = ["the North Atlantic Treaty", "the Warsaw Pact", "the alliance", "it", "the treaty of 1902",
            "the pact the two had signed", "their second alliance", "the Rio Treaty", "the Anglo-Japanese Alliance",
            "the accord", "the Treaty of Friendship with Egypt", "the same treaty", "five alliances"]
_TAILS = ["in 1949", "on 4 April 1949", "after the end of the war", "ten years later", "in May", "the next day",
          "in 1955 and again in 1968", "", "before the revolution", "on the 14th", "for the sixth time",
          "and each ended in betrayal", "(in 1923)", "— twice —", "in 2031"]
_JOINS = [". ", ", and ", ", which ", " that ", "; ", " \u2013 ", ", but ", ".\n\n- ", ".\n\n## A heading\n\n"]
_ODD = [("", ""), (" ", "\u00a0"), ('"', "\u201c"), ("'", "\u2019"), ("-", "\u2013"), (".", ".."), (",", ",,")]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    clauses = [" ".join(w for w in (draw(st.sampled_from(_SUBJECTS)), draw(st.sampled_from(_VERBS)),
                                    draw(st.sampled_from(_OBJECTS)), draw(st.sampled_from(_TAILS))) if w)
               for _ in range(draw(st.integers(1, 5)))]
    if draw(st.booleans()):  # a clause cut short
        words = clauses[-1].split()
        clauses[-1] = " ".join(words[:draw(st.integers(1, len(words)))])
    text = clauses[0]
    for clause in clauses[1:]:
        text += draw(st.sampled_from(_JOINS)) + clause
    plain, odd = draw(st.sampled_from(_ODD))
    return (text.replace(plain, odd) if plain else text) + "."


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(body=_texts())
def test_made_up_sentences_are_checked_to_a_result(check_store: Store, body: str) -> None:
    result = _check(check_store, body)
    assert result.article.words > 0
    assert all(c.verdict for c in result.claims)


def test_years_ago_reaching_before_the_calendar_s_first_year_is_no_date(check_store: Store) -> None:
    # (2024 - 3000: a year before the first the calendar holds; it once raised a ValueError)
    result = _check(check_store, "Our two peoples first swore friendship some 3000 years ago, and Lisbon and London "
                                 "still quote it.")
    assert not [m for m in result.mentions if m.kind == "date" and "ago" in m.text]
    # (the day before the calendar's first: "2024 years ago yesterday" in an article of 1 January 2025)
    assert _check(check_store, "The old league of the river towns ended 2024 years ago yesterday.", "2025-01-01")


def test_yesterday_in_an_article_of_the_calendar_s_first_day_is_no_date(check_store: Store) -> None:
    # (once an OverflowError)
    result = _check(check_store, "Yesterday the two river towns ended their league; they had kept it for long.",
                    "0001-01-01")
    assert not [m for m in result.mentions if m.kind == "date" and m.text.casefold() == "yesterday"]


def test_tomorrow_in_an_article_of_the_calendar_s_last_day_is_no_date(check_store: Store) -> None:
    # (once an OverflowError)
    result = _check(check_store, "Tomorrow the two island kingdoms renew their old pact of friendship.", "9999-12-31")
    assert not [m for m in result.mentions if m.kind == "date" and m.text.casefold() == "tomorrow"]


def test_a_weekday_ahead_of_the_calendar_s_last_day_is_no_date(check_store: Store) -> None:
    # (9999-12-31 is a Friday: the next Saturday is past the calendar's end; once an OverflowError)
    result = _check(check_store, "The two island kingdoms will sign their new pact on Saturday.", "9999-12-31")
    assert not [m for m in result.mentions if m.kind == "date" and m.text == "Saturday"]


def test_next_year_past_the_calendar_s_end_is_no_date(check_store: Store) -> None:
    # (a month or a year told as 10000, or as 0 in an article of the year 1: once a ValueError where an event's date
    # was read)
    for body, published in (("Next month Denmark and Norway sign a pact of mutual defence.", "9999-12-31"),
                            ("Next year Denmark and Norway sign a pact of mutual defence.", "9999-12-31"),
                            ("Last year Denmark and Norway signed a pact of mutual defence.", "0001-06-01")):
        result = _check(check_store, body, published)
        assert not [m for m in result.mentions if m.kind == "date" and m.text.casefold().startswith(("next", "last"))]
