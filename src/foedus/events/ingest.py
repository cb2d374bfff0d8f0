"""Importing event files (GDELT 1.0, GDELT 2.0, ICEWS) into the Parquet dataset, streamed, one file all or none.

Files are read by DuckDB's CSV reader, never whole into memory: a ``.zip`` member is first unpacked to a temporary
file beside the dataset, a ``.gz`` is read as it is. The layout of each file is checked against the official
column list before any row is read; a file that is not a complete archive, or has the wrong number of columns,
stores nothing. Each row is then checked by the reader's own types: the event id is a number, the date exists
(``20230230`` does not), the code is a CAMEO code (a root 01-20 and up to two more digits), the quad class is 1-4,
the Goldstein score is on its scale (-10 to 10, in tenths). A bad row is left out and reported with its file, line
and column. Before DuckDB reads a file, foedus reads it once itself (:mod:`foedus.events.scan`): it counts the
records, finds lines over the length limit and rows with an empty required field (both are refused and reported
with their line), and unpacks within the limits of :mod:`foedus.limits`; after, every record counted must be stored,
a duplicate, or reported, or the file is refused whole.
A code of CAMEO's shape that the CAMEO table does not hold is kept and counted. The actors' countries are mapped to
COW codes by the event's date (:mod:`foedus.events.countries`); those that stay unmapped are counted.

A batch of files is written to one staged Parquet file; events whose id is already in the source's dataset (any
month: from an overlapping file) or earlier in the batch are dropped; then each file's rows are written a month at a
time into the dataset's ``source=/year=/month=`` folders, and every file is recorded in the store
(``imported_files`` and ``event_files``) in one transaction. A file whose sha256 is already recorded adds nothing.
"""

from __future__ import annotations

import datetime as _dt
import glob
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from foedus.errors import DataFileError, FoedusError, Problem
from foedus.events.accounting import MAX_PROBLEMS, Counts, EventInput, reconcile, reject_problems
from foedus.events.cameo import cameo_codes, quad_class_sql, syntactic_codes
from foedus.events.checks import goldstein_texts
from foedus.events.countries import country_lookup_sql, quote_sql
from foedus.events.dataset import (
    EVENT_COLUMNS,
    TWIN_FOLDERS,
    default_events_dir,
    parquet_relation,
    remove_orphans,
    staged_file,
    staging_dir,
    store_key,
    twin_copy_sql,
)
from foedus.events.layouts import LAYOUTS, EventLayout
from foedus.events.scan import first_line, scan_file, sha256_of
from foedus.limits import Limits
from foedus.limits import limits as current_limits

if TYPE_CHECKING:
    import duckdb

    from foedus.store import Store

__all__ = ["EVENT_SUFFIXES", "EventImportReport", "event_files", "expand_paths", "import_events"]

#: The endings of the files an import picks from a folder.
EVENT_SUFFIXES: tuple[str, ...] = (".csv", ".tsv", ".tab", ".txt", ".zip", ".gz")
#: A batch holds files up to about this many bytes (uncompressed) before it is written.
BATCH_BYTES = 512 * 1024 * 1024

@dataclass(frozen=True)
class EventImportReport:
    """What importing one event file did.

    ``rows_bad`` counts the rows left out as malformed (listed in ``problems``, cut at :data:`MAX_PROBLEMS`);
    ``rows_duplicate`` those whose event id the dataset already had; ``actors_unmapped`` the actors with a country
    code or name that maps to no state on the event's date; ``unknown_codes`` the CAMEO-shaped codes the CAMEO
    table lacks, with their counts.
    """

    file: str
    name: str
    sha256: str
    size: int
    source: str
    status: Literal["imported", "already imported"]
    rows_read: int
    rows_stored: int
    rows_bad: int
    rows_duplicate: int
    actors_unmapped: int
    unknown_codes: dict[str, int]
    first_date: _dt.date | None
    last_date: _dt.date | None
    problems: tuple[Problem, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())  # as an ImportReport's: nothing an event import needs to say yet

    def __str__(self) -> str:
        if self.status == "already imported":
            return f"{self.file}: {self.source}: already imported (sha256 {self.sha256[:12]}…), nothing added"
        dates = f", {self.first_date}–{self.last_date}" if self.first_date else ""
        extra = [f"{n:,} {what}" for n, what in ((self.rows_bad, "bad rows left out"),
                                                 (self.rows_duplicate, "duplicates left out"),
                                                 (self.actors_unmapped, "actors with no state"),
                                                 (sum(self.unknown_codes.values()), "unknown CAMEO codes")) if n]
        more = f" ({'; '.join(extra)})" if extra else ""
        return (f"{self.file}: {self.source}: imported {self.rows_stored:,} of {self.rows_read:,} events{dates}{more} "
                f"(sha256 {self.sha256[:12]}…)")


# --- finding and opening files -----------------------------------------------------------------------------------
def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Return the files that ``paths`` name: files as given, the event files in folders, the matches of globs.

    Raises
    ------
    DataFileError
        If a path names nothing.
    """
    found: list[Path] = []
    for item in paths:
        text = str(item)
        path = Path(text)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and _is_event_file(p)))
        elif path.is_file():
            found.append(path)
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True) if Path(m).is_file())
            if not matches:
                raise DataFileError([Problem(text, None, "", "matches no file")])
            found.extend(matches)
        else:
            raise DataFileError([Problem(text, None, "", "no such file or folder")])
    return list(dict.fromkeys(found))


def _is_event_file(path: Path) -> bool:
    return any(path.name.lower().endswith(s) for s in EVENT_SUFFIXES)


def _check_layout(item: EventInput, layout: EventLayout, limits: Limits) -> None:
    """Check the file's first line (a bounded read) against the layout's official columns; set its width."""
    line = first_line(item.path, item.display, item.kind, limits)
    if not line.strip():
        raise DataFileError([Problem(item.display, 1, "", "is empty")])
    fields = line.split("\t")
    widths = " or ".join(str(w) for w in layout.accepted_widths)
    if layout.header:
        names = tuple(f.strip() for f in fields)
        if names != layout.columns:
            missing = [c for c in layout.columns if c not in names]
            extra = [c for c in names if c not in layout.columns]
            detail = "; ".join(p for p in (f"missing {', '.join(missing)}" if missing else "",
                                           f"unexpected {', '.join(extra)}" if extra else "") if p)
            raise DataFileError([Problem(item.display, 1, "", f"does not have the {layout.title} header "
                                         f"({detail or 'columns in another order'})")])
    elif len(fields) not in layout.accepted_widths:
        raise DataFileError([Problem(item.display, 1, "", f"has {len(fields)} tab-separated columns; a "
                                     f"{layout.title} events file has {widths}. Is it a {layout.title} file?")])
    item.width = len(fields)


# --- the SQL -------------------------------------------------------------------------------------------------------
def _connect(work: Path) -> duckdb.DuckDBPyConnection:
    import duckdb

    con = duckdb.connect(config={"memory_limit": os.environ.get("FOEDUS_IMPORT_MEMORY", "1GB"),
                                 "temp_directory": str(work / "spill"), "preserve_insertion_order": False})
    con.execute("SET enable_progress_bar = false")
    codes = ", ".join(f"'{c}'" for c in syntactic_codes())
    con.execute(f"CREATE TYPE cameo_code AS ENUM ({codes})")
    con.execute("CREATE TYPE quad_class AS ENUM ('1', '2', '3', '4')")
    con.execute(f"CREATE TYPE goldstein_score AS ENUM ({', '.join(quote_sql(v) for v in goldstein_texts())})")
    return con


def _stage_sql(
    layout: EventLayout, items: list[EventInput], staging: Path, country: str, max_line: int
) -> tuple[str, dict[str, Any]]:
    """Return the COPY that reads the batch's files and writes their rows, checked and mapped, to the one Parquet
    file ``staging`` (partitions are written afterwards, a month at a time: DuckDB's partitioned writer buffers
    every partition at once, which costs twice the time and four times the memory on big files)."""
    names = layout.width_names(items[0].width)
    several = len(items) > 1  # one file needs no join to know its sha256: joins carry every column through
    drop_file, file_column = (", _file", ", filename AS _file") if several else ("", "")
    join_files = " JOIN batch_files f ON f.readable = e._file" if several else ""
    sha = "f.sha256" if several else f"'{items[0].sha256}'"
    columns = {name: layout.types.get(name, "VARCHAR") for name in names}
    select = ",\n".join(f"{expr} AS {name}" for name, expr in layout.select.items())
    quad = quad_class_sql("root_code") if layout.quad_from_root else "quad_class"
    # a row with an empty actor is reported by the scan (foedus.events.scan), with its line, and not stored
    complete = " AND ".join([*(f"coalesce(\"{name}\", '') <> ''" for name in layout.required_text),
                             *(f"\"{name}\" IS NOT NULL" for name in layout.required if name in columns)]) or "true"
    sql = f"""
        COPY (
            WITH e AS (
                SELECT {select}{file_column}
                FROM read_csv($files, delim = '\t', quote = '', escape = '', header = $header, auto_detect = false,
                              columns = $columns, dateformat = $dateformat, force_not_null = $required,
                              compression = $compression, filename = {several}, store_rejects = true,
                              rejects_table = 'rejects', rejects_scan = 'reject_scans', null_padding = false,
                              max_line_size = $max_line_size)
                WHERE {complete}
            ), mapped AS (
                SELECT e.* EXCLUDE (quad_class{drop_file}), {sha} AS file_sha256,
                       {country.format(column="e.actor1_country", date="e.date")} AS actor1_ccode,
                       {country.format(column="e.actor2_country", date="e.date")} AS actor2_ccode,
                       left(e.event_code, 2)::TINYINT AS root_code, e.quad_class
                FROM e{join_files}
            )
            SELECT event_id, date, actor1_country, actor1_ccode, actor2_country, actor2_ccode, event_code,
                   root_code, ({quad})::TINYINT AS quad_class, goldstein, mentions,
                   actor1_types, actor1_group, coalesce(actor1_state, false) AS actor1_state,
                   actor2_types, actor2_group, coalesce(actor2_state, false) AS actor2_state,
                   articles, sources, is_root, tone, date_added::TIMESTAMP AS date_added,
                   file_sha256
            FROM mapped
        ) TO {quote_sql(str(staging))} (FORMAT parquet)
    """
    params = {
        "files": [str(i.readable) for i in items], "header": layout.header, "columns": columns,
        "dateformat": layout.date_format, "required": [c for c in layout.required if c in columns],
        "compression": items[0].compression, "max_line_size": max(2 * 1024 * 1024, max_line + 64),
    }
    return sql, params


# --- one batch -----------------------------------------------------------------------------------------------------
def _dataset_files(events_dir: Path, source: str) -> list[str]:
    """Return every dataset file of ``source``: an event id is checked against the whole source, not only the
    months of the batch (a file may repeat an event under another date)."""
    return [str(p) for p in sorted((events_dir / f"source={source}").glob("year=*/month=*/*.parquet"))]


def _months(con: duckdb.DuckDBPyConnection, staged: Path) -> list[tuple[int, int]]:
    """Return the (year, month) of the staged events."""
    return [(int(y), int(m)) for y, m in con.execute(
        f"SELECT DISTINCT year(date), month(date) FROM {parquet_relation(staged)} ORDER BY 1, 2").fetchall()]


#: Event ids spanning at most this many values are checked for repeats with a bitmap of the range.
_ID_SPAN = 50_000_000


def _repeated_ids(con: duckdb.DuckDBPyConnection, rel: str) -> tuple[int, int | None, int | None]:
    """Return how many of the events in ``rel`` repeat an earlier one's id, and the smallest and largest id.

    Event files number their events in a narrow range, so a bitmap of the range (DuckDB's ``bitstring_agg``, one
    bit a possible id) counts the distinct ids in a fraction of the time a hash of every id takes; a wider range
    falls back to ``count(DISTINCT ...)``.
    """
    row = con.execute(f"SELECT count(*), min(event_id), max(event_id) FROM {rel}").fetchone()
    if row is None or not row[0]:
        return 0, None, None
    total, low, high = int(row[0]), int(row[1]), int(row[2])
    if high - low < _ID_SPAN:
        found = con.execute(f"SELECT bit_count(bitstring_agg(event_id, {low}, {high})) FROM {rel}").fetchone()
    else:
        found = con.execute(f"SELECT count(DISTINCT event_id) FROM {rel}").fetchone()
    distinct = int(found[0]) if found else total
    return total - distinct, low, high


def _deduplicate(con: duckdb.DuckDBPyConnection, layout: EventLayout, events_dir: Path, staged: Path,
                 months: list[tuple[int, int]], items: list[EventInput], counts: dict[str, Counts]) -> Path:
    """Drop staged events already in the dataset or earlier in the batch; return the staged file to keep (the
    same one when there are no duplicates, the usual case)."""
    valid = parquet_relation(staged)
    existing = _dataset_files(events_dir, layout.source)
    listed = "[" + ", ".join(quote_sql(f) for f in existing) + "]"
    within, low, high = _repeated_ids(con, valid)
    overlap = 0
    if existing and low is not None and high is not None:
        found = con.execute(
            f"""SELECT count(*) FROM {valid} s
                WHERE s.event_id IN (SELECT event_id FROM read_parquet({listed})
                                     WHERE event_id BETWEEN {int(low)} AND {int(high)})"""
        ).fetchone()
        overlap = int(found[0]) if found else 0
    if not within and not overlap:
        return staged
    con.execute("CREATE OR REPLACE TEMP TABLE file_order AS SELECT * FROM (VALUES " +
                ", ".join(f"('{i.sha256}', {i.order})" for i in items) + ") t(sha256, ord)")
    existing_ids = (f"SELECT event_id FROM read_parquet({listed})" if existing
                    else "SELECT NULL::BIGINT AS event_id WHERE false")
    keep_sql = f"""
        SELECT s.* FROM {valid} s JOIN file_order o ON o.sha256 = s.file_sha256
        WHERE s.event_id NOT IN ({existing_ids})
        QUALIFY row_number() OVER (PARTITION BY s.event_id ORDER BY o.ord, s.date, s.event_code, s.actor1_country,
                                   s.actor2_country, s.goldstein) = 1"""
    before = dict(con.execute(f"SELECT file_sha256, count(*) FROM {valid} GROUP BY 1").fetchall())
    after = dict(con.execute(f"SELECT file_sha256, count(*) FROM ({keep_sql}) GROUP BY 1").fetchall())
    for sha, n in before.items():
        counts[sha].rows_duplicate += int(n) - int(after.get(sha, 0))
    deduplicated = staged.with_name("deduplicated.parquet")
    con.execute(f"COPY ({keep_sql}) TO {quote_sql(str(deduplicated))} (FORMAT parquet)")
    return deduplicated


def _statistics(con: duckdb.DuckDBPyConnection, staged: Path, counts: dict[str, Counts]) -> None:
    rel = parquet_relation(staged)
    for sha, rows, first, last, unmapped in con.execute(
        f"""SELECT file_sha256, count(*), min(date), max(date),
                   count(*) FILTER (actor1_country IS NOT NULL AND actor1_ccode IS NULL)
                   + count(*) FILTER (actor2_country IS NOT NULL AND actor2_ccode IS NULL)
            FROM {rel} GROUP BY 1"""
    ).fetchall():
        tally = counts[sha]
        tally.rows_stored, tally.first_date, tally.last_date = int(rows), first, last
        tally.actors_unmapped = int(unmapped)
    known = cameo_codes()
    for sha, code, n in con.execute(f"SELECT file_sha256, event_code, count(*) FROM {rel} GROUP BY 1, 2 ORDER BY 1, 2"
                                    ).fetchall():
        if code not in known:
            counts[sha].unknown_codes[str(code)] = int(n)


def _write_partitions(con: duckdb.DuckDBPyConnection, layout: EventLayout, staged: Path,
                      months: list[tuple[int, int]], name: str, work: Path, events_dir: Path, key: str
                      ) -> list[tuple[Path, Path]]:
    """Write the staged events (of ``months``: :func:`_months`) into ``source=/year=/month=`` files, a month at a
    time, and each one's volume twin, then move them into the dataset under their staged names (hidden from every
    reader: :func:`foedus.events.dataset.staged_file`); return (staged, final) for each, volumes first.

    The files are named after the batch's first event file (``name``, its sha256): a batch's files are recorded
    in the store together or not at all, so that name tells whether the files were recorded, and the staged name
    carries the store's ``key`` (:func:`foedus.events.dataset.remove_orphans`). One file a month for the whole
    batch, not one for each event file, keeps the dataset to a few files a month when thousands of 15-minute files
    are imported, and every monitor opens each file. A batch of one month is moved as it is. DuckDB's partitioned
    writer is not used: it writes each partition's file from one thread at a time and buffers every partition at
    once, which made a ten-year file's import three times slower and four times bigger in memory.
    """
    columns = ", ".join(EVENT_COLUMNS)
    written: list[tuple[Path, Path]] = []
    if len(months) == 1:  # a daily or 15-minute file, or a batch of them: its staged file is the partition's file
        ((year, month),) = months
        relative = Path(f"source={layout.source}", f"year={year}", f"month={month}", f"part-{name[:16]}-0.parquet")
        written.append((staged, events_dir / relative))
        months = []
    for number, (year, month) in enumerate(months):
        first = _dt.date(year, month, 1)
        following = (first.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
        relative = Path(f"source={layout.source}", f"year={year}", f"month={month}",
                        f"part-{name[:16]}-{number}.parquet")
        target = work / "partitions" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        con.execute(
            f"""COPY (SELECT {columns} FROM {parquet_relation(staged)}
                      WHERE date >= DATE '{first}' AND date < DATE '{following}')
                TO {quote_sql(str(target))} (FORMAT parquet)"""
        )
        written.append((target, events_dir / relative))
    twins: list[tuple[Path, Path]] = []
    for source, destination in written:  # each part's twins (foedus.events.dataset), from the part itself
        for folder in TWIN_FOLDERS:
            twin = work / folder / f"{len(twins)}.parquet"
            twin.parent.mkdir(parents=True, exist_ok=True)
            con.execute(twin_copy_sql(folder, str(source), str(twin)))
            twins.append((twin, events_dir / folder / destination.relative_to(events_dir)))
    moved: list[tuple[Path, Path]] = []
    for source, destination in [*twins, *written]:  # twins first: a file in the dataset has its twins
        destination.parent.mkdir(parents=True, exist_ok=True)
        hidden = staged_file(destination, key)
        source.replace(hidden)
        moved.append((hidden, destination))
    return moved


def _run_batch(store: Store, layout: EventLayout, items: list[EventInput], events_dir: Path, work: Path,
               strict: bool, limits: Limits) -> list[EventImportReport]:
    import duckdb

    counts = {i.sha256: Counts() for i in items}
    staging = work / "staged.parquet"
    con = _connect(work)
    try:
        country = country_lookup_sql(con, layout.country_kind)
        con.execute("CREATE TEMP TABLE batch_files (readable VARCHAR, sha256 VARCHAR)")
        con.executemany("INSERT INTO batch_files VALUES (?, ?)", [[str(i.readable), i.sha256] for i in items])
        sql, params = _stage_sql(layout, items, staging, country, limits.max_line)
        try:
            con.execute(sql, params)
        except duckdb.Error as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if len(items) > 1:
                raise _BatchFailedError from None
            raise DataFileError([Problem(items[0].display, None, "", f"cannot be read as a {layout.title} events "
                                         f"file: {message}")]) from None
        reject_problems(con, layout, items, counts, limits)
        if strict:
            bad = [p for i in items for p in counts[i.sha256].problems]
            if bad:
                raise DataFileError(bad)
        months = _months(con, staging)
        kept = _deduplicate(con, layout, events_dir, staging, months, items, counts)
        if kept != staging:
            months = _months(con, kept)
        _statistics(con, kept, counts)
        try:
            reconcile(items, counts)
        except DataFileError:
            if len(items) > 1:
                raise _BatchFailedError from None
            raise
        moved = _write_partitions(con, layout, kept, months, items[0].sha256, work, events_dir,
                                  store_key(store.path))
    finally:
        con.close()
    try:
        reports = _record(store, layout, items, counts, events_dir)
    except BaseException:
        for hidden, _final in moved:
            hidden.unlink(missing_ok=True)
        raise
    for hidden, final in moved:  # recorded: the commit point is passed; a crash here is finished by commit_staged
        hidden.replace(final)
    return reports


class _BatchFailedError(FoedusError):
    """A batch of several files failed to read: its files are imported one at a time to find the bad one."""


def _record(store: Store, layout: EventLayout, items: list[EventInput], counts: dict[str, Counts],
            events_dir: Path) -> list[EventImportReport]:
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    reports = []
    with store.transaction():
        for item in items:
            c = counts[item.sha256]
            c.rows_read = item.scan.records  # counted by foedus (foedus.events.scan), not by the reader
            store.connection.execute(
                "INSERT INTO imported_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [item.sha256, item.path.name, str(item.path.resolve()), item.size, "events", layout.source, None,
                 "event_files", c.rows_read, c.rows_stored, c.rows_bad + c.rows_duplicate,
                 c.first_date.year if c.first_date else None, c.last_date.year if c.last_date else None, now],
            )
            store.connection.execute(
                "INSERT INTO event_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [item.sha256, layout.source, str(events_dir.resolve()), c.first_date, c.last_date, c.rows_bad,
                 c.rows_duplicate, c.actors_unmapped, sum(c.unknown_codes.values())],
            )
            reports.append(EventImportReport(
                file=item.display, name=item.path.name, sha256=item.sha256, size=item.size, source=layout.source,
                status="imported", rows_read=c.rows_read, rows_stored=c.rows_stored, rows_bad=c.rows_bad,
                rows_duplicate=c.rows_duplicate, actors_unmapped=c.actors_unmapped,
                unknown_codes=dict(c.unknown_codes), first_date=c.first_date, last_date=c.last_date,
                problems=tuple(c.problems),
            ))
    return reports


# --- the entry point -----------------------------------------------------------------------------------------------
@contextmanager
def _workspace(events_dir: Path, key: str) -> Iterator[Path]:
    import tempfile

    root = staging_dir(events_dir, key)
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=root))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _batches(items: list[EventInput]) -> Iterator[list[EventInput]]:
    batch: list[EventInput] = []
    size = 0
    for item in items:
        key = (item.width, item.compression)
        if batch and ((batch[0].width, batch[0].compression) != key or size + item.size > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item.size
    if batch:
        yield batch


def import_events(
    source: str,
    paths: Sequence[str | Path],
    *,
    db: Store | str | Path | None = None,
    events_dir: str | Path | None = None,
    strict: bool = False,
    progress: Callable[[str], None] | None = None,
    limits: Limits | None = None,
) -> list[EventImportReport]:
    """Import event files of ``source`` ("gdelt1", "gdelt2" or "icews") and return one report per file.

    Parameters
    ----------
    paths : sequence of str or Path
        Files (``.CSV``, ``.zip``, ``.gz``, ``.tab``), folders (every event file inside) or globs.
    events_dir : str or Path, optional
        The Parquet dataset (default: ``<store>-events`` beside the store's file).
    strict : bool
        Refuse a file with any bad row (by default bad rows are left out, reported and counted).
    limits : Limits, optional
        The bounds on line length and decompressed size (default: :func:`foedus.limits.limits`, from the
        environment).

    Raises
    ------
    DataFileError
        For a file that cannot be read, is not a complete archive, has another layout, or holds a record that was
        neither stored nor reported (listing the file, and the line and column where known); it stores nothing,
        the files before it stay imported.
    LimitError
        For an archive that unpacks past the limits (nothing of it is kept).
    """
    from foedus.importers import _writable

    if source not in LAYOUTS:
        raise ValueError(f"unknown event source {source!r}; use one of: {', '.join(LAYOUTS)}")
    layout = LAYOUTS[source]
    limits = limits or current_limits()
    files = expand_paths(paths)
    reports: list[EventImportReport] = []
    with _writable(db) as store:
        folder = Path(events_dir) if events_dir is not None else default_events_dir(store.path)
        recorded = {r["sha256"]: r for r in store.query(
            "SELECT i.sha256, i.dataset, i.layout FROM imported_files i WHERE dataset = 'events'")}
        key = store_key(store.path)
        remove_orphans(folder, {sha[:16] for sha in recorded}, key)
        with _workspace(folder, key) as work:
            pending: list[EventInput] = []
            seen: set[str] = set()
            for order, path in enumerate(files):
                display = str(path)
                sha = sha256_of(path)
                if sha in recorded or sha in seen:
                    reports.append(_already(path, display, sha, source))
                    continue
                seen.add(sha)
                kind = {".zip": "zip", ".gz": "gzip"}.get(path.suffix.lower(), "none")
                item = EventInput(path, display, sha, path.stat().st_size, path, "none" if kind == "zip" else kind,
                              order=order, kind=kind)
                _check_layout(item, layout, limits)
                _scan(item, layout, work, limits)
                pending.append(item)
            for batch in _batches(pending):
                reports.extend(_import_batch(store, layout, batch, folder, work, strict, progress, limits))
    position = {str(p): i for i, p in enumerate(files)}
    return sorted(reports, key=lambda r: position.get(r.file, 0))


def _scan(item: EventInput, layout: EventLayout, work: Path, limits: Limits) -> None:
    """Count the file's records and find its long lines and incomplete rows (:mod:`foedus.events.scan`); unpack
    a zip's member, and copy a file with long lines without them, for DuckDB to read."""
    copy = work / "readable" / f"{item.sha256[:16]}.tsv"
    copy.parent.mkdir(parents=True, exist_ok=True)
    options = {"required": layout.required_positions(), "header": layout.header, "keep_first": MAX_PROBLEMS}
    item.scan = scan_file(item.path, item.display, item.kind, limits, out=copy if item.kind == "zip" else None,
                          **options)  # type: ignore[arg-type]
    if item.kind == "zip":
        item.readable, item.compression = copy, "none"
    elif item.scan.long_lines:  # DuckDB reads a copy without them, never a line past the limit
        scan_file(item.path, item.display, item.kind, limits, out=copy, **options)  # type: ignore[arg-type]
        item.readable, item.compression = copy, "none"


def _import_batch(store: Store, layout: EventLayout, batch: list[EventInput], folder: Path, work: Path, strict: bool,
                  progress: Callable[[str], None] | None, limits: Limits) -> list[EventImportReport]:
    reports: list[EventImportReport] = []
    try:
        with _fresh(work) as batch_work:
            reports = _run_batch(store, layout, batch, folder, batch_work, strict, limits)
    except _BatchFailedError:
        for item in batch:  # one at a time: the file that cannot be read fails alone
            with _fresh(work) as one:
                reports.extend(_run_batch(store, layout, [item], folder, one, strict, limits))
    if progress:
        for report in reports:
            progress(f"imported {report.name}")
    return reports


@contextmanager
def _fresh(work: Path) -> Iterator[Path]:
    import tempfile

    folder = Path(tempfile.mkdtemp(dir=work))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _already(path: Path, display: str, sha: str, source: str) -> EventImportReport:
    return EventImportReport(
        file=display, name=path.name, sha256=sha, size=path.stat().st_size, source=source, status="already imported",
        rows_read=0, rows_stored=0, rows_bad=0, rows_duplicate=0, actors_unmapped=0, unknown_codes={},
        first_date=None, last_date=None,
    )


def event_files(store: Store) -> list[dict[str, Any]]:
    """Return the record of every imported event file: name, source, rows, dates, sha256, where its rows are."""
    return store.query(
        """SELECT i.name, i.path, i.size, i.sha256, e.source, i.rows_read, i.rows_stored, e.rows_bad,
                  e.rows_duplicate, e.actors_unmapped, e.unknown_codes, e.first_date, e.last_date, e.dataset_dir,
                  i.imported_at
           FROM imported_files i JOIN event_files e USING (sha256) ORDER BY e.source, e.first_date, i.name"""
    )
