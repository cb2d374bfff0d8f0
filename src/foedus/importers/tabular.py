"""Reading a tabular data file into the store: its bytes, its header, DuckDB's CSV reader, checks in SQL.

A file is read once in Python (size, sha256, compression, encoding, header, line count) and once by DuckDB's CSV
reader into a temporary table of text. Every column is then checked in one vectorised SQL pass; only the rows
that fail get messages, each naming the file, the 1-based line number and the column. Rows are stored in one
transaction, after the previous rows of the same file (same sha256) or of the data it supersedes are removed.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from foedus.errors import DataFileError, Problem
from foedus.importers.columns import Column, ColumnSQL, RowCheck, column_sql
from foedus.importers.datafile import DataFile

if TYPE_CHECKING:
    import duckdb

    from foedus.store import Store

__all__ = ["MAX_PROBLEMS", "ImportReport", "Layout", "Progress", "header_of", "import_data_file"]

#: At most this many problems are listed for one file; the rest are counted.
MAX_PROBLEMS = 200

#: Called with a short description after each step of an import (read, checked, stored).
Progress = Callable[[str], None]


_RAW = "_foedus_raw"
_LINES = "_foedus_lines"
_CHECKED = "_foedus_checked"
_GOOD = "_foedus_good"
_REJECTS = "_foedus_rejects"
_REJECT_SCANS = "_foedus_reject_scans"
_TEMP_TABLES = (_RAW, _LINES, _CHECKED, _GOOD, _REJECTS, _REJECT_SCANS)


@dataclass(frozen=True)
class Layout:
    """One file layout: how to read it, what to check, and how to store the rows that pass.

    ``store_sql`` is an ``INSERT ... SELECT ... FROM _foedus_good`` taking the file's sha256 and version as
    parameters ``$sha256`` and ``$version``; ``coverage_sql`` returns the first and last year the stored rows
    cover, with parameter ``$sha256`` (or from the layout's temporary tables). ``unique`` lists keys no two
    rows may share, as (key columns, the file's column to blame, what the key is called).

    A file replaces the earlier files of the same dataset and target table; with ``supersede_by_version``
    only those of its version, with ``supersede_by_layout`` only those of its layout. ``null_text`` lists
    words read as empty (``NA``). ``stored_as`` names what a stored row is when it is not one row of the file
    (``scores``, ``dyad-years``); ``notes`` returns sentences worth telling about the stored rows (taking
    the connection and the file's sha256, inside the transaction). A version found in the file or its name
    that is not among ``known_versions`` (when it lists any) refuses the file unless the version was given
    explicitly. ``also_store`` lists (table, ``INSERT`` like ``store_sql``) pairs that store more of the same rows
    in other tables, in the same transaction (an ATOP member file's obligations' conditions); those rows go with
    the file's.
    """

    dataset: str
    name: str
    target: str
    columns: tuple[Column, ...]
    store_sql: str
    coverage_sql: str
    checks: tuple[RowCheck, ...] = ()
    unique: tuple[tuple[tuple[str, ...], str, str], ...] = ()
    header: bool = True
    delimiter: str = ","
    names: tuple[str, ...] = ()
    version_column: str | None = None
    version_format: Callable[[float], str] | None = None
    known_versions: tuple[str, ...] = ()
    supersede_by_version: bool = False
    supersede_by_layout: bool = False
    prepare: Callable[[duckdb.DuckDBPyConnection], None] | None = None
    temp_tables: tuple[str, ...] = ()
    null_text: tuple[str, ...] = ()
    stored_as: str = ""
    notes: Callable[[duckdb.DuckDBPyConnection, str], list[str]] | None = None
    also_store: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """What importing one file did.

    ``problems`` lists the bad rows that were skipped (with ``skip_bad_rows``); ``rows_skipped`` counts them all,
    even where the list is cut at :data:`MAX_PROBLEMS`. ``rows_stored`` counts the rows added to the target
    table, which are ``stored_as`` (scores, dyad-years) when they are not the file's rows one for one;
    ``notes`` says what else the import found (rows left out on purpose, codes mapped).
    """

    file: str
    name: str
    sha256: str
    size: int
    dataset: str
    layout: str
    version: str | None
    status: Literal["imported", "replaced"]
    rows_read: int
    rows_stored: int
    rows_skipped: int
    coverage: tuple[int, int] | None
    problems: tuple[Problem, ...] = field(default=())
    stored_as: str = ""
    notes: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        version = f" {self.version}" if self.version else ""
        years = f", {self.coverage[0]}–{self.coverage[1]}" if self.coverage else ""
        skipped = f", {self.rows_skipped:,} bad rows skipped" if self.rows_skipped else ""
        if self.stored_as:
            stored = (f"{self.rows_read - self.rows_skipped:,} of {self.rows_read:,} rows as "
                      f"{self.rows_stored:,} {self.stored_as}")
        else:
            stored = f"{self.rows_stored:,} of {self.rows_read:,} rows"
        return (
            f"{self.file}: {self.dataset}{version} {self.layout}: {self.status} {stored}{skipped}{years} "
            f"(sha256 {self.sha256[:12]}…)"
        )


# --- reading ----------------------------------------------------------------------------------------------------
def header_of(data: DataFile, layout: Layout) -> list[str]:
    """Return the file's column names (the layout's own names for a file without a header)."""
    if not layout.header:
        return list(layout.names)
    try:
        rows = list(csv.reader([data.first_line], delimiter=layout.delimiter))
    except csv.Error as exc:
        raise DataFileError([data.problem(f"the header cannot be read: {exc}", 1)]) from None
    return [name.strip() for name in rows[0]] if rows else []


def _missing_columns(data: DataFile, layout: Layout, header: list[str]) -> list[Problem]:
    lowered = [h.lower() for h in header]
    problems = []
    for column in layout.columns:
        count = lowered.count(column.name.lower())
        if column.required and count == 0:
            needed = f"has no column {column.name!r}, which the {layout.dataset} {layout.name} layout needs"
            problems.append(data.problem(needed, 1))
        elif count > 1:
            problems.append(data.problem(f"has the column {column.name!r} {count} times", 1))
    return problems


def _drop(con: duckdb.DuckDBPyConnection, tables: Sequence[str]) -> None:
    con.execute(f"DROP VIEW IF EXISTS {_GOOD}")
    for table in tables:
        if table != _GOOD:
            con.execute(f"DROP TABLE IF EXISTS {table}")


def _scan(con: duckdb.DuckDBPyConnection, data: DataFile, layout: Layout, width: int, read: Sequence[str]) -> None:
    """Read the file's ``read`` columns as text (V-Dem has thousands of columns; a layout reads a few)."""
    _drop(con, _TEMP_TABLES)
    columns = {f"c{i}": "VARCHAR" for i in range(width)}
    selected = ", ".join(f'"{c}"' for c in read) or "*"
    con.execute(
        f"""CREATE TEMP TABLE {_RAW} AS SELECT {selected} FROM read_csv(
                $path, columns = $columns, header = $header, delim = $delim, quote = '"', escape = '"',
                auto_detect = false, compression = $compression, encoding = $encoding, all_varchar = true,
                store_rejects = true, rejects_table = '{_REJECTS}', rejects_scan = '{_REJECT_SCANS}')""",
        {
            "path": str(data.path), "columns": columns, "header": layout.header, "delim": layout.delimiter,
            "compression": data.compression, "encoding": data.encoding,
        },
    )


def _blank_null_text(con: duckdb.DuckDBPyConnection, layout: Layout, sources: dict[str, str | None]) -> None:
    """Empty the values that spell "missing" (``NA``) in the columns the layout reads.

    Done here, not with read_csv's ``nullstr`` list, which (DuckDB 1.x-2.0) lets rows with too many values pass.
    """
    read = sorted({source for source in sources.values() if source})
    if not layout.null_text or not read:
        return
    words = ", ".join("'" + word.replace("'", "''") + "'" for word in layout.null_text)
    assignments = ", ".join(f'"{c}" = CASE WHEN trim("{c}") IN ({words}) THEN NULL ELSE "{c}" END' for c in read)
    con.execute(f"UPDATE {_RAW} SET {assignments}")


@dataclass
class _Records:
    """The records Python's CSV reader finds: the first line, compared value and longest value of each
    well-formed one, and the problems of the others; or, where it cannot read the file, the line and why.

    The compared value is the one in a column DuckDB's reader also read, to find where the two readers part.
    """

    lines: list[int] = field(default_factory=list)
    compared: list[str] = field(default_factory=list)
    longest: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error: tuple[int, str] | None = None

    @property
    def count(self) -> int:
        """Return how many records there are, well-formed or not."""
        return len(self.lines) + len(self.problems)


def _python_records(data: DataFile, layout: Layout, width: int, compared: int) -> _Records:
    """Count the file's records with Python's CSV reader, independently of DuckDB's, keeping each well-formed
    record's value in column ``compared`` (0-based)."""
    found = _Records()
    reader = csv.reader(io.StringIO(data.text, newline=""), delimiter=layout.delimiter)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(data.text) + 1))  # a value may be as long as the file
    try:
        if layout.header:
            next(reader, None)
        previous = reader.line_num
        for record in reader:
            start, previous = previous + 1, reader.line_num
            if not record:
                continue
            if len(record) != width:
                found.problems.append(data.problem(f"has {len(record)} values; the file has {width} columns", start))
            else:
                found.lines.append(start)
                found.compared.append(record[compared])
                found.longest.append(max(map(len, record)))
    except csv.Error as exc:
        found.error = (reader.line_num, str(exc))
    finally:
        csv.field_size_limit(limit)
    return found


def _lost_record(
    con: duckdb.DuckDBPyConnection, data: DataFile, records: _Records, rows: int, reject_lines: set[int],
    compared: str,
) -> Problem:
    """Return a problem at the first record DuckDB's reader does not have, comparing each record's value in the
    raw column ``compared``."""
    kept = [(line, value, longest) for line, value, longest in zip(records.lines, records.compared, records.longest,
                                                                     strict=True) if line not in reject_lines]
    # DuckDB reads an empty value as NULL; Python as "".
    read = [r[0] or "" for r in con.execute(f'SELECT "{compared}" FROM {_RAW} ORDER BY rowid').fetchall()]
    at = next((i for i, (mine, theirs) in enumerate(zip(kept, read, strict=False)) if mine[1] != theirs),
              min(len(kept), len(read)))
    line, longest = (kept[at][0], kept[at][2]) if at < len(kept) else (records.lines[-1], records.longest[-1])
    return data.problem(
        f"the file holds {records.count:,} records but DuckDB's CSV reader read {rows + len(reject_lines):,}: it "
        f"does not have the record on this line (its longest value is {longest:,} characters); the file is "
        "refused rather than imported without it: check the file near this line", line)


def _line_numbers(
    con: duckdb.DuckDBPyConnection, data: DataFile, layout: Layout, header: list[str], read: Sequence[str]
) -> tuple[bool, list[Problem], int]:
    """Find each raw row's line number; return whether a table of them was made, the structural problems, and
    the count of unreadable rows. ``read`` names the raw columns DuckDB's reader kept (``c3``...; none: all).

    When every line of the file is one record, a row's line follows from its position; otherwise (blank lines,
    values with line breaks, malformed rows) the records are counted again in Python to find their lines. When
    the two readers disagree on how many records the file holds, the file is refused at the first record DuckDB
    does not have: a record is never dropped in silence.

    Raises
    ------
    DataFileError
        If the two readers disagree, or Python's cannot read the file and DuckDB's rejected nothing.
    """
    width = len(header)
    rows = _scalar(con, f"SELECT count(*) FROM {_RAW}")
    rejects = con.execute(
        f"SELECT line, coalesce(column_name, ''), error_message FROM {_REJECTS} ORDER BY line"
    ).fetchall()
    if not rejects and data.physical_lines == rows + (1 if layout.header else 0):
        return False, [], 0
    named = {f"c{i}": name for i, name in enumerate(header)}
    rejected = [data.problem(f"cannot be read: {message.splitlines()[0]}", int(line), named.get(column, column))
                for line, column, message in rejects]
    reject_lines = {int(line) for line, _, _ in rejects}
    compared = read[0] if read else "c0"
    records = _python_records(data, layout, width, int(compared[1:]))
    if records.error is not None:
        line, message = records.error
        raise DataFileError([*rejected, data.problem(f"cannot be read: {message}", line)])
    if records.count != rows + len(reject_lines):
        raise DataFileError([*rejected, _lost_record(con, data, records, rows, reject_lines, compared)])
    if len(records.lines) == rows:
        con.execute(
            f"""CREATE TEMP TABLE {_LINES} AS
                SELECT generate_subscripts($lines, 1) - 1 AS _rowid, unnest($lines) AS _line""",
            {"lines": records.lines},
        )
        return True, records.problems, len(records.problems)
    # The two readers count the same records but disagree on which are malformed: report DuckDB's view.
    return False, rejected, len(reject_lines)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | dict[str, object] = ()) -> int:
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _sources_sql(layout: Layout, sources: dict[str, str | None]) -> dict[str, ColumnSQL]:
    out = {}
    for column in layout.columns:
        sql = column_sql(column, sources[column.key])
        n = f'"n_{column.key}"'
        out[column.key] = ColumnSQL(
            sql.number, sql.value.replace("{n}", n), sql.ok.replace("{n}", n),
            sql.error.replace("{n}", n).replace("{r}", f'"r_{column.key}"'),
        )
    return out


def _check(con: duckdb.DuckDBPyConnection, layout: Layout, sources: dict[str, str | None], lines: bool) -> list[str]:
    """Create the table of checked values, with a ``_bad`` flag per row and the messages of the row checks.

    Return the names of the message columns of the row checks and unique keys.
    """
    columns = _sources_sql(layout, sources)
    numbers = [f'{sql.number} AS "n_{key}"' for key, sql in columns.items()]
    values = [f'{sql.value} AS "{key}"' for key, sql in columns.items()]
    ok = " AND ".join(f"({sql.ok})" for sql in columns.values()) or "TRUE"
    # Checks across columns run on rows whose every value is valid: a bad value is reported once, not again
    # through each check that reads it.
    checks = [
        f'CASE WHEN _ok THEN {check.sql} END AS "e|{check.column}|check{i}"' for i, check in enumerate(layout.checks)
    ]
    message_columns = [f"e|{check.column}|check{i}" for i, check in enumerate(layout.checks)]
    ctes, joins = [], []
    for i, (keys, column, what) in enumerate(layout.unique):
        listed = ", ".join(keys)
        ctes.append(f"""d{i} AS (SELECT {listed}, min(_line) AS _first{i} FROM v
                                WHERE {" AND ".join(f"{k} IS NOT NULL" for k in keys)}
                                GROUP BY {listed} HAVING count(*) > 1)""")
        joins.append(f"LEFT JOIN d{i} USING ({listed})")
        checks.append(f"CASE WHEN _line > _first{i} THEN 'repeats the {what} of line ' || _first{i} END "
                      f'AS "e|{column}|unique{i}"')
        message_columns.append(f"e|{column}|unique{i}")
    offset = 2 if layout.header else 1
    line_sql = f"coalesce(l._line, r.rowid + {offset})" if lines else f"(r.rowid + {offset})"
    join = f"LEFT JOIN {_LINES} l ON l._rowid = r.rowid" if lines else ""
    kept = ", ".join(f'"{key}"' for key in columns)
    messages = ", ".join(f'"{c}"' for c in message_columns)
    any_message = " OR ".join(f'"{c}" IS NOT NULL' for c in message_columns) or "FALSE"
    con.execute(
        f"""CREATE TEMP TABLE {_CHECKED} AS
            WITH n AS (SELECT r.*, r.rowid AS _rowid, {line_sql} AS _line, {", ".join(numbers)} FROM {_RAW} r {join}),
                 v AS (SELECT _rowid, _line, {", ".join(values)}, ({ok}) AS _ok FROM n r)
                 {"".join(", " + cte for cte in ctes)},
                 e AS (SELECT *{"".join(", " + c for c in checks)} FROM v {" ".join(joins)})
            SELECT _rowid, _line, {kept}{", " + messages if messages else ""},
                   (NOT _ok OR {any_message}) AS _bad FROM e"""
    )
    return message_columns


def _row_problems(
    con: duckdb.DuckDBPyConnection, data: DataFile, layout: Layout, sources: dict[str, str | None],
    message_columns: list[str], header: dict[str, str],
) -> list[Problem]:
    """Return the problems of the bad rows (at most :data:`MAX_PROBLEMS` + 1), in line and column order."""
    columns = _sources_sql(layout, sources)
    trimmed = [f"""nullif(trim(r."{sources[key]}"), '') AS "r_{key}" """ for key in columns if sources[key]]
    numbers = [f'{sql.number} AS "n_{key}"' for key, sql in columns.items() if sources[key]]
    errors = [f'{sql.error} AS "e|{c.name}|{c.key}"' for c, sql in zip(layout.columns, columns.values(), strict=True)
              if sources[c.key]]
    names = [f"e|{c.name}|{c.key}" for c in layout.columns if sources[c.key]] + message_columns
    if not names:
        return []
    quoted = ", ".join(f'"{name}"' for name in names)
    selected = ", ".join(f'"{c}"' for c in message_columns)
    rows = con.execute(
        f"""WITH bad AS (SELECT k._line{", " + selected if selected else ""}, {", ".join(trimmed + numbers)}
                         FROM {_CHECKED} k JOIN {_RAW} r ON r.rowid = k._rowid WHERE k._bad
                         ORDER BY k._line LIMIT {MAX_PROBLEMS + 1}),
                 messages AS (SELECT _line{", " + selected if selected else ""}, {", ".join(errors)} FROM bad)
            SELECT _line, column_name, message FROM messages
            UNPIVOT (message FOR column_name IN ({quoted})) ORDER BY _line"""
    ).fetchall()
    order = {name: i for i, name in enumerate(names)}
    rows.sort(key=lambda row: (row[0], order[row[1]]))
    return [
        data.problem(str(message), int(line), header.get(column.split("|")[1].lower(), column.split("|")[1]))
        for line, column, message in rows[: MAX_PROBLEMS + 1]
    ]


def _resolve_version(
    con: duckdb.DuckDBPyConnection, data: DataFile, layout: Layout, sources: dict[str, str | None],
    default: str | None, lines: bool,
) -> tuple[str | None, list[Problem]]:
    """Return the data's version (the file's version column, else ``default``) and the problems with it: several
    versions in one file, or one the layout does not know (see :attr:`Layout.known_versions`)."""
    source = sources.get("_version")
    found: dict[str, list[float]] = {}
    if source is not None and layout.version_format is not None:
        for (value,) in con.execute(
            f"""SELECT DISTINCT v FROM (SELECT TRY_CAST(nullif(trim("{source}"), '') AS DOUBLE) AS v FROM {_RAW})
                WHERE v IS NOT NULL AND isfinite(v)"""
        ).fetchall():
            found.setdefault(layout.version_format(float(value)), []).append(float(value))
    versions = sorted(found)
    if len(versions) > 1:
        return default, [data.problem(
            f"holds rows of several versions ({', '.join(versions)}); split the file or pass the version explicitly",
            None, layout.version_column or "")]
    version = versions[0] if versions else default
    if not layout.known_versions or version is None or version in layout.known_versions:
        return version, []
    line, column = None, ""
    if versions:
        offset = 2 if layout.header else 1
        line_sql = f"coalesce(l._line, r.rowid + {offset})" if lines else f"r.rowid + {offset}"
        join = f"LEFT JOIN {_LINES} l ON l._rowid = r.rowid" if lines else ""
        line = _scalar(con, f"""SELECT min({line_sql}) FROM {_RAW} r {join}
                                WHERE list_contains($values, TRY_CAST(nullif(trim(r."{source}"), '') AS DOUBLE))""",
                       {"values": found[version]})
        column = layout.version_column or ""
    known = ", ".join(layout.known_versions)
    return version, [data.problem(
        f"says it is {layout.dataset} version {version}, which foedus does not know (it knows {known}): if it is "
        f"right, import the file with the version given (--version {version}), and check its columns mean what they "
        "did", line, column)]


def _forget(con: duckdb.DuckDBPyConnection, sha256: str, layout: Layout, version: str | None) -> bool:
    """Delete the rows of the same file, and of the file this one supersedes; return True if any were there."""
    previous = con.execute(
        """SELECT sha256, target FROM imported_files
           WHERE sha256 = $sha256
              OR (dataset = $dataset AND target = $target
                  AND (NOT $by_version OR version IS NOT DISTINCT FROM $version)
                  AND (NOT $by_layout OR layout = $layout))""",
        {"sha256": sha256, "dataset": layout.dataset, "target": layout.target,
         "by_version": layout.supersede_by_version, "version": version,
         "by_layout": layout.supersede_by_layout, "layout": layout.name},
    ).fetchall()
    for old_sha, target in previous:
        con.execute(f"DELETE FROM {target} WHERE file_sha256 = ?", [old_sha])
        for table, _ in layout.also_store:
            con.execute(f"DELETE FROM {table} WHERE file_sha256 = ?", [old_sha])
        con.execute("DELETE FROM imported_files WHERE sha256 = ?", [old_sha])
    return bool(previous)


def import_data_file(
    store: Store,
    data: DataFile,
    layout: Layout,
    *,
    version: str | None,
    version_is_explicit: bool = False,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check ``data`` as a ``layout`` file and store its rows in one transaction; return what was done.

    Parameters
    ----------
    version : str or None
        The data's version: the one given, or the one the layout's detection inferred. A ``version`` column in
        the file takes precedence over an inferred one, never over an explicit one.
    skip_bad_rows : bool
        Store the good rows of a file with bad ones, and report (and count) the bad ones; by default a file
        with any problem stores nothing.

    Raises
    ------
    DataFileError
        If the file has problems (and ``skip_bad_rows`` is false) or is not a ``layout`` file; nothing is stored.
    """
    import duckdb

    con = store.connection
    header = header_of(data, layout)
    missing = _missing_columns(data, layout, header)
    if missing:
        raise DataFileError(missing)
    positions = {name.lower(): i for i, name in reversed(list(enumerate(header)))}
    sources: dict[str, str | None] = {
        c.key: (f"c{positions[c.name.lower()]}" if c.name.lower() in positions else None) for c in layout.columns
    }
    if layout.version_column and layout.version_column.lower() in positions:
        sources["_version"] = f"c{positions[layout.version_column.lower()]}"
    header_names = {name.lower(): name for name in header}
    try:
        try:
            read = sorted({s for s in sources.values() if s})
            _scan(con, data, layout, len(header), read)
            lines, structural, unreadable = _line_numbers(con, data, layout, header, read)
            # After the records are counted, which compares the values as the file writes them.
            _blank_null_text(con, layout, sources)
            if progress:
                progress(f"read {data.name}")
            found_version, version_problems = (
                (version, []) if version_is_explicit else _resolve_version(con, data, layout, sources, version, lines)
            )
            message_columns = _check(con, layout, sources, lines)
            problems = version_problems + structural + _row_problems(
                con, data, layout, sources, message_columns, header_names
            )
            bad = _scalar(con, f"SELECT count(*) FROM {_CHECKED} WHERE _bad")
            raw_rows = _scalar(con, f"SELECT count(*) FROM {_CHECKED}")
        except duckdb.Error as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            unreadable_file = data.problem(f"cannot be read ({layout.dataset} {layout.name} layout): {message}")
            raise DataFileError([unreadable_file]) from None
        if progress:
            progress(f"checked {data.name}")
        if raw_rows + unreadable == 0:
            raise DataFileError([data.problem(f"has no rows of data ({layout.dataset} {layout.name} layout)")])
        if version_problems or (problems and not skip_bad_rows):
            raise DataFileError(_capped(problems, bad + unreadable, data))
        kept = ", ".join(f'"{c.key}"' for c in layout.columns)
        con.execute(f"CREATE TEMP VIEW {_GOOD} AS SELECT _line, {kept} FROM {_CHECKED} WHERE NOT _bad")
        if layout.prepare is not None:
            layout.prepare(con)
        values = {"sha256": data.sha256, "version": found_version}
        params = {k: v for k, v in values.items() if f"${k}" in layout.store_sql}
        with store.transaction():
            replaced = _forget(con, data.sha256, layout, found_version)
            before = _scalar(con, f"SELECT count(*) FROM {layout.target}")
            con.execute(layout.store_sql, params)
            stored = _scalar(con, f"SELECT count(*) FROM {layout.target}") - before
            for _, also in layout.also_store:
                con.execute(also, {k: v for k, v in values.items() if f"${k}" in also})
            row = con.execute(layout.coverage_sql,
                              {"sha256": data.sha256} if "$sha256" in layout.coverage_sql else {}).fetchone()
            coverage = (int(row[0]), int(row[1])) if row and row[0] is not None and row[1] is not None else None
            con.execute(
                "INSERT INTO imported_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [data.sha256, data.name, str(data.path), data.size, layout.dataset, layout.name, found_version,
                 layout.target, raw_rows + unreadable, stored, bad + unreadable,
                 coverage[0] if coverage else None, coverage[1] if coverage else None,
                 _dt.datetime.now(_dt.UTC).replace(tzinfo=None)],
            )
            notes = tuple(layout.notes(con, data.sha256)) if layout.notes is not None else ()
        if progress:
            progress(f"stored {data.name}")
    finally:
        _drop(con, (*_TEMP_TABLES, *layout.temp_tables))
    return ImportReport(
        file=data.display, name=data.name, sha256=data.sha256, size=data.size, dataset=layout.dataset,
        layout=layout.name, version=found_version, status="replaced" if replaced else "imported",
        rows_read=raw_rows + unreadable, rows_stored=stored, rows_skipped=bad + unreadable, coverage=coverage,
        problems=tuple(_capped(problems, bad + unreadable, data)), stored_as=layout.stored_as, notes=notes,
    )


def _capped(problems: list[Problem], bad_rows: int, data: DataFile) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    shown = problems[:MAX_PROBLEMS]
    shown.append(data.problem(f"more problems not listed: {bad_rows:,} bad rows in all"))
    return shown
