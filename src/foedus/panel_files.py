"""Panels written to files (parquet or CSV) with what they were built from, and that metadata read back.

DuckDB writes both formats, so pyarrow is not needed. The metadata (unit, system, years, provenance with each
file's sha256, notes, the sources to cite) goes into the parquet file's key-value metadata under ``foedus``, or,
for a CSV, into ``FILE.csv.foedus.json`` beside it; ``foedus panel cite FILE`` reads it back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.errors import PanelError

if TYPE_CHECKING:
    from foedus.panels import Panel

__all__ = ["read_panel_metadata", "write_panel"]


def write_panel(panel: Panel, path: str | Path) -> Path:
    """Write ``panel``'s rows to ``path`` (``.parquet`` or ``.csv``), with its metadata; return the path.

    Parquet files carry the metadata under the key ``foedus``; a CSV gets it beside it, in
    ``FILE.csv.foedus.json``. Both are written by DuckDB (pyarrow is not needed).
    """
    import json

    import duckdb

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise PanelError(f"cannot write {target}: name a .parquet or .csv file")
    meta = json.dumps(panel.metadata(), ensure_ascii=False, default=str)
    con = duckdb.connect()
    try:
        con.register("panel_frame", panel.frame)
        if suffix == ".parquet":
            literal = "'" + meta.replace("'", "''") + "'"
            con.execute(f"COPY panel_frame TO $path (FORMAT parquet, KV_METADATA {{foedus: {literal}}})",
                        {"path": str(target)})
        else:
            con.execute("COPY panel_frame TO $path (FORMAT csv, HEADER)", {"path": str(target)})
            Path(f"{target}.foedus.json").write_text(meta + "\n", encoding="utf-8")
    finally:
        con.close()
    return target


def read_panel_metadata(path: str | Path) -> dict[str, Any]:
    """Return the metadata written with a panel file by :meth:`Panel.write`.

    Raises
    ------
    PanelError
        If the file carries none.
    """
    import json

    target = Path(path)
    if target.suffix.lower() == ".csv":
        side = Path(f"{target}.foedus.json")
        if not side.exists():
            raise PanelError(f"{target} has no foedus metadata beside it ({side.name})")
        data: dict[str, Any] = json.loads(side.read_text(encoding="utf-8"))
        return data
    import duckdb

    try:
        rows = duckdb.connect().execute(
            "SELECT decode(value) FROM parquet_kv_metadata($path) WHERE decode(key) = 'foedus'", {"path": str(target)}
        ).fetchall()
    except duckdb.Error as exc:
        raise PanelError(f"cannot read {target} as a parquet file: {str(exc).splitlines()[0]}") from None
    if not rows:
        raise PanelError(f"{target} carries no foedus metadata: was it written by foedus panel?")
    found: dict[str, Any] = json.loads(rows[0][0])
    return found
