"""ATOP: alliances, their members' obligations and conditions, and directed dyad-years (``foedus import atop``).

The layouts are in :mod:`foedus.importers.atop`; the panel verb is :func:`foedus.panels.with_alliances`. Two tables
ship: the member phases the breach model rests on, and the conditions of each member's obligations that
:mod:`foedus.tested` reads (stored beside the member phases by the same import).

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.families._base import Family, Feature, ModelFeatures, ShippedTable, SpellYearSQL

if TYPE_CHECKING:
    from collections.abc import Mapping

    import numpy as np
    from numpy.typing import NDArray

__all__ = ["CONDITION_FLAGS", "FAMILY"]

#: ATOP's conditions on a member's obligations (as foedus.importers.atop.CONDITION_FLAGS, not imported here so
#: that reading the registry stays light).
CONDITION_FLAGS = (
    "active", "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr", "offcoadv", "offcoloc",
    "offcocon", "offconum", "offcodem", "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr",
    "neucoatt",
)

#: Whether either member entered, in the spell-year, another alliance (of the coding's) with a state outside the
#: pair (Leeds & Savun 2007); the alliances' memberships are ``_foedus_entries``.
_SPELL_YEARS = SpellYearSQL(
    reads=(),
    columns=("outside_alliance",),
    ctes="""outside AS (
        SELECT DISTINCT sy.spell, sy.year
        FROM spell_years sy JOIN _foedus_entries e
          ON e.ccode IN (sy.ccode1, sy.ccode2) AND e.year = sy.year AND e.alliance <> sy.alliance
        WHERE len(list_filter(e.members, lambda m: m <> sy.ccode1 AND m <> sy.ccode2)) > 0
    )""",
    select="o.spell IS NOT NULL AS outside_alliance",
    joins="LEFT JOIN outside o ON o.spell = sy.spell AND o.year = sy.year",
)


def _derive(columns: Mapping[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """Return whether either member entered an outside alliance (1), or not (0)."""
    return {"outside_alliance": columns["outside_alliance"]}


_FLAGS = tuple((name, "BOOLEAN") for name in ("defense", "offense", "neutral", "nonagg", "consul"))

FAMILY = Family(
    name="atop",
    title="ATOP alliances, members, directed dyad-years and conditions",
    command=None,
    files_help="ATOP's alliance (atopXa), member (atopXm) or directed dyad-year (atopXddyr) files, 4.x or 5.x",
    layout="foedus.importers.atop:atop_layout",
    tables=("atop_alliances", "atop_members", "atop_dyad_years", "atop_conditions"),
    shipped=(
        ShippedTable(
            "atop_member_phases", "atop_members", "ATOP", "4.01",
            "one row per member phase of every ATOP alliance: dates with their precision, obligations, bilateral, "
            "termination mode and cause",
            ("atop4_01a.csv", "atop4_01m.csv"), ("leeds2002atop",),
            (("atopid", "INTEGER"), ("ccode", "INTEGER"), ("phase", "INTEGER"), ("entered", "VARCHAR"),
             ("exited", "VARCHAR"), ("termmode", "INTEGER"), ("termcaus", "INTEGER"), *_FLAGS,
             ("bilateral", "BOOLEAN")),
            imported="""
        SELECT m.atopid, m.ccode, m.phase, m.entered, m.exited, m.termmode, m.termcaus, m.defense, m.offense,
               m.neutral, m.nonagg, m.consul, a.bilateral
        FROM atop_members m
        LEFT JOIN (SELECT atopid, bool_or(bilateral) AS bilateral FROM atop_alliances GROUP BY atopid) a
               USING (atopid)
        ORDER BY m.line""",
        ),
        ShippedTable(
            "atop_conditions", "atop_conditions", "ATOP", "4.01",
            "the conditions of every ATOP member phase's obligations (named adversary, location, conflict, number, "
            "demands, non-provocation, attack), the threat named and the war it was signed in, with the member "
            "file's line",
            ("atop4_01a.csv", "atop4_01m.csv"), ("leeds2002atop",),
            (("line", "INTEGER"), ("atopid", "INTEGER"), ("ccode", "INTEGER"), ("phase", "INTEGER"),
             *((name, "BOOLEAN") for name in CONDITION_FLAGS), ("specthrt", "INTEGER"), ("statthr1", "INTEGER"),
             ("statthr2", "INTEGER"), ("cowwar", "INTEGER")),
            imported="""
        SELECT c.line, c.atopid, c.ccode, c.phase, c.active, c.defcoadv, c.defcoloc, c.defcocon, c.defconum,
               c.defcodem, c.defconpr, c.offcoadv, c.offcoloc, c.offcocon, c.offconum, c.offcodem, c.neucoadv,
               c.neucoloc, c.neucocon, c.neuconum, c.neucodem, c.neuconpr, c.neucoatt, c.specthrt, c.statthr1,
               c.statthr2, c.cowwar
        FROM atop_conditions c ORDER BY c.line""",
            in_model=False,
            stored_with="atop_members",
        ),
    ),
    references=(
        {
            "id": "leeds2002atop", "type": "article",
            "author": "Leeds, Brett Ashley and Ritter, Jeffrey M. and Mitchell, Sara McLaughlin and Long, Andrew G.",
            "title": "Alliance Treaty Obligations and Provisions, 1815-1944",
            "journal": "International Interactions", "year": 2002, "volume": "28", "issue": "3",
            "pages": "237--260", "doi": "10.1080/03050620213653",
        },
    ),
    verb="foedus.panels:with_alliances",
    verb_units=("dyad-year",),
    model=ModelFeatures("outside alliances", (Feature("outside_alliance", "event"),), _derive, _SPELL_YEARS),
)
