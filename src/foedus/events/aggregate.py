"""The dyad's daily aggregation, written once in SQL and run on DuckDB, or on Spark through SQLGlot.

:func:`dyad_sql` is the only definition of the work: DuckDB runs it as written, Spark runs its translation by
SQLGlot (``sqlglot.transpile(sql, read="duckdb", write="spark")``). Both engines
read the same Hive-partitioned Parquet dataset (:mod:`foedus.events.dataset`) through a view called ``events``.

For each day it counts the events from A to B and from B to A in each quad class and CAMEO root code, sums their
Goldstein scores, and counts every event in which A (and B) took part, with any partner: the volume that the
cooperation index is normalised by. All of it comes from one pass over the data.
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foedus.errors import FoedusError

__all__ = [
    "DAILY_COLUMNS",
    "EngineError",
    "EventQuery",
    "Groups",
    "as_columns",
    "daily_rows",
    "dyad_sql",
    "root_code_counts",
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


def dyad_sql(query: EventQuery) -> str:
    """Return the dyad's aggregation, in DuckDB's SQL, over a table or view named ``events``.

    One pass over the events of either state groups them by day and a few small keys: whether A and whether B
    took part (their volume), the dyad's direction (``way``: 1 from A to B, 2 from B to A, 0 neither), and, for
    the dyad's own events, the quad class and CAMEO root code, with the count and the Goldstein sum of each group.
    At most a few dozen groups a day come back; :func:`daily_rows` and :func:`root_code_counts` read them.
    """
    a, b = int(query.a), int(query.b)
    ab = f"actor1_ccode = {a} AND actor2_ccode = {b}"
    ba = f"actor1_ccode = {b} AND actor2_ccode = {a}"
    return f"""
        WITH tagged AS (
            SELECT date AS day,
                   CASE WHEN actor1_ccode = {a} OR actor2_ccode = {a} THEN 1 ELSE 0 END AS in_a,
                   CASE WHEN actor1_ccode = {b} OR actor2_ccode = {b} THEN 1 ELSE 0 END AS in_b,
                   CASE WHEN {ab} THEN 1 WHEN {ba} THEN 2 ELSE 0 END AS way,
                   quad_class, root_code, goldstein
            FROM events
            WHERE {query.where()}
        )
        SELECT day, in_a, in_b, way,
               CASE WHEN way > 0 THEN quad_class END AS quad_class,
               CASE WHEN way > 0 THEN root_code END AS root_code,
               COUNT(*) AS n,
               SUM(CASE WHEN way > 0 THEN goldstein ELSE 0 END) AS goldstein
        FROM tagged
        GROUP BY day, in_a, in_b, way, CASE WHEN way > 0 THEN quad_class END, CASE WHEN way > 0 THEN root_code END
        ORDER BY day, in_a, in_b, way, quad_class, root_code
    """


Groups = dict[str, Any]
"""The groups :func:`dyad_sql` returns, as columns (name -> numpy array): day, in_a, in_b, way, quad_class,
root_code, n, goldstein."""

_GROUP_COLUMNS = ("day", "in_a", "in_b", "way", "quad_class", "root_code", "n", "goldstein")


def as_columns(rows: Sequence[tuple[Any, ...]]) -> Groups:
    """Return rows of :func:`dyad_sql` (as Spark returns them) as columns, like DuckDB's ``fetchnumpy``."""
    import numpy as np

    values = list(zip(*rows, strict=True)) if rows else [()] * len(_GROUP_COLUMNS)
    columns: Groups = {}
    for name, column in zip(_GROUP_COLUMNS, values, strict=True):
        if name == "day":
            columns[name] = np.array([str(v)[:10] for v in column], dtype="datetime64[D]")
        else:
            columns[name] = np.array([np.nan if v is None else float(v) for v in column], dtype=float)
    return columns


def _numbers(values: Any) -> Any:
    import numpy as np

    return np.ma.filled(np.ma.asarray(values, dtype=float), 0.0)


def daily_rows(groups: Groups) -> dict[_dt.date, dict[str, float]]:
    """Return the daily figures (:data:`DAILY_COLUMNS`) from the groups :func:`dyad_sql` returns."""
    import numpy as np

    day = np.asarray(groups["day"]).astype("datetime64[D]")
    if not len(day):
        return {}
    unique, index = np.unique(day, return_inverse=True)
    n, way, quad = _numbers(groups["n"]), _numbers(groups["way"]), _numbers(groups["quad_class"])
    goldstein = _numbers(groups["goldstein"])
    sums = {
        "volume_a": n * _numbers(groups["in_a"]),
        "volume_b": n * _numbers(groups["in_b"]),
        "ab_goldstein": goldstein * (way == 1),
        "ba_goldstein": goldstein * (way == 2),
    }
    for w, name in ((1, "ab"), (2, "ba")):
        for q in range(1, 5):
            sums[f"{name}_q{q}"] = n * ((way == w) & (quad == q))
    totals = {name: np.bincount(index, weights=values, minlength=len(unique)) for name, values in sums.items()}
    whole = {name for name in DAILY_COLUMNS[1:] if not name.endswith("goldstein")}
    days: dict[_dt.date, dict[str, float]] = {}
    for k, value in enumerate(unique.tolist()):
        days[value] = {name: (int(totals[name][k]) if name in whole else float(totals[name][k]))
                       for name in DAILY_COLUMNS[1:]}
    return days


def root_code_counts(groups: Groups) -> dict[int, tuple[int, int]]:
    """Return the dyad's events by CAMEO root code, (A to B, B to A), from the groups :func:`dyad_sql` returns."""
    import numpy as np

    way, root, n = _numbers(groups["way"]), _numbers(groups["root_code"]), _numbers(groups["n"])
    counts: dict[int, tuple[int, int]] = {}
    for code in sorted({int(r) for r in root[way > 0]}):
        ab = int(np.sum(n[(way == 1) & (root == code)]))
        ba = int(np.sum(n[(way == 2) & (root == code)]))
        counts[code] = (ab, ba)
    return counts


def spark_sql(sql: str) -> str:
    """Return ``sql`` (DuckDB's dialect) in Spark SQL, translated by SQLGlot."""
    try:
        import sqlglot
    except ImportError:
        raise EngineError("the Spark engine needs SQLGlot: pip install 'foedus[spark]'") from None
    return str(sqlglot.transpile(sql, read="duckdb", write="spark")[0])


def _is_remote(location: str) -> bool:
    return "://" in location


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
            con.execute("SET enable_progress_bar = false")
            con.execute("SET parquet_metadata_cache = true")
            _DUCKDB[root] = con
        return con.cursor()


def run_duckdb(location: str | Path, queries: Sequence[str]) -> list[Groups]:
    """Run ``queries`` with DuckDB over the dataset at ``location``; return the columns of each."""
    import duckdb

    root = str(location).rstrip("/")
    cursor = _duckdb_for(root)
    try:
        cursor.execute(f"CREATE OR REPLACE TEMP VIEW events AS SELECT * FROM read_parquet('{root}/*/*/*/*.parquet', "
                       "hive_partitioning = true, hive_types = {'source': VARCHAR, 'year': INTEGER, 'month': INTEGER})")
        return [cursor.execute(q).fetchnumpy() for q in queries]
    except duckdb.Error as exc:
        raise EngineError(f"cannot read the events at {root}: {str(exc).splitlines()[0]}") from None
    finally:
        cursor.close()


def run_spark(location: str | Path, queries: Sequence[str], master: str | None = None) -> list[Groups]:
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
        return [as_columns([tuple(row) for row in spark.sql(q).collect()]) for q in translated]
    except Exception as exc:  # Spark raises its own exception classes, from Java
        raise EngineError(f"Spark could not aggregate the events at {root}: {str(exc).splitlines()[0]}") from None
