"""Event data at scale: import of a 10^7-row GDELT 2.0 file and the monitor over 10^8 events, each against a bare
DuckDB baseline measured in the same run, and Spark's local-mode time on the 10^7 rows.

Run: .venv/bin/python benchmarks/events.py [--csv-rows 10000000] [--parquet-rows 100000000] [--work DIR]
     [--runs 3] [--no-spark]

1. Writes a synthetic GDELT 2.0 events file of --csv-rows rows (foedus.events.synthetic; kept in --work) over
   January and February 2023: 10^7 events is about two months of GDELT 2.0. With --span-years, a second file of the
   same size spread over 2015-2024 (a partition a month: 118 of them) is timed as well, as a stress case.
2. Import: times `foedus.events.import_events` on it (into a prepared store) against a bare DuckDB
   `COPY (SELECT <the same ten columns, typed> FROM read_csv(...)) TO '...parquet'`, each in its own process, and
   reports each one's peak memory (the import's must stay under 2 GB; its throughput must be at least half the
   baseline's).
3. Monitor: writes --parquet-rows synthetic events into a Parquet dataset (one file a month, 2015-2024, each with
   the volumes the import writes beside it), then times `foedus.events.monitor` for China-Russia over all years
   (weekly, 999 bootstrap replicates), warm (median of --runs after a warm-up), against (a) a bare DuckDB group-by
   by day of the pair's own events, (b) a bare DuckDB group-by by day of every event of either state, and (c) a
   polars script computing the monitor's aggregation (the dyad's events by day, direction, quad class and root
   code, and the two states' daily volumes from the volume files), each over the same files (targets: at least
   half of (b)'s speed, and at least (c)'s). The monitor reads the dyad's own events and the volumes; what the
   volumes cost is reported too: writing them for the whole dataset at once (the import writes each file's as it
   goes; the 10^7-row import above includes them).
4. Spark: times the monitor with --engine spark (local[2]) on the dataset imported in step 2 (reported, not judged),
   and checks that its figures equal DuckDB's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_BASELINE = """
import duckdb, sys
con = duckdb.connect(config={"preserve_insertion_order": False})
con.execute("SET enable_progress_bar = false")
names = sys.argv[3].split(",")
columns = {n: "VARCHAR" for n in names}
columns.update({"GLOBALEVENTID": "BIGINT", "SQLDATE": "DATE", "QuadClass": "TINYINT", "GoldsteinScale": "DOUBLE",
                "NumMentions": "INTEGER"})
con.execute(f'''COPY (SELECT "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1CountryCode", "Actor2Code",
                             "Actor2CountryCode", "EventCode", "QuadClass", "GoldsteinScale", "NumMentions"
                      FROM read_csv('{sys.argv[1]}', delim = '\\t', quote = '', escape = '', header = false,
                                    auto_detect = false, columns = {columns!r}, dateformat = '%Y%m%d'))
                TO '{sys.argv[2]}' (FORMAT parquet)''')
"""

_IMPORT = """
import sys
from foedus.events.ingest import import_events
(report,) = import_events("gdelt2", [sys.argv[1]], db=sys.argv[2])
print("__stored__", report.rows_stored)
"""


def _child(code: str, *args: str) -> tuple[float, float, str]:
    """Run ``code`` in a fresh Python; return its wall time (s), its peak RSS (MB) and its output."""
    # VmHWM, not ru_maxrss: Linux carries the parent's high-water mark into ru_maxrss across fork and exec
    script = ("import sys, time\nstart = time.perf_counter()\n" + code +
              "\nprint('__peak__', next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM'))"
              " / 1024)"
              "\nprint('__time__', time.perf_counter() - start)\n")
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True,
                          cwd=ROOT)
    lines = done.stdout.splitlines()
    peak = float(next(x for x in lines if x.startswith("__peak__")).split()[1])
    took = float(next(x for x in lines if x.startswith("__time__")).split()[1])
    stored = next((x.split()[1] for x in lines if x.startswith("__stored__")), "")
    return took, peak, stored


def _drop_caches_hint(path: Path) -> None:
    """Read the file once so that both contenders start from a warm page cache."""
    with path.open("rb") as handle:
        while handle.read(1 << 24):
            pass


def bench_import(work: Path, rows: int, first: dt.date, last: dt.date, label: str) -> Path:
    from foedus.events.layouts import GDELT2_COLUMNS
    from foedus.events.synthetic import write_gdelt2_csv
    from foedus.store import open_store

    csv = work / f"gdelt2_{rows}_{first:%Y%m}_{last:%Y%m}.export.CSV"
    if not csv.exists():
        start = time.perf_counter()
        write_gdelt2_csv(csv, rows, first=first, last=last)
        print(f"generated {csv.name}: {rows:,} rows, {csv.stat().st_size / 1e9:.2f} GB "
              f"in {time.perf_counter() - start:.0f} s")
    _drop_caches_hint(csv)
    out = work / "baseline.parquet"
    base_time, base_peak, _ = _child(_BASELINE, str(csv), str(out), ",".join(GDELT2_COLUMNS))
    out.unlink(missing_ok=True)
    store = work / f"import-{first:%Y%m}" / "foedus.duckdb"
    shutil.rmtree(store.parent, ignore_errors=True)
    store.parent.mkdir(parents=True)
    open_store(store).close()  # a prepared store, as a user has: the shipped ledgers' first load is not the import
    took, peak, stored = _child(_IMPORT, str(csv), str(store))
    print(f"import of {rows:,} rows ({csv.stat().st_size / 1e9:.2f} GB), {label}:")
    print(f"  bare DuckDB COPY read_csv -> parquet: {base_time:6.1f} s  {rows / base_time / 1e6:5.2f} M rows/s  "
          f"peak {base_peak:6.0f} MB")
    print(f"  foedus import events gdelt2:         {took:6.1f} s  {rows / took / 1e6:5.2f} M rows/s  "
          f"peak {peak:6.0f} MB  ({int(stored):,} stored)")
    print(f"  throughput ratio foedus / baseline: {base_time / took:.2f} (target >= 0.50); "
          f"peak memory {peak / 1024:.2f} GB (target < 2 GB)")
    return store


def _median_warm(run: object, runs: int) -> float:
    assert callable(run)
    run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


_POLARS = """
import sys, time
import polars as pl
root, a, b, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
pair = (((pl.col("actor1_ccode") == a) & (pl.col("actor2_ccode") == b))
        | ((pl.col("actor1_ccode") == b) & (pl.col("actor2_ccode") == a)))
def run():
    dyad = (pl.scan_parquet(f"{root}/source=*/year=*/month=*/*.parquet", hive_partitioning=True)
            .filter(pair)
            .group_by("date", pl.when(pl.col("actor1_ccode") == a).then(1).otherwise(2).alias("way"),
                      "quad_class", "root_code")
            .agg(pl.len().alias("n"), pl.col("goldstein").sum())
            .collect())
    volumes = (pl.scan_parquet(f"{root}/_volumes/source=*/year=*/month=*/*.parquet", hive_partitioning=True)
               .filter(pl.col("ccode").is_in([a, b]))
               .group_by("date")
               .agg((pl.col("events") * (pl.col("ccode") == a)).sum().alias("volume_a"),
                    (pl.col("events") * (pl.col("ccode") == b)).sum().alias("volume_b"))
               .collect())
    return dyad.height, volumes.height
run()
times = []
for _ in range(runs):
    start = time.perf_counter()
    run()
    times.append(time.perf_counter() - start)
times.sort()
print("__median__", times[len(times) // 2])
"""


def bench_monitor(work: Path, rows: int, runs: int) -> None:
    import duckdb

    from foedus.events.dataset import ensure_volumes, volumes_dir
    from foedus.events.monitor import monitor
    from foedus.events.synthetic import write_parquet_dataset
    from foedus.store import open_store

    dataset = work / f"dataset_{rows}"
    if not dataset.exists():
        start = time.perf_counter()
        write_parquet_dataset(dataset, rows)
        print(f"generated a Parquet dataset of {rows:,} rows in {time.perf_counter() - start:.0f} s "
              f"({sum(p.stat().st_size for p in dataset.rglob('*.parquet')) / 1e9:.2f} GB)")
    store_path = work / "monitor" / "foedus.duckdb"
    store_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    glob = f"{dataset}/source=*/year=*/month=*/*.parquet"

    def pair_only() -> object:  # (a): what the monitor reads of the events, and no more
        return con.execute(
            f"""SELECT date, count(*) FROM read_parquet('{glob}', hive_partitioning = true)
                WHERE (actor1_ccode = 710 AND actor2_ccode = 365) OR (actor1_ccode = 365 AND actor2_ccode = 710)
                GROUP BY date"""
        ).fetchall()

    def either_state() -> object:  # (b): every event of either state, the volumes counted from the events
        return con.execute(
            f"""SELECT date, count(*) FROM read_parquet('{glob}', hive_partitioning = true)
                WHERE actor1_ccode IN (710, 365) OR actor2_ccode IN (710, 365) GROUP BY date"""
        ).fetchall()

    polars_out = subprocess.run([sys.executable, "-c", _POLARS, str(dataset), "710", "365", str(runs)],
                                capture_output=True, text=True, check=True).stdout
    polars_time = float(polars_out.split("__median__")[1])
    with open_store(store_path) as store:
        def ours() -> object:  # every actor, as (a), (b) and (c) count
            return monitor(store, "China", "Russia", events_dir=dataset, frequency="week", actors="all")

        def ours_default() -> object:  # state actors only: two more columns read
            return monitor(store, "China", "Russia", events_dir=dataset, frequency="week")

        base_pair = _median_warm(pair_only, runs)
        base_either = _median_warm(either_state, runs)
        took = _median_warm(ours, runs)
        took_default = _median_warm(ours_default, runs)
        shutil.rmtree(volumes_dir(dataset))
        start = time.perf_counter()
        written = ensure_volumes(dataset)
        indexing = time.perf_counter() - start
    days = len(either_state())  # type: ignore[arg-type]
    print(f"monitor China-Russia, all years, weekly, over {rows:,} events ({days:,} days), warm, median of {runs}:")
    print(f"  (a) bare DuckDB group-by by day of the pair's own events (A to B, B to A): {base_pair:6.2f} s")
    print(f"  (b) bare DuckDB group-by by day of every event of either state:           {base_either:6.2f} s")
    print(f"  (c) polars: the monitor's aggregation (dyad by day/way/quad/root, volumes):  {polars_time:6.2f} s")
    print(f"  foedus monitor --actors all (that aggregation + 999-replicate band, change points, ledger): "
          f"{took:6.2f} s")
    print(f"  foedus monitor, default --actors government (state actors only):                    "
          f"{took_default:6.2f} s")
    print(f"  speed ratios foedus / (a) {base_pair / took:.2f}, / (b) {base_either / took:.2f} (target >= 0.50), "
          f"/ (c) {polars_time / took:.2f} (target >= 1.00)")
    print(f"  the volumes of all {written} files written at once (a dataset copied in without them): {indexing:.2f} s "
          f"({indexing / base_either:.1f} x (b); once per file, not per monitor)")
    con.close()


def bench_spark(store: Path) -> None:
    from foedus.events.dataset import default_events_dir
    from foedus.events.monitor import monitor
    from foedus.store import open_store

    events = default_events_dir(store)
    with open_store(store) as opened:
        start = time.perf_counter()
        spark = monitor(opened, "China", "Russia", frequency="month", engine="spark", events_dir=events)
        took = time.perf_counter() - start
        start = time.perf_counter()
        duck = monitor(opened, "China", "Russia", frequency="month", events_dir=events)
        duck_took = time.perf_counter() - start
    same = json.dumps(spark.periods, sort_keys=True) == json.dumps(duck.periods, sort_keys=True)
    print(f"Spark local[2] on the imported 10^7-row dataset: monitor {took:.1f} s cold (session start included); "
          f"DuckDB {duck_took:.2f} s; same periods: {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv-rows", type=int, default=10_000_000)
    parser.add_argument("--parquet-rows", type=int, default=100_000_000)
    parser.add_argument("--work", type=Path, default=None, help="Keep generated files here (default: a temp dir).")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--no-monitor", action="store_true", help="Skip step 3 (the 10^8-row monitor).")
    parser.add_argument("--span-years", action="store_true", help="Also import a 10^7-row file spanning 2015-2024.")
    parser.add_argument("--no-import", action="store_true", help="Skip step 2 (the import; and so Spark's step 4).")
    args = parser.parse_args()
    os.environ.setdefault("FOEDUS_DB", str(Path(tempfile.gettempdir()) / "foedus-bench-unused.duckdb"))
    work = args.work or Path(tempfile.mkdtemp(prefix="foedus-events-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder: {work}; {os.cpu_count()} cores; peak RSS of this process so far "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if not args.no_import:
        store = bench_import(work, args.csv_rows, dt.date(2023, 1, 1), dt.date(2023, 2, 28), "two months, 2023-01/02")
        if args.span_years:
            bench_import(work, args.csv_rows, dt.date(2015, 3, 1), dt.date(2024, 12, 31), "ten years, 118 months")
        if not args.no_spark:
            bench_spark(store)
    if not args.no_monitor:
        bench_monitor(work, args.parquet_rows, args.runs)


if __name__ == "__main__":
    main()
