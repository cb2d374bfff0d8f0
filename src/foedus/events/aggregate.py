"""The dyad's daily aggregation, written once in SQL and run on DuckDB, or on Spark through SQLGlot.

:func:`daily_sql` and :func:`root_codes_sql` are the only definition of the work: DuckDB runs them as written,
Spark runs their translation by SQLGlot (``sqlglot.transpile(sql, read="duckdb", write="spark")``). Both engines
read the same Hive-partitioned Parquet dataset (:mod:`foedus.events.dataset`) through a view called ``events``.

For each day the daily query counts the events from A to B and from B to A in each quad class, sums their
Goldstein scores, and counts every event in which A (and B) took part, with any partner: the volume that the
cooperation index is normalised by.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foedus.errors import FoedusError

__all__ = [
    "DAILY_COLUMNS",
    "EngineError",
    "EventQuery",
    "daily_sql",
    "root_codes_sql",
    "run_duckdb",
    "run_spark",
    "spark_sql",
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
    """What to aggregate: the states' COW codes, the first and last day, and the sources (empty: all)."""

    a: int
    b: int
    first: _dt.date
    last: _dt.date
    sources: tuple[str, ...] = ()

    def where(self) -> str:
        """Return the filter every query of the dyad shares (the literals are checked ints, dates and names)."""
        a, b = int(self.a), int(self.b)
        sources = ""
        if self.sources:
            names = ", ".join("'" + s.replace("'", "") + "'" for s in self.sources)
            sources = f" AND source IN ({names})"
        return (
            f"date BETWEEN DATE '{self.first.isoformat()}' AND DATE '{self.last.isoformat()}'"
            f" AND year BETWEEN {self.first.year} AND {self.last.year}"
            f" AND (actor1_ccode IN ({a}, {b}) OR actor2_ccode IN ({a}, {b})){sources}"
        )


def _count(condition: str) -> str:
    return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def daily_sql(query: EventQuery) -> str:
    """Return the daily aggregation of the dyad, in DuckDB's SQL, over a table or view named ``events``.

    The events of either state are first grouped by day and by a few small keys (whether A, whether B took part,
    the dyad's direction, the quad class), then those few groups a day are pivoted into the daily columns.
    """
    a, b = int(query.a), int(query.b)
    ab = f"actor1_ccode = {a} AND actor2_ccode = {b}"
    ba = f"actor1_ccode = {b} AND actor2_ccode = {a}"
    pivots = [f"SUM(CASE WHEN way = {w} AND quad_class = {q} THEN n ELSE 0 END) AS {name}_q{q}"
              for w, name in ((1, "ab"), (2, "ba")) for q in range(1, 5)]
    return f"""
        WITH tagged AS (
            SELECT date AS day,
                   CASE WHEN actor1_ccode = {a} OR actor2_ccode = {a} THEN 1 ELSE 0 END AS in_a,
                   CASE WHEN actor1_ccode = {b} OR actor2_ccode = {b} THEN 1 ELSE 0 END AS in_b,
                   CASE WHEN {ab} THEN 1 WHEN {ba} THEN 2 ELSE 0 END AS way,
                   quad_class, goldstein
            FROM events
            WHERE {query.where()}
        ), grouped AS (
            SELECT day, in_a, in_b, way, quad_class, COUNT(*) AS n, SUM(goldstein) AS goldstein
            FROM tagged
            GROUP BY day, in_a, in_b, way, quad_class
        )
        SELECT day, {", ".join(pivots)},
               SUM(CASE WHEN way = 1 THEN goldstein ELSE 0 END) AS ab_goldstein,
               SUM(CASE WHEN way = 2 THEN goldstein ELSE 0 END) AS ba_goldstein,
               SUM(n * in_a) AS volume_a,
               SUM(n * in_b) AS volume_b
        FROM grouped
        GROUP BY day
        ORDER BY day
    """


def root_codes_sql(query: EventQuery) -> str:
    """Return the count of the dyad's events by CAMEO root code, each way, in DuckDB's SQL."""
    a, b = int(query.a), int(query.b)
    return f"""
        SELECT root_code,
               {_count(f"actor1_ccode = {a} AND actor2_ccode = {b}")} AS a_to_b,
               {_count(f"actor1_ccode = {b} AND actor2_ccode = {a}")} AS b_to_a
        FROM events
        WHERE {query.where()} AND ((actor1_ccode = {a} AND actor2_ccode = {b})
                                   OR (actor1_ccode = {b} AND actor2_ccode = {a}))
        GROUP BY root_code
        ORDER BY root_code
    """


def spark_sql(sql: str) -> str:
    """Return ``sql`` (DuckDB's dialect) in Spark SQL, translated by SQLGlot."""
    try:
        import sqlglot
    except ImportError:
        raise EngineError("the Spark engine needs SQLGlot: pip install 'foedus[spark]'") from None
    return str(sqlglot.transpile(sql, read="duckdb", write="spark")[0])


def _is_remote(location: str) -> bool:
    return "://" in location


def run_duckdb(location: str | Path, queries: Sequence[str]) -> list[list[tuple[Any, ...]]]:
    """Run ``queries`` with DuckDB over the dataset at ``location``; return the rows of each."""
    import duckdb

    root = str(location).rstrip("/")
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    try:
        con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{root}/*/*/*/*.parquet', "
                    "hive_partitioning = true, hive_types = {'source': VARCHAR, 'year': INTEGER, 'month': INTEGER})")
        return [con.execute(q).fetchall() for q in queries]
    except duckdb.Error as exc:
        raise EngineError(f"cannot read the events at {root}: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()


def run_spark(location: str | Path, queries: Sequence[str], master: str | None = None) -> list[list[tuple[Any, ...]]]:
    """Run ``queries`` (DuckDB's SQL, translated) with Spark over the dataset at ``location``.

    ``master`` is the Spark master URL (default ``local[2]``: Spark in this process's machine); with a cluster,
    ``location`` is where its workers read the dataset, e.g. ``s3a://bucket/foedus-events``.
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
    try:
        frame = spark.read.option("basePath", root).parquet(root if _is_remote(root) else str(Path(root).resolve()))
        frame.createOrReplaceTempView("events")
        return [[tuple(row) for row in spark.sql(q).collect()] for q in translated]
    except Exception as exc:  # Spark raises its own exception classes, from Java
        raise EngineError(f"Spark could not aggregate the events at {root}: {str(exc).splitlines()[0]}") from None
