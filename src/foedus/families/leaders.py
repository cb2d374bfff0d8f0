"""Archigos leaders (``foedus import archigos``): leaders' spells in office by COW state (mapped from G-W codes).

The file layouts are in :mod:`foedus.importers.leaders` (Archigos 4.1, or peacesciencer's ``archigos``), with the
mapping of G-W codes to COW codes by period.

References
----------
Goemans, H. E., Gleditsch, K. S., & Chiozza, G. (2009). Introducing Archigos: A dataset of political leaders.
*Journal of Peace Research*, 46(2), 269-283. https://doi.org/10.1177/0022343308100719
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

__all__ = ["FAMILY", "with_leaders"]

#: Whether either member's leader changed in the spell-year (a leader after the state's first in the data took
#: office), and whether irregularly (an irregular entry or a foreign imposition); unknown past the data's last year
#: and until both states' first leader.
_SPELL_YEARS = SpellYearSQL(
    reads=("leaders",),
    columns=("leader_change", "irregular_leader_change"),
    ctes="""leader_rows AS (
        SELECT ccode, year(start_date) AS year, entry,
               row_number() OVER (PARTITION BY ccode ORDER BY start_date, leader_id) AS n
        FROM {leaders}
    ),
    leader_years AS (
        SELECT ccode, year, count(*) AS changes,
               count(*) FILTER (WHERE entry IN ('Irregular', 'Foreign Imposition')) AS irregular
        FROM leader_rows WHERE n > 1 GROUP BY ALL
    ),
    leader_span AS (SELECT ccode, min(year) AS first FROM leader_rows GROUP BY ccode)""",
    select="""CASE WHEN sy.year > {leaders_last} OR ls1.first IS NULL OR ls2.first IS NULL
                     OR sy.year <= greatest(ls1.first, ls2.first) THEN NULL
                ELSE coalesce(l1.changes, 0) + coalesce(l2.changes, 0) > 0 END AS leader_change,
           CASE WHEN sy.year > {leaders_last} OR ls1.first IS NULL OR ls2.first IS NULL
                     OR sy.year <= greatest(ls1.first, ls2.first) THEN NULL
                ELSE coalesce(l1.irregular, 0) + coalesce(l2.irregular, 0) > 0 END AS irregular_leader_change""",
    joins="""LEFT JOIN leader_years l1 ON l1.ccode = sy.ccode1 AND l1.year = sy.year
    LEFT JOIN leader_years l2 ON l2.ccode = sy.ccode2 AND l2.year = sy.year
    LEFT JOIN leader_span ls1 ON ls1.ccode = sy.ccode1
    LEFT JOIN leader_span ls2 ON ls2.ccode = sy.ccode2""",
)


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return whether either leader changed (1), or not (0), and irregularly."""
    return {"leader_change": columns["leader_change"], "irregular_leader_change": columns["irregular_leader_change"]}


FAMILY = Family(
    name="leaders",
    title="Archigos political leaders",
    command="archigos",
    files_help="Archigos leaders: Archigos 4.1 (tab-separated or CSV) or peacesciencer's archigos.csv",
    layout="foedus.importers.leaders:leaders_layout",
    tables=("leaders",),
    shipped=(
        ShippedTable(
            "leaders", "leaders", "Archigos", "4.1",
            "leaders' spells in office by COW state (mapped from G-W codes), with the leader's name and how they "
            "entered and left",
            ("archigos.csv",), ("goemans2009archigos",),
            (("leader_id", "VARCHAR"), ("ccode", "INTEGER"), ("name", "VARCHAR"), ("start_date", "DATE"),
             ("end_date", "DATE"), ("entry", "VARCHAR"), ("exit", "VARCHAR")),
            imported=latest_rows("leaders", "leader_id, ccode, name, start_date, end_date, entry, exit", None,
                                 "t.ccode IS NOT NULL") + " ORDER BY ccode, start_date, leader_id",
        ),
    ),
    references=(
        {
            "id": "goemans2009archigos", "type": "article",
            "author": "Goemans, Henk E. and Gleditsch, Kristian Skrede and Chiozza, Giacomo",
            "title": "Introducing Archigos: A Dataset of Political Leaders", "journal": "Journal of Peace Research",
            "year": 2009, "volume": "46", "issue": "2", "pages": "269--283", "doi": "10.1177/0022343308100719",
        },
    ),
    cited_for={None: ("goemans2009archigos",)},
    verb="foedus.families.leaders:with_leaders",
    model=ModelFeatures("leader changes", (
        Feature("leader_change", "event"),
        Feature("irregular_leader_change", "event"),
    ), _derive, _SPELL_YEARS),
)

# One row per state-year with a leader in office on some day of it: how many leaders (each counted once), how many
# took office that year, and whether one took it irregularly. A leader still in office is in office to the data's end.
_YEARS = """SELECT ccode, y::INTEGER AS year, count(DISTINCT leader_id)::SMALLINT AS leaders,
                   count(DISTINCT leader_id) FILTER (WHERE year(start_date) = y)::SMALLINT AS entries,
                   bool_or(year(start_date) = y AND entry = 'Irregular')::TINYINT AS irregular
            FROM {rows}, range(greatest(year(start_date), {start}),
                               least(year(coalesce(end_date, make_date({last}, 12, 31))), {end}) + 1) t(y)
            GROUP BY ccode, y"""


def with_leaders(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with Archigos's leaders: ``leaders`` (how many held office on some day of the year),
    ``leader_entries`` (how many took office that year) and ``irregular_entry`` (1 if one of them took it
    irregularly, Archigos's ``entry``); in dyad-years each with ``1`` (the first state's) and ``2`` (the second's).

    A leader still in office at the end of the data is counted to its last year. Years outside the data's coverage
    are missing (``<NA>``); a state-year of the coverage without a leader in the data is 0. Archigos codes states by
    G-W code; the store holds COW codes mapped by period (:mod:`foedus.importers.leaders`), so a G-W panel is matched
    by COW code. The leaders are the store's import (``foedus import archigos``) or the table shipped with foedus
    (Archigos 4.1 as processed by peacesciencer).

    Raises
    ------
    PanelError
        If ``panel`` is no panel or already has the columns.

    References
    ----------
    Goemans, H. E., Gleditsch, K. S., & Chiozza, G. (2009). Introducing Archigos: A dataset of political leaders.
    *Journal of Peace Research*, 46(2), 269-283. https://doi.org/10.1177/0022343308100719
    Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
    and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
    """
    from foedus.families._panel import add_columns, checked, fetch, outside_coverage, state_values

    names = checked(panel, "with_leaders", ("leaders", "leader_entries", "irregular_entry"))
    got = fetch(panel, db, "leaders", _YEARS)
    added = state_values(panel, got, names, ("leaders", "entries", "irregular"), 0,
                         outside_coverage(panel, got.relation))
    return add_columns(panel, FAMILY.name, "leaders", got, added)
