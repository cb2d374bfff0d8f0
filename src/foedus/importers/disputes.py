"""COW Militarized Interstate Disputes (MID 5.0) as non-directed dispute-dyad-years.

=================  =====================================================================  ====================
layout             the header has                                                         stored in
=================  =====================================================================  ====================
``midb``           MIDB, participant level: ``dispnum, stabb, ccode, stday, stmon,         ``dispute_dyad_years``
                   styear, endday, endmon, endyear, sidea, revstate, revtype1, revtype2,  (derived, see below)
                   fatality, fatalpre, hiact, hostlev, orig, version``
``processed``      peacesciencer's ``cow_mid_ddydisps``, directed and mirrored: ``dispnum, ``dispute_dyad_years``
                   ccode1, ccode2, year, cowmidongoing, cowmidonset, sidea1, sidea2,      (each dyad once)
                   fatality1, fatality2, ..., hostlev1, hostlev2, ...``
=================  =====================================================================  ====================

MIDA (the dispute-level file) is not needed: MIDB dates each participant's part in a dispute, which is what
makes the dyads. A MIDA file is refused with a message saying to import MIDB.

**Dyads from MIDB** (the rule peacesciencer's ``cow_mid_dirdisps`` follows, done on intervals instead of
days): each MIDB row is one stretch of a state's part in a dispute, from its first possible day (an unknown
day, ``-9``, is the 1st; an unknown month January) to its last possible day (the last day of the month, or
31 December). Two rows of the same dispute on opposite sides (``sidea`` differs) whose stretches share at
least one day make a dyad for every year from the first to the last shared day. A dyad-year is an
**onset** if the dyad was not in the dispute the year before (its first year, or a return after a gap of a
year or more); **hostility** is the higher of the two states' ``hostlev`` (1-5, the highest the state reached
in the dispute); **fatal** is true if either state suffered fatalities (``fatality`` above 0), false if both
are known to have had none, NULL otherwise. ``line`` is the first of the MIDB rows the dyad-year came from.

Limits: MIDB codes hostility and fatalities per participant for the whole dispute, not per year or per
opponent, so a multi-year dyad gets the same hostility every year, and a state's deaths in a multilateral
dispute count for each of its opponents. peacesciencer also sets some onsets by hand (re-entries and side
switches in disputes 4095, 4137, 4182, 4273, 4676, 4678, 4680 and 4691); foedus applies only the rule.

**The processed file** is whittled to one dispute per dyad-year (peacesciencer drops the other disputes of
a dyad-year), so it holds fewer dispute-dyad-years than MIDB makes. It is directed and mirrored: each dyad is
stored once, with ``ccode1 < ccode2``; its two rows must agree. ``onset`` is ``cowmidonset``; hostility and
fatal are read from ``hostlev1``/``hostlev2`` and ``fatality1``/``fatality2`` as above (``hostlev`` and
``fatality`` without a number are the dispute's, not the dyad's).

Versions: the one given; MIDB's ``version`` column (``5`` is 5.0); the name (``MIDB 5.0.csv``); else none.

References
----------
Palmer, G., McManus, R. W., D'Orazio, V., Kenwick, M. R., Karstens, M., Bloch, C., Dietrich, N., Kahn, K.,
Ritter, K., & Soules, M. J. (2022). The MID5 Dataset, 2011-2014: Procedures, coding rules, and description.
*Conflict Management and Peace Science*, 39(4), 470-482. https://doi.org/10.1177/0738894221995743
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from foedus.errors import DataFileError
from foedus.importers.columns import (
    Column,
    RowCheck,
    ends_before_check,
    partial_date_bounds,
    partial_date_checks,
    state_code,
    year_column,
)
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout

if TYPE_CHECKING:
    import duckdb

__all__ = ["disputes_layout", "mid_version_from_name"]

_DYAD_YEARS = "_foedus_dispute_dyad_years"
_UNKNOWN = (-9,)


def _fatality(name: str) -> Column:
    return Column(name, alias=name, low=0, high=6, unknown=_UNKNOWN)


def _hostility(name: str) -> Column:
    return Column(name, alias=name, low=1, high=5, unknown=_UNKNOWN)


def _fatal(first: str, second: str) -> str:
    return f"CASE WHEN {first} > 0 OR {second} > 0 THEN TRUE WHEN {first} = 0 AND {second} = 0 THEN FALSE END"


def _prepare_midb(con: duckdb.DuckDBPyConnection) -> None:
    first, _ = partial_date_bounds("start_year", "start_month", "start_day")
    _, last = partial_date_bounds("end_year", "end_month", "end_day")
    con.execute(
        f"""CREATE TEMP TABLE {_DYAD_YEARS} AS
            WITH part AS (SELECT _line, dispnum, ccode, sidea, hostlev, fatality, {first} AS first_day,
                                 {last} AS last_day FROM _foedus_good),
                 pairs AS (SELECT a.dispnum, a.ccode AS ccode1, b.ccode AS ccode2,
                                  greatest(a.first_day, b.first_day) AS first_day,
                                  least(a.last_day, b.last_day) AS last_day,
                                  greatest(a.hostlev, b.hostlev) AS hostility,
                                  {_fatal("a.fatality", "b.fatality")} AS fatal, least(a._line, b._line) AS line
                           FROM part a JOIN part b ON a.dispnum = b.dispnum AND a.ccode < b.ccode
                                                  AND a.sidea <> b.sidea
                           WHERE greatest(a.first_day, b.first_day) <= least(a.last_day, b.last_day)),
                 years AS (SELECT dispnum, ccode1, ccode2, unnest(range(year(first_day), year(last_day) + 1)) AS year,
                                  hostility, fatal, line FROM pairs),
                 merged AS (SELECT dispnum, ccode1, ccode2, year, max(hostility) AS hostility,
                                   CASE WHEN bool_or(fatal) THEN TRUE WHEN count(fatal) = count(*) THEN FALSE END
                                   AS fatal, min(line) AS line
                            FROM years GROUP BY dispnum, ccode1, ccode2, year)
            SELECT dispnum, ccode1, ccode2, year,
                   coalesce(year - lag(year) OVER (PARTITION BY dispnum, ccode1, ccode2 ORDER BY year) > 1, TRUE)
                   AS onset, hostility, fatal, line
            FROM merged"""
    )


def _version_text(value: float) -> str:
    return f"{value:.1f}" if value == round(value) else f"{round(value, 2):g}"


_DATE_COLUMNS = (
    Column("stday", alias="start_day", low=1, high=31, unknown=_UNKNOWN),
    Column("stmon", alias="start_month", low=1, high=12, unknown=_UNKNOWN),
    year_column("styear", "start_year"),
    Column("endday", alias="end_day", low=1, high=31, unknown=_UNKNOWN),
    Column("endmon", alias="end_month", low=1, high=12, unknown=_UNKNOWN),
    year_column("endyear", "end_year"),
)

_MIDB = Layout(
    dataset="mids",
    name="midb",
    target="dispute_dyad_years",
    columns=(
        Column("dispnum", low=1, high=99_999), Column("stabb", "text", required=False, empty=True),
        state_code("ccode"), *_DATE_COLUMNS, Column("sidea", "flag"), _fatality("fatality"), _hostility("hostlev"),
    ),
    checks=(
        *partial_date_checks("start_year", "start_month", "start_day", "stmon", "stday"),
        *partial_date_checks("end_year", "end_month", "end_day", "endmon", "endday"),
        ends_before_check("start", "end", "endyear"),
    ),
    unique=((("dispnum", "ccode", "start_year", "start_month", "start_day", "sidea"), "ccode",
             "participation (dispute, state, start and side)"),),
    store_sql=f"""INSERT INTO dispute_dyad_years SELECT $sha256, $version, line, dispnum, ccode1, ccode2, year, onset,
                  hostility, fatal FROM {_DYAD_YEARS} ORDER BY dispnum, ccode1, ccode2, year""",
    coverage_sql="SELECT min(year), max(year) FROM dispute_dyad_years WHERE file_sha256 = $sha256",
    version_column="version",
    version_format=_version_text,
    supersede_by_version=True,
    prepare=_prepare_midb,
    temp_tables=(_DYAD_YEARS,),
    stored_as="dyad-years",
)

_MIRROR = "OVER (PARTITION BY dispnum, least(ccode1, ccode2), greatest(ccode1, ccode2), year)"
_HOSTILITY = "greatest(hostlev1, hostlev2)"
_FATAL = _fatal("fatality1", "fatality2")


def _disagrees(value: str) -> str:
    return f"min(({value})::INTEGER) {_MIRROR} IS DISTINCT FROM max(({value})::INTEGER) {_MIRROR}"


_PROCESSED = Layout(
    dataset="mids",
    name="processed",
    target="dispute_dyad_years",
    columns=(
        Column("dispnum", low=1, high=99_999), state_code("ccode1"), state_code("ccode2"), year_column("year"),
        Column("cowmidonset", "flag", alias="onset"), Column("sidea1", "flag"), Column("sidea2", "flag"),
        _fatality("fatality1"), _fatality("fatality2"), _hostility("hostlev1"), _hostility("hostlev2"),
    ),
    checks=(
        RowCheck("ccode2", "CASE WHEN ccode1 = ccode2 THEN 'is the same state as ccode1 (' || ccode1 || ')' END"),
        RowCheck("sidea2", "CASE WHEN sidea1 = sidea2 THEN 'puts both states on the same side' END"),
        RowCheck("cowmidonset", f"""CASE WHEN count(*) {_MIRROR} = 2 AND _line > min(_line) {_MIRROR}
                                    AND ({_disagrees("onset")} OR {_disagrees(_HOSTILITY)} OR {_disagrees(_FATAL)})
                                    THEN 'disagrees with its mirror row (line ' || min(_line) {_MIRROR}
                                    || ') on the onset, hostility or fatalities' END"""),
    ),
    unique=((("dispnum", "ccode1", "ccode2", "year"), "year", "directed dispute-dyad-year"),),
    store_sql=f"""INSERT INTO dispute_dyad_years
                  SELECT $sha256, $version, min(_line), dispnum, least(ccode1, ccode2), greatest(ccode1, ccode2), year,
                         bool_or(onset), max({_HOSTILITY}), bool_or({_FATAL})
                  FROM _foedus_good GROUP BY dispnum, least(ccode1, ccode2), greatest(ccode1, ccode2), year
                  ORDER BY min(_line)""",
    coverage_sql="SELECT min(year), max(year) FROM dispute_dyad_years WHERE file_sha256 = $sha256",
    supersede_by_version=True,
    stored_as="dyad-years",
)

_NAME_VERSION = re.compile(r"mid[ab]?[ _-]?v?(\d)[._](\d{1,2})(?!\d)", re.IGNORECASE)


def mid_version_from_name(name: str) -> str | None:
    """Return the MID version a file's name states (``MIDB 5.0.csv``: ``5.0``), or None."""
    match = _NAME_VERSION.search(name)
    return f"{match.group(1)}.{match.group(2)}" if match else None


def disputes_layout(data: DataFile, header: set[str]) -> tuple[Layout, str | None]:
    """Return the layout of a MID file (from its lower-cased header) and the version its name states.

    Raises
    ------
    DataFileError
        If the file is MIDA (dispute level) or no MID file foedus reads.
    """
    if {"dispnum", "ccode1", "ccode2", "year", "sidea1", "sidea2", "hostlev1"} <= header:
        return _PROCESSED, None
    if {"dispnum", "ccode", "styear", "sidea", "hostlev"} <= header:
        return _MIDB, mid_version_from_name(data.name)
    if {"dispnum", "styear", "outcome", "settle"} <= header:
        raise DataFileError([data.problem(
            "is MIDA, the dispute-level file: dyads are built from the participant-level file, MIDB "
            "(dispnum, stabb, ccode, stday, stmon, styear, ..., sidea, ..., fatality, ..., hostlev, ...): "
            "import that instead", 1)])
    raise DataFileError([data.problem(
        "is not a MID file foedus reads: expected MIDB (dispnum, stabb, ccode, stday, stmon, styear, endday, endmon, "
        "endyear, sidea, ..., fatality, ..., hostlev, orig, version) or peacesciencer's cow_mid_ddydisps (dispnum, "
        "ccode1, ccode2, year, cowmidongoing, cowmidonset, sidea1, sidea2, ...)", 1)])
