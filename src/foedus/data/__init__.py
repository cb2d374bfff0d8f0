"""Tables derived from research datasets that ship with foedus, so that a fresh install rests on real data.

Like R's peacesciencer, foedus ships a few compact tables *derived* from the original files: only the columns its
models use, as gzip-compressed CSV. ``foedus data build --from DIR`` rebuilds every one of them from the original
files (through the same importers ``foedus import`` uses, so a shipped table holds exactly what an import of the
same file would store), and the rebuild is byte-identical: a test checks the sha256 of each. ``manifest.json``
records, for each table, its rows, the years it covers and the sha256 of the files it was built from.
``stacking.json`` holds the weights and scores of the rolling-origin backtest on a fresh store (these tables and the
shipped ledgers), keyed by that store's content and the model's version, so that a new user's first assessment need
not run the backtest; any other store runs its own (:func:`foedus.reliability.fits.stacked_backtest`).

The tables are read lazily, by DuckDB, only when a query needs them; nothing here is loaded at start-up. A store
where the user imported the same kind of data (a newer ATOP, say) uses the import instead
(:mod:`foedus.universe`).

The handwritten tables ``states.csv`` and ``state_names.csv`` live in the same folder; they are not derived from a
dataset and are described in :mod:`foedus.states`.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "SHIPPED_TABLES", "STACKING", "ShippedTable", "manifest", "shipped_path", "shipped_table", "shipped_tables",
    "stacking_document",
]

_MANIFEST = "manifest.json"
#: The stacking weights and scores of the default backtest on the shipped universe (see foedus.reliability.fits).
STACKING = "stacking.json"


@dataclass(frozen=True)
class ShippedTable:
    """One shipped table: its file, the dataset it is derived from, and its columns (name, DuckDB type).

    ``family`` names the kind of data (the store table an import of the same dataset fills); ``inputs`` the
    original files it is built from; ``citations`` the ids of the works to cite (see :mod:`foedus.cite`).
    """

    name: str
    family: str
    dataset: str
    version: str
    description: str
    inputs: tuple[str, ...]
    citations: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]

    @property
    def file(self) -> str:
        """Return the file's name in the package."""
        return f"{self.name}.csv.gz"


#: ATOP's conditions on a member's obligations (as foedus.importers.atop.CONDITION_FLAGS, not imported here so
#: that reading the manifest stays light).
_CONDITION_FLAGS = (
    "active", "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr", "offcoadv", "offcoloc",
    "offcocon", "offconum", "offcodem", "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr",
    "neucoatt",
)

_FLAGS = tuple((name, "BOOLEAN") for name in ("defense", "offense", "neutral", "nonagg", "consul"))

#: Every table that ships with foedus, in build order.
SHIPPED_TABLES: tuple[ShippedTable, ...] = (
    ShippedTable(
        "atop_member_phases", "atop_members", "ATOP", "4.01",
        "one row per member phase of every ATOP alliance: dates with their precision, obligations, bilateral, "
        "termination mode and cause",
        ("atop4_01a.csv", "atop4_01m.csv"), ("leeds2002atop",),
        (("atopid", "INTEGER"), ("ccode", "INTEGER"), ("phase", "INTEGER"), ("entered", "VARCHAR"),
         ("exited", "VARCHAR"), ("termmode", "INTEGER"), ("termcaus", "INTEGER"), *_FLAGS, ("bilateral", "BOOLEAN")),
    ),
    ShippedTable(
        "capabilities", "capabilities", "COW National Material Capabilities", "7.0",
        "composite index of national capability (CINC) by COW state-year",
        ("cow_nmc.csv",), ("singer1972capabilities", "cow-nmc7"),
        (("ccode", "INTEGER"), ("year", "INTEGER"), ("cinc", "DOUBLE")),
    ),
    ShippedTable(
        "regime_scores", "regime_scores", "V-Dem, Polity5 and extended UDS", "V-Dem 16, Polity5 2018, UDS 2020",
        "democracy scores by COW state-year: V-Dem electoral democracy (v2x_polyarchy), Polity5 polity2, extended "
        "UDS (euds), in long format",
        ("cw_democracy.csv",), ("coppedge2026vdem", "marshall2020polity5", "pemstein2010uds", "marquez2016uds"),
        (("ccode", "INTEGER"), ("year", "INTEGER"), ("measure", "VARCHAR"), ("value", "DOUBLE")),
    ),
    ShippedTable(
        "rivalries", "rivalries", "Thompson & Dreyer strategic rivalries", "2012",
        "strategic rivalries between two states, with their first and last years (last year empty: ongoing at the "
        "end of the data)",
        ("td_rivalries.csv",), ("thompson2012rivalries",),
        (("rivalry", "INTEGER"), ("ccode1", "INTEGER"), ("ccode2", "INTEGER"), ("start_year", "INTEGER"),
         ("end_year", "INTEGER")),
    ),
    ShippedTable(
        "dispute_dyad_years", "dispute_dyad_years", "COW Militarized Interstate Disputes", "5.0",
        "non-directed dyad-years of states on opposite sides of a militarized dispute, with onset and hostility",
        ("cow_mid_ddydisps.csv",), ("palmer2022mid5",),
        (("dispute", "INTEGER"), ("ccode1", "INTEGER"), ("ccode2", "INTEGER"), ("year", "INTEGER"),
         ("onset", "BOOLEAN"), ("hostility", "INTEGER")),
    ),
    ShippedTable(
        "major_powers", "major_powers", "COW State System: major powers", "2016",
        "the periods each state was a major power in the COW state system",
        ("majors2016.csv",), ("cow2017states",),
        (("ccode", "INTEGER"), ("start_date", "DATE"), ("end_date", "DATE")),
    ),
    ShippedTable(
        "leaders", "leaders", "Archigos", "4.1",
        "leaders' spells in office by COW state (mapped from G-W codes), with how they entered and left",
        ("archigos.csv",), ("goemans2009archigos",),
        (("leader_id", "VARCHAR"), ("ccode", "INTEGER"), ("start_date", "DATE"), ("end_date", "DATE"),
         ("entry", "VARCHAR"), ("exit", "VARCHAR")),
    ),
    ShippedTable(
        "war_dyad_years", "war_dyad_years", "COW Inter-State War Data", "4.0",
        "non-directed dyad-years of states on opposite sides of an inter-state war: the side of the first, whether "
        "each began the war, onset, and the line of the file each row came from",
        ("cow_war_inter.csv",), ("sarkees2010resort",),
        (("line", "INTEGER"), ("war", "INTEGER"), ("ccode1", "INTEGER"), ("ccode2", "INTEGER"), ("year", "INTEGER"),
         ("side1", "INTEGER"), ("initiator1", "BOOLEAN"), ("initiator2", "BOOLEAN"), ("onset", "BOOLEAN"),
         ("resume", "BOOLEAN")),
    ),
    ShippedTable(
        "atop_conditions", "atop_conditions", "ATOP", "4.01",
        "the conditions of every ATOP member phase's obligations (named adversary, location, conflict, number, "
        "demands, non-provocation, attack), the threat named and the war it was signed in, with the member "
        "file's line",
        ("atop4_01a.csv", "atop4_01m.csv"), ("leeds2002atop",),
        (("line", "INTEGER"), ("atopid", "INTEGER"), ("ccode", "INTEGER"), ("phase", "INTEGER"),
         *((name, "BOOLEAN") for name in _CONDITION_FLAGS), ("specthrt", "INTEGER"), ("statthr1", "INTEGER"),
         ("statthr2", "INTEGER"), ("cowwar", "INTEGER")),
    ),
)


def shipped_table(name: str) -> ShippedTable:
    """Return the shipped table called ``name`` (or of that family).

    Raises
    ------
    KeyError
        If there is no such table.
    """
    for table in SHIPPED_TABLES:
        if name in (table.name, table.family):
            return table
    raise KeyError(f"no shipped table {name!r}; there are: {', '.join(t.name for t in SHIPPED_TABLES)}")


def _folder() -> Path:
    return Path(str(resources.files("foedus") / "data"))


def shipped_path(name: str) -> Path:
    """Return the path of a shipped table's file in the installed package."""
    return _folder() / shipped_table(name).file


@cache
def manifest() -> dict[str, Any]:
    """Return the shipped tables' manifest: rows, years covered and inputs of each, keyed by table name."""
    path = _folder() / _MANIFEST
    if not path.exists():
        return {}
    tables: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["tables"]
    return tables


def shipped_tables() -> list[dict[str, Any]]:
    """Return one row per shipped table: name, dataset, version, rows, years, sha256, whether the file on disk
    still has that sha256, its inputs and what to cite."""
    import hashlib

    rows = []
    for table in SHIPPED_TABLES:
        entry = manifest().get(table.name, {})
        path = shipped_path(table.name)
        actual = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
        rows.append({
            "name": table.name, "file": table.file, "dataset": table.dataset, "version": table.version,
            "description": table.description, "rows": entry.get("rows"), "years": entry.get("years"),
            "sha256": entry.get("sha256"), "intact": actual is not None and actual == entry.get("sha256"),
            "inputs": entry.get("inputs", [{"name": n} for n in table.inputs]), "citations": list(table.citations),
        })
    return rows


@cache
def stacking_document() -> dict[str, Any] | None:
    """Return the shipped stacking backtest (its cache key and its summary), or None if there is none."""
    path = _folder() / STACKING
    if not path.exists():
        return None
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document
