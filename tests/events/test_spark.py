"""The same aggregation on Spark (local mode) as on DuckDB: one SQL definition, translated by SQLGlot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from foedus.events.aggregate import (
    EventQuery,
    _paired,
    daily_rows,
    dyad_sql,
    root_code_counts,
    run_duckdb,
    run_spark,
    spark_sql,
    volume_query_sql,
)
from foedus.events.monitor import monitor
from foedus.store import open_store
from tests.events.conftest import require_extra


def test_the_spark_sql_is_a_translation_of_the_duckdb_sql() -> None:
    require_extra("sqlglot", "spark")
    import datetime as dt

    query = EventQuery(710, 365, dt.date(2022, 1, 1), dt.date(2023, 12, 31), ("gdelt2",))
    translated = spark_sql(dyad_sql(query))
    assert "FROM events" in translated and "GROUP BY date" in translated and "root_code" in translated
    assert "DATE '2022-01-01'" in translated or "CAST('2022-01-01' AS DATE)" in translated
    volumes = spark_sql(volume_query_sql(query))
    assert "FROM volumes" in volumes and "ccode IN (710, 365)" in volumes and "source IN ('gdelt2')" in volumes


@pytest.mark.slow
@pytest.mark.shared_data
def test_spark_gives_duckdbs_figures_on_the_samples(shared_data: Path, sample_store: Path, tmp_path: Path) -> None:
    require_extra("pyspark", "spark")
    require_extra("sqlglot", "spark")
    if shutil.which("java") is None:
        pytest.fail("the Spark engine needs Java 17 or newer on the PATH")
    with open_store(sample_store) as store:
        duck = monitor(store, "China", "Russia", frequency="day", source="all")
        spark = monitor(store, "China", "Russia", frequency="day", source="all", engine="spark")
        duck_icews = monitor(store, "Russia", "United States", frequency="week", source="icews")
        spark_icews = monitor(store, "Russia", "United States", frequency="week", source="icews", engine="spark")
        options = {"frequency": "month", "actors": "all", "weight": "articles", "as_added": "2018-06-30"}
        duck_as_added = monitor(store, "Russia", "United States", **options)  # type: ignore[arg-type]
        spark_as_added = monitor(store, "Russia", "United States", engine="spark", **options)  # type: ignore[arg-type]
    for ours, theirs in ((duck, spark), (duck_icews, spark_icews), (duck_as_added, spark_as_added)):
        one, other = ours.to_dict(), theirs.to_dict()
        assert (one.pop("engine"), other.pop("engine")) == ("duckdb", "spark")
        assert one == other
    assert duck.totals["both"] == 4 and duck_icews.totals["both"] > 0  # state actors: 4 of the 8 events


def test_volume_files_pair_with_the_dataset_files_both_ways() -> None:
    parts = ["s3a://b/ev/source=gdelt2/year=2023/month=1/part-a-0.parquet",
             "s3a://b/ev/source=icews/year=2018/month=6/part-b-0.parquet"]
    twins = [p.replace("/ev/", "/ev/_volumes/") for p in parts]
    assert _paired(parts, twins)
    assert not _paired(parts, twins[:1])  # a file without its volumes
    assert not _paired(parts[:1], twins)  # volumes without their file: they would inflate the index


@pytest.mark.slow
@pytest.mark.shared_data
def test_spark_counts_volumes_that_do_not_match_from_the_events(sample_store: Path, tmp_path: Path) -> None:
    require_extra("pyspark", "spark")
    require_extra("sqlglot", "spark")
    import datetime as dt

    copy = tmp_path / "events"
    shutil.copytree(sample_store.with_name("foedus-events"), copy)
    query = EventQuery(710, 365, dt.date(1979, 1, 1), dt.date(2030, 12, 31))
    queries = [dyad_sql(query), volume_query_sql(query)]
    whole = run_duckdb(copy, queries)
    next((copy / "_volumes").rglob("*.parquet")).unlink()
    damaged = run_spark(copy, queries)
    assert (whole.volumes_from_events, damaged.volumes_from_events) == (False, True)
    assert daily_rows(*damaged.groups) == daily_rows(*whole.groups) != {}
    assert root_code_counts(damaged.groups[0]) == root_code_counts(whole.groups[0])
