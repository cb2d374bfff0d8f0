"""State-system lists: Correlates of War (states, state-years, major powers) and Gleditsch-Ward.

Layouts, told apart by the header:

===================  ============================================================  ======================
layout               the file                                                      stored in
===================  ============================================================  ======================
``states``           COW ``states2016.csv``: ``stateabb, ccode, statenme, styear,   ``state_spells``
                     stmonth, stday, endyear, endmonth, endday, version``
``system``           COW ``system2016.csv``: ``stateabb, ccode, year, version``     ``state_system_years``
``majors``           COW ``majors2016.csv``: ``stateabb, ccode, styear, ...``       ``major_powers``
                     (no ``statenme``)
``states-processed`` G-W as processed by peacesciencer: ``gwcode, stateabb,          ``state_spells``
                     statename, startdate, enddate`` (ISO dates, codes as floats)
``iisystem``         G-W's own ``iisystem.dat``: no header, tab-separated            ``state_spells``
                     ``gwcode, abbreviation, name, dd:mm:yyyy, dd:mm:yyyy``
===================  ============================================================  ======================

Spells need full dates (a state's entry and exit are known to the day in both lists): the panels tell a
real dyad from a false one by them. Spells of one state may not overlap. A new list for a system replaces
the one stored before (one list per system and table).

References
----------
Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
Gleditsch, K. S., & Ward, M. D. (1999). A revised list of independent states since the Congress of Vienna.
*International Interactions*, 25(4), 393-413. https://doi.org/10.1080/03050629908434958
"""

from __future__ import annotations

import re

from foedus.errors import DataFileError
from foedus.importers.columns import Column, RowCheck
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout, header_of

__all__ = ["SYSTEMS", "state_system_layout"]

#: The state systems foedus reads, with the name of their code column in panels.
SYSTEMS: dict[str, str] = {"cow": "ccode", "gw": "gwcode"}


def _code(name: str) -> Column:
    return Column(name, alias="code", low=1, high=9999)



def _version_text(value: float) -> str:
    return f"{value:g}"


def _ymd(prefix: str, names: tuple[str, str, str]) -> tuple[Column, ...]:
    return (
        Column(names[0], alias=f"{prefix}_year", low=1000, high=2999),
        Column(names[1], alias=f"{prefix}_month", low=1, high=12),
        Column(names[2], alias=f"{prefix}_day", low=1, high=31),
    )


def _real_day(prefix: str, column: str) -> RowCheck:
    y, m, d = (f"{prefix}_{part}" for part in ("year", "month", "day"))
    return RowCheck(
        column,
        f"CASE WHEN {d} IS NOT NULL AND {m} IS NOT NULL AND {y} IS NOT NULL AND try(make_date({y}, {m}, {d})) IS NULL "
        f"THEN 'is ' || {d} || ', a day that does not exist in ' || {y} || '-' || lpad({m}::VARCHAR, 2, '0') END",
    )


def _spell_checks(start: str, end: str, start_column: str, end_column: str) -> tuple[RowCheck, ...]:
    window = f"OVER (PARTITION BY code ORDER BY {start}, _line)"
    return (
        RowCheck(
            end_column,
            f"CASE WHEN {end} < {start} THEN 'ends (' || {end} || ') before it begins (' || {start} || ')' END",
        ),
        RowCheck(
            start_column,
            f"CASE WHEN {start} IS NOT NULL AND lag({end}) {window} >= {start} "
            f"THEN 'begins (' || {start} || ') before the spell of the same state on line ' || lag(_line) {window} "
            "|| ' ends (' || lag(" + end + f") {window} || ')' END",
        ),
    )


_COW_START = "try(make_date(start_year, start_month, start_day))"
_COW_END = "try(make_date(end_year, end_month, end_day))"
_COW_DATES = (
    *_ymd("start", ("styear", "stmonth", "stday")), *_ymd("end", ("endyear", "endmonth", "endday")),
)
_COW_DATE_CHECKS = (
    _real_day("start", "stday"), _real_day("end", "endday"),
    *_spell_checks(_COW_START, _COW_END, "styear", "endyear"),
)

_COW_STATES = Layout(
    dataset="cow",
    name="states",
    target="state_spells",
    columns=(
        Column("stateabb", "text", alias="abbreviation"), _code("ccode"),
        Column("statenme", "text", alias="name"), *_COW_DATES,
    ),
    checks=_COW_DATE_CHECKS,
    store_sql=f"""INSERT INTO state_spells SELECT $sha256, 'cow', _line, code, abbreviation, name, {_COW_START},
                  {_COW_END} FROM _foedus_good ORDER BY _line""",
    coverage_sql="SELECT min(year(start_date)), max(year(end_date)) FROM state_spells WHERE file_sha256 = $sha256",
    version_column="version",
    version_format=_version_text,
)

_COW_SYSTEM = Layout(
    dataset="cow",
    name="system",
    target="state_system_years",
    columns=(
        Column("stateabb", "text", alias="abbreviation"), _code("ccode"),
        Column("year", low=1000, high=2999),
    ),
    unique=((("code", "year"), "year", "state-year"),),
    store_sql="""INSERT INTO state_system_years SELECT $sha256, 'cow', _line, code, abbreviation, year
                 FROM _foedus_good ORDER BY _line""",
    coverage_sql="SELECT min(year), max(year) FROM state_system_years WHERE file_sha256 = $sha256",
    version_column="version",
    version_format=_version_text,
)

_COW_MAJORS = Layout(
    dataset="cow",
    name="majors",
    target="major_powers",
    columns=(Column("stateabb", "text", alias="abbreviation"), _code("ccode"), *_COW_DATES),
    checks=_COW_DATE_CHECKS,
    store_sql=f"""INSERT INTO major_powers SELECT $sha256, 'cow', _line, code, abbreviation, {_COW_START}, {_COW_END}
                  FROM _foedus_good ORDER BY _line""",
    coverage_sql="SELECT min(year(start_date)), max(year(end_date)) FROM major_powers WHERE file_sha256 = $sha256",
    version_column="version",
    version_format=_version_text,
)

_GW_STORE = """INSERT INTO state_spells SELECT $sha256, 'gw', _line, code, abbreviation, name, start_date, end_date
               FROM _foedus_good ORDER BY _line"""
_GW_COVERAGE = "SELECT min(year(start_date)), max(year(end_date)) FROM state_spells WHERE file_sha256 = $sha256"

_GW_PROCESSED = Layout(
    dataset="gw",
    name="states-processed",
    target="state_spells",
    columns=(
        _code("gwcode"), Column("stateabb", "text", alias="abbreviation"),
        Column("statename", "text", alias="name"), Column("startdate", "iso_date", alias="start_date"),
        Column("enddate", "iso_date", alias="end_date"),
    ),
    checks=_spell_checks("start_date", "end_date", "startdate", "enddate"),
    store_sql=_GW_STORE,
    coverage_sql=_GW_COVERAGE,
)

_GW_ORIGINAL = Layout(
    dataset="gw",
    name="iisystem",
    target="state_spells",
    columns=(
        _code("gwcode"), Column("abbreviation", "text"), Column("name", "text"),
        Column("start", "dmy_date", alias="start_date"), Column("end", "dmy_date", alias="end_date"),
    ),
    checks=_spell_checks("start_date", "end_date", "start", "end"),
    header=False,
    delimiter="\t",
    names=("gwcode", "abbreviation", "name", "start", "end"),
    store_sql=_GW_STORE,
    coverage_sql=_GW_COVERAGE,
)

_NUMBER = re.compile(r"^\s*\d+(\.0*)?\s*$")

_EXPECTED = {
    "cow": "COW's states2016.csv (stateabb, ccode, statenme, styear, ...), system2016.csv (stateabb, ccode, year, "
           "version) or majors2016.csv (stateabb, ccode, styear, ...)",
    "gw": "the Gleditsch-Ward list: G-W's iisystem.dat (tab-separated gwcode, abbreviation, name, dd:mm:yyyy, "
          "dd:mm:yyyy) or a CSV with gwcode, stateabb, statename, startdate, enddate",
}


def _looks_like_iisystem(data: DataFile) -> bool:
    fields = data.first_line.split("\t")
    return len(fields) == 5 and bool(_NUMBER.match(fields[0]))


def state_system_layout(data: DataFile, system: str) -> Layout:
    """Return the layout of a state-system file of ``system`` ("cow" or "gw"), from its header.

    Raises
    ------
    ValueError
        If ``system`` is not "cow" or "gw".
    DataFileError
        If the file is not one of that system's layouts (the message says which system it looks like).
    """
    if system not in SYSTEMS:
        raise ValueError(f"unknown state system {system!r}; use one of: {', '.join(SYSTEMS)}")
    probe = Layout(system, "probe", "", (), "", "")
    header = {name.lower() for name in header_of(data, probe)}
    if system == "cow":
        if {"statenme", "styear", "ccode"} <= header:
            return _COW_STATES
        if {"ccode", "year"} <= header and "styear" not in header:
            return _COW_SYSTEM
        if {"ccode", "styear"} <= header:
            return _COW_MAJORS
        if "gwcode" in header or _looks_like_iisystem(data):
            raise DataFileError([data.problem("looks like a Gleditsch-Ward list: import it with --system gw", 1)])
    else:
        if "gwcode" in header:
            return _GW_PROCESSED
        if _looks_like_iisystem(data):
            return _GW_ORIGINAL
        if "ccode" in header:
            raise DataFileError([data.problem("looks like a Correlates of War file: import it with --system cow", 1)])
    raise DataFileError([data.problem(f"is not a layout foedus knows; expected {_EXPECTED[system]}", 1)])
