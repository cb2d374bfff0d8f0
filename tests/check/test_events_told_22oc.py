"""Events and lists the checker used to find nothing of (issue 22oc): an act dated "that same month" (or "that very
day") against the date told before it, read as that month and looked up among the stored events; and lists or
documents an article refers to and never gives, told in more ways than before ("is not reproduced in this book",
"appears at the end of this chapter", "a notebook with the names of", "I could not find the annex", "annexes on
thirty projects")."""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_that_same_month_and_that_very_day_are_dates_told_against_the_one_before(check_store: Store) -> None:
    text = ("The talks opened on 9 March 1921, and the cabinet fell that very day. The envoys left that same month. "
            "The decree lapsed that same year.")
    dates = {m.text: (m.value, m.precision) for m in find_mentions(text, gazetteer(check_store), dt.date(2020, 1, 1))
             if m.kind == "date"}
    assert dates["that same month"] == ("1921-03", "month")
    assert dates["that very day"] == ("1921-03-09", "day")
    assert dates["that same year"] == ("1921", "year")
    # ("the month" and "the year" alone are no dates)
    plain = find_mentions("The war began on 2 May 1866. The month was wet, and the year was hard.",
                          gazetteer(check_store), None)
    assert [m.text for m in plain if m.kind == "date"] == ["2 May 1866"]


def test_an_act_that_same_month_is_checked_against_the_stored_event(check_store: Store) -> None:
    result = _check(check_store, "The Diet of the Confederation turned on Prussia on 14 June 1866. Prussian columns "
                                 "invaded Saxony that same month.")
    events = [c for c in _claims(result, "event_date") if "columns" in c.text]
    assert [c.verdict for c in events] == ["consistent"]


_REFERRED = [
    "Ask your teacher about the frontier drawn in 1921; it is not reproduced in this booklet.",
    "Our timeline of the frontier talks goes to members only and is not included here.",
    "A full table of the league's members and the years they joined appears at the end of this chapter.",
    "The minister kept a notebook with the names of the envoys who came to him.",
    "I could not find the convention's annex on river crossings, which two memoirs mention.",
    "The protocol on arms deliveries is cited by two generals, but we have not been able to find it.",
    "The founding charter includes annexes on some twenty joint ventures.",
    "The author promises a table of every Franco-Spanish accord in an appendix, but my copy arrived without it.",
    "Annex C, listing the garrisons, is to follow.",
    "Her husband wrote a memoir, which lists the nine summits he attended.",
    "The roadmap of shared projects, said to run to sixty items, has never been released.",
    "I handed the students a worksheet listing the sieges of the war.",
    "The ministry placed in the archive a list of the officers decorated.",
    "The questions for next week are on the list I will circulate on Friday.",
]


@pytest.mark.parametrize("sentence", _REFERRED)
def test_a_list_referred_to_and_not_given_is_referenced_not_stated(check_store: Store, sentence: str) -> None:
    found = _claims(_check(check_store, sentence), "list")
    assert [c.verdict for c in found] == ["referenced_not_stated"]


def test_a_promise_to_post_the_list_later_is_told_with_it(check_store: Store) -> None:
    found = _claims(_check(check_store, "I kept a list of every toll I paid on the road. I'll post it one day."),
                    "list")
    assert [c.text for c in found] == ["I kept a list of every toll I paid on the road. I'll post it one day."]


def test_a_list_given_in_its_sentence_is_stated(check_store: Store) -> None:
    # (states named one after another are the list's items, not a noun they qualify)
    assert not _claims(_check(check_store, "The annex lists three states: Chile, Peru and Bolivia."), "list")
    assert not _claims(_check(check_store, "The declaration listed France, Spain and Portugal as guarantors."), "list")
