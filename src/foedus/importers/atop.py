"""ATOP's data files in their original layouts (versions 4.x and 5.x) and peacesciencer's processed dyad-years.

Layouts are told apart by the header (column names are matched without regard to case):

================================  ======================================================  ====================
layout                            the header has                                          stored in
================================  ======================================================  ====================
``alliances`` (``atopXa``)        ``atopid``, ``begyr`` (and no ``member``)               ``atop_alliances``
``members`` (``atopXm``)          ``atopid``, ``member``, ``yrent``                       ``atop_members``
``dyad-years`` (``atopXddyr``)    ``stateA``, ``stateB``, ``year``                        ``atop_dyad_years``
``dyad-years-processed``          ``ccode1``, ``ccode2``, ``year``, ``atop_defense``      ``atop_dyad_years``
================================  ======================================================  ====================

The version is, in this order: the one given (``--version``); the file's ``version`` column (4.01's files
write ``4.01`` or ``4.0100002``: rounded to two decimals); the file's name (``atop4_01m.csv`` is 4.01,
``atop5_1_ddy_processed.csv.gz`` 5.1); else the header: ``cowsys`` or ``cow4id`` (which ATOP 4 files carry and
ATOP 5 files dropped) make it ``4``, their absence ``5``. A version read from the file or its name that is not one
of ATOP's releases foedus knows (:data:`KNOWN_VERSIONS`: 3.0, 4.0, 4.01, 5.0, 5.1) refuses the file, naming the
line that says it: a ``version`` of 99.5 is a damaged file more often than a new release. Give the version
(``--version``) to import it anyway.

Values: integers may be written as floats (``2.0``); an unknown month or day (``0``, ``-9`` or empty) is stored
as NULL with the date's precision, never as an invented day; ``yrexit``/``endyr`` of ``0`` means still in effect
(NULL end). A member file's conditions on each obligation (``defcoadv``, ..., ``neucoatt``, ``specthrt``,
``statthr1``, ``statthr2``, ``cowwar``: :data:`CONDITION_FLAGS`) are stored beside its rows in ``atop_conditions``
(a code of 0 for a state or war is stored as NULL); a file without them stores them as NULL. ``termmode`` and
``termcaus`` are kept as they are and mapped to an ending through
:func:`foedus.codings.atop_ending` (an unknown cause is passed as ``-9``). A member's obligation flags
(``defense``, ...) are the member's own pledges; in a directed dyad-year row they are ``stateA``'s to ``stateB``.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from foedus.codings import ATOP_TERMINATION_MODES, atop_ending
from foedus.errors import DataFileError
from foedus.importers.columns import (
    Column,
    RowCheck,
    ends_before_check,
    partial_date_checks,
    partial_date_text,
)
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout, header_of

if TYPE_CHECKING:
    import duckdb

__all__ = ["CONDITION_FLAGS", "KNOWN_VERSIONS", "OBLIGATIONS", "atop_layout", "atop_version_from_name"]

#: ATOP's five obligations, in its column order.
OBLIGATIONS: tuple[str, ...] = ("defense", "offense", "neutral", "nonagg", "consul")

#: ATOP's releases foedus knows, as a version column (``4.0100002``: ``4.01``), a file name (``atop5_0``: ``5.0``)
#: or a header (``4``, ``5``) gives them.
KNOWN_VERSIONS: tuple[str, ...] = ("3", "3.0", "4", "4.0", "4.01", "5", "5.0", "5.1")

_ENDINGS = "_foedus_atop_endings"
_UNKNOWN = (0, -9)
_MODES = tuple(ATOP_TERMINATION_MODES)
_MODES_TEXT = f"one of ATOP's termination modes {_MODES[0]}-{_MODES[-1]} (see foedus.codings.ATOP_TERMINATION_MODES)"


def _year(name: str, alias: str, *, ongoing: bool = False) -> Column:
    return Column(name, alias=alias, low=1000, high=2999, unknown=_UNKNOWN if ongoing else (), empty=ongoing)


def _month(name: str, alias: str) -> Column:
    return Column(name, alias=alias, low=1, high=12, unknown=_UNKNOWN, empty=True)


def _day(name: str, alias: str) -> Column:
    return Column(name, alias=alias, low=1, high=31, unknown=_UNKNOWN, empty=True)


_TERMINATION = (
    Column("termmode", required=False, empty=True, unknown=(-9,), allowed=_MODES, allowed_text=_MODES_TEXT),
    Column("termcaus", required=False, empty=True, unknown=(-9,), low=0, high=99),
)


def _obligations(prefix: str = "") -> tuple[Column, ...]:
    return tuple(Column(prefix + o, "flag", alias=o) for o in OBLIGATIONS)


def _dates(prefix: str, names: tuple[str, str, str]) -> tuple[RowCheck, ...]:
    y, m, d = (f"{prefix}_{part}" for part in ("year", "month", "day"))
    return partial_date_checks(y, m, d, names[1], names[2])


def _date_values(prefix: str) -> str:
    y, m, d = (f"{prefix}_{part}" for part in ("year", "month", "day"))
    text, precision = partial_date_text(y, m, d)
    return f"{text}, {y}, {m}, {d}, {precision}"


def _prepare_endings(con: duckdb.DuckDBPyConnection) -> None:
    """Map each (termmode, termcaus) pair present to an ending, through the one documented table."""
    pairs = con.execute("SELECT DISTINCT termmode, termcaus FROM _foedus_good WHERE termmode IS NOT NULL").fetchall()
    con.execute(f"CREATE TEMP TABLE {_ENDINGS} (termmode INTEGER, termcaus INTEGER, ending VARCHAR)")
    rows = [(mode, cause, atop_ending(mode, -9 if cause is None else cause)) for mode, cause in pairs]
    if rows:
        con.executemany(f"INSERT INTO {_ENDINGS} VALUES (?, ?, ?)", rows)


_ENDING_JOIN = f"LEFT JOIN {_ENDINGS} x ON x.termmode = g.termmode AND x.termcaus IS NOT DISTINCT FROM g.termcaus"


def _version_text(value: float) -> str:
    return f"{round(value, 2):g}"


_ALLIANCES = Layout(
    dataset="atop",
    name="alliances",
    target="atop_alliances",
    columns=(
        Column("atopid", low=1, high=99_999_999),
        _year("begyr", "began_year"), _month("begmo", "began_month"), _day("begday", "began_day"),
        _year("endyr", "ended_year", ongoing=True), _month("endmo", "ended_month"), _day("endday", "ended_day"),
        Column("ineffect", "flag", required=False, empty=True), Column("bilat", "flag", required=False, empty=True),
        *_obligations(), *_TERMINATION,
    ),
    checks=(
        *_dates("began", ("begyr", "begmo", "begday")), *_dates("ended", ("endyr", "endmo", "endday")),
        ends_before_check("began", "ended", "endyr"),
    ),
    unique=((("atopid",), "atopid", "atopid"),),
    store_sql=f"""INSERT INTO atop_alliances SELECT $sha256, $version, _line, atopid, {_date_values("began")},
                  {_date_values("ended")}, ineffect, bilat, defense, offense, neutral, nonagg, consul, g.termmode,
                  g.termcaus, x.ending FROM _foedus_good g {_ENDING_JOIN} ORDER BY _line""",
    coverage_sql="""SELECT min(began_year), max(greatest(began_year, coalesce(ended_year, began_year)))
                    FROM atop_alliances WHERE file_sha256 = $sha256""",
    version_column="version",
    version_format=_version_text,
    known_versions=KNOWN_VERSIONS,
    supersede_by_version=True,
    prepare=_prepare_endings,
    temp_tables=(_ENDINGS,),
)

#: The conditions ATOP codes on a member's obligations (flags), stored with a member file in ``atop_conditions``.
CONDITION_FLAGS: tuple[str, ...] = (
    "active", "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr", "offcoadv", "offcoloc",
    "offcocon", "offconum", "offcodem", "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr",
    "neucoatt",
)

_CONDITIONS = (
    *(Column(name, "flag", required=False, empty=True, unknown=(-9,)) for name in CONDITION_FLAGS),
    Column("specthrt", required=False, empty=True, unknown=(-9,), low=0, high=99),
    Column("statthr1", required=False, empty=True, unknown=(-9,), low=0, high=9999),
    Column("statthr2", required=False, empty=True, unknown=(-9,), low=0, high=9999),
    Column("cowwar", required=False, empty=True, unknown=(-9,), low=0, high=99_999),
)

_MEMBERS = Layout(
    dataset="atop",
    name="members",
    target="atop_members",
    columns=(
        Column("atopid", low=1, high=99_999_999),
        Column("member", alias="ccode", low=1, high=9999),
        Column("phase", required=False, empty=True, low=0, high=999),
        _year("yrent", "entered_year"), _month("moent", "entered_month"), _day("dayent", "entered_day"),
        _year("yrexit", "exited_year", ongoing=True), _month("moexit", "exited_month"), _day("dayexit", "exited_day"),
        *_TERMINATION, *_obligations(), *_CONDITIONS,
    ),
    checks=(
        *_dates("entered", ("yrent", "moent", "dayent")), *_dates("exited", ("yrexit", "moexit", "dayexit")),
        ends_before_check("entered", "exited", "yrexit"),
    ),
    also_store=(("atop_conditions", f"""INSERT INTO atop_conditions SELECT $sha256, $version, _line, atopid, ccode,
                  phase, {", ".join(CONDITION_FLAGS)}, specthrt, nullif(statthr1, 0), nullif(statthr2, 0),
                  nullif(cowwar, 0) FROM _foedus_good ORDER BY _line"""),),
    store_sql=f"""INSERT INTO atop_members SELECT $sha256, $version, _line, atopid, ccode, phase,
                  {_date_values("entered")}, {_date_values("exited")}, g.termmode, g.termcaus, x.ending,
                  defense, offense, neutral, nonagg, consul FROM _foedus_good g {_ENDING_JOIN} ORDER BY _line""",
    coverage_sql="""SELECT min(entered_year), max(greatest(entered_year, coalesce(exited_year, entered_year)))
                    FROM atop_members WHERE file_sha256 = $sha256""",
    version_column="version",
    version_format=_version_text,
    known_versions=KNOWN_VERSIONS,
    supersede_by_version=True,
    prepare=_prepare_endings,
    temp_tables=(_ENDINGS,),
)


def _dyad_year_layout(name: str, state_a: str, state_b: str, prefix: str) -> Layout:
    return Layout(
        dataset="atop",
        name=name,
        target="atop_dyad_years",
        columns=(
            Column(state_a, alias="ccode1", low=1, high=9999), Column(state_b, alias="ccode2", low=1, high=9999),
            Column("year", low=1000, high=2999), *_obligations(prefix),
        ),
        checks=(RowCheck(state_b, "CASE WHEN ccode1 = ccode2 THEN 'is the same state as ' || ccode1 END"),),
        unique=((("ccode1", "ccode2", "year"), "year", "directed dyad-year"),),
        store_sql="""INSERT INTO atop_dyad_years SELECT $sha256, $version, _line, ccode1, ccode2, year,
                     defense, offense, neutral, nonagg, consul FROM _foedus_good""",
        coverage_sql="SELECT min(year), max(year) FROM atop_dyad_years WHERE file_sha256 = $sha256",
        version_column="version",
        version_format=_version_text,
        known_versions=KNOWN_VERSIONS,
        supersede_by_version=True,
    )


_DYAD_YEARS = _dyad_year_layout("dyad-years", "stateA", "stateB", "")
_PROCESSED = _dyad_year_layout("dyad-years-processed", "ccode1", "ccode2", "atop_")

_NAME_VERSION = re.compile(r"atop[_ -]?v?(\d)[._](\d{1,2})(?!\d)", re.IGNORECASE)


def atop_version_from_name(name: str) -> str | None:
    """Return the ATOP version a file's name states (``atop4_01m.csv``: ``4.01``), or None."""
    match = _NAME_VERSION.search(name)
    return f"{match.group(1)}.{match.group(2)}" if match else None


def atop_layout(data: DataFile, version: str | None = None) -> tuple[Layout, str | None]:
    """Return the layout of an ATOP file and its version, from the header and name (see the module's rules).

    Raises
    ------
    DataFileError
        If the header is none of ATOP's layouts.
    """
    probe = Layout("atop", "probe", "", (), "", "")
    header = {name.lower() for name in header_of(data, probe)}
    if {"ccode1", "ccode2", "year", "atop_defense"} <= header:
        layout = _PROCESSED
    elif {"statea", "stateb", "year"} <= header:
        layout = _DYAD_YEARS
    elif {"atopid", "member", "yrent"} <= header:
        layout = _MEMBERS
    elif {"atopid", "begyr"} <= header:
        layout = _ALLIANCES
    else:
        raise DataFileError([data.problem(
            "is not an ATOP file in a layout foedus knows: expected an alliance file (atopid, begyr, ...), "
            "a member file (atopid, member, yrent, ...), a directed dyad-year file (stateA, stateB, year, ...) "
            "or peacesciencer's processed dyad-years (ccode1, ccode2, year, atop_defense, ...)", 1)])
    if version is not None:
        return layout, version
    inferred = atop_version_from_name(data.name)
    if inferred is None:
        inferred = "4" if header & {"cowsys", "cow4id"} else "5"
    return layout, inferred
