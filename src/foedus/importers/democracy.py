"""Democracy scores by COW state-year: V-Dem, Polity5, Marquez's extended UDS, and isard's processed table.

================  ========================================================================  ======================
layout            the header has                                                            stored as
================  ========================================================================  ======================
``vdem``          V-Dem's country-year file: ``country_name, country_text_id, year,         ``v2x_polyarchy``
                  COWcode, v2x_polyarchy``, ... (hundreds of columns)
``polity5``       Polity5 ``p5v2018`` exported to CSV (the project distributes .xls and     ``polity2``
                  .sav): ``ccode, scode, country, year, polity, polity2``, ...
``uds``           Marquez's ``extended_uds`` (R package democracyData):                     ``euds`` (``z1``),
                  ``extended_country_name, GWn, cown, in_GW_system, year, z1, se_z1,        ``aeuds`` (``z1_adj``)
                  z1_adj``, ...
``processed``     isard's ``cw_democracy``: ``ccode, year, euds, aeuds, polity2,            all four
                  v2x_polyarchy``
================  ========================================================================  ======================

All are stored in ``regime_scores``, one row per state, year and measure: a missing value is a missing row.
Each measure is range-checked: ``v2x_polyarchy`` lies in [0, 1]; ``polity2`` in [-10, 10] (Polity's special
codes -66, -77 and -88 belong to ``polity``; ``polity2`` already interpolates them and is kept as it is); the
UDS scores are on a latent scale centred on 0 with unit spread, and any beyond ±10 is refused as misread.
``NA`` is read as empty.

COW codes: V-Dem's ``COWcode`` and the UDS ``cown`` are used as they are; a row without one (Hong Kong,
Palestine/Gaza, ...) is not stored and is counted in the import's notes. Polity's ``ccode`` is Polity's own
code and differs from COW's for some states: :data:`POLITY_CODES` maps them by years (Kenkel compared Polity IV's
codes with COW's; Polity5 is taken to keep Polity IV's codes, which should be confirmed against its codebook).

One COW state-year may come from two units of a file (V-Dem's Piedmont-Sardinia and Italy in 1861; Polity's
Russia and USSR in 1922). Per measure, the value kept is the one of the unit whose own code is the COW code
(Polity), else of the unit the file still has the following year (the successor), else the first in the
file; the others are counted in the notes. A unit's country-year may appear once in a file.

Versions: the one given; else the name's (``V-Dem-CY-Full+Others-v16.csv``: 16; ``p5v2018.csv``: p5v2018);
else none.

References
----------
Coppedge, M., Gerring, J., Knutsen, C. H., Lindberg, S. I., Teorell, J., et al. (2026). V-Dem [Country-Year/
Country-Date] Dataset v16. Varieties of Democracy (V-Dem) Project. https://doi.org/10.23696/vdemds26
Marshall, M. G., & Gurr, T. R. (2020). *Polity5: Political Regime Characteristics and Transitions, 1800-2018.
Dataset Users' Manual*. Center for Systemic Peace.
Pemstein, D., Meserve, S. A., & Melton, J. (2010). Democratic compromise: A latent variable analysis of ten
measures of regime type. *Political Analysis*, 18(4), 426-449. https://doi.org/10.1093/pan/mpq020
Marquez, X. (2016). A quick method for extending the Unified Democracy Scores. SSRN.
https://doi.org/10.2139/ssrn.2753830
Kenkel, B. An annotated script for merging COW and Polity data. https://github.com/brentonk/merge-cow-polity
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from foedus.errors import DataFileError
from foedus.importers.columns import Column, state_code, year_column
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout

if TYPE_CHECKING:
    import duckdb

__all__ = ["MEASURES", "POLITY_CODES", "democracy_layout"]

#: The measures stored in ``regime_scores``, with the range a value must lie in.
MEASURES: dict[str, tuple[float, float]] = {
    "v2x_polyarchy": (0, 1),
    "polity2": (-10, 10),
    "euds": (-10, 10),
    "aeuds": (-10, 10),
}

#: Polity codes that are not the COW code of the state in some years, as (Polity code, first year, last year
#: (None: open), COW code (None: no COW state), Polity's name). Other codes are COW's. Polity codes Austria 305
#: throughout; COW codes Austria-Hungary 300 until 1918, so 1918 goes to both.
POLITY_CODES: tuple[tuple[int, int | None, int | None, int | None, str], ...] = (
    (89, None, None, None, "United Province CA"),
    (99, None, None, 100, "Gran Colombia"),
    (305, None, 1918, 300, "Austria"),
    (305, 1918, None, 305, "Austria"),
    (324, None, None, 325, "Sardinia"),
    (341, 2008, None, 347, "Kosovo"),
    (342, None, None, 345, "Serbia"),
    (347, None, 2006, 345, "Yugoslavia, Serbia and Montenegro"),
    (348, None, None, 341, "Montenegro"),
    (364, None, None, 365, "USSR"),
    (525, None, None, 626, "South Sudan"),
    (529, None, None, 530, "Ethiopia"),
    (564, None, None, None, "Orange Free State"),
    (626, 2011, None, 625, "Sudan-North"),
    (769, None, None, 770, "Pakistan"),
    (818, None, None, 816, "Vietnam"),
)

_ROWS = "_foedus_score_rows"
_SCORES = "_foedus_scores"
_POLITY = "_foedus_polity_codes"
_SHOWN = 5


def _measure(name: str, measure: str) -> Column:
    low, high = MEASURES[measure]
    text = ""
    if measure == "polity2":
        text = "between -10 and 10 (Polity's special codes -66, -77 and -88 are not polity2 values)"
    return Column(name, "real", alias=measure, low=low, high=high, empty=True, allowed_text=text)


@dataclass(frozen=True)
class _Source:
    """How one layout reads its units, COW codes and measures: SQL over ``_foedus_good g``."""

    unit: str
    label: str
    cow: str
    own: str
    measures: tuple[str, ...]
    join: str = ""


def _prepare(source: _Source) -> Callable[[duckdb.DuckDBPyConnection], None]:
    def prepare(con: duckdb.DuckDBPyConnection) -> None:
        if source.join:
            con.execute(f"CREATE TEMP TABLE {_POLITY} (polity INTEGER, first_year INTEGER, last_year INTEGER, "
                        "cow INTEGER, name VARCHAR)")
            con.executemany(f"INSERT INTO {_POLITY} VALUES (?, ?, ?, ?, ?)", list(POLITY_CODES))
        measures = ", ".join(source.measures)
        con.execute(
            f"""CREATE TEMP TABLE {_ROWS} AS
                SELECT g._line, {source.cow} AS ccode, g.year, CAST({source.unit} AS VARCHAR) AS unit,
                       {source.label} AS label, {source.own} AS own, {measures}
                FROM _foedus_good g {source.join}"""
        )
        con.execute(
            f"""CREATE TEMP TABLE {_SCORES} AS
                WITH long AS (SELECT _line, ccode, year, unit, label, own, measure, value FROM {_ROWS}
                              UNPIVOT (value FOR measure IN ({measures}))),
                     placed AS (SELECT l.*, EXISTS (SELECT 1 FROM {_ROWS} r WHERE r.unit = l.unit
                                                    AND r.year = l.year + 1) AS continues FROM long l)
                SELECT *, row_number() OVER (PARTITION BY ccode, year, measure
                                             ORDER BY own DESC, continues DESC, _line) AS rank
                FROM placed"""
        )
    return prepare


def _notes(con: duckdb.DuckDBPyConnection, sha256: str) -> list[str]:
    notes = []
    row = con.execute(f"""SELECT count(*), list(DISTINCT label ORDER BY label)[:{_SHOWN}], count(DISTINCT label)
                          FROM {_ROWS} WHERE ccode IS NULL""").fetchone()
    if row and row[0]:
        more = ", ..." if row[2] > _SHOWN else ""
        notes.append(f"{row[0]:,} rows have no COW state and were not stored ({', '.join(map(str, row[1]))}{more})")
    mapped = con.execute(f"""SELECT unit, ccode, any_value(label), count(*) FROM {_ROWS}
                             WHERE ccode IS NOT NULL AND TRY_CAST(unit AS INTEGER) <> ccode
                             GROUP BY unit, ccode ORDER BY min(TRY_CAST(unit AS INTEGER)), ccode""").fetchall()
    if mapped:
        listed = "; ".join(f"{unit} {label} -> {ccode} ({n:,} rows)" for unit, ccode, label, n in mapped)
        notes.append(f"codes mapped to COW: {listed}")
    dropped = con.execute(
        f"""SELECT count(*) OVER (), d.label, d.year, d.measure, d._line, k.label, k._line
            FROM {_SCORES} d JOIN {_SCORES} k ON k.ccode = d.ccode AND k.year = d.year AND k.measure = d.measure
                                              AND k.rank = 1
            WHERE d.rank > 1 AND d.ccode IS NOT NULL ORDER BY d.year, d.ccode, d.measure LIMIT {_SHOWN}"""
    ).fetchall()
    if dropped:
        shown = "; ".join(f"{label} {year} {measure} (line {line}; kept {kept}, line {kept_line})"
                          for _, label, year, measure, line, kept, kept_line in dropped)
        more = ", ..." if dropped[0][0] > _SHOWN else ""
        notes.append(f"{dropped[0][0]:,} values share a COW state-year with another unit's and were not stored: "
                     f"{shown}{more}")
    return notes


def _layout(name: str, columns: tuple[Column, ...], unit_key: tuple[str, str, str], source: _Source,
            null_text: tuple[str, ...] = ()) -> Layout:
    unit, blame, what = unit_key
    return Layout(
        dataset="democracy",
        name=name,
        target="regime_scores",
        columns=columns,
        unique=(((unit, "year"), blame, what),),
        store_sql=f"""INSERT INTO regime_scores SELECT $sha256, $version, _line, ccode, year, measure, value
                      FROM {_SCORES} WHERE ccode IS NOT NULL AND rank = 1 ORDER BY _line, measure""",
        coverage_sql="SELECT min(year), max(year) FROM regime_scores WHERE file_sha256 = $sha256",
        supersede_by_version=True,
        supersede_by_layout=True,
        prepare=_prepare(source),
        temp_tables=(_ROWS, _SCORES, _POLITY),
        null_text=null_text,
        stored_as="scores",
        notes=_notes,
    )


_VDEM = _layout(
    "vdem",
    (Column("country_name", "text"), Column("country_text_id", "text"), year_column("year"),
     state_code("COWcode", "ccode", empty=True), _measure("v2x_polyarchy", "v2x_polyarchy")),
    ("country_text_id", "year", "V-Dem country-year"),
    _Source("g.country_text_id", "g.country_name", "g.ccode", "0", ("v2x_polyarchy",)),
    null_text=("NA",),
)
_POLITY5 = _layout(
    "polity5",
    (state_code("ccode", "polity_code"), Column("scode", "text", empty=True), Column("country", "text"),
     year_column("year"), _measure("polity2", "polity2")),
    ("polity_code", "year", "Polity country-year"),
    _Source("g.polity_code", "g.country", "CASE WHEN m.polity IS NULL THEN g.polity_code ELSE m.cow END",
            "CASE WHEN m.polity IS NULL OR m.cow = g.polity_code THEN 1 ELSE 0 END", ("polity2",),
            join=f"LEFT JOIN {_POLITY} m ON m.polity = g.polity_code "
                 "AND g.year BETWEEN coalesce(m.first_year, 0) AND coalesce(m.last_year, 9999)"),
    null_text=("NA",),
)
_UDS = _layout(
    "uds",
    (Column("extended_country_name", "text"), state_code("cown", "ccode", empty=True), year_column("year"),
     _measure("z1", "euds"), _measure("z1_adj", "aeuds")),
    ("extended_country_name", "year", "country-year"),
    _Source("g.extended_country_name", "g.extended_country_name", "g.ccode", "0", ("euds", "aeuds")),
    null_text=("NA",),
)
_PROCESSED = _layout(
    "processed",
    (state_code("ccode"), year_column("year"), *(_measure(m, m) for m in ("euds", "aeuds", "polity2",
                                                                         "v2x_polyarchy"))),
    ("ccode", "year", "state-year"),
    _Source("g.ccode", "CAST(g.ccode AS VARCHAR)", "g.ccode", "0", ("euds", "aeuds", "polity2", "v2x_polyarchy")),
    null_text=("NA",),
)

_VDEM_NAME = re.compile(r"v-?dem.*?[-_ ]v(\d+(?:\.\d+)?)(?![\d.]*\d)", re.IGNORECASE)
_POLITY_NAME = re.compile(r"p([45])v(\d{4})", re.IGNORECASE)


def democracy_layout(data: DataFile, header: set[str]) -> tuple[Layout, str | None]:
    """Return the layout of a democracy file (from its lower-cased header) and the version its name states.

    Raises
    ------
    DataFileError
        If the header is none of the four layouts.
    """
    if {"country_text_id", "cowcode", "v2x_polyarchy"} <= header:
        match = _VDEM_NAME.search(data.name)
        return _VDEM, match.group(1) if match else None
    if {"ccode", "scode", "polity2"} <= header:
        match = _POLITY_NAME.search(data.name)
        return _POLITY5, f"p{match.group(1)}v{match.group(2)}" if match else None
    if {"extended_country_name", "cown", "z1", "z1_adj"} <= header:
        return _UDS, None
    if {"ccode", "year", "euds", "aeuds", "polity2", "v2x_polyarchy"} <= header:
        return _PROCESSED, None
    raise DataFileError([data.problem(
        "is not a democracy file foedus knows: expected V-Dem's country-year file (country_text_id, COWcode, "
        "v2x_polyarchy, ...), Polity5's p5v2018 as CSV (ccode, scode, country, year, polity2, ...), Marquez's "
        "extended_uds (extended_country_name, cown, year, z1, z1_adj, ...) or isard's cw_democracy (ccode, year, "
        "euds, aeuds, polity2, v2x_polyarchy)", 1)])
