"""Time-varying covariates of alliance spells, year by year, in one DuckDB query composed from the data families.

For each spell (a pair of allies in one alliance) and each calendar year it was in force, the query gives what the
literature says moves the risk of a breach. Each data family declares its part (:class:`foedus.families.SpellYearSQL`
in its module's ``model``): the relations it reads, its common table expressions, its joins onto the spell-years and
the columns it selects; this module lays out the spell-years and joins every family's part onto them, in the order of
the registry (:data:`foedus.families.FAMILIES`). Among them:

* **capabilities** (COW NMC ``cinc``): each member's share, the ratio of the stronger's to the weaker's, and how far
  that ratio has moved since the spell began, ``|log(ratio / ratio at start)|`` (Leeds & Savun 2007: a change in
  relative capability makes abrogation more likely);
* **regime** (V-Dem ``v2x_polyarchy``, Polity5 ``polity2``, extended UDS ``euds``): each member's score and its
  change since the spell began (Leeds 2003; Leeds & Savun 2007: domestic institutional change);
* **outside alliances**: whether either member entered, that year, another alliance with a state outside the pair
  (Leeds & Savun 2007);
* **rivalry** (Thompson & Dreyer) and **militarized disputes** (MIDs 5.0) between the two that year;
* **leader changes** (Archigos 4.1) in either member that year, and irregular ones (an irregular entry or a
  foreign imposition).

Missing stays missing: a year past a source's last year (rivalries after 2010, disputes after 2014, leaders after
2015, capabilities after 2022, polity2 after its last year), or before a state's first record, gives NULL, never
0 or a carried value; the model decides how to treat it (see :mod:`foedus.reliability.design`).

The data come from the user's imports where the store has them, else from the tables shipped with foedus
(:mod:`foedus.universe`).

References
----------
Leeds, B. A. (2003). Alliance reliability in times of war: Explaining state decisions to violate treaties.
*International Organization*, 57(4), 801-827. https://doi.org/10.1017/S0020818303574057
Leeds, B. A., & Savun, B. (2007). Terminating alliances: Why do states abrogate agreements? *The Journal of
Politics*, 69(4), 1118-1132. https://doi.org/10.1111/j.1468-2508.2007.00612.x
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from foedus.families import FAMILIES, SpellYearSQL
from foedus.universe import Relation, family_relation

if TYPE_CHECKING:
    import pandas as pd

    from foedus.reliability.spells import Alliance
    from foedus.store import Store

__all__ = ["COVARIATE_COLUMNS", "SPELL_YEAR_PARTS", "alliance_entries", "spell_year_covariates"]

#: Each family's part of the spell-year query, by family, in registry order.
SPELL_YEAR_PARTS: dict[str, SpellYearSQL] = {
    f.name: f.model.spell_years for f in FAMILIES if f.model is not None and f.model.spell_years is not None}

#: The columns :func:`spell_year_covariates` returns, in order: the spell and year, then each family's.
COVARIATE_COLUMNS: tuple[str, ...] = ("spell", "year", *(c for part in SPELL_YEAR_PARTS.values() for c in part.columns))

#: The relation that pairs a member unit of a multilateral alliance with its strongest co-member.
_PARTNER = "capabilities"


def alliance_entries(alliances: Iterable[Alliance]) -> pd.DataFrame:
    """Return one row per member of each alliance: ``alliance``, ``ccode``, ``year`` (of entry), ``exit`` (the year
    it left; 9999 while in force) and ``members``: those in the alliance in the year of that entry (entered by its
    end, not gone before it began), never a member who joined later."""
    import pandas as pd

    rows = []
    for alliance in alliances:
        for p in alliance.members:
            year = int(p.start // 1)
            members = sorted({q.ccode for q in alliance.members
                              if q.start < year + 1 and (q.end is None or q.end >= year)})
            rows.append({"alliance": alliance.key, "ccode": p.ccode, "year": year,
                         "exit": 9999 if p.end is None else int(p.end // 1), "members": members})
    return pd.DataFrame(rows, columns=["alliance", "ccode", "year", "exit", "members"])


def _last(relation: Relation) -> str:
    return "NULL::INTEGER" if relation.last_year is None else str(int(relation.last_year))


def spell_year_covariates(
    store: Store, spells: pd.DataFrame, entries: pd.DataFrame,
    sources: Mapping[str, Relation] | None = None,
) -> pd.DataFrame:
    """Return the covariates of every spell in every calendar year it was in force.

    Parameters
    ----------
    store : Store
        Where the data are read (imports, else the shipped tables).
    spells : pandas.DataFrame
        From :func:`foedus.reliability.spells.alliance_spells`: ``alliance``, ``ccode1``, ``ccode2``, ``start``,
        ``end`` (decimal years). A spell's rows run from the year it began to the year it ended (or was censored).
        A spell without ``ccode2`` (a member of a multilateral alliance) is paired with the co-member that had the
        largest capability share when it began.
    entries : pandas.DataFrame
        Every alliance membership, from :func:`alliance_entries`, to tell a new outside alliance.
    sources : mapping, optional
        The relation to read for each family of data (by default :func:`foedus.universe.family_relation`); tests
        give their own.

    Raises
    ------
    ValueError
        If a family's part selects other columns than it declares.

    Returns
    -------
    pandas.DataFrame
        :data:`COVARIATE_COLUMNS`; ``spell`` is the spell's row position in ``spells``.
    """
    parts = SPELL_YEAR_PARTS
    names = dict.fromkeys([_PARTNER, *(name for part in parts.values() for name in part.reads)])
    chosen = {name: (sources or {}).get(name) or family_relation(store, name) for name in names}
    values = {**{name: r.sql for name, r in chosen.items()}, **{f"{name}_last": _last(r) for name, r in chosen.items()}}
    ctes = "".join(f",\n    {part.ctes.format_map(values)}" for part in parts.values() if part.ctes)
    select = ",\n           ".join(part.select.format_map(values) for part in parts.values())
    joins = "".join(f"\n    {part.joins.format_map(values)}" for part in parts.values() if part.joins)
    frame = spells[["alliance", "ccode1", "ccode2", "start", "end"]].reset_index(drop=True)
    frame["ccode2"] = frame["ccode2"].astype("Int64")
    frame.insert(0, "spell", range(len(frame)))
    sql = f"""
    WITH partnered AS (
        -- a member unit of a multilateral alliance is paired with its strongest co-member when it began (one in
        -- the alliance that year: never one who joined later)
        SELECT s.spell, s.alliance, s.ccode1, s.start, s."end",
               coalesce(s.ccode2, (SELECT e.ccode FROM _foedus_entries e
                                   LEFT JOIN {chosen[_PARTNER].sql} c ON c.ccode = e.ccode AND c.year = floor(s.start)
                                   WHERE e.alliance = s.alliance AND e.ccode <> s.ccode1
                                     AND e.year <= floor(s.start) AND e.exit >= floor(s.start)
                                   ORDER BY c.cinc DESC NULLS LAST, e.ccode LIMIT 1)) AS ccode2
        FROM _foedus_spells s
    ),
    spell_years AS (
        SELECT s.spell, s.alliance, s.ccode1, s.ccode2, floor(s.start)::INTEGER AS first_year, y.year
        FROM partnered s,
             LATERAL (SELECT unnest(range(floor(s.start)::INTEGER,
                                          greatest(ceil(s."end")::INTEGER, floor(s.start)::INTEGER + 1))) AS year) y
    ){ctes}
    SELECT sy.spell, sy.year,
           {select}
    FROM spell_years sy{joins}
    ORDER BY sy.spell, sy.year
    """
    con = store.connection
    con.register("_foedus_spells", frame)
    con.register("_foedus_entries", entries if len(entries) else _empty_entries())
    try:
        result = con.execute(sql).df()
    finally:
        con.unregister("_foedus_spells")
        con.unregister("_foedus_entries")
    got = list(result.columns)[2:]
    for name, part in parts.items():
        given, got = got[:len(part.columns)], got[len(part.columns):]
        if given != list(part.columns):
            raise ValueError(f"the {name} family's spell-year SQL selects {', '.join(given) or 'nothing'} where it "
                             f"declares {', '.join(part.columns)}")
    return result[list(COVARIATE_COLUMNS)]


def _empty_entries() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({"alliance": pd.Series([], dtype=str), "ccode": pd.Series([], dtype="int64"),
                         "year": pd.Series([], dtype="int64"), "exit": pd.Series([], dtype="int64"),
                         "members": pd.Series([], dtype=object)})
