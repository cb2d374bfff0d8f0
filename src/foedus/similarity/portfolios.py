"""Alliance portfolios by year, from the universe the breach model uses, and the system of states they range over.

A state's *portfolio* in a year is its tie to every state of the system that year, on a scale:

* **valued** (Chiba, Johnson & Leeds's ordering of ATOP's obligations): 3 = defence or offence, 2 = neutrality or
  consultation (and neither of those), 1 = non-aggression only, 0 = none;
* **binary**: 1 = any of them, 0 = none.

Each state ties itself at the top of the scale. A tie is the state's own pledge, as ATOP codes each member's
obligations (a one-way guarantee is a tie of the guarantor's only), taken at its strongest over every alliance the two
states share a phase of at some day of the year. The alliances are those of :mod:`foedus.universe` (the user's ATOP
import, else the table shipped with foedus), with the ledgers overriding them as for the breach model
(:func:`foedus.reliability.spells.stored_alliances`), member by member: a state a ledger treaty lists takes the
ledger's dates and the treaty's obligations in the ATOP alliance with its ATOP id, and the treaties ATOP lacks are
added. The members a ledger leaves out keep ATOP's record: a ledger may list only the members its story needs (the
sino-russian ledger lists 12 of the 34 members ATOP gives the Treaty of Amity and Cooperation in Southeast Asia), and
a portfolio must not lose the ties of the others.

The system of states is the panel's: the imported state system (COW or G-W) of the store; without one, the COW
system as the capabilities table gives it (COW's National Material Capabilities cover every member of the COW
system in each year and no other state: for 1816-2016 exactly the state-years of COW's ``system2016.csv``). ATOP
and the capabilities use COW codes; in a G-W system they are matched by code, as the other panel verbs do.

Years outside ATOP's coverage have no portfolio (their similarity is missing, never 0); capability weights are
missing for a year in which some state of the system has no capability score.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
Chiba, D., Johnson, J. C., & Leeds, B. A. (2015). Careful commitments: Democratic states and alliance design.
*The Journal of Politics*, 77(4), 968-982.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from foedus.records import ATOP_PREFIX
from foedus.similarity.measures import SimilarityError

if TYPE_CHECKING:
    import numpy as np

    from foedus.store import Store

__all__ = ["SCALES", "AllianceTies", "Scale", "StateSystem", "alliance_ties", "capability_shares", "state_system"]

Scale = Literal["valued", "binary"]
#: The scales and their strongest tie.
SCALES: dict[str, int] = {"valued": 3, "binary": 1}

# The earliest and the latest day a date known to the year, month or day may be ('1950', '1950-02', '1950-02-14').
_EARLIEST = """CASE length({d}) WHEN 4 THEN make_date({d}::INTEGER, 1, 1)
                   WHEN 7 THEN make_date(left({d}, 4)::INTEGER, right({d}, 2)::INTEGER, 1)
                   ELSE {d}::DATE END"""
_LATEST = """CASE length({d}) WHEN 4 THEN make_date({d}::INTEGER, 12, 31)
                 WHEN 7 THEN last_day(make_date(left({d}, 4)::INTEGER, right({d}, 2)::INTEGER, 1))
                 ELSE {d}::DATE END"""


def _earliest(column: str) -> str:
    return _EARLIEST.replace("{d}", column)


def _latest(column: str) -> str:
    return _LATEST.replace("{d}", column)


_ATOP_LEVEL = ("CASE WHEN defense OR offense THEN 3 WHEN neutral OR consul THEN 2 WHEN nonagg THEN 1 "
               "ELSE 0 END")
_LEDGER_LEVEL = ("CASE WHEN list_has_any(t.obligations, ['defense', 'offense']) THEN 3 "
                 "WHEN list_has_any(t.obligations, ['neutrality', 'consultation']) THEN 2 "
                 "WHEN list_contains(t.obligations, 'non_aggression') THEN 1 ELSE 0 END")

_TIES_SQL = """
    WITH ledger AS (
        SELECT coalesce({atop_prefix} || t.atopid, t.slug) AS alliance, NULL::INTEGER AS phase, m.ccode,
               {ledger_level} AS level, {ledger_start} AS s,
               coalesce({ledger_exit}, {ledger_ended}, make_date(greatest($end, $last), 12, 31)) AS e
        FROM treaties t JOIN memberships m ON m.treaty = t.slug
        WHERE $ledgers),
    atop AS (
        SELECT {atop_prefix} || atopid AS alliance, coalesce(phase, 0) AS phase, ccode, {atop_level} AS level,
               {atop_start} AS s,
               CASE WHEN exited IS NULL THEN make_date($last, 12, 31) ELSE {atop_end} END AS e
        FROM {relation} r
        WHERE NOT EXISTS (SELECT 1 FROM ledger l WHERE l.alliance = {atop_prefix} || r.atopid AND l.ccode = r.ccode)),
    members AS (SELECT * FROM atop UNION ALL SELECT * FROM ledger)
    SELECT y::INTEGER AS year, a.ccode::INTEGER AS ccode1, b.ccode::INTEGER AS ccode2, max(a.level)::TINYINT AS level
    FROM members a JOIN members b
      ON a.alliance = b.alliance AND a.ccode <> b.ccode AND a.s <= b.e AND b.s <= a.e
         AND (a.phase = b.phase OR a.phase IS NULL OR b.phase IS NULL),
         range(year(greatest(a.s, b.s)), year(least(a.e, b.e)) + 1) t(y)
    WHERE a.level > 0 AND y BETWEEN $start AND $end
    GROUP BY ALL
    ORDER BY year, ccode1, ccode2
"""


@dataclass(frozen=True)
class AllianceTies:
    """Each state's strongest pledge to each other state, by year (valued scale), and what it was read from.

    ``year``, ``ccode1``, ``ccode2`` and ``level`` are arrays ordered by year, then codes: ``ccode1``'s pledge to
    ``ccode2``. ``coverage`` is the first and last year of the ATOP data; ``provenance`` one entry per file.
    """

    year: np.ndarray[Any, Any]
    ccode1: np.ndarray[Any, Any]
    ccode2: np.ndarray[Any, Any]
    level: np.ndarray[Any, Any]
    coverage: tuple[int, int]
    provenance: tuple[dict[str, Any], ...]
    ledgers: bool


def alliance_ties(store: Store, start: int, end: int, *, ledgers: bool = True) -> AllianceTies:
    """Return every state's strongest pledge to every other state, by year from ``start`` to ``end``.

    Parameters
    ----------
    store : Store
        An open store: its ATOP import, else the table shipped with foedus, and its ledgers.
    start, end : int
        The first and last year.
    ledgers : bool
        Let the ledgers' treaties override ATOP for the members they list and add the treaties ATOP lacks (see
        the module's description); with False, ATOP alone.

    References
    ----------
    Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). *International Interactions*, 28(3),
    237-260. https://doi.org/10.1080/03050620213653
    """
    import numpy as np

    from foedus.universe import family_relation

    relation = family_relation(store, "atop_members")
    if relation.coverage is None:
        raise SimilarityError("the ATOP data in use does not say which years it covers; import its member file again "
                              "(foedus import atop atop4_01m.csv)")
    sql = (_TIES_SQL.replace("{relation}", relation.sql).replace("{atop_level}", _ATOP_LEVEL)
           .replace("{ledger_level}", _LEDGER_LEVEL)
           .replace("{atop_start}", _earliest("entered")).replace("{atop_end}", _latest("exited"))
           .replace("{ledger_start}", _earliest("m.entered")).replace("{ledger_exit}", _latest("m.exited"))
           .replace("{ledger_ended}", _latest("t.ended")).replace("{atop_prefix}", f"'{ATOP_PREFIX}'"))
    params = {"ledgers": ledgers, "start": start, "end": end,
              "last": relation.coverage[1]}
    fetched = store.connection.execute(sql, params).fetchnumpy()
    provenance = tuple({"role": "alliance portfolios", **p, "coverage": list(relation.coverage)}
                       for p in relation.provenance)
    if ledgers:
        names = [r["name"] for r in store.query("SELECT name FROM ledgers ORDER BY name")]
        provenance += ({"role": "alliance portfolios", "kind": "ledgers", "name": ", ".join(names),
                        "dataset": "ledgers", "version": None, "sha256": None, "coverage": None},)
    return AllianceTies(
        year=np.asarray(fetched["year"], dtype=np.int32), ccode1=np.asarray(fetched["ccode1"], dtype=np.int32),
        ccode2=np.asarray(fetched["ccode2"], dtype=np.int32), level=np.asarray(fetched["level"], dtype=np.int8),
        coverage=relation.coverage, provenance=provenance, ledgers=ledgers,
    )


@dataclass(frozen=True)
class StateSystem:
    """The states of a system by year: ``year`` and ``code`` arrays ordered by year, then code, and their source."""

    system: str
    year: np.ndarray[Any, Any]
    code: np.ndarray[Any, Any]
    provenance: dict[str, Any]


def state_system(store: Store, system: str, start: int, end: int) -> StateSystem:
    """Return the states of ``system`` ("cow" or "gw") in each year from ``start`` to ``end``.

    The store's imported state system, clipped to the years it covers; without one, for COW, the state-years of the
    capabilities table (see the module's description).

    Raises
    ------
    SimilarityError
        If ``system`` is unknown, or it is G-W and the store has no G-W list.
    """
    import numpy as np

    from foedus.panels import _SYSTEM_HINT, _imported

    if system not in ("cow", "gw"):
        raise SimilarityError(f"unknown state system {system!r}; use one of: cow, gw")
    files = _imported(store, "SELECT * FROM imported_files WHERE dataset = ? AND target = 'state_spells' "
                             "ORDER BY imported_at DESC", [system])
    if files:
        record = files[0]
        first, last = max(start, record["coverage_start"]), min(end, record["coverage_end"])
        rows = store.connection.execute(
            """SELECT DISTINCT code::INTEGER AS code, y::INTEGER AS year
               FROM state_spells, range(greatest(year(start_date), $start), least(year(end_date), $end) + 1) t(y)
               WHERE system = $system ORDER BY year, code""", {"start": first, "end": last, "system": system},
        ).fetchnumpy()
        source = {"role": "state system", "kind": "imported", "name": record["name"], "dataset": system,
                  "version": record["version"], "sha256": record["sha256"],
                  "coverage": [record["coverage_start"], record["coverage_end"]]}
    elif system == "cow":
        from foedus.universe import family_relation

        relation = family_relation(store, "capabilities")
        rows = store.connection.execute(
            f"""SELECT DISTINCT ccode::INTEGER AS code, year::INTEGER AS year FROM {relation.sql}
                WHERE year BETWEEN $start AND $end ORDER BY year, code""", {"start": start, "end": end},
        ).fetchnumpy()
        item = relation.provenance[0]
        source = {"role": "state system", **item, "dataset": "cow",
                  "coverage": list(relation.coverage) if relation.coverage else None,
                  "note": "the COW system's state-years as the capabilities table gives them"}
    else:
        raise SimilarityError(f"the store has no Gleditsch-Ward state system: run `foedus import states --system gw "
                              f"FILE` first ({_SYSTEM_HINT['gw']})")
    return StateSystem(system, np.asarray(rows["year"], dtype=np.int32), np.asarray(rows["code"], dtype=np.int32),
                       source)


def capability_shares(store: Store, start: int, end: int) -> tuple[dict[tuple[int, int], float], dict[str, Any]]:
    """Return each state-year's CINC score (the user's NMC import, else the table shipped), and its source."""
    from foedus.universe import family_relation

    relation = family_relation(store, "capabilities")
    rows = store.connection.execute(
        f"SELECT ccode, year, cinc FROM {relation.sql} WHERE year BETWEEN $start AND $end AND cinc IS NOT NULL",
        {"start": start, "end": end},
    ).fetchall()
    source = {"role": "capability weights", **relation.provenance[0], "dataset": "nmc",
              "coverage": list(relation.coverage) if relation.coverage else None}
    return {(int(c), int(y)): float(v) for c, y, v in rows}, source
