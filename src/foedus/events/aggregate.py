"""The dyad's daily aggregation, written once in SQL and run on DuckDB, or on Spark through SQLGlot.

:func:`dyad_sql` and :func:`volume_query_sql` are the only definition of the work: DuckDB runs them as written, Spark
runs their translation by SQLGlot (``sqlglot.transpile(sql, read="duckdb", write="spark")``). Both engines read the
same Hive-partitioned Parquet dataset (:mod:`foedus.events.dataset`) through two views: ``events``, the events, and
``volumes``, the events counted by day and state that the import writes beside them.

For each day :func:`dyad_sql` counts the events from A to B and from B to A in each quad class and CAMEO root code
and sums their Goldstein scores, reading only the dyad's own events; :func:`volume_query_sql` gives the number of
events in which A (and B) took part, with any partner: the volume that the cooperation index is normalised by.
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from foedus.errors import FoedusError
from foedus.events.countries import quote_sql
from foedus.events.dataset import PART_GLOB, pair_key, volume_sql

__all__ = [
    "DAILY_COLUMNS",
    "EngineError",
    "EventQuery",
    "Groups",
    "Results",
    "as_columns",
    "daily_rows",
    "daily_table",
    "dyad_sql",
    "dyad_twin_sql",
    "root_code_counts",
    "run",
    "run_duckdb",
    "run_spark",
    "spark_sql",
    "volume_query_sql",
]

#: The columns of the daily aggregation, in order.
DAILY_COLUMNS: tuple[str, ...] = (
    "day",
    "ab_q1", "ab_q2", "ab_q3", "ab_q4", "ba_q1", "ba_q2", "ba_q3", "ba_q4",
    "ab_goldstein", "ba_goldstein", "volume_a", "volume_b",
)


class EngineError(FoedusError):
    """The aggregation could not run on the chosen engine (a missing extra, an unreadable dataset)."""


@dataclass(frozen=True)
class EventQuery:
    """What to aggregate: the states' COW codes, the first and last day, and the sources (empty: all).

    ``also_a`` and ``also_b`` are further codes under which the event data code the same state in the window
    (Germany's 260 before October 1990 beside 255): its events under every one of them count as its.
    """

    a: int
    b: int
    first: _dt.date
    last: _dt.date
    sources: tuple[str, ...] = ()
    also_a: tuple[int, ...] = ()
    also_b: tuple[int, ...] = ()
    actors: str = "government"
    weight: str = "events"
    as_added: _dt.date | None = None
    spans: tuple[tuple[str, _dt.date, _dt.date], ...] = ()
    """If given, the only (source, first day, last day) read: one source a day, so that sources covering the same
    days (GDELT 1.0 and 2.0 from 2015) are never pooled."""

    def added_by(self) -> str:
        """Return the condition on ``date_added`` of ``as_added`` (events added by the end of that day), or ''."""
        if self.as_added is None:
            return ""
        following = self.as_added + _dt.timedelta(days=1)
        return f"date_added < TIMESTAMP '{following.isoformat()} 00:00:00'"

    def weighed(self) -> str:
        """Return the SQL of one event's weight: 1, or its articles or sources (0 where the source gives none)."""
        return {"events": "1", "articles": "COALESCE(articles, 0)", "sources": "COALESCE(sources, 0)"}[self.weight]

    def codes(self) -> tuple[str, str]:
        """Return the SQL lists of A's and of B's codes (checked ints)."""
        return (", ".join(str(int(c)) for c in (self.a, *self.also_a)),
                ", ".join(str(int(c)) for c in (self.b, *self.also_b)))

    def where(self) -> str:
        """Return the window's filter, which the events and the volumes share (the literals are checked ints,
        dates and names)."""
        sources = ""
        if self.sources:
            names = ", ".join("'" + s.replace("'", "") + "'" for s in self.sources)
            sources = f" AND source IN ({names})"
        if self.spans:
            sources += " AND (" + " OR ".join(
                f"(source = '{name.replace(chr(39), '')}' AND date BETWEEN DATE '{start.isoformat()}' "
                f"AND DATE '{end.isoformat()}')" for name, start, end in self.spans) + ")"
        return (
            f"date BETWEEN DATE '{self.first.isoformat()}' AND DATE '{self.last.isoformat()}'"
            f" AND year BETWEEN {self.first.year} AND {self.last.year}{sources}"
        )


def dyad_sql(query: EventQuery) -> str:
    """Return the dyad's own events, grouped, in DuckDB's SQL over a table or view named ``events``.

    The events from A to B and from B to A are grouped by day, direction (``way``: 1 from A to B, 2 from B to A),
    quad class and CAMEO root code, with the count and the Goldstein sum of each group; :func:`daily_rows` and
    :func:`root_code_counts` read them. The filter is written as two conditions on each actor column, which both
    engines can push into their Parquet scan.
    """
    a, b = query.codes()
    weight = query.weighed()
    extra = (" AND actor1_state AND actor2_state" if query.actors == "government" else "") + (
        f" AND {query.added_by()}" if query.as_added else "")
    return f"""
        SELECT date AS day, CASE WHEN actor1_ccode IN ({a}) THEN 1 ELSE 2 END AS way, quad_class, root_code,
               SUM({weight}) AS n, SUM(goldstein * {weight}) AS goldstein
        FROM events
        WHERE {query.where()}{extra}
          AND ((actor1_ccode IN ({a}) AND actor2_ccode IN ({b})) OR (actor1_ccode IN ({b}) AND actor2_ccode IN ({a})))
        GROUP BY date, CASE WHEN actor1_ccode IN ({a}) THEN 1 ELSE 2 END, quad_class, root_code
        ORDER BY day, way, quad_class, root_code
    """


def dyad_twin_sql(query: EventQuery) -> str:
    """Return what :func:`dyad_sql` returns, read from the dataset's dyad twins (a view ``dyads``:
    :func:`foedus.events.dataset.dyad_table_sql`) instead of the events: the same groups and sums, the pair's rows
    found by the twins' sorted ``pair`` column, whose row-group statistics let the scan skip every other pair.
    Not for ``as_added`` (the twins do not keep when each event was added)."""
    if query.as_added is not None:
        raise ValueError("the dyad twins cannot answer --as-added: read the events")
    a, b = query.codes()
    pairs = sorted({pair_key(x, y) for x in (query.a, *query.also_a) for y in (query.b, *query.also_b)})
    count = {"events": "events", "articles": "articles", "sources": "sources"}[query.weight]
    score = {"events": "goldstein", "articles": "goldstein_articles", "sources": "goldstein_sources"}[query.weight]
    state = " AND actor1_state AND actor2_state" if query.actors == "government" else ""
    # A's codes and B's are disjoint (two states), so a pair of one of A's and one of B's is such a row whichever
    # actor is which: the filter on the actors adds nothing (and costs a second pass over each row group)
    disjoint = not {query.a, *query.also_a} & {query.b, *query.also_b}
    actors = ("" if disjoint else
              f" AND ((actor1_ccode IN ({a}) AND actor2_ccode IN ({b}))"
              f" OR (actor1_ccode IN ({b}) AND actor2_ccode IN ({a})))")
    partitions = f"year BETWEEN {query.first.year} AND {query.last.year}"
    if query.sources:
        partitions += " AND source IN (" + ", ".join("'" + s.replace("'", "") + "'" for s in query.sources) + ")"
    # the pair's rows are taken first (by the row groups' statistics, and the folders' years and sources), the
    # window's days after: DuckDB pushes a condition on the day into the scan, where it costs more than the scan
    # of the pair's rows (twice as much on 10^8 events); MATERIALIZED keeps it out
    return f"""
        WITH pair_rows AS MATERIALIZED (
            SELECT date, source, year, actor1_ccode, actor2_ccode, actor1_state, actor2_state, quad_class, root_code,
                   {count} AS n, {score} AS goldstein
            FROM dyads
            WHERE pair BETWEEN {pairs[0]} AND {pairs[-1]} AND pair IN ({", ".join(map(str, pairs))}) AND {partitions})
        SELECT date AS day, CASE WHEN actor1_ccode IN ({a}) THEN 1 ELSE 2 END AS way, quad_class, root_code,
               SUM(n) AS n, SUM(goldstein) AS goldstein
        FROM pair_rows
        WHERE {query.where()}{state}{actors}
        GROUP BY date, CASE WHEN actor1_ccode IN ({a}) THEN 1 ELSE 2 END, quad_class, root_code
        ORDER BY day, way, quad_class, root_code
    """


def volume_query_sql(query: EventQuery) -> str:
    """Return, day by day, the number of events in which A and in which B took part (with any partner), in DuckDB's
    SQL over a table or view named ``volumes`` (:func:`foedus.events.dataset.volume_sql` made it)."""
    a, b = query.codes()
    column = {"events": "events", "articles": "articles", "sources": "sources"}[query.weight]
    state = " AND state" if query.actors == "government" else ""
    return f"""
        SELECT date AS day,
               SUM(CASE WHEN ccode IN ({a}){state} THEN {column} ELSE 0 END) AS volume_a,
               SUM(CASE WHEN ccode IN ({b}){state} THEN {column} ELSE 0 END) AS volume_b
        FROM volumes
        WHERE {query.where()} AND ccode IN ({a}, {b})
        GROUP BY date
        ORDER BY day
    """


Groups = dict[str, Any]
"""What a query returns, as columns (name -> numpy array), as DuckDB's ``fetchnumpy`` gives them."""

def as_columns(rows: Sequence[tuple[Any, ...]], names: Sequence[str]) -> Groups:
    """Return rows of a query (as Spark returns them) as columns named ``names``, like DuckDB's ``fetchnumpy``."""
    import numpy as np

    values = list(zip(*rows, strict=True)) if rows else [()] * len(names)
    columns: Groups = {}
    for name, column in zip(names, values, strict=True):
        if name == "day":
            columns[name] = np.array([str(v)[:10] for v in column], dtype="datetime64[D]")
        else:
            columns[name] = np.array([np.nan if v is None else float(v) for v in column], dtype=float)
    return columns


def _numbers(values: Any) -> Any:
    """Return ``values`` as floats, a missing value (DuckDB's mask, Spark's None read as NaN) as 0: a sum over no
    events is 0, never NaN."""
    import numpy as np

    return np.nan_to_num(np.ma.filled(np.ma.asarray(values, dtype=float), 0.0), nan=0.0, posinf=0.0, neginf=0.0)


def daily_table(dyad: Groups, volumes: Groups) -> tuple[Any, Any]:
    """Return the daily figures of :func:`daily_rows` as arrays: the days (sorted, ``datetime64[D]``) and a table
    of floats, a row a day and a column for each of :data:`DAILY_COLUMNS` after ``day``."""
    import numpy as np

    dyad_days = np.asarray(dyad["day"]).astype("datetime64[D]")
    volume_days = np.asarray(volumes["day"]).astype("datetime64[D]")
    unique = np.union1d(dyad_days, volume_days)
    table = np.zeros((len(unique), len(DAILY_COLUMNS) - 1))
    if not len(unique):
        return unique, table
    n, way, quad = _numbers(dyad["n"]), _numbers(dyad["way"]), _numbers(dyad["quad_class"])
    goldstein = _numbers(dyad["goldstein"])
    index = np.searchsorted(unique, dyad_days)
    columns = DAILY_COLUMNS[1:]
    for w, name in ((1, "ab"), (2, "ba")):
        for q in range(1, 5):
            table[:, columns.index(f"{name}_q{q}")] = np.bincount(index, weights=n * ((way == w) & (quad == q)),
                                                                  minlength=len(unique))
        table[:, columns.index(f"{name}_goldstein")] = np.bincount(index, weights=goldstein * (way == w),
                                                                   minlength=len(unique))
    at = np.searchsorted(unique, volume_days)
    for name in ("volume_a", "volume_b"):
        table[:, columns.index(name)] = np.bincount(at, weights=_numbers(volumes[name]), minlength=len(unique))
    return unique, table


def daily_rows(dyad: Groups, volumes: Groups) -> dict[_dt.date, dict[str, float]]:
    """Return the daily figures (:data:`DAILY_COLUMNS`) from what :func:`dyad_sql` and :func:`volume_query_sql`
    return: every day on which A or B took part in an event (:func:`daily_table`, as a dict by day)."""
    unique, table = daily_table(dyad, volumes)
    columns = DAILY_COLUMNS[1:]
    whole = [not name.endswith("goldstein") for name in columns]
    return {day: {name: (int(value) if exact else value)
                  for name, exact, value in zip(columns, whole, row, strict=True)}
            for day, row in zip(unique.tolist(), table.tolist(), strict=True)}


def root_code_counts(dyad: Groups) -> dict[int, tuple[int, int]]:
    """Return the dyad's events by CAMEO root code, (A to B, B to A), from what :func:`dyad_sql` returns."""
    import numpy as np

    way, root, n = _numbers(dyad["way"]), _numbers(dyad["root_code"]), _numbers(dyad["n"])
    codes, at = np.unique(root.astype(np.int64), return_inverse=True)
    ab = np.bincount(at, weights=n * (way == 1), minlength=len(codes))
    ba = np.bincount(at, weights=n * (way == 2), minlength=len(codes))
    return {code: (int(x), int(y)) for code, x, y in zip(codes.tolist(), ab.tolist(), ba.tolist(), strict=True)}


def spark_sql(sql: str) -> str:
    """Return ``sql`` (DuckDB's dialect) in Spark SQL, translated by SQLGlot."""
    try:
        import sqlglot
    except ImportError:
        raise EngineError("the Spark engine needs SQLGlot: pip install 'foedus[spark]'") from None
    return str(sqlglot.transpile(sql, read="duckdb", write="spark")[0])


def _is_remote(location: str) -> bool:
    return "://" in location


def _spark_paths(folder: str) -> list[str]:
    """Return what Spark is to read of ``folder``: on this machine its ``source=`` partitions (Spark takes a folder
    named ``_volumes`` for a hidden one, and warns, when given it), elsewhere the folder."""
    if _is_remote(folder):
        return [folder]
    return sorted(str(p) for p in Path(folder).glob("source=*") if p.is_dir()) or [folder]


def _paired(parts: Sequence[str], volumes: Sequence[str]) -> bool:
    """Return whether every one of a dataset's files has its volume file and every volume file its part (a partial
    copy, or an import moving files in, may leave one without the other)."""
    def keys(files: Sequence[str]) -> set[str]:
        return {f[f.rfind("/source=") + 1:] for f in files}

    return keys(parts) == keys(volumes)


_DUCKDB: dict[str, Any] = {}
_DUCKDB_LOCK = threading.Lock()


def _duckdb_for(root: str) -> Any:
    """Return a cursor of the process's DuckDB database over the dataset at ``root`` (a view ``events``).

    The database is kept for the process's life, with Parquet footers cached, so that a second monitor in the same
    process (the dashboard, a notebook) does not read them again; each caller gets its own cursor.
    """
    import duckdb

    with _DUCKDB_LOCK:
        con = _DUCKDB.get(root)
        if con is None:
            con = duckdb.connect()
            # GLOBAL: each caller's cursor is a session of its own, which a plain SET would not reach (the footers
            # were read again on every monitor)
            con.execute("SET GLOBAL parquet_metadata_cache = true")
            _DUCKDB[root] = con
        cursor = con.cursor()
        cursor.execute("SET enable_progress_bar = false")  # a session setting
        return cursor


_HIVE_TYPES = "{'source': VARCHAR, 'year': INTEGER, 'month': INTEGER}"


class Results(NamedTuple):
    """What an engine returns: the columns of each query, and whether the volumes had to be counted from the events
    (the dataset's volume files did not match its files one to one)."""

    groups: list[Groups]
    volumes_from_events: bool


#: The volumes counted from the events, when a dataset's volume files do not match its files.
_VOLUMES_FROM_EVENTS = volume_sql("events", by=("source", "year", "month", "date"))


def _volumes_from(condition: str) -> str:
    """Return the volumes counted from the events that meet ``condition``."""
    return volume_sql(f"(SELECT * FROM events WHERE {condition})", by=("source", "year", "month", "date"))


def run_duckdb(location: str | Path, queries: Sequence[str], events_where: str = "",
               from_twins: Sequence[str] | None = None) -> Results:
    """Run ``queries`` with DuckDB over the dataset at ``location`` (views ``events`` and ``volumes``); with
    ``events_where``, the volumes are counted from the events that meet it (the volume files cannot know, e.g.,
    when an event was added). ``from_twins``, if given, are the same queries over the view ``dyads`` (the parts'
    dyad twins, :func:`dyad_twin_sql`), run instead when every part has its dyad twin and no ``events_where``."""
    import duckdb

    root = str(location).rstrip("/")
    cursor = _duckdb_for(root)
    parts, twins, dyads = (quote_sql(f"{folder}/{PART_GLOB}")
                           for folder in (root, f"{root}/_volumes", f"{root}/_dyads"))
    try:
        cursor.execute(f"CREATE OR REPLACE TEMP VIEW events AS SELECT * FROM read_parquet({parts}, "
                       f"hive_partitioning = true, hive_types = {_HIVE_TYPES})")
        listed = {name: [str(f) for (f,) in cursor.execute(f"SELECT file FROM glob({glob})").fetchall()]
                  for name, glob in (("parts", parts), ("volumes", twins), ("dyads", dyads))}
        paired = _paired(listed["parts"], listed["volumes"])
        volumes = (_volumes_from(events_where) if events_where else
                   f"SELECT * FROM read_parquet({twins}, hive_partitioning = true, hive_types = {_HIVE_TYPES})"
                   if paired else _VOLUMES_FROM_EVENTS)
        cursor.execute(f"CREATE OR REPLACE TEMP VIEW volumes AS {volumes}")
        if (from_twins is not None and not events_where and listed["parts"]
                and _paired(listed["parts"], listed["dyads"])):
            cursor.execute(f"CREATE OR REPLACE TEMP VIEW dyads AS SELECT * FROM read_parquet({dyads}, "
                           f"hive_partitioning = true, hive_types = {_HIVE_TYPES})")
            queries = from_twins
        return Results([cursor.execute(q).fetchnumpy() for q in queries], not paired)
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        hint = ("; the dataset was written by an older foedus, without actor types: import its files again into "
                "a new --events-dir" if "state" in message or "date_added" in message else "")
        raise EngineError(f"cannot read the events at {root}: {message}{hint}") from None
    finally:
        cursor.close()


def run_spark(location: str | Path, queries: Sequence[str], master: str | None = None,
              events_where: str = "") -> Results:
    """Run ``queries`` (DuckDB's SQL, translated) with Spark over the dataset at ``location``.

    ``master`` is the Spark master URL (default ``local[2]``: Spark in this process's machine); with a cluster,
    ``location`` is where its workers read the dataset, e.g. ``s3a://bucket/foedus-events`` (with its ``_volumes``
    folder, as ``foedus import events`` wrote it).
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EngineError("the Spark engine needs PySpark: pip install 'foedus[spark]' (and Java 17 or newer)"
                          ) from None
    translated = [spark_sql(q) for q in queries]
    spark = (SparkSession.builder.master(master or "local[2]").appName("foedus monitor")
             .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
             .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    root = str(location).rstrip("/")
    if not _is_remote(root):
        root = str(Path(root).resolve())
    try:
        events = spark.read.option("basePath", root).parquet(*_spark_paths(root))
        events.createOrReplaceTempView("events")
    except Exception as exc:  # Spark raises its own exception classes, from Java
        raise EngineError(f"Spark could not read the events at {root}: {str(exc).splitlines()[0]}") from None
    folder = f"{root}/_volumes"
    try:
        volumes = spark.read.option("basePath", folder).parquet(*_spark_paths(folder))
        paired = _paired(list(events.inputFiles()), list(volumes.inputFiles()))
    except Exception:  # no volumes at all
        paired = False
    try:
        if events_where:
            spark.sql(spark_sql(_volumes_from(events_where))).createOrReplaceTempView("volumes")
        elif paired:
            volumes.createOrReplaceTempView("volumes")
        else:
            spark.sql(spark_sql(_VOLUMES_FROM_EVENTS)).createOrReplaceTempView("volumes")
        results = []
        for q in translated:
            frame = spark.sql(q)
            results.append(as_columns([tuple(row) for row in frame.collect()], frame.columns))
        return Results(results, not paired)
    except Exception as exc:  # Spark raises its own exception classes, from Java
        raise EngineError(f"Spark could not aggregate the events at {root}: {str(exc).splitlines()[0]}") from None


def run(engine: str, location: str | Path, queries: Sequence[str], *, events_where: str = "",
        from_twins: Sequence[str] | None = None, spark_master: str | None = None) -> Results:
    """Run ``queries`` on ``engine`` (a name in :data:`foedus.events.layouts.ENGINES`) over the dataset at
    ``location``: the one entry point of the engines (:func:`run_duckdb`, :func:`run_spark`). ``from_twins`` are
    the same queries over the dyad twins, which DuckDB reads when it can; Spark reads the events.

    Raises
    ------
    EngineError
        If the engine is unknown, or cannot run.
    """
    if engine == "duckdb":
        return run_duckdb(location, queries, events_where, from_twins)
    if engine == "spark":
        return run_spark(location, queries, spark_master, events_where)
    raise EngineError(f"unknown engine {engine!r}; use one of: duckdb, spark")
