"""COW Inter-State War Data 4.0 (``foedus import wars``) as non-directed war dyad-years: the wars alliances were
tested by (:mod:`foedus.tested`).

The file layout is in :mod:`foedus.importers.wars` (peacesciencer's ``cow_war_inter``).

References
----------
Sarkees, M. R., & Wayman, F. W. (2010). *Resort to War: A Data Guide to Inter-State, Extra-State, Intra-State,
and Non-State Wars, 1816-2007*. Washington, DC: CQ Press.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from foedus.families._base import Family, ShippedTable, latest_rows

if TYPE_CHECKING:
    from foedus.panels import Panel
    from foedus.store import Store

__all__ = ["FAMILY", "with_wars"]

FAMILY = Family(
    name="wars",
    title="COW Inter-State Wars",
    command="wars",
    files_help="COW Inter-State Wars 4.0 as processed by peacesciencer (cow_war_inter.csv): war dyad-years",
    layout="foedus.importers.wars:wars_layout",
    tables=("war_dyad_years",),
    shipped=(
        ShippedTable(
            "war_dyad_years", "war_dyad_years", "COW Inter-State War Data", "4.0",
            "non-directed dyad-years of states on opposite sides of an inter-state war: the side of the first, "
            "whether each began the war, onset, and the line of the file each row came from",
            ("cow_war_inter.csv",), ("sarkees2010resort",),
            (("line", "INTEGER"), ("war", "INTEGER"), ("ccode1", "INTEGER"), ("ccode2", "INTEGER"),
             ("year", "INTEGER"), ("side1", "INTEGER"), ("initiator1", "BOOLEAN"), ("initiator2", "BOOLEAN"),
             ("onset", "BOOLEAN"), ("resume", "BOOLEAN")),
            imported=latest_rows("war_dyad_years", "line, war, ccode1, ccode2, year, side1, initiator1, "
                                 "initiator2, onset, resume") + " ORDER BY war, ccode1, ccode2, year, side1",
            in_model=False,
        ),
    ),
    references=(
        {
            "id": "sarkees2010resort", "type": "book", "author": "Sarkees, Meredith Reid and Wayman, Frank Whelon",
            "title": "Resort to War: A Data Guide to Inter-State, Extra-State, Intra-State, and Non-State Wars, "
                     "1816-2007", "publisher": "CQ Press", "address": "Washington, DC", "year": 2010,
            "note": "COW Inter-State War Data 4.0",
        },
    ),
    cited_for={None: ("sarkees2010resort",)},
    verb="foedus.families.wars:with_wars",
)


def with_wars(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with COW inter-state wars: ``war`` and ``war_onset``.

    State-years: ``war`` is 1 if the state fought an inter-state war that year (on either side), ``war_onset`` if it
    began fighting one (a war dyad with its onset that year). Dyad-years: whether the two states fought each other
    that year, and whether that fighting began then (a war between A and B marks both (A, B) and (B, A) in a
    directed panel). Years outside the data's coverage are missing (``<NA>``), not 0. The wars are the store's
    import (``foedus import wars``) or the table shipped with foedus (COW Inter-State War Data 4.0 as processed by
    peacesciencer); a G-W panel is matched by code.

    Raises
    ------
    PanelError
        If ``panel`` is no panel or already has the columns.

    References
    ----------
    Sarkees, M. R., & Wayman, F. W. (2010). *Resort to War: A Data Guide to Inter-State, Extra-State, Intra-State,
    and Non-State Wars, 1816-2007*. Washington, DC: CQ Press.
    Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
    and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
    """
    from foedus.families._panel import add_columns, checked, dyadic_events, fetch

    names = checked(panel, "with_wars", ("war", "war_onset"), ("war", "war_onset"))
    got = fetch(panel, db, "war_dyad_years", "SELECT ccode1, ccode2, year, onset FROM {rows}")
    return add_columns(panel, FAMILY.name, "wars", got, dyadic_events(panel, got, names))
