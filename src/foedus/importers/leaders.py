"""Archigos 4.1 leader spells, with the COW code of each spell's state.

=================  =====================================================================  ================
layout             the header has                                                         stored in
=================  =====================================================================  ================
``original``       Archigos 4.1 (tab-separated ``1March_Archigos_4.1.txt``, or a CSV or    ``leaders``
                   Stata export): ``obsid, leadid, ccode, idacr, leader, startdate,
                   eindate, enddate, eoutdate, entry, exit, exitcode, prevtimesinoffice,
                   posttenurefate, gender, yrborn, yrdied, ...`` (``ccode`` holds G-W codes)
``processed``      peacesciencer's ``archigos``: ``obsid, gwcode, leadid, leader, yrborn,   ``leaders``
                   gender, startdate, enddate, entry, exit, exitcode``
=================  =====================================================================  ================

One row per spell in office (``obsid`` unique); ``leader_id`` is Archigos's ``leadid``, the person, who may
have several spells. Dates are ISO (``1869-03-04``); a spell may not end before it begins. A leader still in
office when the data end (``exit`` "Still in Office", whose ``enddate`` is the last day of the data) is stored
with no end date. ``entry``, ``exit`` and ``exitcode`` are kept as Archigos words them ("Regular",
"Irregular", "Foreign Imposition"; "Removed by Military, without Foreign Support", ...).

**COW codes.** Archigos codes states by the Gleditsch-Ward list. ``ccode`` is the COW state the G-W code
denotes where the spell begins (:func:`foedus.states.gw_to_cow_periods`: unified Germany, G-W 260, is COW 255
from 3 October 1990; Serbia, G-W 340, is COW 345; unified Yemen, G-W 678, is COW 679 from 22 May 1990; ...), or,
for a spell that begins before its COW state (the GDR's first leader took office in 1946), the first COW state
of that G-W code the spell reaches. It is NULL where no COW state corresponds (Tibet, the Orange Free State,
Transvaal, Vietnam before 1893): those spells are counted in the import's notes, and so are the spells that
run across a change of COW code (Kohl, 1982-1998, is COW 260; Saleh, 1978-2012, COW 678).

Version: the one given; else the name's (``Archigos_4.1``); else none.

References
----------
Goemans, H. E., Gleditsch, K. S., & Chiozza, G. (2009). Introducing Archigos: A dataset of political leaders.
*Journal of Peace Research*, 46(2), 269-283. https://doi.org/10.1177/0022343308100719
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from foedus.errors import DataFileError
from foedus.importers.columns import Column, RowCheck, state_code
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout

if TYPE_CHECKING:
    import duckdb

__all__ = ["STILL_IN_OFFICE", "archigos_version_from_name", "leaders_layout"]

#: Archigos's ``exit`` for a leader in office when the data end.
STILL_IN_OFFICE = "Still in Office"

_PERIODS = "_foedus_gw_cow"
_LEADERS = "_foedus_leaders"
_SHOWN = 5


def _prepare(con: duckdb.DuckDBPyConnection) -> None:
    from foedus.states import gw_to_cow_periods

    con.execute(f"CREATE TEMP TABLE {_PERIODS} (gwcode INTEGER, first_day DATE, last_day DATE, ccode INTEGER)")
    con.executemany(f"INSERT INTO {_PERIODS} VALUES (?, ?, ?, ?)",
                    [(p.gwcode, p.first, p.last, p.ccode) for p in gw_to_cow_periods()])
    con.execute(
        f"""CREATE TEMP TABLE {_LEADERS} AS
            WITH candidates AS (
                SELECT g._line, p.ccode, row_number() OVER (
                    PARTITION BY g._line ORDER BY p.first_day <= g.start_date DESC, p.first_day) AS k
                FROM _foedus_good g JOIN {_PERIODS} p ON p.gwcode = g.gwcode AND p.first_day <= g.end_date
                                                      AND p.last_day >= g.start_date)
            SELECT g.*, c.ccode, e.ccode AS end_ccode
            FROM _foedus_good g LEFT JOIN candidates c ON c._line = g._line AND c.k = 1
                 LEFT JOIN {_PERIODS} e ON e.gwcode = g.gwcode AND g.end_date BETWEEN e.first_day AND e.last_day"""
    )


def _notes(con: duckdb.DuckDBPyConnection, sha256: str) -> list[str]:
    notes = []
    unplaced = con.execute(f"""SELECT gwcode, count(*), min(obsid) FROM {_LEADERS} WHERE ccode IS NULL
                               GROUP BY gwcode ORDER BY gwcode""").fetchall()
    if unplaced:
        total = sum(n for _, n, _ in unplaced)
        listed = "; ".join(f"G-W {g}: {n} (e.g. {example})" for g, n, example in unplaced)
        notes.append(f"{total:,} spells have a G-W code no COW state corresponds to and no ccode: {listed}")
    crossing = con.execute(f"""SELECT obsid, leader, ccode, end_ccode, count(*) OVER () FROM {_LEADERS}
                               WHERE end_ccode IS NOT NULL AND ccode IS NOT NULL AND end_ccode <> ccode
                               ORDER BY start_date LIMIT {_SHOWN}""").fetchall()
    if crossing:
        shown = "; ".join(f"{obsid} {leader}: {start} then {end}" for obsid, leader, start, end, _ in crossing)
        more = ", ..." if crossing[0][4] > _SHOWN else ""
        notes.append(f"{crossing[0][4]:,} spells run across a change of COW code and carry the code where they "
                     f"begin: {shown}{more}")
    return notes


def _layout(name: str, code: str) -> Layout:
    return Layout(
        dataset="archigos",
        name=name,
        target="leaders",
        columns=(
            Column("obsid", "text"), Column("leadid", "text"), state_code(code, "gwcode"),
            Column("leader", "text", empty=True), Column("startdate", "iso_date", alias="start_date"),
            Column("enddate", "iso_date", alias="end_date"), Column("entry", "text", empty=True),
            Column("exit", "text", empty=True), Column("exitcode", "text", empty=True),
        ),
        checks=(RowCheck("enddate", "CASE WHEN end_date < start_date THEN "
                                    "'ends (' || end_date || ') before it begins (' || start_date || ')' END"),),
        unique=((("obsid",), "obsid", "spell (obsid)"),),
        store_sql=f"""INSERT INTO leaders SELECT $sha256, $version, _line, leadid, gwcode, ccode, leader, start_date,
                      CASE WHEN lower(exit) = lower('{STILL_IN_OFFICE}') THEN NULL ELSE end_date END, entry, exit,
                      exitcode FROM {_LEADERS} ORDER BY _line""",
        # the end date of a leader still in office is not stored, but it is the last day the data cover
        coverage_sql=f"SELECT min(year(start_date)), max(year(end_date)) FROM {_LEADERS}",
        supersede_by_version=True,
        prepare=_prepare,
        temp_tables=(_PERIODS, _LEADERS),
        null_text=("NA",),
        notes=_notes,
    )


_ORIGINAL = _layout("original", "ccode")
_PROCESSED = _layout("processed", "gwcode")

_NAME_VERSION = re.compile(r"archigos[ _-]?v?(\d)\.(\d{1,2})(?!\d)", re.IGNORECASE)


def archigos_version_from_name(name: str) -> str | None:
    """Return the Archigos version a file's name states (``1March_Archigos_4.1.txt``: ``4.1``), or None."""
    match = _NAME_VERSION.search(name)
    return f"{match.group(1)}.{match.group(2)}" if match else None


def leaders_layout(data: DataFile, header: set[str]) -> tuple[Layout, str | None]:
    """Return the layout of an Archigos file (from its lower-cased header) and the version its name states.

    Tab-separated files (Archigos's own) are read as such.

    Raises
    ------
    DataFileError
        If the header is neither Archigos layout.
    """
    if {"obsid", "leadid", "ccode", "idacr", "startdate", "enddate"} <= header:
        layout = _ORIGINAL
    elif {"obsid", "leadid", "gwcode", "startdate", "enddate"} <= header:
        layout = _PROCESSED
    else:
        raise DataFileError([data.problem(
            "is not an Archigos file: expected Archigos 4.1 (obsid, leadid, ccode, idacr, leader, startdate, eindate, "
            "enddate, eoutdate, entry, exit, exitcode, ...) or peacesciencer's archigos (obsid, gwcode, leadid, "
            "leader, yrborn, gender, startdate, enddate, entry, exit, exitcode)", 1)])
    if "\t" in data.first_line:
        layout = dataclasses.replace(layout, delimiter="\t")
    return layout, archigos_version_from_name(data.name)
