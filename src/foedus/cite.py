"""BibTeX for the sources behind a result, a ledger, or foedus's own methods and data."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["FOEDUS_REFERENCES", "bibtex", "bibtex_entry"]

_ENTRY_TYPES = {
    "article": "article",
    "book": "book",
    "chapter": "incollection",
    "report": "techreport",
}
_FIELDS = (
    "author", "editor", "title", "journal", "booktitle", "publisher", "series", "institution", "address", "year",
    "volume", "issue", "pages", "doi", "url", "note",
)
_BIBTEX_NAMES = {"issue": "number", "url": "howpublished"}
_SPECIAL = re.compile(r"([&%$#_])")

#: The works foedus's data and methods rest on, cited with every result that uses them.
FOEDUS_REFERENCES: tuple[dict[str, Any], ...] = (
    {
        "id": "leeds2002atop", "type": "article",
        "author": "Leeds, Brett Ashley and Ritter, Jeffrey M. and Mitchell, Sara McLaughlin and Long, Andrew G.",
        "title": "Alliance Treaty Obligations and Provisions, 1815-1944", "journal": "International Interactions",
        "year": 2002, "volume": "28", "issue": "3", "pages": "237--260", "doi": "10.1080/03050620212098",
    },
    {
        "id": "cow2017states", "type": "dataset", "author": "{Correlates of War Project}",
        "title": "State System Membership List, v2016", "year": 2017, "url": "https://correlatesofwar.org",
    },
    {
        "id": "gleditsch1999states", "type": "article", "author": "Gleditsch, Kristian S. and Ward, Michael D.",
        "title": "A Revised List of Independent States since the Congress of Vienna",
        "journal": "International Interactions", "year": 1999, "volume": "25", "issue": "4", "pages": "393--413",
        "doi": "10.1080/03050629908434958",
    },
    {
        "id": "schrodt2012cameo", "type": "report", "author": "Schrodt, Philip A.",
        "title": "CAMEO: Conflict and Mediation Event Observations. Event and Actor Codebook, version 1.1b3",
        "institution": "Pennsylvania State University", "year": 2012,
        "url": "http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf",
        "note": "the CAMEO event codes foedus ships (foedus/events/data/cameo_codes.csv)",
    },
    {
        "id": "goldstein1992scale", "type": "article", "author": "Goldstein, Joshua S.",
        "title": "A Conflict-Cooperation Scale for WEIS Events Data", "journal": "Journal of Conflict Resolution",
        "year": 1992, "volume": "36", "issue": "2", "pages": "369--385", "doi": "10.1177/0022002792036002007",
    },
)


def _escape(value: str) -> str:
    return _SPECIAL.sub(r"\\\1", value)


def _key(source: Mapping[str, Any]) -> str:
    prefix = f"{source['ledger']}:" if source.get("ledger") else ""
    return re.sub(r"[^A-Za-z0-9:_.-]", "-", prefix + str(source["id"]))


def bibtex_entry(source: Mapping[str, Any]) -> str:
    """Return one BibTeX entry for a source record (a mapping with at least ``id``, ``type`` and ``title``)."""
    entry_type = _ENTRY_TYPES.get(str(source.get("type")), "misc")
    lines = [f"@{entry_type}{{{_key(source)},"]
    for name in _FIELDS:
        value = source.get(name)
        if value is None or value == "":
            continue
        text = str(value)
        if name == "url":
            text = f"\\url{{{text}}}"
        elif name not in ("doi", "author", "editor"):
            text = _escape(text)
        lines.append(f"  {_BIBTEX_NAMES.get(name, name)} = {{{text}}},")
    lines.append("}")
    return "\n".join(lines)


def bibtex(sources: Iterable[Mapping[str, Any]], *, with_foedus: bool = True) -> str:
    """Return BibTeX for ``sources`` (and, by default, the data foedus itself rests on), one entry each."""
    entries = [bibtex_entry(s) for s in sources]
    if with_foedus:
        entries += [bibtex_entry(s) for s in FOEDUS_REFERENCES]
    return "\n\n".join(dict.fromkeys(entries)) + "\n"
