"""Where imported events live: a Hive-partitioned Parquet dataset (``source=/year=/month=``) beside the store.

Every Parquet file is named after the event file it came from (``part-<sha256 prefix>-<n>.parquet``), so the rows
of one imported file can be found, and files left by an import that was interrupted before it was recorded in the
store can be told apart and removed.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

__all__ = [
    "EVENT_COLUMNS",
    "default_events_dir",
    "parquet_files",
    "remove_orphans",
    "sha_of_part",
    "staging_dir",
]

#: The columns of the dataset (the partition columns ``source``, ``year`` and ``month`` come from the folders).
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "BIGINT",
    "date": "DATE",
    "actor1_country": "VARCHAR",
    "actor1_ccode": "SMALLINT",
    "actor2_country": "VARCHAR",
    "actor2_ccode": "SMALLINT",
    "event_code": "VARCHAR",
    "root_code": "TINYINT",
    "quad_class": "TINYINT",
    "goldstein": "DOUBLE",
    "mentions": "INTEGER",
    "file_sha256": "VARCHAR",
}
_PART = re.compile(r"part-([0-9a-f]{16})-[0-9-]+\.parquet")


def default_events_dir(store_path: str | Path) -> Path:
    """Return the dataset folder of the store at ``store_path``: ``<store name>-events`` beside it."""
    path = Path(store_path)
    return path.with_name(path.stem + "-events")


def staging_dir(events_dir: Path) -> Path:
    """Return the folder where an import prepares its files before they are moved into the dataset."""
    return events_dir / "_staging"


def parquet_files(events_dir: Path) -> list[Path]:
    """Return the dataset's Parquet files, sorted."""
    if not events_dir.is_dir():
        return []
    return sorted(p for p in events_dir.glob("source=*/year=*/month=*/*.parquet") if p.is_file())


def sha_of_part(path: Path) -> str | None:
    """Return the sha256 prefix in a dataset file's name, or None for a file foedus did not write."""
    match = _PART.fullmatch(path.name)
    return match.group(1) if match else None


def remove_orphans(events_dir: Path, recorded: set[str]) -> int:
    """Remove the staging folder and the dataset files of no recorded import (sha256 prefixes in ``recorded``);
    return how many files were removed."""
    shutil.rmtree(staging_dir(events_dir), ignore_errors=True)
    removed = 0
    for path in parquet_files(events_dir):
        prefix = sha_of_part(path)
        if prefix is not None and prefix not in recorded:
            path.unlink()
            removed += 1
    return removed
