"""Democracy scores (``foedus import democracy``): V-Dem's electoral democracy, Polity5, extended UDS.

The file layouts are in :mod:`foedus.importers.democracy`. The shipped table holds the three measures by COW
state-year in long format, from isard's ``cw_democracy``.

References
----------
Coppedge, M., et al. (2026). V-Dem Country-Year Dataset v16. Varieties of Democracy Project.
https://doi.org/10.23696/vdemds26
Marshall, M. G., & Gurr, T. R. (2020). Polity5: Political Regime Characteristics and Transitions, 1800-2018.
Center for Systemic Peace.
Pemstein, D., Meserve, S. A., & Melton, J. (2010). Democratic compromise: A latent variable analysis of ten
measures of regime type. *Political Analysis*, 18(4), 426-449. https://doi.org/10.1093/pan/mpq020
Marquez, X. (2016). A quick method for extending the Unified Democracy Scores. SSRN.
https://doi.org/10.2139/ssrn.2753830
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from foedus.families._base import Family, Feature, ModelFeatures, ShippedTable, SpellYearSQL, latest_rows

if TYPE_CHECKING:
    from collections.abc import Mapping

    import numpy as np
    from numpy.typing import NDArray

    from foedus.panels import Panel
    from foedus.store import Store

__all__ = ["FAMILY", "MEASURES", "REGIME_MEASURES", "with_democracy"]

#: The measures the shipped table keeps, as the panel verb names its columns.
MEASURES: tuple[str, ...] = ("v2x_polyarchy", "polity2", "euds")

#: The measures the breach model's spell-years give for each member, by their names there.
REGIME_MEASURES: dict[str, str] = {"polyarchy": "v2x_polyarchy", "polity2": "polity2", "uds": "euds"}

#: Each member's scores in the spell-year and their change since the spell began (Leeds 2003; Leeds & Savun 2007).
_SPELL_YEARS = SpellYearSQL(
    reads=("regime_scores",),
    columns=(*(f"{name}_{side}" for name in REGIME_MEASURES for side in ("1", "2")),
             *(f"{name}_change_{side}" for name in REGIME_MEASURES for side in ("1", "2"))),
    ctes="reg AS (SELECT ccode, year, " + ", ".join(
        f"max(value) FILTER (WHERE measure = '{measure}') AS {name}" for name, measure in REGIME_MEASURES.items())
    + " FROM {regime_scores} GROUP BY ccode, year)",
    select=", ".join(f"r1.{n} AS {n}_1, r2.{n} AS {n}_2" for n in REGIME_MEASURES) + ", " + ", ".join(
        f"r1.{n} - q1.{n} AS {n}_change_1, r2.{n} - q2.{n} AS {n}_change_2" for n in REGIME_MEASURES),
    joins="""LEFT JOIN reg r1 ON r1.ccode = sy.ccode1 AND r1.year = sy.year
    LEFT JOIN reg r2 ON r2.ccode = sy.ccode2 AND r2.year = sy.year
    LEFT JOIN reg q1 ON q1.ccode = sy.ccode1 AND q1.year = sy.first_year
    LEFT JOIN reg q2 ON q2.ccode = sy.ccode2 AND q2.year = sy.first_year""",
)


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return the weaker democracy's V-Dem polyarchy (unknown unless both are known) and the larger change in
    either member's since the spell began (unknown unless one is known)."""
    import numpy as np

    poly1, poly2 = columns["polyarchy_1"], columns["polyarchy_2"]
    change1, change2 = np.abs(columns["polyarchy_change_1"]), np.abs(columns["polyarchy_change_2"])
    both = ~np.isnan(poly1) & ~np.isnan(poly2)
    either_change = ~np.isnan(change1) | ~np.isnan(change2)
    return {"democracy_min": np.where(both, np.fmin(poly1, poly2), np.nan),
            "democracy_shift": np.where(either_change, np.fmax(change1, change2), np.nan)}


_ALL = ("coppedge2026vdem", "marshall2020polity5", "pemstein2010uds", "marquez2016uds")

FAMILY = Family(
    name="democracy",
    title="V-Dem, Polity5 and extended UDS democracy scores",
    command="democracy",
    files_help="democracy scores: V-Dem's country-year CSV, Polity5's p5v2018 as CSV, Marquez's extended_uds or "
               "isard's cw_democracy.csv",
    layout="foedus.importers.democracy:democracy_layout",
    tables=("regime_scores",),
    shipped=(
        ShippedTable(
            "regime_scores", "regime_scores", "V-Dem, Polity5 and extended UDS", "V-Dem 16, Polity5 2018, UDS 2020",
            "democracy scores by COW state-year: V-Dem electoral democracy (v2x_polyarchy), Polity5 polity2, "
            "extended UDS (euds), in long format",
            ("cw_democracy.csv",), _ALL,
            (("ccode", "INTEGER"), ("year", "INTEGER"), ("measure", "VARCHAR"), ("value", "DOUBLE")),
            imported=latest_rows("regime_scores", "ccode, year, measure, value", "ccode, year, measure",
                                 "t.measure IN ('v2x_polyarchy', 'polity2', 'euds')")
            + " ORDER BY ccode, year, measure",
        ),
    ),
    references=(
        {
            "id": "coppedge2026vdem", "type": "dataset",
            "author": "Coppedge, Michael and Gerring, John and Knutsen, Carl Henrik and Lindberg, Staffan I. and "
                      "Teorell, Jan and others",
            "title": "V-Dem [Country-Year/Country-Date] Dataset v16",
            "institution": "Varieties of Democracy (V-Dem) Project", "year": 2026, "doi": "10.23696/vdemds26",
        },
        {
            "id": "marshall2020polity5", "type": "report", "author": "Marshall, Monty G. and Gurr, Ted Robert",
            "title": "Polity5: Political Regime Characteristics and Transitions, 1800-2018. Dataset Users' Manual",
            "institution": "Center for Systemic Peace", "year": 2020,
        },
        {
            "id": "pemstein2010uds", "type": "article",
            "author": "Pemstein, Daniel and Meserve, Stephen A. and Melton, James",
            "title": "Democratic Compromise: A Latent Variable Analysis of Ten Measures of Regime Type",
            "journal": "Political Analysis", "year": 2010, "volume": "18", "issue": "4", "pages": "426--449",
            "doi": "10.1093/pan/mpq020",
        },
        {
            "id": "marquez2016uds", "type": "report", "author": "Marquez, Xavier",
            "title": "A Quick Method for Extending the Unified Democracy Scores", "institution": "SSRN",
            "year": 2016, "doi": "10.2139/ssrn.2753830",
        },
    ),
    cited_for={
        "vdem": ("coppedge2026vdem",),
        "polity5": ("marshall2020polity5",),
        "uds": ("pemstein2010uds", "marquez2016uds"),
        "processed": _ALL,
    },
    verb="foedus.families.democracy:with_democracy",
    model=ModelFeatures("democracy", (
        Feature("democracy_min", "condition"),
        Feature("democracy_shift", "condition", zero=True, since_start=True),
    ), _derive, _SPELL_YEARS),
)


def with_democracy(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with the democracy scores ``v2x_polyarchy`` (V-Dem electoral democracy, 0-1), ``polity2``
    (Polity5, -10 to 10) and ``euds`` (extended Unified Democracy Scores); in dyad-years each with ``1`` (the first
    state's) and ``2`` (the second's) appended.

    The scores are the store's import (``foedus import democracy``) or the table shipped with foedus (isard's
    ``cw_democracy``). A state-year a measure has no score for is missing (``<NA>``) in that column, never 0; a G-W
    panel is matched by code.

    Raises
    ------
    PanelError
        If ``panel`` is no panel or already has the columns.

    References
    ----------
    Pemstein, D., Meserve, S. A., & Melton, J. (2010). Democratic compromise: A latent variable analysis of ten
    measures of regime type. *Political Analysis*, 18(4), 426-449. https://doi.org/10.1093/pan/mpq020
    Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
    and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
    """
    from foedus.families._panel import add_columns, checked, fetch, state_values

    names = checked(panel, "with_democracy", MEASURES)
    pivot = ", ".join(f"max(value) FILTER (WHERE measure = '{m}') AS {m}" for m in MEASURES)
    got = fetch(panel, db, "regime_scores", f"SELECT ccode, year, {pivot} FROM {{rows}} GROUP BY ccode, year")
    return add_columns(panel, FAMILY.name, "democracy", got, state_values(panel, got, names, MEASURES, float("nan")))
