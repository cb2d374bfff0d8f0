"""Thompson & Dreyer's strategic rivalries (``foedus import rivalries``), as processed by peacesciencer.

The file layout is in :mod:`foedus.importers.rivalries`. The shipped table holds each rivalry with its first and last
years (the last empty when the rivalry was ongoing at the end of the data, 2010).

References
----------
Thompson, W. R., & Dreyer, D. R. (2012). *Handbook of International Rivalries, 1494-2010*. Washington, DC: CQ Press.
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

__all__ = ["FAMILY", "with_rivalries"]

#: Whether the pair were rivals in the spell-year (in either direction); unknown past the data's last year.
_SPELL_YEARS = SpellYearSQL(
    reads=("rivalries",),
    columns=("rivalry",),
    ctes="""rival_pairs AS (
        SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, start_year,
               coalesce(end_year, {rivalries_last}) AS end_year
        FROM {rivalries}
    )""",
    select="""CASE WHEN sy.year > {rivalries_last} THEN NULL
                ELSE EXISTS (SELECT 1 FROM rival_pairs r WHERE r.ccode1 = sy.ccode1 AND r.ccode2 = sy.ccode2
                                                         AND sy.year BETWEEN r.start_year AND r.end_year) END
               AS rivalry""",
)


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return whether the pair were rivals (1), or not (0)."""
    return {"rivalry": columns["rivalry"]}


FAMILY = Family(
    name="rivalries",
    title="Thompson & Dreyer strategic rivalries",
    command="rivalries",
    files_help="Thompson & Dreyer's strategic rivalries as processed by peacesciencer (td_rivalries.csv)",
    layout="foedus.importers.rivalries:rivalries_layout",
    tables=("rivalries",),
    shipped=(
        ShippedTable(
            "rivalries", "rivalries", "Thompson & Dreyer strategic rivalries", "2012",
            "strategic rivalries between two states, with their first and last years (last year empty: ongoing at "
            "the end of the data)",
            ("td_rivalries.csv",), ("thompson2012rivalries",),
            (("rivalry", "INTEGER"), ("ccode1", "INTEGER"), ("ccode2", "INTEGER"), ("start_year", "INTEGER"),
             ("end_year", "INTEGER")),
            imported=latest_rows("rivalries", "rivalry, ccode1, ccode2, start_year, end_year")
            + " ORDER BY rivalry, ccode1, ccode2",
        ),
    ),
    references=(
        {
            "id": "thompson2012rivalries", "type": "book", "author": "Thompson, William R. and Dreyer, David R.",
            "title": "Handbook of International Rivalries, 1494-2010", "publisher": "CQ Press", "year": 2012,
        },
    ),
    cited_for={None: ("thompson2012rivalries",)},
    verb="foedus.families.rivalries:with_rivalries",
    model=ModelFeatures("rivalry", (Feature("rivalry", "condition", zero=True),), _derive, _SPELL_YEARS),
)

_YEARS = """SELECT ccode1, ccode2, y::INTEGER AS year
            FROM {rows}, range(greatest(start_year, {start}), least(coalesce(end_year, {last}), {end}) + 1) t(y)"""


def with_rivalries(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with Thompson & Dreyer's strategic rivalries: ``rivalries`` (state-years: how many the state
    was in that year) or ``rivalry`` (dyad-years: 1 if the two states were rivals that year, in either direction).

    A rivalry holds from its first year to its last, both included; one ongoing at the end of the data (2010)
    holds to then. Years outside the data's coverage (before the first rivalry's start or after 2010) are missing
    (``<NA>``), not 0. The rivalries are the store's import (``foedus import rivalries``) or the table shipped with
    foedus; a G-W panel is matched by code.

    Raises
    ------
    PanelError
        If ``panel`` is no panel or already has the columns.

    References
    ----------
    Thompson, W. R., & Dreyer, D. R. (2012). *Handbook of International Rivalries, 1494-2010*. Washington, DC: CQ
    Press.
    Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
    and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
    """
    import numpy as np

    from foedus.families._panel import (
        add_columns,
        by_dyad_year,
        by_state_year,
        checked,
        fetch,
        nullable,
        outside_coverage,
    )

    names = checked(panel, "with_rivalries", ("rivalries",), ("rivalry",))
    got = fetch(panel, db, "rivalries", _YEARS)
    c1, c2, years = got.columns["ccode1"], got.columns["ccode2"], got.columns["year"]
    outside = outside_coverage(panel, got.relation)
    if panel.unit == "state-year":
        ones = np.ones(2 * len(years), dtype=np.int16)
        (count,) = by_state_year(panel, np.concatenate([c1, c2]), np.concatenate([years, years]), ones, 0, "sum")
        added = {names[0]: nullable(count, outside)}
    else:
        flag = by_dyad_year(panel, c1, c2, years, np.ones(len(years), dtype=np.int8))
        added = {names[0]: nullable(flag, outside)}
    return add_columns(panel, FAMILY.name, "rivalries", got, added)
