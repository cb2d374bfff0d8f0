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

Each table is declared by its data family (:mod:`foedus.families`), whose order is the build order.

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
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from foedus.families import SHIPPED_TABLES, ShippedTable

__all__ = [
    "SHIPPED_TABLES", "STACKING", "ShippedTable", "manifest", "shipped_path", "shipped_table", "shipped_tables",
    "stacking_document",
]

_MANIFEST = "manifest.json"
#: The stacking weights and scores of the default backtest on the shipped universe (see foedus.reliability.fits).
STACKING = "stacking.json"


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
