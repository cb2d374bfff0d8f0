"""The COW and Gleditsch-Ward state systems, and COW's major powers (``foedus import states``).

The layouts are in :mod:`foedus.importers.state_systems`; the panels are built from the state spells
(:func:`foedus.panels.state_years`, :func:`foedus.panels.dyad_years`), and the verb of the family is
:func:`foedus.panels.with_majors`. COW's major powers ship.

References
----------
Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
Gleditsch, K. S., & Ward, M. D. (1999). A revised list of independent states since the Congress of Vienna.
*International Interactions*, 25(4), 393-413. https://doi.org/10.1080/03050629908434958
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.families._base import Family, Feature, ModelFeatures, ShippedTable, latest_rows

if TYPE_CHECKING:
    from collections.abc import Mapping

    import numpy as np
    from numpy.typing import NDArray

__all__ = ["FAMILY"]


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return whether the unit is a major power's (1; the unit's ``major``, from COW's major powers), or not (0)."""
    import numpy as np

    major = columns["major"]
    return {"major_power": np.where(np.isnan(major), 0.0, major)}


FAMILY = Family(
    name="state_systems",
    title="COW and Gleditsch-Ward state systems, COW major powers",
    command=None,
    files_help="COW's states2016.csv, system2016.csv, majors2016.csv; G-W's iisystem.dat",
    layout="foedus.importers.state_systems:state_system_layout",
    tables=("state_spells", "state_system_years", "major_powers"),
    shipped=(
        ShippedTable(
            "major_powers", "major_powers", "COW State System: major powers", "2016",
            "the periods each state was a major power in the COW state system",
            ("majors2016.csv",), ("cow2017states",),
            (("ccode", "INTEGER"), ("start_date", "DATE"), ("end_date", "DATE")),
            imported=latest_rows("major_powers", "code AS ccode, start_date, end_date", None, "t.system = 'cow'")
            + " ORDER BY ccode, start_date",
        ),
    ),
    references=(
        {
            "id": "cow2017states", "type": "dataset", "author": "{Correlates of War Project}",
            "title": "State System Membership List, v2016", "year": 2017, "url": "https://correlatesofwar.org",
        },
        {
            "id": "gleditsch1999states", "type": "article", "author": "Gleditsch, Kristian S. and Ward, Michael D.",
            "title": "A Revised List of Independent States since the Congress of Vienna",
            "journal": "International Interactions", "year": 1999, "volume": "25", "issue": "4",
            "pages": "393--413", "doi": "10.1080/03050629908434958",
        },
    ),
    verb="foedus.panels:with_majors",
    model=ModelFeatures("major power", (Feature("major_power", "fixed"),), _derive),
)
