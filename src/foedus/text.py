"""Words for numbers and names: the one way foedus writes sizes, counts, percents, vocabulary terms and codings for a
reader, on every surface (terminal, pages, notebooks, figures).

This module is the ground floor: it imports nothing from foedus, so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "DEFAULT_CODING", "RECORD_COUNT_HEADERS", "VERDICT_WORDS", "coding_label", "coding_reading", "count_of",
    "datasets_in_words", "joined", "percent", "percents", "plural", "quoted_percent", "record_count_cells",
    "size_in_words", "source_label", "words",
]

#: The coding a surface uses when none is asked for.
DEFAULT_CODING = "curated"

#: How each verdict of an article check reads in a table, in the order tables list them.
VERDICT_WORDS: dict[str, str] = {
    "consistent": "consistent",
    "within_tolerance": "within tolerance",
    "contradicts": "contradicts the record",
    "depends_on_coding": "depends on the coding",
    "not_in_record": "not in the record",
    "referenced_not_stated": "referenced but never stated",
}

#: What each built-in coding is called in prose; any other coding is called by its name.
_CODING_LABELS = {"atop": "ATOP", "curated": "foedus's curated reading", "narrative-2023": "the 2023 narrative",
                  "all": "every coding mixed equally"}
#: How a sentence opens that rests on a coding ("On ATOP's coding of how ...").
_CODING_READINGS = {"all": "Weighing equally every coding", "curated":
                    "On foedus's curated reading", "atop": "On ATOP's coding", "narrative-2023":
                    "On the 2023 narrative's reading"}


def size_in_words(size: int) -> str:
    """Return a number of bytes as a reader writes it: ``"512 B"``, ``"4.8 MB"``, ``"1.0 GB"`` (powers of 1024)."""
    if size < 1024:
        return f"{size} B"
    value, unit = size / 1024, "KB"
    for larger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{value:.1f} {unit}"


def words(term: object) -> str:
    """Return a vocabulary term in words: ``lost_independence`` -> ``lost independence``, ``non_aggression`` ->
    ``non-aggression``, ``in_force`` -> ``in force``; None -> an empty string."""
    if term is None:
        return ""
    return str(term).replace("non_aggression", "non-aggression").replace("_", " ")


def percents(*values: float) -> list[str]:
    """Return probabilities as percents with one shared precision: whole percents, or tenths when any is below 1% or
    all are below 9.5% (``0.014, 0.004, 0.036`` -> ``1.4%, 0.4%, 3.6%``; ``0.11, 0.2`` -> ``11%, 20%``)."""
    if not values:
        return []
    digits = 1 if min(values) < 0.0095 or max(values) < 0.095 else 0
    return [f"{v * 100:.{digits}f}%" for v in values]


def percent(value: float) -> str:
    """Return one probability as a percent, by the rule of :func:`percents` (``0.1102`` -> ``11%``, ``0.014`` ->
    ``1.4%``)."""
    return percents(value)[0]


def quoted_percent(value: float) -> str:
    """Return a published share as its source prints it, to a tenth at most (``0.745`` -> ``74.5%``, ``0.5`` ->
    ``50%``): a quotation keeps the source's precision, not :func:`percents`' rule."""
    return f"{round(value * 100, 1):g}%"


def plural(count: int, noun: str, many: str | None = None) -> str:
    """Return a count with its noun: ``1 agreement``, ``24 agreements``, ``1,481 alliances``."""
    return f"{count:,} {noun if count == 1 else (many or noun + 's')}"


def count_of(part: int, whole: int) -> str:
    """Return a part of a whole as the record counts are written everywhere: ``5 of 24``."""
    return f"{part:,} of {whole:,}"


#: What the two record counts say, as a column header: every surface labels them so.
RECORD_COUNT_HEADERS = ("breached, of all their agreements", "breached, of those in the model")


def record_count_cells(counts: Mapping[str, Any]) -> tuple[str, str]:
    """Return a pair's record counted under one coding (``foedus.history.RecordCount.to_dict()``) as two cells,
    under :data:`RECORD_COUNT_HEADERS`: ``("5 of 24", "2 of 11")``; the second is empty when the model was not
    asked."""
    every = count_of(int(counts.get("breached", 0)), int(counts.get("agreements", 0)))
    if counts.get("in_model") is None:
        return every, ""
    return every, count_of(int(counts.get("breached_in_model") or 0), int(counts["in_model"]))


def source_label(source: Mapping[str, Any]) -> str:
    """Return a short label for a source (a ledger's source or a reference, as a mapping): the first author's
    surname and the year (``Malozemoff 1958``), or the title."""
    author = str(source.get("author") or "").split(" and ")[0].split(",")[0].strip(" {}")
    year = source.get("year")
    if author:
        return f"{author} {year}" if year else author
    return str(source.get("title") or source.get("id") or "source")


def coding_label(coding: str) -> str:
    """Return a coding's name in prose: ``"ATOP"``, ``"foedus's curated reading"``, ``"the 2023 narrative"``; any
    other coding as ``"the <name> coding"``."""
    return _CODING_LABELS.get(coding, f"the {coding} coding")


def coding_reading(coding: str) -> str:
    """Return how a sentence resting on ``coding`` opens: ``"On ATOP's coding"``, ``"On foedus's curated
    reading"``, ``"Weighing equally every coding"`` (for ``"all"``: "... every coding of how N alliances ended")."""
    return _CODING_READINGS.get(coding, f"On the {coding} coding")


def joined(items: Sequence[str]) -> str:
    """Return items as prose: ``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def datasets_in_words(data: Sequence[Mapping[str, Any]]) -> str:
    """Return the data an assessment rests on as a reader cites them: each dataset with its version, a version that
    names several datasets in brackets (``V-Dem, Polity5 and extended UDS (V-Dem 16, Polity5 2018, UDS 2020)``),
    the ledgers by name; separated by semicolons."""
    out = []
    for d in data:
        if d.get("kind") == "ledger":
            out.append(f"the {d.get('name')} ledger" + (f" {d['version']}" if d.get("version") else ""))
            continue
        name, version = str(d.get("dataset") or d.get("name") or ""), str(d.get("version") or "")
        if version and ("," in version or "," in name):
            out.append(f"{name} ({version})")
        else:
            out.append(f"{name} {version}".strip())
    return "; ".join(out)
