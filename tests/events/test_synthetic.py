"""The synthetic GDELT 2.0 generator: the exact layout, deterministic, skewed, growing; it imports cleanly."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
from pathlib import Path

import duckdb

from foedus.events.ingest import import_events
from foedus.events.layouts import GDELT2_COLUMNS
from foedus.events.synthetic import monthly_counts, write_gdelt2_csv, write_parquet_dataset


def test_the_csv_has_gdelt2s_layout_and_imports_cleanly(store_path: Path, tmp_path: Path) -> None:
    path = write_gdelt2_csv(tmp_path / "20230101.export.CSV", 5000, first=dt.date(2022, 1, 1),
                            last=dt.date(2023, 12, 31))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5000 and {len(x.split("\t")) for x in lines} == {len(GDELT2_COLUMNS)}
    one_actor = sum(1 for x in lines if not x.split("\t")[5] or not x.split("\t")[15])
    assert 0 < one_actor < 2000  # as in GDELT, a share of events name one actor
    (report,) = import_events("gdelt2", [path], db=store_path)
    assert (report.rows_read, report.rows_stored, report.rows_bad, report.rows_duplicate) == (
        5000, 5000 - one_actor, one_actor, 0)
    assert str(report.first_date) >= "2022-01-01" and str(report.last_date) <= "2023-12-31"


def test_the_generator_is_seeded(tmp_path: Path) -> None:
    first, last = dt.date(2024, 1, 1), dt.date(2024, 4, 30)  # four monthly chunks, not 118
    one = write_gdelt2_csv(tmp_path / "a.CSV", 2000, seed=4, first=first, last=last)
    two = write_gdelt2_csv(tmp_path / "b.CSV", 2000, seed=4, first=first, last=last)
    other = write_gdelt2_csv(tmp_path / "c.CSV", 2000, seed=5, first=first, last=last)
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (one, two, other)]
    assert digest[0] == digest[1] != digest[2]


def test_volume_grows_and_actors_are_skewed(tmp_path: Path) -> None:
    counts = monthly_counts(100_000, dt.date(2015, 1, 1), dt.date(2024, 12, 31), growth=8.0)
    assert sum(n for _, n in counts) == 100_000 and len(counts) == 120
    assert 7 < counts[-1][1] / counts[0][1] < 9
    folder = write_parquet_dataset(tmp_path / "events", 50_000)
    rows = duckdb.sql(f"SELECT actor1_country FROM read_parquet('{folder}/*/*/*/*.parquet') "
                      "WHERE actor1_country IS NOT NULL").fetchall()
    ranked = collections.Counter(r[0] for r in rows).most_common()
    assert ranked[0][0] == "USA" and ranked[0][1] > 3 * ranked[10][1] > 0
