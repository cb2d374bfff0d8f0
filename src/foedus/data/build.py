"""Rebuild the shipped tables from the original files: ``foedus data build --from DIR``.

Each original file is imported into a temporary store with the same importers ``foedus import`` uses; each
shipped table is then written from that store with :func:`foedus.universe.imported_sql` (the very query a store
with the import reads the data with), as CSV with a fixed format, gzip-compressed with no timestamp, so that the
same inputs always give the same bytes. ``manifest.json`` records each table's rows, years, sha256 and inputs.
"""

from __future__ import annotations

import csv
import datetime as _dt
import gzip
import hashlib
import io
import json
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foedus.data import _MANIFEST, SHIPPED_TABLES, ShippedTable, _folder
from foedus.errors import FoedusError

__all__ = ["BuiltTable", "build_shipped_tables", "default_output", "find_inputs"]


@dataclass(frozen=True)
class BuiltTable:
    """One table written by a build: where, how many rows, the years it covers and its sha256."""

    table: ShippedTable
    path: Path
    rows: int
    years: tuple[int, int] | None
    sha256: str


def default_output() -> Path:
    """Return the folder the package reads its shipped tables from (in a source checkout, ``src/foedus/data``)."""
    return _folder()


def find_inputs(source: Path, names: Iterable[str]) -> dict[str, Path]:
    """Return the path of each original file under ``source`` (searched recursively), by file name.

    Raises
    ------
    FoedusError
        If a file is missing, or found more than once.
    """
    found: dict[str, Path] = {}
    missing = []
    for name in names:
        matches = sorted(p for p in source.rglob(name) if p.is_file())
        if not matches:
            missing.append(name)
        elif len(matches) > 1:
            raise FoedusError(f"{name} is in {source} more than once ({', '.join(map(str, matches))}); "
                              "point --from at a folder that holds one copy")
        else:
            found[name] = matches[0]
    if missing:
        raise FoedusError(f"{source} lacks {', '.join(missing)}: the original files the shipped tables are built "
                          "from (see `foedus data list` for where each comes from)")
    return found


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def _write_table(path: Path, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> tuple[int, str]:
    """Write rows as gzip-compressed CSV with fixed formatting and no timestamp; return rows and sha256."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow([_cell(v) for v in row])
        count += 1
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as packed:
        packed.write(text.getvalue().encode("utf-8"))
    data = raw.getvalue()
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)  # never a half-written table
    return count, hashlib.sha256(data).hexdigest()


def _importer(table: ShippedTable) -> Callable[..., Any]:
    """Return the import a shipped table is built through: its data family's (:mod:`foedus.families`)."""
    from foedus.families import FAMILIES
    from foedus.importers import import_atop, import_covariates, import_states

    owner = next(f for f in FAMILIES if table in f.shipped)
    if owner.name == "atop":
        return import_atop
    if owner.name == "state_systems":
        return lambda paths, db: import_states(paths, "cow", db=db)
    if owner.command is None:
        raise FoedusError(f"the {owner.name} family ships {table.name} but has no import to build it with")
    command = owner.command
    return lambda paths, db: import_covariates(command, paths, db=db)


def _write_stacking(target: Path, progress: Callable[[str], None] | None) -> None:
    """Write the default stacking backtest of a fresh store (the shipped tables and ledgers) to ``target``.

    The store reads the tables the package holds: a rebuild elsewhere (``--to``) gives the same file when the
    tables it rebuilt are identical to the package's. Its fits go to a cache of its own, empty: fits of the same data
    that other calls left in the user's cache would move the file's last digits.
    """
    from foedus.data import STACKING
    from foedus.reliability.cache import FitCache
    from foedus.reliability.fits import stacked_backtest, stacking_key
    from foedus.store import open_store

    if progress:
        progress("running the rolling-origin backtest for the stacking weights (a minute or so)")
    with tempfile.TemporaryDirectory(prefix="foedus-stacking-") as scratch, \
            open_store(Path(scratch) / "fresh.duckdb") as store:
        key = stacking_key(store)
        summary = stacked_backtest(store, key["coding"], key["horizon"], key["prior"], key["as_of"],
                                   fingerprint=key["store"], ship=False, cache=FitCache(Path(scratch) / "fits"))
    text = json.dumps({"key": key, "backtest": summary.to_dict()}, indent=1, sort_keys=True) + "\n"
    tmp = target / (STACKING + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target / STACKING)
    if progress:
        progress(f"wrote {STACKING}: weights {summary.weights}")


def build_shipped_tables(
    source: Path, output: Path | None = None, *, names: Sequence[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[BuiltTable]:
    """Rebuild the shipped tables from the original files under ``source``; return what was written.

    Parameters
    ----------
    source : Path
        A folder holding the original files (searched recursively by name, e.g. ``../shared/data``).
    output : Path, optional
        Where to write the tables and ``manifest.json``; by default the package's own data folder.
    names : sequence of str, optional
        Only these tables (by name); the manifest keeps the other tables' entries.

    Raises
    ------
    FoedusError
        If an original file is missing; a :class:`~foedus.errors.DataFileError` if one has problems. Nothing is
        written then.
    """
    from foedus.store import open_store
    from foedus.store.tables import imported_files
    from foedus.universe import imported_sql

    chosen = [t for t in SHIPPED_TABLES if names is None or t.name in names]
    unknown = set(names or ()) - {t.name for t in SHIPPED_TABLES}
    if unknown:
        raise FoedusError(f"no shipped table {', '.join(sorted(unknown))}; there are: "
                          f"{', '.join(t.name for t in SHIPPED_TABLES)}")
    inputs = find_inputs(source, [n for t in chosen for n in t.inputs])
    target = output or default_output()
    target.mkdir(parents=True, exist_ok=True)
    built = []
    entries: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="foedus-build-") as scratch:
        store = open_store(Path(scratch) / "build.duckdb", read_only=False, prepare=False)
        try:
            for table in chosen:
                if progress:
                    progress(f"importing {', '.join(table.inputs)}")
                _importer(table)([inputs[n] for n in table.inputs], db=store)
                cursor = store.connection.execute(imported_sql(table.family))
                names_ = [d[0] for d in cursor.description or []]
                expected = [name for name, _ in table.columns]
                if names_ != expected:
                    raise FoedusError(f"the import of {table.name} gives columns {names_}, not {expected}")
                path = target / table.file
                rows, sha = _write_table(path, names_, iter(cursor.fetchone, None))
                files = imported_files(store)
                mine = [f for f in files if f["name"] in table.inputs]
                starts = [f["coverage_start"] for f in mine if f["coverage_start"] is not None]
                ends = [f["coverage_end"] for f in mine if f["coverage_end"] is not None]
                years = (min(starts), max(ends)) if starts and ends else None
                entry: dict[str, Any] = {
                    "file": table.file, "dataset": table.dataset, "version": table.version, "rows": rows,
                    "years": list(years) if years else None, "sha256": sha,
                    "inputs": [{"name": f["name"], "sha256": f["sha256"], "size": f["size"]} for f in mine],
                }
                if table.family == "regime_scores":
                    measures = store.query(
                        f"""SELECT measure, min(year) AS first, max(year) AS last
                            FROM ({imported_sql(table.family)}) GROUP BY measure ORDER BY measure""")
                    entry["measures"] = {r["measure"]: [r["first"], r["last"]] for r in measures}
                entries[table.name] = entry
                built.append(BuiltTable(table, path, rows, years, sha))
                if progress:
                    progress(f"wrote {table.file}: {rows:,} rows")
        finally:
            store.close()
    manifest_path = target / _MANIFEST
    previous = json.loads(manifest_path.read_text(encoding="utf-8"))["tables"] if manifest_path.exists() else {}
    merged = {t.name: entries.get(t.name, previous.get(t.name)) for t in SHIPPED_TABLES}
    document = {"format": 1, "tables": {k: v for k, v in merged.items() if v is not None}}
    tmp = manifest_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(manifest_path)
    from foedus.data import manifest, stacking_document

    manifest.cache_clear()
    if names is None:
        _write_stacking(target, progress)
        stacking_document.cache_clear()
    return built
