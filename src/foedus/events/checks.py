"""The checks of an event file's rows: which texts the CSV reader accepts, and the message for each it refuses.

Every check is a DuckDB type of the reader's columns (an ENUM of CAMEO-shaped codes, of quad classes, of Goldstein
scores as they are written), so that the reader itself refuses a bad row and reports its line; the messages here
say what is wrong in words.
"""

from __future__ import annotations

import datetime as _dt
from functools import cache

from foedus.events.cameo import syntactic_codes
from foedus.events.layouts import EventLayout

__all__ = ["MESSAGES", "diagnose", "goldstein_texts"]

MESSAGES = {
    "BIGINT": "is {value!r}, not an event id (a whole number)",
    "INTEGER": "is {value!r}, not a whole number",
    "DOUBLE": "is {value!r}, not a number",
    "DATE": "is {value!r}, not a date that exists ({form})",
    "cameo_code": "is {value!r}, not a CAMEO event code (a root 01-20 and up to two more digits)",
    "quad_class": "is {value!r}, not a quad class (1-4)",
    "goldstein_score": "is {value!r}, not a Goldstein score (-10 to 10, in tenths)",
}


@cache
def goldstein_texts() -> tuple[str, ...]:
    """Return the ways a Goldstein score is written in GDELT (``-2.0``) and ICEWS (``-2``): -10 to 10 in tenths.

    Read as an ENUM of these, a score off the scale is refused by the CSV reader itself, with its line.
    """
    texts: dict[str, None] = {}
    for tenths in range(-100, 101):
        value = tenths / 10
        for text in (f"{value:.1f}", f"{value:g}"):
            texts[text] = None
    texts.update(dict.fromkeys(("-0.0", "-0")))
    return tuple(texts)


def diagnose(layout: EventLayout, names: tuple[str, ...], fields: list[str], form: str) -> tuple[str, str]:
    """Return the first column of a rejected row whose value its type refuses, and what is wrong with it."""
    codes = _codes()
    for name, kind in layout.types.items():
        if name not in names:
            continue
        value = fields[names.index(name)]
        text = value.strip()
        if not text:
            if name in layout.required:
                return name, "is empty"
            continue
        if not _parses(text, kind, layout.date_format, codes):
            return name, MESSAGES.get(kind, "is {value!r}").format(value=value[:40], form=form)
    return "", "cannot be read"


def _parses(text: str, kind: str, date_format: str, codes: frozenset[str]) -> bool:
    try:
        if kind in ("BIGINT", "INTEGER"):
            int(text)
        elif kind == "DOUBLE":
            float(text)
        elif kind == "DATE":
            _dt.datetime.strptime(text, date_format)
        elif kind == "cameo_code":
            return text in codes
        elif kind == "quad_class":
            return text in ("1", "2", "3", "4")
        elif kind == "goldstein_score":
            return text in goldstein_texts()
    except ValueError:
        return False
    return True



@cache
def _codes() -> frozenset[str]:
    return frozenset(syntactic_codes())
