"""The universe a forecast rests on: every ATOP alliance and the yearly covariates, imported or shipped.

Each kind of data (a *family*: ATOP's member phases, capabilities, regime scores, rivalries, disputes, leaders) is
read from the user's own import when the store holds one, and otherwise from the table that ships with foedus
(:mod:`foedus.data`). Both give the same columns through one SQL relation, so every query downstream is written once
and cannot tell them apart, except through :class:`Relation.provenance`, which says which was used, and which every
result reports.

A shipped table holds exactly what importing its original file stores (``foedus data build`` makes it through the
importers), so a store with ATOP 4.01 imported and a store without any import give the same universe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus.data import SHIPPED_TABLES, manifest, shipped_path, shipped_table

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = [
    "FAMILIES", "MODEL_FAMILIES", "Relation", "family_relation", "imported_sql", "shipped_sql", "universe_provenance",
]

#: The families of data foedus ships, by the store table an import fills (declared in :mod:`foedus.families`).
FAMILIES: tuple[str, ...] = tuple(t.family for t in SHIPPED_TABLES)
#: The families the breach forecast rests on (the others serve :mod:`foedus.tested` and the panels).
MODEL_FAMILIES: tuple[str, ...] = tuple(t.family for t in SHIPPED_TABLES if t.in_model)

#: How to read each family from the store's imported tables, in the shipped tables' columns.
_IMPORTED: dict[str, str] = {t.family: t.imported for t in SHIPPED_TABLES}


@dataclass(frozen=True)
class Relation:
    """A family's rows as an SQL relation, where they came from, and the last year the data covers.

    ``provenance`` is ``{"kind": "shipped" | "imported", "name", "dataset", "version", "sha256"}`` per file.
    """

    family: str
    sql: str
    kind: str  # "imported" or "shipped"
    coverage: tuple[int, int] | None
    provenance: tuple[dict[str, Any], ...]

    @property
    def last_year(self) -> int | None:
        """Return the last year the data covers (None if unknown)."""
        return self.coverage[1] if self.coverage else None


def imported_sql(family: str) -> str:
    """Return the SQL that reads ``family`` from a store's imported tables, in the shipped table's columns."""
    return _IMPORTED[family]


def shipped_sql(family: str) -> str:
    """Return the SQL that reads the shipped table of ``family`` (DuckDB reads the compressed CSV itself)."""
    table = shipped_table(family)
    path = str(shipped_path(family)).replace("'", "''")
    columns = ", ".join(f"'{name}': '{kind}'" for name, kind in table.columns)
    return (f"SELECT * FROM read_csv('{path}', header = true, auto_detect = false, columns = {{{columns}}}, "
            f"nullstr = '', quote = '\"', escape = '\"')")


#: Families stored beside another's rows, by the table an import of their file targets.
_STORED_WITH = {t.family: t.stored_with for t in SHIPPED_TABLES if t.stored_with}


def _imported_files(store: Store, family: str) -> list[dict[str, Any]]:
    if not store.has_table(family):
        return []
    if family in _STORED_WITH:
        if not store.query(f"SELECT 1 FROM {family} LIMIT 1"):
            return []
        return [{**f, "target": family} for f in _imported_files(store, _STORED_WITH[family])
                if f["target"] == _STORED_WITH[family]]
    targets = ["atop_members", "atop_alliances"] if family == "atop_members" else [family]
    files = store.query(
        """SELECT name, dataset, version, sha256, target, coverage_start, coverage_end FROM imported_files
           WHERE list_contains(?, target) ORDER BY target DESC, name""", [targets])
    if not any(f["target"] == family for f in files):
        return []
    if not store.query(f"SELECT 1 FROM {family} LIMIT 1"):
        return []
    return files


def family_relation(store: Store, family: str) -> Relation:
    """Return ``family``'s rows: from the store's import if it has one, else from the table shipped with foedus.

    Raises
    ------
    KeyError
        If ``family`` is not one of :data:`FAMILIES`.
    """
    if family not in _IMPORTED:
        raise KeyError(f"no family of data {family!r}; there are: {', '.join(FAMILIES)}")
    files = _imported_files(store, family)
    if files:
        own = [f for f in files if f["target"] == family]
        starts = [f["coverage_start"] for f in own if f["coverage_start"] is not None]
        ends = [f["coverage_end"] for f in own if f["coverage_end"] is not None]
        coverage = (min(starts), max(ends)) if starts and ends else None
        provenance = tuple({"kind": "imported", "name": f["name"], "dataset": f["dataset"],
                            "version": f["version"], "sha256": f["sha256"]} for f in files)
        return Relation(family, f"({imported_sql(family)})", "imported", coverage, provenance)
    table = shipped_table(family)
    entry = manifest().get(table.name, {})
    years = entry.get("years")
    shipped = {"kind": "shipped", "name": table.file, "dataset": table.dataset, "version": table.version,
               "sha256": entry.get("sha256")}
    coverage = (int(years[0]), int(years[1])) if years else None
    return Relation(family, f"({shipped_sql(family)})", "shipped", coverage, (shipped,))


def universe_provenance(store: Store, families: tuple[str, ...] = MODEL_FAMILIES) -> list[dict[str, Any]]:
    """Return, for each family, which data a result built now rests on (shipped or imported, with sha256)."""
    rows = []
    for family in families:
        relation = family_relation(store, family)
        for item in relation.provenance:
            rows.append({"family": family, **item, "coverage": list(relation.coverage) if relation.coverage else None})
    return rows
