"""BibTeX for the sources behind a result, a ledger, or foedus's own methods and data."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from foedus.families import FAMILIES as _FAMILIES
from foedus.families import family as _family

__all__ = [
    "COVARIATE_REFERENCES", "FOEDUS_REFERENCES", "METHOD_REFERENCES", "bibtex", "bibtex_entry",
    "imported_data_sources", "reference", "short_citation",
]

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
#: What each character that BibTeX or LaTeX would read as syntax becomes: braces could close the field or the
#: entry, a backslash could start a command (``\\input``), ``@`` could start an entry for parsers that look for
#: it anywhere, and ``& % $ # _ ~ ^`` are LaTeX's specials.
_LATEX_TEXT = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "@": r"\char64{}", "&": r"\&", "%": r"\%", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
_SPECIAL = re.compile("|".join(re.escape(c) for c in _LATEX_TEXT))
#: Whitespace runs (a newline, or a blank line that LaTeX would read as a paragraph) and control characters.
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")
#: A DOI as Crossref recommends them (10.prefix/suffix of these characters), written as it is.
_DOI = re.compile(r"10\.\d{4,9}/[-._;()/:A-Za-z0-9<>]+")
#: The characters a URL may hold unencoded (RFC 3986), none of which can end a field (no braces, no backslash);
#: ``%`` is kept only as the start of a percent-escape.
_URL_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]!$&'()*+,;=")

#: The works foedus's data and methods rest on, cited with every result that uses them.
FOEDUS_REFERENCES: tuple[dict[str, Any], ...] = (
    *_family("atop").references,
    *_family("state_systems").references,
    {
        "id": "miller2022peacesciencer", "type": "article", "author": "Miller, Steven V.",
        "title": "peacesciencer: An R Package for Quantitative Peace Science Research",
        "journal": "Conflict Management and Peace Science", "year": 2022, "volume": "39", "issue": "6",
        "pages": "755--779", "doi": "10.1177/07388942221077926",
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


#: The works behind the covariate datasets foedus imports (their families: :mod:`foedus.families`), cited when the
#: store holds one of their files (:func:`imported_data_sources`).
COVARIATE_REFERENCES: tuple[dict[str, Any], ...] = tuple(
    r for f in _FAMILIES if f.command is not None for r in f.references
)

#: The works behind the methods a result may use (the similarity measures), cited with the results that use them.
METHOD_REFERENCES: tuple[dict[str, Any], ...] = (
    {
        "id": "signorino1999similarity", "type": "article", "author": "Signorino, Curtis S. and Ritter, Jeffrey M.",
        "title": "Tau-b or Not Tau-b: Measuring the Similarity of Foreign Policy Positions",
        "journal": "International Studies Quarterly", "year": 1999, "volume": "43", "issue": "1",
        "pages": "115--144", "doi": "10.1111/0020-8833.00113",
    },
    {
        "id": "hage2011similarity", "type": "article", "author": "H{\\\"a}ge, Frank M.",
        "title": "Choice or Circumstance? Adjusting Measures of Foreign Policy Similarity for Chance Agreement",
        "journal": "Political Analysis", "year": 2011, "volume": "19", "issue": "3", "pages": "287--305",
        "doi": "10.1093/pan/mpr023",
    },
    {
        "id": "buenodemesquita1975polarity", "type": "article", "author": "Bueno de Mesquita, Bruce",
        "title": "Measuring Systemic Polarity", "journal": "Journal of Conflict Resolution", "year": 1975,
        "volume": "19", "issue": "2", "pages": "187--216", "doi": "10.1177/002200277501900201",
    },
    {
        "id": "chiba2015careful", "type": "article",
        "author": "Chiba, Daina and Johnson, Jesse C. and Leeds, Brett Ashley",
        "title": "Careful Commitments: Democratic States and Alliance Design", "journal": "The Journal of Politics",
        "year": 2015, "volume": "77", "issue": "4", "pages": "968--982",
    },
)

#: The works to cite for a file of each covariate dataset, by (dataset, layout); a layout of None is any layout.
_CITED_FOR: dict[tuple[str, str | None], tuple[str, ...]] = {
    (f.command, layout): keys for f in _FAMILIES if f.command is not None for layout, keys in f.cited_for.items()
}


def imported_data_sources(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Return the works to cite for the imported covariate files among ``records`` (rows of ``imported_files``).

    Each work comes once, with a ``note`` naming the files that rest on it (name, version, sha256); files of
    other datasets (ATOP, the state systems, cited with every result) are left out.
    """
    references = {r["id"]: r for r in COVARIATE_REFERENCES}
    used: dict[str, list[str]] = {}
    for record in records:
        cited = _CITED_FOR.get((record["dataset"], record["layout"])) or _CITED_FOR.get((record["dataset"], None))
        version = f" {record['version']}" if record.get("version") else ""
        for ref_id in cited or ():
            used.setdefault(ref_id, []).append(f"{record['name']}{version}, sha256 {record['sha256']}")
    return [{**references[ref_id], "note": "imported: " + "; ".join(files)} for ref_id, files in used.items()]


def _escape(value: str) -> str:
    """Return ``value`` as BibTeX field text that reads as the same characters: every special escaped, every run
    of whitespace or control characters one space, so that nothing in it can end the field or run a command."""
    return _SPECIAL.sub(lambda m: _LATEX_TEXT[m.group()], _SPACE.sub(" ", value).strip())


def _escape_names(value: str) -> str:
    """Return a list of names (``Surname, First and Other, Name``) escaped name by name; a name wholly in braces
    (a body as author, ``{Correlates of War Project}``) keeps its one pair of braces around its escaped text."""
    names = []
    for name in re.split(r"\s+and\s+", _SPACE.sub(" ", value).strip()):
        inner = name[1:-1] if name.startswith("{") and name.endswith("}") else None
        if inner is not None and "{" not in inner and "}" not in inner:
            names.append("{" + _escape(inner) + "}")
        else:
            names.append(_escape(name))
    return " and ".join(names)


def _url(value: str) -> str | None:
    """Return ``\\url{...}`` for an http(s) URL, every character \\url could not take percent-encoded, or None
    for anything else (written as escaped text instead)."""
    text = _SPACE.sub("", value)
    if not re.match(r"https?://", text, re.IGNORECASE):
        return None
    encoded = "".join(
        c if c in _URL_SAFE or (c == "%" and re.fullmatch(r"[0-9A-Fa-f]{2}", text[i + 1:i + 3]))
        else "".join(f"%{b:02X}" for b in c.encode())
        for i, c in enumerate(text)
    )
    return f"\\url{{{encoded}}}"


def _field_text(name: str, value: Any) -> str:
    text = str(value)
    if name == "url":
        return _url(text) or _escape(text)
    if name == "doi" and _DOI.fullmatch(text.strip()):
        return text.strip()
    if name in ("author", "editor"):
        return _escape_names(text)
    return _escape(text)


def _key(source: Mapping[str, Any]) -> str:
    prefix = f"{source['ledger']}:" if source.get("ledger") else ""
    return re.sub(r"[^A-Za-z0-9:_.-]", "-", prefix + str(source["id"]))


def bibtex_entry(source: Mapping[str, Any]) -> str:
    """Return one BibTeX entry for a source record (a mapping with at least ``id``, ``type`` and ``title``).

    Every field is escaped (:func:`_escape`): braces, backslashes, ``@``, newlines and LaTeX's specials in a
    ledger's text are written as the characters they are, so a hostile or careless source can neither end its
    entry nor run a LaTeX command. A DOI of Crossref's characters is written as it is, a URL as ``\\url`` with
    anything unsafe percent-encoded, and the key keeps only ``A-Za-z0-9:_.-``.
    """
    entry_type = _ENTRY_TYPES.get(str(source.get("type")), "misc")
    lines = [f"@{entry_type}{{{_key(source)},"]
    for name in _FIELDS:
        value = source.get(name)
        if value is None or value == "":
            continue
        lines.append(f"  {_BIBTEX_NAMES.get(name, name)} = {{{_field_text(name, value)}}},")
    lines.append("}")
    return "\n".join(lines)


def bibtex(sources: Iterable[Mapping[str, Any]], *, with_foedus: bool = True) -> str:
    """Return BibTeX for ``sources`` and, by default, the data foedus itself rests on (the works above and those
    behind the tables that ship with it, :mod:`foedus.data`), one entry per key: the first given wins (a source
    with a note naming the imported files comes before the bare reference)."""
    listed = list(sources)
    if with_foedus:
        from foedus.data import SHIPPED_TABLES

        listed += [*FOEDUS_REFERENCES, *(reference(key) for table in SHIPPED_TABLES for key in table.citations)]
    entries: dict[str, str] = {}
    for source in listed:
        entries.setdefault(_key(source), bibtex_entry(source))
    return "\n\n".join(entries.values()) + "\n"


def reference(key: str) -> dict[str, Any]:
    """Return the reference with id ``key`` among the works foedus rests on.

    Raises
    ------
    KeyError
        If there is none.
    """
    for entry in (*FOEDUS_REFERENCES, *COVARIATE_REFERENCES, *METHOD_REFERENCES):
        if entry["id"] == key:
            return dict(entry)
    raise KeyError(f"no reference {key!r}")


def short_citation(key: str) -> str:
    """Return "Surname (year)", "Surname & Surname (year)" or "Surname et al. (year)" for a reference's id."""
    entry = reference(key)
    authors = [a.strip() for a in str(entry.get("author", "")).split(" and ") if a.strip()]
    surnames = [re.sub(r"[{}\\']", "", a.split(",")[0]) for a in authors]
    if len(surnames) > 2 or "others" in surnames:
        who = f"{surnames[0]} et al."
    else:
        who = " & ".join(surnames) or str(entry.get("title"))
    return f"{who} ({entry['year']})" if entry.get("year") else who
