"""COW National Material Capabilities (``foedus import nmc``): the composite index of national capability.

The file layouts are in :mod:`foedus.importers.capabilities`. The shipped table keeps CINC by COW state-year.

References
----------
Singer, J. D., Bremer, S., & Stuckey, J. (1972). Capability distribution, uncertainty, and major power war,
1820-1965. In B. Russett (Ed.), *Peace, War, and Numbers* (pp. 19-48). Beverly Hills: Sage.
Correlates of War Project. National Material Capabilities, version 7.0.
https://correlatesofwar.org/data-sets/national-material-capabilities/
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from foedus.families._base import Family, Feature, ModelFeatures, ShippedTable, latest_rows

if TYPE_CHECKING:
    from foedus.panels import Panel
    from foedus.store import Store

__all__ = ["FAMILY", "with_capabilities"]

FAMILY = Family(
    name="capabilities",
    title="COW National Material Capabilities",
    command="nmc",
    files_help="COW National Material Capabilities: NMC-60-abridged.csv, NMC-70-abridged.csv or peacesciencer's "
               "cow_nmc.csv",
    layout="foedus.importers.capabilities:capabilities_layout",
    tables=("capabilities",),
    shipped=(
        ShippedTable(
            "capabilities", "capabilities", "COW National Material Capabilities", "7.0",
            "composite index of national capability (CINC) by COW state-year",
            ("cow_nmc.csv",), ("singer1972capabilities", "cow-nmc7"),
            (("ccode", "INTEGER"), ("year", "INTEGER"), ("cinc", "DOUBLE")),
            imported=latest_rows("capabilities", "ccode, year, cinc", "ccode, year", "t.cinc IS NOT NULL")
            + " ORDER BY ccode, year",
        ),
    ),
    references=(
        {
            "id": "singer1972capabilities", "type": "chapter",
            "author": "Singer, J. David and Bremer, Stuart and Stuckey, John",
            "title": "Capability Distribution, Uncertainty, and Major Power War, 1820-1965",
            "booktitle": "Peace, War, and Numbers", "editor": "Russett, Bruce", "publisher": "Sage",
            "address": "Beverly Hills", "year": 1972, "pages": "19--48",
        },
        {
            "id": "cow-nmc7", "type": "dataset", "author": "{Correlates of War Project}",
            "title": "National Material Capabilities, version 7.0",
            "url": "https://correlatesofwar.org/data-sets/national-material-capabilities/",
        },
    ),
    cited_for={None: ("singer1972capabilities", "cow-nmc7")},
    verb="foedus.families.capabilities:with_capabilities",
    model=ModelFeatures("capabilities", (
        Feature("log_capability_ratio", "condition"),
        Feature("capability_shift", "condition", zero=True, since_start=True),
    )),
)


def with_capabilities(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with COW's composite index of national capability: ``cinc`` (state-years) or ``cinc1``,
    ``cinc2`` (dyad-years: the first state's and the second's).

    The index is the store's NMC import (``foedus import nmc``) or the table shipped with foedus (NMC 7.0). A
    state-year without a value in the data is missing (``<NA>``), never 0; a G-W panel is matched by code.

    Raises
    ------
    PanelError
        If ``panel`` is no panel or already has the columns.

    References
    ----------
    Singer, J. D., Bremer, S., & Stuckey, J. (1972). Capability distribution, uncertainty, and major power war,
    1820-1965. In B. Russett (Ed.), *Peace, War, and Numbers* (pp. 19-48). Beverly Hills: Sage.
    Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
    and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
    """
    from foedus.families._panel import add_columns, checked, fetch, state_values

    names = checked(panel, "with_capabilities", ("cinc",))
    got = fetch(panel, db, "capabilities", "SELECT ccode, year, cinc FROM {rows}")
    added = state_values(panel, got, names, ("cinc",), float("nan"))
    return add_columns(panel, FAMILY.name, "capabilities", got, added)
