"""Thompson & Dreyer's strategic rivalries, 1494-2010, as processed by peacesciencer (``td_rivalries``).

=================  =====================================================================  ================
layout             the header has                                                         stored in
=================  =====================================================================  ================
``processed``      ``rivalryno, rivalryname, ccode1, ccode2, styear, endyear, region,     ``rivalries``
                   type1, type2, type3``
=================  =====================================================================  ================

Thompson and Dreyer publish the rivalries as a table in the appendix of a book, not as a data file: the
machine-readable versions are transcriptions. Steven Miller's (R package ``stevemisc``,
``strategic_rivalries``) names the two sides (``sidea``, ``sideb``: "Prussia", "Venice", ...), not their
codes; peacesciencer's adds COW codes to it, and it is the layout foedus reads. A file that names the sides
is refused with a message saying so.

Values: one row per rivalry (``rivalryno`` unique); the two states are stored as ``ccode1 < ccode2`` (a rivalry
has no direction); ``endyear`` 2010, the last year the handbook covers, means the rivalry was still going on
and is stored as NULL; ``kind`` joins the rivalry's types in their order (``positional;spatial``). Codes may
be written as floats. peacesciencer gives Venice, which COW does not list, the code 324.

References
----------
Thompson, W. R., & Dreyer, D. R. (2012). *Handbook of International Rivalries, 1494-2010*. Washington, DC:
CQ Press.
"""

from __future__ import annotations

from foedus.errors import DataFileError
from foedus.importers.columns import Column, RowCheck, state_code, year_column
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout

__all__ = ["RIVALRY_TYPES", "TD_LAST_YEAR", "rivalries_layout"]

#: The last year of Thompson and Dreyer's handbook: an end in that year means the rivalry was ongoing.
TD_LAST_YEAR = 2010

#: The types of strategic rivalry Thompson and Dreyer tell apart.
RIVALRY_TYPES: tuple[str, ...] = ("spatial", "positional", "ideological", "interventionary")

_TYPE_TEXT = f"one of {', '.join(RIVALRY_TYPES)}"


def _type(name: str, required: bool) -> Column:
    return Column(name, "text", required=required, empty=not required)


def _type_check(column: str) -> RowCheck:
    allowed = ", ".join(f"'{t}'" for t in RIVALRY_TYPES)
    return RowCheck(column, f"CASE WHEN lower({column}) NOT IN ({allowed}) THEN "
                            f"'is ''' || {column} || ''', not {_TYPE_TEXT}' END")


_PROCESSED = Layout(
    dataset="rivalries",
    name="processed",
    target="rivalries",
    columns=(
        Column("rivalryno", alias="rivalry", low=1, high=99_999), Column("rivalryname", "text", empty=True),
        state_code("ccode1"), state_code("ccode2"), year_column("styear", "start_year"),
        year_column("endyear", "end_year"), _type("type1", True), _type("type2", False), _type("type3", False),
    ),
    checks=(
        RowCheck("ccode2", "CASE WHEN ccode1 = ccode2 THEN 'is the same state as ccode1 (' || ccode1 || ')' END"),
        RowCheck("endyear", "CASE WHEN end_year < start_year THEN "
                            "'ends (' || end_year || ') before it begins (' || start_year || ')' END"),
        *(_type_check(c) for c in ("type1", "type2", "type3")),
    ),
    unique=((("rivalry",), "rivalryno", "rivalry number"),),
    store_sql=f"""INSERT INTO rivalries SELECT $sha256, $version, _line, rivalry, rivalryname, least(ccode1, ccode2),
                  greatest(ccode1, ccode2), start_year, CASE WHEN end_year = {TD_LAST_YEAR} THEN NULL ELSE end_year END,
                  nullif(concat_ws(';', lower(type1), lower(type2), lower(type3)), '')
                  FROM _foedus_good ORDER BY _line""",
    coverage_sql=f"""SELECT min(start_year), max(coalesce(end_year, {TD_LAST_YEAR})) FROM rivalries
                     WHERE file_sha256 = $sha256""",
    supersede_by_version=True,
)


def rivalries_layout(data: DataFile, header: set[str]) -> tuple[Layout, str | None]:
    """Return the layout of a strategic-rivalry file (from its lower-cased header); files state no version.

    Raises
    ------
    DataFileError
        If the file names the sides instead of coding them, or is no rivalry file.
    """
    if {"rivalryno", "ccode1", "ccode2", "styear", "endyear"} <= header:
        return _PROCESSED, None
    if {"rivalryno", "sidea", "sideb"} <= header:
        raise DataFileError([data.problem(
            "names the rivals (sidea, sideb) instead of giving their COW codes: foedus reads peacesciencer's "
            "td_rivalries (rivalryno, rivalryname, ccode1, ccode2, styear, endyear, region, type1, type2, type3)",
            1)])
    raise DataFileError([data.problem(
        "is not a strategic-rivalry file: expected peacesciencer's td_rivalries (rivalryno, rivalryname, ccode1, "
        "ccode2, styear, endyear, region, type1, type2, type3)", 1)])
