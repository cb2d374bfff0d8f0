"""How the pages write values: percents, words for vocabulary names and codings' names as :mod:`foedus.text` writes
them everywhere, counts with thousands separators, dates that never break across lines, and sources as a reader
cites them ("A, B and C (2002). Title. Journal 28(3): 237-260.").

Each function here is a Jinja filter (:func:`install_filters`); the ones that return markup escape what they are
given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

from foedus.report.html import source_label
from foedus.text import RECORD_COUNT_HEADERS, coding_label, percent, percents, record_count_cells, words

if TYPE_CHECKING:
    from jinja2 import Environment

__all__ = [
    "authors_in_prose", "citation", "date", "install_filters", "link_of", "percent", "sentence_join", "thousands",
    "words",
]




def interval_percents(entry: Mapping[str, float]) -> list[str]:
    """Return a probability's median, low and high as percents with one shared precision (:func:`foedus.text.
    percents`), as the sentences write them: ``[1.4%, 0.4%, 3.6%]``."""
    return percents(float(entry["median"]), float(entry["low"]), float(entry["high"]))


def thousands(value: int | float) -> str:
    """Return a count with thousands separators (``7994`` -> ``7,994``)."""
    return f"{value:,}"




_ISO = re.compile(r"^-?\d{1,4}(-\d{2}(-\d{2})?)?$")


def date(value: str | None, empty: str = "") -> Markup:
    """Return an ISO date (at its own precision: ``1896``, ``1896-06``, ``1896-06-03``) as a ``<time>`` element
    that never wraps mid-date; None gives ``empty``."""
    if not value:
        return Markup(escape(empty))
    text = str(value)
    attribute = f' datetime="{escape(text)}"' if _ISO.match(text) else ""
    return Markup(f'<time class="date"{attribute}>{escape(text)}</time>')


def link_of(url: str | None) -> str | None:
    """Return the address a source's ``url`` may link to: an ``http``/``https`` one as it is, a ``doi:`` one through
    doi.org; None for any other (``javascript:``, ``data:``...), which the page shows as text, never as a link."""
    if not url:
        return None
    text = url.strip()
    scheme = urlsplit(text).scheme.lower() if ":" in text else ""
    if scheme in ("http", "https"):
        return text
    if scheme == "doi":
        return "https://doi.org/" + quote(text.split(":", 1)[1].lstrip("/"), safe="/:;()._-")
    return None


def _person(name: str) -> str:
    """Return a BibTeX name as a reader writes it: ``Leeds, Brett Ashley`` -> ``Brett Ashley Leeds``; braces off."""
    text = name.strip().replace("{", "").replace("}", "")
    if "," in text:
        surname, given = (part.strip() for part in text.split(",", 1))
        return f"{given} {surname}".strip() if given else surname
    return text


def authors_in_prose(value: str | None) -> str:
    """Return BibTeX's ``A and B and C`` as ``A, B and C`` (``and others``: ``et al.``), each name given-name first."""
    if not value:
        return ""
    people = [p for p in (part.strip() for part in re.split(r"\s+and\s+", value)) if p]
    others = bool(people) and people[-1].lower() == "others"
    names = [_person(p) for p in (people[:-1] if others else people)]
    if others:
        return ", ".join(names) + " et al."
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def sentence_join(*parts: str) -> str:
    """Join non-empty parts as sentences: a full stop after each unless it already ends with one (or ``?``, ``!``)."""
    out = []
    for part in parts:
        text = part.strip()
        if not text:
            continue
        out.append(text if text[-1] in ".?!" else text + ".")
    return " ".join(out)


def citation(source: Mapping[str, Any]) -> Markup:
    """Return a source record as a reference in prose, escaped, with its title in ``<cite>`` and no doubled stops:
    ``Brett Ashley Leeds, … and Andrew G. Long (2002). <cite>Alliance Treaty …</cite>. <i>International
    Interactions</i> 28(3): 237-260.``"""
    who = authors_in_prose(source.get("author")) or (
        authors_in_prose(source.get("editor")) + " (ed.)" if source.get("editor") else "")
    year = f" ({source['year']})" if source.get("year") else ""
    head = (who + year).strip()
    title = str(source.get("title") or "")
    pieces: list[Markup] = []
    if head:
        pieces.append(escape(sentence_join(head)))
    title_text = sentence_join(title)
    if title_text:
        stop = title_text[-1]
        pieces.append(Markup(f"<cite>{escape(title_text[:-1])}</cite>{escape(stop)}"))
    venue = ""
    if source.get("journal"):
        venue = str(escape(source["journal"]))
        venue = f"<i>{venue}</i>"
        if source.get("volume"):
            venue += f" {escape(source['volume'])}"
        if source.get("issue"):
            venue += f"({escape(source['issue'])})"
        if source.get("pages"):
            venue += f": {escape(str(source['pages']).replace('--', '-'))}"
        pieces.append(Markup(venue + "."))
    if source.get("booktitle"):
        pieces.append(Markup(f"In <i>{escape(source['booktitle'])}</i>."))
    for key in ("publisher", "institution"):
        if source.get(key):
            pieces.append(escape(sentence_join(str(source[key]))))
    return Markup(" ").join(pieces)


def install_filters(environment: Environment) -> None:
    """Make these functions the filters of the pages' templates."""
    environment.filters.update({
        "percent": percent, "percents": percents, "interval_percents": interval_percents,
        "coding_label": coding_label, "record_count_cells": record_count_cells, "thousands": thousands,
        "words": words, "date": date, "link": link_of,
        "authors": authors_in_prose, "citation": citation, "source_short": source_label,
    })
    environment.globals["record_count_headers"] = RECORD_COUNT_HEADERS
