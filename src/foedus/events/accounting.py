"""Accounting for every record of an event file: what the reader stored, what it refused, what the scan found.

Each file's records are counted by foedus itself (:mod:`foedus.events.scan`); after the batch is read, the rows the
reader refused (its rejects, their lines turned back into the file's), the rows with an empty required field and
the lines over the length limit are merged into one bad row each (:func:`reject_problems`), and every record must
be stored, a duplicate or a bad row (:func:`reconcile`), or the file is refused.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.errors import DataFileError, Problem
from foedus.events.checks import diagnose
from foedus.events.layouts import EventLayout
from foedus.events.scan import FileScan, original_line
from foedus.limits import Limits

if TYPE_CHECKING:
    import duckdb

__all__ = ["MAX_PROBLEMS", "Counts", "EventInput", "reconcile", "reject_problems"]

#: At most this many problems are listed for one file; the rest are counted.
MAX_PROBLEMS = 100


@dataclass
class EventInput:
    """One event file in a batch: where it came from, and the plain or gzip file DuckDB reads."""

    path: Path
    display: str
    sha256: str
    size: int
    readable: Path
    compression: str
    width: int = 0
    order: int = 0
    scan: FileScan = field(default_factory=FileScan)
    kind: str = "none"  # the file's own compression ("zip", "gzip", "none"); ``compression`` is what DuckDB reads


@dataclass
class Counts:
    rows_read: int = 0
    rows_bad: int = 0
    rows_duplicate: int = 0
    rows_stored: int = 0
    actors_unmapped: int = 0
    unknown_codes: dict[str, int] = field(default_factory=dict)
    first_date: _dt.date | None = None
    last_date: _dt.date | None = None
    problems: list[Problem] = field(default_factory=list)


def reject_problems(con: duckdb.DuckDBPyConnection, layout: EventLayout, items: list[EventInput],
                     counts: dict[str, Counts], limits: Limits) -> None:
    """Count and list each file's bad rows: those DuckDB's reader refused (their lines turned back into the file's
    where the scan left long lines out of its copy), the rows with an empty actor and the lines over the limit
    that the scan found; a row is one bad row however many of these it has."""
    import numpy as np

    by_readable = {str(i.readable): i for i in items}
    form = "YYYYMMDD" if layout.date_format == "%Y%m%d" else "YYYY-MM-DD"
    rows = con.execute(
        """SELECT s.file_path, e.line, e.column_name, e.error_type, e.csv_line, e.error_message
           FROM rejects e JOIN reject_scans s USING (scan_id, file_id) ORDER BY s.file_path, e.line"""
    ).fetchall()
    found: dict[str, dict[int, tuple[str, str]]] = {i.sha256: {} for i in items}
    for file_path, line, _column, error_type, csv_line, _message in rows:
        item = by_readable[file_path]
        number = original_line(int(line), item.scan.removed)
        if number in found[item.sha256]:
            continue  # one row, one problem: the first
        fields = str(csv_line).split("\t")
        names = layout.width_names(item.width)
        if error_type == "CAST" and len(fields) == len(names):
            # DuckDB's reject names the wrong column when columns are skipped: find the failing value here
            found[item.sha256][number] = diagnose(layout, names, fields, form)
        else:
            found[item.sha256][number] = ("", f"has {len(fields)} values; the file has {item.width} columns")
    for item in items:
        tally, listed = counts[item.sha256], found[item.sha256]
        for number, name in item.scan.first_incomplete:
            listed.setdefault(number, (name, "is empty: a required field, so the event is not stored"))
        for number, length in item.scan.long_lines:
            listed.setdefault(number, ("", f"is a line of {length:,} bytes, over the limit of {limits.max_line:,} "
                                           "(FOEDUS_MAX_LINE, --max-line): not read, not stored"))
        incomplete = item.scan.incomplete_lines()
        rejected = np.fromiter(listed, dtype=np.int64, count=len(listed))
        tally.rows_bad = len(np.union1d(incomplete, rejected))
        tally.problems = [Problem(item.display, number, *listed[number]) for number in sorted(listed)[:MAX_PROBLEMS]]


def reconcile(items: list[EventInput], counts: dict[str, Counts]) -> None:
    """Check that every record the scan counted in each file was stored, dropped as a duplicate or reported.

    Raises
    ------
    DataFileError
        For a file where some are missing (nothing of it is stored).
    """
    problems = []
    for item in items:
        c = counts[item.sha256]
        accounted = c.rows_stored + c.rows_duplicate + c.rows_bad
        if accounted != item.scan.records:
            problems.append(Problem(item.display, None, "", (
                f"holds {item.scan.records:,} records, but the reader stored {c.rows_stored:,}, found "
                f"{c.rows_duplicate:,} duplicates and reported {c.rows_bad:,} bad rows: "
                f"{abs(item.scan.records - accounted):,} unaccounted for, so nothing of it was stored. Please "
                "report this with the file")))
    if problems:
        raise DataFileError(problems)
