"""Dates keep their precision: a year stays a year."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foedus.dates import PartialDate


@pytest.mark.parametrize(
    ("value", "text", "precision"),
    [(1896, "1896", "year"), ("1896-06", "1896-06", "month"), (dt.date(1896, 6, 3), "1896-06-03", "day"),
     ("1896-6-3", "1896-06-03", "day")],
)
def test_parse_keeps_precision(value: object, text: str, precision: str) -> None:
    date = PartialDate.parse(value)
    assert (str(date), date.precision) == (text, precision)


@pytest.mark.parametrize("value", ["1896-13", "1900-02-29", "June 1896", True, 3.5, None, "1896-06-03T00"])
def test_parse_rejects_what_is_no_date(value: object) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(value)


def test_surely_before_respects_precision() -> None:
    year, day = PartialDate(1900), PartialDate(1900, 6, 17)
    assert not year.surely_before(day) and not day.surely_before(year)
    assert PartialDate(1899).surely_before(day)
    assert PartialDate(1900, 5).surely_before(day)


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["year", "month", "day"]))
def test_text_round_trips(date: dt.date, precision: str) -> None:
    partial = PartialDate(date.year, date.month if precision != "year" else None,
                          date.day if precision == "day" else None)
    assert PartialDate.parse(str(partial)) == partial
    assert partial.earliest() <= date <= partial.latest()
