"""COW Militarized Interstate Disputes (``foedus import mids``) as non-directed dispute dyad-years.

The file layouts are in :mod:`foedus.importers.disputes` (MIDB's participants, or peacesciencer's
``cow_mid_ddydisps``). The shipped table holds the dyad-years of states on opposite sides, with onset and hostility.

References
----------
Palmer, G., McManus, R. W., D'Orazio, V., Kenwick, M. R., Karstens, M., Bloch, C., Dietrich, N., Kahn, K.,
Ritter, K., & Soules, M. J. (2022). The MID5 Dataset, 2011-2014: Procedures, coding rules, and description.
*Conflict Management and Peace Science*, 39(4), 470-482. https://doi.org/10.1177/0738894221995743
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

__all__ = ["FAMILY", "with_disputes"]

#: Whether the pair were in a militarized dispute with each other in the spell-year (either way), and whether one
#: began; unknown outside the years the data cover.
_SPELL_YEARS = SpellYearSQL(
    reads=("dispute_dyad_years",),
    columns=("dispute", "dispute_onset"),
    ctes="""dispute_years AS (
        SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, year, bool_or(onset) AS onset
        FROM {dispute_dyad_years} GROUP BY ALL
    ),
    dispute_span AS (SELECT min(year) AS first, {dispute_dyad_years_last} AS last FROM {dispute_dyad_years})""",
    select="""CASE WHEN sy.year > ds.last OR sy.year < ds.first THEN NULL ELSE d.year IS NOT NULL END AS dispute,
           CASE WHEN sy.year > ds.last OR sy.year < ds.first THEN NULL ELSE coalesce(d.onset, false) END
               AS dispute_onset""",
    joins="""LEFT JOIN dispute_years d ON d.ccode1 = least(sy.ccode1, sy.ccode2)
                             AND d.ccode2 = greatest(sy.ccode1, sy.ccode2) AND d.year = sy.year
    CROSS JOIN dispute_span ds""",
)


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return whether the pair were in a dispute (1), or not (0)."""
    return {"dispute": columns["dispute"]}


FAMILY = Family(
    name="disputes",
    title="COW Militarized Interstate Disputes",
    command="mids",
    files_help="COW Militarized Interstate Disputes: MIDB (participants; the dyad-years are derived) or "
               "peacesciencer's cow_mid_ddydisps.csv",
    layout="foedus.importers.disputes:disputes_layout",
    tables=("dispute_dyad_years",),
    shipped=(
        ShippedTable(
            "dispute_dyad_years", "dispute_dyad_years", "COW Militarized Interstate Disputes", "5.0",
            "non-directed dyad-years of states on opposite sides of a militarized dispute, with onset and hostility",
            ("cow_mid_ddydisps.csv",), ("palmer2022mid5",),
            (("dispute", "INTEGER"), ("ccode1", "INTEGER"), ("ccode2", "INTEGER"), ("year", "INTEGER"),
             ("onset", "BOOLEAN"), ("hostility", "INTEGER")),
            imported=latest_rows("dispute_dyad_years", "dispute, ccode1, ccode2, year, onset, hostility")
            + " ORDER BY dispute, ccode1, ccode2, year",
        ),
    ),
    references=(
        {
            "id": "palmer2022mid5", "type": "article",
            "author": "Palmer, Glenn and McManus, Roseanne W. and D'Orazio, Vito and Kenwick, Michael R. and "
                      "Karstens, Mikaela and Bloch, Chase and Dietrich, Nick and Kahn, Kayla and Ritter, Kellan and "
                      "Soules, Michael J.",
            "title": "The MID5 Dataset, 2011-2014: Procedures, Coding Rules, and Description",
            "journal": "Conflict Management and Peace Science", "year": 2022, "volume": "39", "issue": "4",
            "pages": "470--482", "doi": "10.1177/0738894221995743",
        },
    ),
    cited_for={None: ("palmer2022mid5",)},
    verb="foedus.families.disputes:with_disputes",
    model=ModelFeatures("disputes", (Feature("dispute", "event"),), _derive, _SPELL_YEARS),
)


def with_disputes(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with COW's militarized interstate disputes: ``mid`` and ``mid_onset``.

    State-years: ``mid`` is 1 if the state was on one side of a dispute that year (in any dispute dyad-year),
    ``mid_onset`` if one of its dispute dyads began that year. Dyad-years: the same for the two states against each
    other (a dispute between A and B marks both (A, B) and (B, A) in a directed panel; who began it is not told).
    Years outside the data's coverage are missing (``<NA>``), not 0. The disputes are the store's import
    (``foedus import mids``) or the table shipped with foedus (MID 5.0 as processed by peacesciencer); a G-W panel
    is matched by code.

    Raises
    ------
    PanelError
        If ``panel`` is no panel or already has the columns.

    References
    ----------
    Palmer, G., et al. (2022). The MID5 Dataset, 2011-2014: Procedures, coding rules, and description. *Conflict
    Management and Peace Science*, 39(4), 470-482. https://doi.org/10.1177/0738894221995743
    Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
    and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
    """
    from foedus.families._panel import add_columns, checked, dyadic_events, fetch

    names = checked(panel, "with_disputes", ("mid", "mid_onset"), ("mid", "mid_onset"))
    got = fetch(panel, db, "dispute_dyad_years", "SELECT ccode1, ccode2, year, onset FROM {rows}")
    return add_columns(panel, FAMILY.name, "disputes", got, dyadic_events(panel, got, names))
