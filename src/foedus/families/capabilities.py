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

from foedus.families._base import Family, Feature, ModelFeatures, ShippedTable, SpellYearSQL, latest_rows

if TYPE_CHECKING:
    from collections.abc import Mapping

    import numpy as np
    from numpy.typing import NDArray

    from foedus.panels import Panel
    from foedus.store import Store

__all__ = ["FAMILY", "with_capabilities"]


def _ratio(a: str, b: str) -> str:
    """SQL for the stronger's capability over the weaker's; NULL if either is missing (greatest() skips NULLs)."""
    return f"(CASE WHEN {a} > 0 AND {b} > 0 THEN greatest({a}, {b}) / least({a}, {b}) END)"


#: Each member's CINC in the spell-year, the ratio of the stronger's to the weaker's, that ratio when the spell
#: began, and how far it has moved since, ``|log(ratio / ratio at start)|`` (Leeds & Savun 2007).
_SPELL_YEARS = SpellYearSQL(
    reads=("capabilities",),
    columns=("cinc_1", "cinc_2", "capability_ratio", "capability_ratio_start", "capability_shift"),
    ctes="cap AS (SELECT ccode, year, cinc FROM {capabilities})",
    select=f"""c1.cinc AS cinc_1, c2.cinc AS cinc_2,
           {_ratio("c1.cinc", "c2.cinc")} AS capability_ratio,
           {_ratio("s1.cinc", "s2.cinc")} AS capability_ratio_start,
           abs(ln({_ratio("c1.cinc", "c2.cinc")} / {_ratio("s1.cinc", "s2.cinc")})) AS capability_shift""",
    joins="""LEFT JOIN cap c1 ON c1.ccode = sy.ccode1 AND c1.year = sy.year
    LEFT JOIN cap c2 ON c2.ccode = sy.ccode2 AND c2.year = sy.year
    LEFT JOIN cap s1 ON s1.ccode = sy.ccode1 AND s1.year = sy.first_year
    LEFT JOIN cap s2 ON s2.ccode = sy.ccode2 AND s2.year = sy.first_year""",
)


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return the log of the capability ratio and its shift since the spell began."""
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.log(columns["capability_ratio"])
    return {"log_capability_ratio": ratio, "capability_shift": columns["capability_shift"]}


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
    ), _derive, _SPELL_YEARS),
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
