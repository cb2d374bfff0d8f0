"""Dates with a precision: a treaty signed "in 1896" stays a year, never becomes 1 January 1896."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["PartialDate", "Precision"]

Precision = Literal["year", "month", "day"]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


_ISO = re.compile(r"^\s*(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Comparisons between dates of different precision are by their earliest possible day; use
    :meth:`surely_before` to ask whether one date certainly precedes another.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is not between 1 and 9999")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"day {self.day} does not exist in {self.year}-{self.month:02d}")

    @property
    def precision(self) -> Precision:
        """Return ``"year"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Return the date written as ``1896``, ``"1896-06"``, ``"1896-06-03"`` or a ``datetime.date``.

        Raises
        ------
        ValueError
            If the value is not such a date.
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool):
            raise ValueError(f"{_shown(value)} is not a date")
        if isinstance(value, int):
            return cls(value)
        if isinstance(value, str):
            match = _ISO.match(value)
            if match:
                year, month, day = match.groups()
                return cls(int(year), int(month) if month else None, int(day) if day else None)
        raise ValueError(f"{_shown(value)} is not a date: write 1896, \"1896-06\" or 1896-06-03")

    def earliest(self) -> _dt.date:
        """Return the first day this date may denote."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """Return the last day this date may denote."""
        month = self.month or 12
        return _dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def surely_before(self, other: PartialDate) -> bool:
        """Return True if every day this date may denote precedes every day ``other`` may denote."""
        return self.latest() < other.earliest()

    def __lt__(self, other: PartialDate) -> bool:
        return (self.earliest(), self.latest()) < (other.earliest(), other.latest())

    def __le__(self, other: PartialDate) -> bool:
        return self == other or self < other

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text
