"""Where imported events live: a Hive-partitioned Parquet dataset (``source=/year=/month=``) beside the store.

Every Parquet file is named after the event file it came from (``part-<sha256 prefix>-<n>.parquet``), so the rows
of one imported file can be found.

A store owns only its own files, so several stores can share one dataset folder (``--events-dir``). An import
moves its files in under a staged name that no reader sees (:func:`staged_file`: ``.part-...parquet.<store
key>.staged``, hidden from DuckDB's ``*.parquet`` and from Spark, which skips names starting with ``.``), records
them in its store, and only then renames them to their final names: recording is the commit point. An import that
dies before it records leaves staged files that only the same store's next import removes
(:func:`remove_orphans`); one that dies after recording leaves staged files that the store's next import or
monitor renames into place (:func:`commit_staged`). A file under its final name is never removed: it was recorded by
a store, maybe another one.

Each part has a twin of the same name under ``_volumes/`` (:func:`volume_file`): its events counted by day and
state, every state that took part in an event (as either actor) counted once (:func:`volume_sql`). These are the
denominators of the monitor's cooperation index, so that the monitor reads only the dyad's own events, not every
event of two busy states. Parts never change once written, so neither do their twins. The import moves a twin in
before its part; :func:`ensure_volumes` writes the twin of a part without one (a dataset copied in by hand) and
removes a twin whose part is gone (an import interrupted between the two moves). The events are read through
:data:`PART_GLOB`, which leaves ``_volumes`` and an import's ``_staging`` out, as Spark and pyarrow do any folder
whose name starts with ``_``.

Each part also has a twin under ``_dyads/`` (:func:`dyad_file`): its events between two coded states summed by day,
the two actors' codes and state-actor flags, quad class and CAMEO root code (:func:`dyad_table_sql`), sorted by the
unordered pair of states (``pair``) in small row groups, so that a reader asking for one pair skips, by the row
groups' statistics, every other pair's rows. The monitor reads a dyad's events there when it can (not with
``--as-added``, which needs each event's date of addition), and from the events otherwise; both give the same sums.
Its twins are written, moved, committed and removed with the volumes, by the same functions.
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
    "DYAD_COLUMNS",
    "EVENT_COLUMNS",
    "PART_GLOB",
    "TWIN_FOLDERS",
    "VOLUME_COLUMNS",
    "commit_staged",
    "default_events_dir",
    "dyad_file",
    "dyad_files",
    "dyad_table_sql",
    "dyads_dir",
    "ensure_volumes",
    "pair_key",
    "parquet_files",
    "parquet_relation",
    "remove_orphans",
    "sha_of_part",
    "staged_file",
    "staging_dir",
    "store_key",
    "twin_copy_sql",
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
    "actor1_types": "VARCHAR",
    "actor1_group": "VARCHAR",
    "actor1_state": "BOOLEAN",
    "actor2_types": "VARCHAR",
    "actor2_group": "VARCHAR",
    "actor2_state": "BOOLEAN",
    "articles": "INTEGER",
    "sources": "INTEGER",
    "is_root": "BOOLEAN",
    "tone": "DOUBLE",
    "date_added": "TIMESTAMP",
    "file_sha256": "VARCHAR",
}
#: The columns of a part's volume twin (partition columns again from the folders).
VOLUME_COLUMNS: dict[str, str] = {"date": "DATE", "ccode": "SMALLINT", "state": "BOOLEAN", "events": "BIGINT",
                                  "articles": "BIGINT", "sources": "BIGINT"}
#: The columns of a part's dyad twin (:func:`dyad_table_sql`).
DYAD_COLUMNS: dict[str, str] = {
    "pair": "INTEGER", "date": "DATE", "actor1_ccode": "SMALLINT", "actor2_ccode": "SMALLINT",
    "actor1_state": "BOOLEAN", "actor2_state": "BOOLEAN", "quad_class": "TINYINT", "root_code": "TINYINT",
    "events": "BIGINT", "articles": "BIGINT", "sources": "BIGINT", "goldstein": "DOUBLE",
    "goldstein_articles": "DOUBLE", "goldstein_sources": "DOUBLE",
}
#: The folders of a part's twins (each holds a file of the part's name): its volumes, and its dyads.
TWIN_FOLDERS: tuple[str, ...] = ("_volumes", "_dyads")
#: Rows in each row group of a dyad twin: small, so that a pair's rows are read and little else, but not so small
#: that a reader spends its time going through the groups' statistics (on 10^8 synthetic events, China and Russia's
#: rows over ten years came 2-3 times faster from groups of 8,192 rows than of 2,048, and a little faster than from
#: groups of 32,768).
DYAD_ROW_GROUP = 8192
_PART = re.compile(r"part-([0-9a-f]{16})-[0-9-]+\.parquet")
_STAGED = re.compile(r"\.(part-([0-9a-f]{16})-[0-9-]+\.parquet)\.([0-9a-f]{16})\.staged")


def default_events_dir(store_path: str | Path) -> Path:
    """Return the dataset folder of the store at ``store_path``: ``<store name>-events`` beside it."""
    path = Path(store_path)
    return path.with_name(path.stem + "-events")


def store_key(store_path: str | Path) -> str:
    """Return the key that marks a store's staged files: a hash of the store file's resolved path."""
    import hashlib

    return hashlib.sha256(str(Path(store_path).resolve()).encode()).hexdigest()[:16]


def staging_dir(events_dir: Path, key: str = "") -> Path:
    """Return the folder where an import (of the store with ``key``) prepares its files before moving them in."""
    return events_dir / "_staging" / key if key else events_dir / "_staging"


def staged_file(final: Path, key: str) -> Path:
    """Return the name a dataset (or volume) file has in the dataset before its import is recorded."""
    return final.with_name(f".{final.name}.{key}.staged")


def _staged(events_dir: Path, key: str) -> list[tuple[Path, Path, str]]:
    """Return the staged files of the store with ``key`` (volumes first): (staged, final, sha256 prefix)."""
    found = []
    for folder in (*_twin_dirs(events_dir), events_dir):
        for path in sorted(_matching(folder, "source=*/year=*/month=*/.part-*.staged")):
            match = _STAGED.fullmatch(path.name)
            if match and match.group(3) == key:
                found.append((path, path.with_name(match.group(1)), match.group(2)))
    return found


def commit_staged(events_dir: Path, key: str, recorded: set[str]) -> int:
    """Rename into place the staged files of the store with ``key`` whose import it has recorded (sha256 prefixes
    in ``recorded``), volumes first; return how many dataset files were renamed."""
    moved = 0
    for staged, final, sha in _staged(events_dir, key):
        if sha in recorded:
            staged.replace(final)
            moved += final.parent.parent.parent.parent not in _twin_dirs(events_dir)
    return moved


def volumes_dir(events_dir: Path) -> Path:
    """Return the folder of the parts' volume twins."""
    return events_dir / "_volumes"


def volume_file(events_dir: Path, part: Path) -> Path:
    """Return where the volume twin of the dataset file ``part`` lives."""
    return volumes_dir(events_dir) / part.relative_to(events_dir)


def dyads_dir(events_dir: Path) -> Path:
    """Return the folder of the parts' dyad twins."""
    return events_dir / "_dyads"


def dyad_file(events_dir: Path, part: Path) -> Path:
    """Return where the dyad twin of the dataset file ``part`` lives."""
    return dyads_dir(events_dir) / part.relative_to(events_dir)


def _twin_dirs(events_dir: Path) -> tuple[Path, ...]:
    return tuple(events_dir / folder for folder in TWIN_FOLDERS)


def pair_key(a: int, b: int) -> int:
    """Return the key of the unordered pair of COW codes ``a`` and ``b`` in a dyad twin (``pair``)."""
    return min(a, b) * 1000 + max(a, b)


def dyad_table_sql(relation: str) -> str:
    """Return the SQL of a part's dyad twin (:data:`DYAD_COLUMNS`) from its events (``relation``): the events
    whose two actors are coded states, counted and with their articles, sources and Goldstein scores (plain, and
    weighted by articles and by sources) summed, by day, actors, state-actor flags, quad class and root code,
    sorted by the pair (:func:`pair_key`) then the day. A missing count of articles or sources weighs 0, as in
    :meth:`foedus.events.aggregate.EventQuery.weighed`."""
    keys = "date, actor1_ccode, actor2_ccode, actor1_state, actor2_state, quad_class, root_code"
    return f"""
        SELECT (least(actor1_ccode, actor2_ccode)::INTEGER * 1000 + greatest(actor1_ccode, actor2_ccode))::INTEGER
                   AS pair,
               {keys}, COUNT(*)::BIGINT AS events, COALESCE(SUM(articles), 0)::BIGINT AS articles,
               COALESCE(SUM(sources), 0)::BIGINT AS sources, SUM(goldstein) AS goldstein,
               SUM(goldstein * COALESCE(articles, 0)) AS goldstein_articles,
               SUM(goldstein * COALESCE(sources, 0)) AS goldstein_sources
        FROM {relation}
        WHERE actor1_ccode IS NOT NULL AND actor2_ccode IS NOT NULL
        GROUP BY {keys}
        ORDER BY pair, {keys}"""


def twin_copy_sql(folder: str, part: str, target: str) -> str:
    """Return the COPY that writes the twin in ``folder`` (one of :data:`TWIN_FOLDERS`) of the dataset file at
    ``part`` to ``target``."""
    relation = parquet_relation(part)
    if folder == "_volumes":
        return f"COPY ({volume_sql(relation)}) TO {quote_sql(target)} (FORMAT parquet)"
    return (f"COPY ({dyad_table_sql(relation)}) TO {quote_sql(target)} "
            f"(FORMAT parquet, ROW_GROUP_SIZE {DYAD_ROW_GROUP})")


def volume_sql(relation: str, by: tuple[str, ...] = ("date",)) -> str:
    """Return the SQL that counts the events of ``relation`` (a table, or a ``read_parquet(...)``) by day (and the
    other columns ``by`` names), state and whether the state took part as a state actor (``state``: its
    government, military...; :data:`foedus.events.layouts.STATE_ROLES`), with their articles and sources summed:
    the volume of every state that took part as either actor, an event with the same state on both sides counted
    once (a state actor if either side was). The one definition of the volumes: the import writes them with it, so
    does :func:`ensure_volumes`, and so does the monitor when a dataset's volumes do not match its events."""
    keys = ", ".join(by)
    return f"""
        SELECT {keys}, ccode::SMALLINT AS ccode, state, COUNT(*)::BIGINT AS events,
               COALESCE(SUM(articles), 0)::BIGINT AS articles, COALESCE(SUM(sources), 0)::BIGINT AS sources
        FROM (SELECT {keys}, actor1_ccode AS ccode,
                     COALESCE(actor1_state OR (actor2_ccode = actor1_ccode AND actor2_state), false) AS state,
                     articles, sources
              FROM {relation} WHERE actor1_ccode IS NOT NULL
              UNION ALL
              SELECT {keys}, actor2_ccode, COALESCE(actor2_state, false), articles, sources FROM {relation}
              WHERE actor2_ccode IS NOT NULL AND actor2_ccode IS DISTINCT FROM actor1_ccode)
        GROUP BY {keys}, ccode, state
        ORDER BY {keys}, ccode, state"""


def ensure_volumes(events_dir: Path) -> int:
    """Write the twins (volumes and dyads) of every part that lacks them and remove twins whose part is gone;
    return how many twins were written. Each is written beside its place and renamed into it, so a twin is whole
    or absent.

    Raises
    ------
    FoedusError
        If the dataset's folder cannot be written (the twins written before it stay: each is whole).
    """
    import duckdb

    parts = parquet_files(events_dir)
    missing: list[tuple[str, Path, Path]] = []
    strays: list[tuple[Path, Path]] = []
    for folder, twin_dir in zip(TWIN_FOLDERS, _twin_dirs(events_dir), strict=True):
        twins = set(parquet_files(twin_dir))
        wanted = {twin_dir / p.relative_to(events_dir): p for p in parts}
        missing.extend((folder, twin, part) for twin, part in wanted.items() if twin not in twins)
        strays.extend((stray, twin_dir) for stray in twins - set(wanted))
    con = duckdb.connect() if missing else None
    if con is not None:
        con.execute("SET enable_progress_bar = false")
    try:
        for stray, twin_dir in strays:
            if not (events_dir / stray.relative_to(twin_dir)).exists():  # an import may be moving in
                stray.unlink(missing_ok=True)
        for folder, twin, part in missing:
            assert con is not None
            twin.parent.mkdir(parents=True, exist_ok=True)
            partial = twin.with_name(f".{twin.name}.{os.getpid()}-{threading.get_ident()}.partial")
            con.execute(twin_copy_sql(folder, str(part), str(partial)))
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
    return sorted(_matching(events_dir, PART_GLOB, files=True))


def _matching(folder: Path, pattern: str, *, files: bool = False) -> list[Path]:
    """Return what ``folder.glob(pattern)`` returns (``pattern``: names, or wildcards, joined by ``/``), only files
    if ``files``, found by ``os.scandir`` a level at a time: faster than pathlib's glob (1.5 to 3 times on a
    dataset of 118 months), and a monitor lists the dataset's folders several times."""
    import fnmatch

    levels = pattern.split("/")
    found = [str(folder)]
    for depth, name in enumerate(levels):
        last = depth == len(levels) - 1
        below: list[str] = []
        for parent in found:
            try:
                entries = os.scandir(parent)
            except OSError:  # gone, or not a folder
                continue
            with entries:
                below.extend(entry.path for entry in entries if fnmatch.fnmatchcase(entry.name, name)
                             and (entry.is_file() if last and files else last or entry.is_dir()))
        found = below
    return [Path(path) for path in found]


def volume_files(events_dir: Path) -> list[Path]:
    """Return the dataset's volume files, sorted."""
    return parquet_files(volumes_dir(events_dir))


def dyad_files(events_dir: Path) -> list[Path]:
    """Return the dataset's dyad files, sorted."""
    return parquet_files(dyads_dir(events_dir))


def sha_of_part(path: Path) -> str | None:
    """Return the sha256 prefix in a dataset file's name, or None for a file foedus did not write."""
    match = _PART.fullmatch(path.name)
    return match.group(1) if match else None


def remove_orphans(events_dir: Path, recorded: set[str], key: str) -> int:
    """Tidy up after the interrupted imports of the store with ``key``: remove its staging folder and its staged
    files of imports it never recorded (sha256 prefixes not in ``recorded``), and rename into place those it did
    record; remove volume files left half-written. Files of other stores, staged or final, and final files of no
    recorded import are left alone. Return how many staged dataset files were removed."""
    shutil.rmtree(staging_dir(events_dir, key), ignore_errors=True)
    for twin_dir in _twin_dirs(events_dir):
        for partial in twin_dir.glob("source=*/year=*/month=*/.*.partial"):  # a killed writer's
            partial.unlink(missing_ok=True)
    commit_staged(events_dir, key, recorded)
    removed = 0
    for staged, _final, sha in _staged(events_dir, key):
        if sha not in recorded:
            staged.unlink(missing_ok=True)
            removed += staged.parent.parent.parent.parent not in _twin_dirs(events_dir)
    return removed
