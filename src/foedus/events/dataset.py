"""Where imported events live: a Hive-partitioned Parquet dataset (``source=/year=/month=``) beside the store.

Every Parquet file is named after the event file it came from (``part-<sha256 prefix>-<n>.parquet``), so the rows
of one imported file can be found, and files left by an import that was interrupted before it was recorded in the
store can be told apart and removed.

Each part has a twin of the same name under ``_volumes/`` (:func:`volume_file`): its events counted by day and
state, every state that took part in an event (as either actor) counted once (:func:`volume_sql`). These are the
denominators of the monitor's cooperation index, so that the monitor reads only the dyad's own events, not every
event of two busy states. Parts never change once written, so neither do their twins. The import moves a twin in
before its part; :func:`ensure_volumes` writes the twin of a part without one (a dataset copied in by hand) and
removes a twin whose part is gone (an import interrupted between the two moves). The events are read through
:data:`PART_GLOB`, which leaves ``_volumes`` and an import's ``_staging`` out, as Spark and pyarrow do any folder
whose name starts with ``_``.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path

from foedus.errors import FoedusError
from foedus.events.countries import quote_sql

__all__ = [
    "EVENT_COLUMNS",
    "PART_GLOB",
    "VOLUME_COLUMNS",
    "default_events_dir",
    "ensure_volumes",
    "parquet_files",
    "parquet_relation",
    "remove_orphans",
    "sha_of_part",
    "staging_dir",
    "volume_file",
    "volume_files",
    "volume_sql",
    "volumes_dir",
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
#: The columns of a part's volume twin (partition columns again from the folders).
VOLUME_COLUMNS: dict[str, str] = {"date": "DATE", "ccode": "SMALLINT", "events": "BIGINT"}
_PART = re.compile(r"part-([0-9a-f]{16})-[0-9-]+\.parquet")


def default_events_dir(store_path: str | Path) -> Path:
    """Return the dataset folder of the store at ``store_path``: ``<store name>-events`` beside it."""
    path = Path(store_path)
    return path.with_name(path.stem + "-events")


def staging_dir(events_dir: Path) -> Path:
    """Return the folder where an import prepares its files before they are moved into the dataset."""
    return events_dir / "_staging"


def volumes_dir(events_dir: Path) -> Path:
    """Return the folder of the parts' volume twins."""
    return events_dir / "_volumes"


def volume_file(events_dir: Path, part: Path) -> Path:
    """Return where the volume twin of the dataset file ``part`` lives."""
    return volumes_dir(events_dir) / part.relative_to(events_dir)


def volume_sql(relation: str, by: tuple[str, ...] = ("date",)) -> str:
    """Return the SQL that counts the events of ``relation`` (a table, or a ``read_parquet(...)``) by day (and the
    other columns ``by`` names) and state: the volume of every state that took part as either actor, an event with
    the same state on both sides counted once. The one definition of the volumes: the import writes them with it, so
    does :func:`ensure_volumes`, and so does the monitor when a dataset's volumes do not match its events."""
    keys = ", ".join(by)
    return f"""
        SELECT {keys}, ccode::SMALLINT AS ccode, COUNT(*)::BIGINT AS events
        FROM (SELECT {keys}, actor1_ccode AS ccode FROM {relation} WHERE actor1_ccode IS NOT NULL
              UNION ALL
              SELECT {keys}, actor2_ccode FROM {relation}
              WHERE actor2_ccode IS NOT NULL AND actor2_ccode IS DISTINCT FROM actor1_ccode)
        GROUP BY {keys}, ccode
        ORDER BY {keys}, ccode"""


def ensure_volumes(events_dir: Path) -> int:
    """Write the volume twin of every part that lacks one and remove twins whose part is gone; return how many
    twins were written. Each is written beside its place and renamed into it, so a twin is whole or absent.

    Raises
    ------
    FoedusError
        If the dataset's folder cannot be written (the twins written before it stay: each is whole).
    """
    import duckdb

    parts = parquet_files(events_dir)
    twins = set(volume_files(events_dir))
    wanted = {volume_file(events_dir, p): p for p in parts}
    missing = [(twin, part) for twin, part in wanted.items() if twin not in twins]
    con = duckdb.connect() if missing else None
    try:
        for stray in twins - set(wanted):
            if not (events_dir / stray.relative_to(volumes_dir(events_dir))).exists():  # an import may be moving in
                stray.unlink(missing_ok=True)
        for twin, part in missing:
            assert con is not None
            twin.parent.mkdir(parents=True, exist_ok=True)
            partial = twin.with_name(f".{twin.name}.{os.getpid()}-{threading.get_ident()}.partial")
            con.execute(f"COPY ({volume_sql(parquet_relation(part))}) TO {quote_sql(str(partial))} (FORMAT parquet)")
            partial.replace(twin)
    except (OSError, duckdb.Error) as exc:
        raise FoedusError(f"cannot write the event volumes into {volumes_dir(events_dir)}: "
                          f"{str(exc).strip().splitlines()[0]}") from None
    finally:
        if con is not None:
            con.close()
    return len(missing)


def parquet_relation(path: Path | str) -> str:
    """Return ``read_parquet('<path>')`` for SQL, the path quoted."""
    return f"read_parquet({quote_sql(str(path))})"


#: The dataset's files below its folder (and the volumes' below theirs): what DuckDB reads, and nothing else there.
PART_GLOB = "source=*/year=*/month=*/*.parquet"


def parquet_files(events_dir: Path) -> list[Path]:
    """Return the dataset's Parquet files, sorted."""
    if not events_dir.is_dir():
        return []
    return sorted(p for p in events_dir.glob(PART_GLOB) if p.is_file())


def volume_files(events_dir: Path) -> list[Path]:
    """Return the dataset's volume files, sorted."""
    return parquet_files(volumes_dir(events_dir))


def sha_of_part(path: Path) -> str | None:
    """Return the sha256 prefix in a dataset file's name, or None for a file foedus did not write."""
    match = _PART.fullmatch(path.name)
    return match.group(1) if match else None


def remove_orphans(events_dir: Path, recorded: set[str]) -> int:
    """Remove the staging folder, volume files left half-written, and the dataset files of no recorded import
    (sha256 prefixes in ``recorded``) with their volumes; return how many dataset files were removed."""
    shutil.rmtree(staging_dir(events_dir), ignore_errors=True)
    for partial in volumes_dir(events_dir).glob("source=*/year=*/month=*/.*.partial"):  # a killed writer's
        partial.unlink(missing_ok=True)
    removed = 0
    for path in parquet_files(events_dir):
        prefix = sha_of_part(path)
        if prefix is not None and prefix not in recorded:
            path.unlink()
            volume_file(events_dir, path).unlink(missing_ok=True)
            removed += 1
    return removed
