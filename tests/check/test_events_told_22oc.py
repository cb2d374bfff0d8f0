"""Events the checker used to find nothing of (issue 22oc): an act dated "that same month" (or "that very day", "that
same year") against the date told before it, read as that month and looked up among the stored events."""

from __future__ import annotations

import datetime as dt

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
