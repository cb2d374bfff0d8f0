"""The same aggregation on Spark (local mode) as on DuckDB: one SQL definition, translated by SQLGlot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from foedus.events.aggregate import (
    EngineError,
    EventQuery,
    _check_volumes,
    dyad_sql,
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
    for ours, theirs in ((duck, spark), (duck_icews, spark_icews)):
        one, other = ours.to_dict(), theirs.to_dict()
        assert (one.pop("engine"), other.pop("engine")) == ("duckdb", "spark")
        assert one == other
    assert duck.totals["both"] == 8 and duck_icews.totals["both"] > 0


def test_a_partial_copy_without_some_volumes_is_refused() -> None:
    parts = ["s3a://b/ev/source=gdelt2/year=2023/month=1/part-a-0.parquet",
             "s3a://b/ev/source=icews/year=2018/month=6/part-b-0.parquet"]
    _check_volumes("s3a://b/ev", parts, [p.replace("/ev/", "/ev/_volumes/") for p in parts])
    with pytest.raises(EngineError, match=r"lacks the volumes of 1 of its files.*source=icews/year=2018/month=6"):
        _check_volumes("s3a://b/ev", parts, [parts[0].replace("/ev/", "/ev/_volumes/")])


@pytest.mark.slow
@pytest.mark.shared_data
def test_spark_refuses_a_dataset_missing_volumes(sample_store: Path, tmp_path: Path) -> None:
    require_extra("pyspark", "spark")
    require_extra("sqlglot", "spark")
    import datetime as dt

    copy = tmp_path / "events"
    shutil.copytree(sample_store.with_name("foedus-events"), copy)
    next((copy / "_volumes").rglob("*.parquet")).unlink()
    query = EventQuery(710, 365, dt.date(1979, 1, 1), dt.date(2030, 12, 31))
    with pytest.raises(EngineError, match="lacks the volumes of 1 of its files"):
        run_spark(copy, [dyad_sql(query), volume_query_sql(query)])
