"""COW Inter-State War Data 4.0 as non-directed war dyad-years: the wars alliances were tested by.

=================  =====================================================================  ===================
layout             the header has                                                         stored in
=================  =====================================================================  ===================
``processed``      peacesciencer's ``cow_war_inter``, directed and mirrored: ``warnum,     ``war_dyad_years``
                   ccode1, ccode2, year, cowinterongoing, cowinteronset, sidea1, sidea2,  (each dyad once)
                   initiator1, initiator2, outcome1, outcome2, batdeath1, batdeath2,
                   resume``
=================  =====================================================================  ===================

One row of the file is a year in which ``ccode1`` and ``ccode2`` fought on opposite sides of war ``warnum``;
``sidea1`` is 1 when ``ccode1`` was on side A, 2 on side B; ``initiator1`` is 1 when ``ccode1`` was one of the
states that began the war (COW codes initiation per state and war). Each dyad is stored once, with ``ccode1 <
ccode2``, and ``side1`` the side of ``ccode1`` (``side2`` is the other one). A state that changed sides (Italy,
Romania, Bulgaria and Finland in the Second World War) has rows on both sides, each in its own years. A war
resumed within a year (``resume``: wars 46 and 148) gives the same dyad-year twice: stored once, ``resume`` true.
``line`` is the first line of the file the stored row came from (its mirror row is the line next to it or near).

The data have years, not days: a war's first year says when it began, not on which day, which is why
:mod:`foedus.tested` marks cases whose alliance began or ended in that year.

References
----------
Sarkees, M. R., & Wayman, F. W. (2010). *Resort to War: A Data Guide to Inter-State, Extra-State, Intra-State,
and Non-State Wars, 1816-2007*. Washington, DC: CQ Press.
Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
"""

from __future__ import annotations

from foedus.errors import DataFileError
from foedus.importers.columns import Column, RowCheck, state_code, year_column
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout

__all__ = ["wars_layout"]

_PROCESSED = Layout(
    dataset="wars",
    name="processed",
    target="war_dyad_years",
    columns=(
        Column("warnum", low=1, high=99_999), state_code("ccode1"), state_code("ccode2"), year_column("year"),
        Column("cowinteronset", "flag", alias="onset"), Column("sidea1", low=1, high=2, alias="side1"),
        Column("sidea2", low=1, high=2, alias="side2"), Column("initiator1", "flag"), Column("initiator2", "flag"),
        Column("resume", "flag", required=False, empty=True),
    ),
    checks=(
        RowCheck("ccode2", "CASE WHEN ccode1 = ccode2 THEN 'is the same state as ccode1 (' || ccode1 || ')' END"),
        RowCheck("sidea2", "CASE WHEN side1 = side2 THEN 'puts both states on the same side' END"),
    ),
    store_sql="""INSERT INTO war_dyad_years
                  SELECT $sha256, $version, min(_line), warnum, least(ccode1, ccode2), greatest(ccode1, ccode2), year,
                         CASE WHEN ccode1 < ccode2 THEN side1 ELSE side2 END AS low_side,
                         bool_or(CASE WHEN ccode1 < ccode2 THEN initiator1 ELSE initiator2 END),
                         bool_or(CASE WHEN ccode1 < ccode2 THEN initiator2 ELSE initiator1 END),
                         bool_or(onset), coalesce(bool_or(resume), FALSE) OR count(*) > 2
                  FROM _foedus_good
                  GROUP BY warnum, least(ccode1, ccode2), greatest(ccode1, ccode2), year, low_side
                  ORDER BY min(_line)""",
    coverage_sql="SELECT min(year), max(year) FROM war_dyad_years WHERE file_sha256 = $sha256",
    supersede_by_version=True,
    stored_as="dyad-years",
)


def wars_layout(data: DataFile, header: set[str]) -> tuple[Layout, str | None]:
    """Return the layout of a COW inter-state war file (from its lower-cased header); the version is 4.0.

    Raises
    ------
    DataFileError
        If the file is not peacesciencer's ``cow_war_inter`` (COW's own participant file is not read yet).
    """
    if {"warnum", "ccode1", "ccode2", "year", "sidea1", "sidea2", "initiator1", "initiator2"} <= header:
        return _PROCESSED, "4.0"
    raise DataFileError([data.problem(
        "is not a war file foedus reads: expected peacesciencer's cow_war_inter (warnum, ccode1, ccode2, year, "
        "cowinterongoing, cowinteronset, sidea1, sidea2, initiator1, initiator2, ...)", 1)])
