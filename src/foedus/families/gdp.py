"""GDP, GDP per capita and population (``foedus import gdp``): Fariss, Anders, Markowitz & Barnum's latent estimates,
by COW state-year, as isard's ``cw_gdppop`` processes them.

=================  =====================================================================  ==================
layout             the header has                                                         stored in
=================  =====================================================================  ==================
``processed``      isard's ``cw_gdppop``: ``ccode, year, mrgdppc, sd_mrgdppc, pwtrgdp,     ``gdp_population``
                   sd_pwtrgdp, pwtpop, sd_pwtpop``
=================  =====================================================================  ==================

Each row is a COW state-year: the estimated GDP per capita (``mrgdppc``), real GDP (``pwtrgdp``) and population
(``pwtpop``), each with the standard deviation of its estimate, in the units of Fariss et al. (see their article
and isard's documentation). An empty value (or R's ``NA``) is missing and stored as NULL; values may not be
negative; a state-year may appear once in a file. The file states no version. Fariss et al. estimate over the
Gleditsch-Ward list: isard's COW table lacks some COW state-years (Serbia 1916-1917, Morocco 1905-1912, Egypt
1856-1882, Saudi Arabia 1927-1931, Laos 1953), which are missing in panels, never 0.

The table shipped with foedus (``gdp_population.csv.gz``) keeps the three estimates; ``with_gdp`` adds them to
panels. The family gives the breach model one condition, ``log_gdppc_min``: the log of the poorer member's GDP per
capita in the spell-year (unknown unless both members' are known), which a specification takes with
``Covariates(("gdp", ...))``; no declared specification does, so the headline does not rest on it.

References
----------
Fariss, C. J., Anders, T., Markowitz, J. N., & Barnum, M. (2022). New estimates of over 500 years of historic GDP
and population data. *Journal of Conflict Resolution*, 66(3), 553-591. https://doi.org/10.1177/00220027211054432
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from foedus.families._base import Family, Feature, ModelFeatures, ShippedTable, SpellYearSQL, latest_rows

if TYPE_CHECKING:
    from collections.abc import Mapping

    import numpy as np
    from numpy.typing import NDArray

    from foedus.importers.datafile import DataFile
    from foedus.importers.tabular import Layout
    from foedus.panels import Panel
    from foedus.store import Store

__all__ = ["ESTIMATES", "FAMILY", "gdp_layout", "with_gdp"]

#: The estimates, as the file names them, and the panel columns they become.
ESTIMATES: dict[str, str] = {"mrgdppc": "gdppc", "pwtrgdp": "gdp", "pwtpop": "population"}

#: Each member's estimated GDP per capita in the spell-year (NULL where there is no estimate).
_SPELL_YEARS = SpellYearSQL(
    reads=("gdp_population",),
    columns=("gdppc_1", "gdppc_2"),
    ctes="gdppc AS (SELECT ccode, year, mrgdppc FROM {gdp_population})",
    select="g1.mrgdppc AS gdppc_1, g2.mrgdppc AS gdppc_2",
    joins="""LEFT JOIN gdppc g1 ON g1.ccode = sy.ccode1 AND g1.year = sy.year
    LEFT JOIN gdppc g2 ON g2.ccode = sy.ccode2 AND g2.year = sy.year""",
)


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return the log of the poorer member's GDP per capita; unknown unless both members' are known and positive."""
    import numpy as np

    poorer = np.fmin(columns["gdppc_1"], columns["gdppc_2"])
    known = (columns["gdppc_1"] > 0) & (columns["gdppc_2"] > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return {"log_gdppc_min": np.where(known, np.log(poorer), np.nan)}


FAMILY = Family(
    name="gdp",
    title="GDP, GDP per capita and population (Fariss et al. 2022)",
    command="gdp",
    files_help="GDP, GDP per capita and population estimates of Fariss, Anders, Markowitz & Barnum (2022) by COW "
               "state-year, as isard processes them (cw_gdppop.csv)",
    layout="foedus.families.gdp:gdp_layout",
    tables=("gdp_population",),
    migrations=((
        "family_gdp_0001",
        """CREATE TABLE gdp_population (
               file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, ccode INTEGER NOT NULL,
               year INTEGER NOT NULL, mrgdppc DOUBLE, sd_mrgdppc DOUBLE, pwtrgdp DOUBLE, sd_pwtrgdp DOUBLE,
               pwtpop DOUBLE, sd_pwtpop DOUBLE
           );""",
    ),),
    shipped=(
        ShippedTable(
            "gdp_population", "gdp_population", "Fariss et al. GDP and population", "2022",
            "estimated GDP per capita (mrgdppc), real GDP (pwtrgdp) and population (pwtpop) by COW state-year",
            ("cw_gdppop.csv",), ("fariss2022gdp",),
            (("ccode", "INTEGER"), ("year", "INTEGER"), *((name, "DOUBLE") for name in ESTIMATES)),
            imported=latest_rows("gdp_population", "ccode, year, mrgdppc, pwtrgdp, pwtpop", "ccode, year",
                                 "coalesce(t.mrgdppc, t.pwtrgdp, t.pwtpop) IS NOT NULL") + " ORDER BY ccode, year",
            in_model=False,
        ),
    ),
    references=(
        {
            "id": "fariss2022gdp", "type": "article",
            "author": "Fariss, Christopher J. and Anders, Therese and Markowitz, Jonathan N. and Barnum, Miriam",
            "title": "New Estimates of Over 500 Years of Historic GDP and Population Data",
            "journal": "Journal of Conflict Resolution", "year": 2022, "volume": "66", "issue": "3",
            "pages": "553--591", "doi": "10.1177/00220027211054432",
        },
    ),
    cited_for={None: ("fariss2022gdp",)},
    verb="foedus.families.gdp:with_gdp",
    model=ModelFeatures("GDP per capita", (Feature("log_gdppc_min", "condition"),), _derive, _SPELL_YEARS),
)


def gdp_layout(data: DataFile, header: set[str]) -> tuple[Layout, str | None]:
    """Return the layout of a GDP and population file (from its lower-cased header); the file states no version.

    Raises
    ------
    DataFileError
        If the file is not isard's ``cw_gdppop``.
    """
    from foedus.errors import DataFileError
    from foedus.importers.columns import Column, state_code, year_column
    from foedus.importers.tabular import Layout

    if not {"ccode", "year", *ESTIMATES} <= header:
        raise DataFileError([data.problem(
            "is not a GDP and population file: expected isard's cw_gdppop (ccode, year, mrgdppc, sd_mrgdppc, "
            "pwtrgdp, sd_pwtrgdp, pwtpop, sd_pwtpop)", 1)])
    values = [name for estimate in ESTIMATES for name in (estimate, f"sd_{estimate}")]
    return Layout(
        dataset="gdp",
        name="processed",
        target="gdp_population",
        columns=(state_code("ccode"), year_column("year"),
                 *(Column(name, "real", low=0, high=1e15, empty=True, required=not name.startswith("sd_"))
                   for name in values)),
        unique=((("ccode", "year"), "year", "state-year"),),
        null_text=("NA",),
        store_sql=f"""INSERT INTO gdp_population SELECT $sha256, $version, _line, ccode, year, {", ".join(values)}
                      FROM _foedus_good ORDER BY _line""",
        coverage_sql="SELECT min(year), max(year) FROM gdp_population WHERE file_sha256 = $sha256",
        supersede_by_version=True,
    ), None


def with_gdp(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with Fariss et al.'s estimates: ``gdppc`` (GDP per capita), ``gdp`` (real GDP) and
    ``population``; in dyad-years each with ``1`` (the first state's) and ``2`` (the second's) appended.

    The estimates are the store's import (``foedus import gdp``) or the table shipped with foedus (isard's
    ``cw_gdppop``), in their authors' units. A state-year without an estimate is missing (``<NA>``), never 0; a G-W
    panel is matched by code (the table is by COW code).

    Raises
    ------
    PanelError
        If ``panel`` is no panel or already has the columns.

    References
    ----------
    Fariss, C. J., Anders, T., Markowitz, J. N., & Barnum, M. (2022). New estimates of over 500 years of historic
    GDP and population data. *Journal of Conflict Resolution*, 66(3), 553-591.
    https://doi.org/10.1177/00220027211054432
    Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
    and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
    """
    from foedus.families._panel import add_columns, checked, fetch, state_values

    names = checked(panel, "with_gdp", tuple(ESTIMATES.values()))
    got = fetch(panel, db, "gdp_population", f"SELECT ccode, year, {', '.join(ESTIMATES)} FROM {{rows}}")
    return add_columns(panel, FAMILY.name, "GDP and population", got,
                       state_values(panel, got, names, tuple(ESTIMATES), float("nan")))
