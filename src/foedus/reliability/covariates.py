"""Time-varying covariates of alliance spells, year by year, in one DuckDB query.

For each spell (a pair of allies in one alliance) and each calendar year it was in force, this gives what the
literature says moves the risk of a breach:

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
0 or a carried value; the model decides how to treat it (see :mod:`foedus.reliability.model`).

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

from foedus.universe import Relation, family_relation

if TYPE_CHECKING:
    import pandas as pd

    from foedus.reliability.spells import Alliance
    from foedus.store import Store

__all__ = ["COVARIATE_COLUMNS", "REGIME_MEASURES", "alliance_entries", "spell_year_covariates"]

#: The regime measures given for each member, by their names in the regime scores.
REGIME_MEASURES: dict[str, str] = {"polyarchy": "v2x_polyarchy", "polity2": "polity2", "uds": "euds"}

#: The columns :func:`spell_year_covariates` returns, in order.
COVARIATE_COLUMNS: tuple[str, ...] = (
    "spell", "year", "cinc_1", "cinc_2", "capability_ratio", "capability_ratio_start", "capability_shift",
    *(f"{name}_{side}" for name in REGIME_MEASURES for side in ("1", "2")),
    *(f"{name}_change_{side}" for name in REGIME_MEASURES for side in ("1", "2")),
    "outside_alliance", "rivalry", "dispute", "dispute_onset", "leader_change", "irregular_leader_change",
)

_FAMILIES = ("capabilities", "regime_scores", "rivalries", "dispute_dyad_years", "leaders")


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


def _ratio(a: str, b: str) -> str:
    """SQL for the stronger's capability over the weaker's; NULL if either is missing (greatest() skips NULLs)."""
    return f"(CASE WHEN {a} > 0 AND {b} > 0 THEN greatest({a}, {b}) / least({a}, {b}) END)"


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

    Returns
    -------
    pandas.DataFrame
        :data:`COVARIATE_COLUMNS`; ``spell`` is the spell's row position in ``spells``.
    """
    chosen = {f: (sources or {}).get(f) or family_relation(store, f) for f in _FAMILIES}
    cap, regime, rivals, disputes, leaders = (chosen[f] for f in _FAMILIES)
    frame = spells[["alliance", "ccode1", "ccode2", "start", "end"]].reset_index(drop=True)
    frame["ccode2"] = frame["ccode2"].astype("Int64")
    frame.insert(0, "spell", range(len(frame)))
    regime_wide = ", ".join(
        f"max(value) FILTER (WHERE measure = '{measure}') AS {name}" for name, measure in REGIME_MEASURES.items())
    regime_columns = ", ".join(
        f"r1.{n} AS {n}_1, r2.{n} AS {n}_2" for n in REGIME_MEASURES)
    regime_changes = ", ".join(
        f"r1.{n} - q1.{n} AS {n}_change_1, r2.{n} - q2.{n} AS {n}_change_2" for n in REGIME_MEASURES)
    sql = f"""
    WITH partnered AS (
        -- a member unit of a multilateral alliance is paired with its strongest co-member when it began (one in
        -- the alliance that year: never one who joined later)
        SELECT s.spell, s.alliance, s.ccode1, s.start, s."end",
               coalesce(s.ccode2, (SELECT e.ccode FROM _foedus_entries e
                                   LEFT JOIN {cap.sql} c ON c.ccode = e.ccode AND c.year = floor(s.start)
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
    ),
    cap AS (SELECT ccode, year, cinc FROM {cap.sql}),
    reg AS (SELECT ccode, year, {regime_wide} FROM {regime.sql} GROUP BY ccode, year),
    rival_pairs AS (
        SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, start_year,
               coalesce(end_year, {_last(rivals)}) AS end_year
        FROM {rivals.sql}
    ),
    dispute_years AS (
        SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, year, bool_or(onset) AS onset
        FROM {disputes.sql} GROUP BY ALL
    ),
    dispute_span AS (SELECT min(year) AS first, {_last(disputes)} AS last FROM {disputes.sql}),
    leader_rows AS (
        SELECT ccode, year(start_date) AS year, entry,
               row_number() OVER (PARTITION BY ccode ORDER BY start_date, leader_id) AS n
        FROM {leaders.sql}
    ),
    leader_years AS (
        SELECT ccode, year, count(*) AS changes,
               count(*) FILTER (WHERE entry IN ('Irregular', 'Foreign Imposition')) AS irregular
        FROM leader_rows WHERE n > 1 GROUP BY ALL
    ),
    leader_span AS (SELECT ccode, min(year) AS first FROM leader_rows GROUP BY ccode),
    outside AS (
        SELECT DISTINCT sy.spell, sy.year
        FROM spell_years sy JOIN _foedus_entries e
          ON e.ccode IN (sy.ccode1, sy.ccode2) AND e.year = sy.year AND e.alliance <> sy.alliance
        WHERE len(list_filter(e.members, lambda m: m <> sy.ccode1 AND m <> sy.ccode2)) > 0
    )
    SELECT sy.spell, sy.year,
           c1.cinc AS cinc_1, c2.cinc AS cinc_2,
           {_ratio("c1.cinc", "c2.cinc")} AS capability_ratio,
           {_ratio("s1.cinc", "s2.cinc")} AS capability_ratio_start,
           abs(ln({_ratio("c1.cinc", "c2.cinc")} / {_ratio("s1.cinc", "s2.cinc")})) AS capability_shift,
           {regime_columns}, {regime_changes},
           o.spell IS NOT NULL AS outside_alliance,
           CASE WHEN sy.year > {_last(rivals)} THEN NULL
                ELSE EXISTS (SELECT 1 FROM rival_pairs r WHERE r.ccode1 = sy.ccode1 AND r.ccode2 = sy.ccode2
                                                         AND sy.year BETWEEN r.start_year AND r.end_year) END
               AS rivalry,
           CASE WHEN sy.year > ds.last OR sy.year < ds.first THEN NULL ELSE d.year IS NOT NULL END AS dispute,
           CASE WHEN sy.year > ds.last OR sy.year < ds.first THEN NULL ELSE coalesce(d.onset, false) END
               AS dispute_onset,
           CASE WHEN sy.year > {_last(leaders)} OR ls1.first IS NULL OR ls2.first IS NULL
                     OR sy.year <= greatest(ls1.first, ls2.first) THEN NULL
                ELSE coalesce(l1.changes, 0) + coalesce(l2.changes, 0) > 0 END AS leader_change,
           CASE WHEN sy.year > {_last(leaders)} OR ls1.first IS NULL OR ls2.first IS NULL
                     OR sy.year <= greatest(ls1.first, ls2.first) THEN NULL
                ELSE coalesce(l1.irregular, 0) + coalesce(l2.irregular, 0) > 0 END AS irregular_leader_change
    FROM spell_years sy
    LEFT JOIN cap c1 ON c1.ccode = sy.ccode1 AND c1.year = sy.year
    LEFT JOIN cap c2 ON c2.ccode = sy.ccode2 AND c2.year = sy.year
    LEFT JOIN cap s1 ON s1.ccode = sy.ccode1 AND s1.year = sy.first_year
    LEFT JOIN cap s2 ON s2.ccode = sy.ccode2 AND s2.year = sy.first_year
    LEFT JOIN reg r1 ON r1.ccode = sy.ccode1 AND r1.year = sy.year
    LEFT JOIN reg r2 ON r2.ccode = sy.ccode2 AND r2.year = sy.year
    LEFT JOIN reg q1 ON q1.ccode = sy.ccode1 AND q1.year = sy.first_year
    LEFT JOIN reg q2 ON q2.ccode = sy.ccode2 AND q2.year = sy.first_year
    LEFT JOIN outside o ON o.spell = sy.spell AND o.year = sy.year
    LEFT JOIN dispute_years d ON d.ccode1 = least(sy.ccode1, sy.ccode2) AND d.ccode2 = greatest(sy.ccode1, sy.ccode2)
                             AND d.year = sy.year
    CROSS JOIN dispute_span ds
    LEFT JOIN leader_years l1 ON l1.ccode = sy.ccode1 AND l1.year = sy.year
    LEFT JOIN leader_years l2 ON l2.ccode = sy.ccode2 AND l2.year = sy.year
    LEFT JOIN leader_span ls1 ON ls1.ccode = sy.ccode1
    LEFT JOIN leader_span ls2 ON ls2.ccode = sy.ccode2
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
    return result[list(COVARIATE_COLUMNS)]


def _empty_entries() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({"alliance": pd.Series([], dtype=str), "ccode": pd.Series([], dtype="int64"),
                         "year": pd.Series([], dtype="int64"), "exit": pd.Series([], dtype="int64"),
                         "members": pd.Series([], dtype=object)})
