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
   code, and the two states' daily volumes from the volume files) and from it the monitor's weekly figures (counts
   by way and quad class, Goldstein sums, volumes, the index) and root-code totals, checked equal to the monitor's
   (the band and the change points only the monitor computes), each over the same files (targets: at least
   half of (b)'s speed, and at least (c)'s). The monitor reads the dyad's own events and the volumes; what the
   volumes cost is reported too: writing them for the whole dataset at once (the import writes each file's as it
   goes; the 10^7-row import above includes them). The command line's time (`foedus monitor ... --json`, a fresh
   process each run: Python, imports, the footers read) is reported beside the in-process one.
4. Spark: times the monitor with --engine spark (local[2]) on the dataset imported in step 2 (reported, not judged),
   and checks that its figures equal DuckDB's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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
import json, sys, time
import polars as pl
root, a, b, runs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
pair = (((pl.col("actor1_ccode") == a) & (pl.col("actor2_ccode") == b))
        | ((pl.col("actor1_ccode") == b) & (pl.col("actor2_ccode") == a)))
way = pl.when(pl.col("actor1_ccode") == a).then(1).otherwise(2)
def run():
    dyad = (pl.scan_parquet(f"{root}/source=*/year=*/month=*/*.parquet", hive_partitioning=True)
            .filter(pair)
            .group_by("date", way.alias("way"), "quad_class", "root_code")
            .agg(pl.len().cast(pl.Int64).alias("n"), pl.col("goldstein").sum())
            .collect())
    volumes = (pl.scan_parquet(f"{root}/_volumes/source=*/year=*/month=*/*.parquet", hive_partitioning=True)
               .filter(pl.col("ccode").is_in([a, b]))
               .group_by("date")
               .agg((pl.col("events") * (pl.col("ccode") == a)).sum().alias("volume_a"),
                    (pl.col("events") * (pl.col("ccode") == b)).sum().alias("volume_b"))
               .collect())
    # the monitor's figures of each week: counts by way and quad class, Goldstein sums, volumes, the index
    week = pl.col("date").dt.truncate("1w").alias("week")
    counts = [pl.col("n").filter((pl.col("way") == w) & (pl.col("quad_class") == q)).sum().alias(f"{d}_q{q}")
              for w, d in ((1, "ab"), (2, "ba")) for q in (1, 2, 3, 4)]
    scores = [pl.col("goldstein").filter(pl.col("way") == w).sum().alias(f"{d}_goldstein")
              for w, d in ((1, "ab"), (2, "ba"))]
    weeks = (dyad.lazy().group_by(week).agg(*counts, *scores)
             .join(volumes.lazy().group_by(week).agg(pl.col("volume_a").sum(), pl.col("volume_b").sum()),
                   on="week", how="full", coalesce=True)
             .fill_null(0)
             .with_columns(index=1000 * (pl.col("ab_q1") + pl.col("ab_q2") + pl.col("ba_q1") + pl.col("ba_q2")
                                         - pl.col("ab_q3") - pl.col("ab_q4") - pl.col("ba_q3") - pl.col("ba_q4"))
                           / (pl.col("volume_a").cast(pl.Float64) * pl.col("volume_b")).sqrt())
             .sort("week").collect())
    roots = dyad.group_by("root_code", "way").agg(pl.col("n").sum()).sort("root_code", "way")
    return weeks, roots
run()
times = []
for _ in range(runs):
    start = time.perf_counter()
    weeks, roots = run()
    times.append(time.perf_counter() - start)
times.sort()
with open(out, "w") as handle:
    json.dump({"weeks": weeks.with_columns(pl.col("week").cast(pl.Utf8)).to_dicts(), "roots": roots.to_dicts()},
              handle)
print("__median__", times[len(times) // 2])
"""


def _same_figures(polars_out: dict[str, Any], result: Any) -> bool:
    """Return whether the polars script's weekly figures and root codes are the monitor's (``result``)."""
    periods = {p["start"]: p for p in result.periods}
    for week in polars_out["weeks"]:
        period = periods.pop(week["week"][:10], None)
        if period is None:
            return False
        counts = period["counts"]
        if any(counts[way][f"q{q}"] != week[f"{prefix}_q{q}"]
               for way, prefix in (("a_to_b", "ab"), ("b_to_a", "ba")) for q in (1, 2, 3, 4)):
            return False
        if period["volume"] != {"a": week["volume_a"], "b": week["volume_b"]}:
            return False
        if any(abs(period["goldstein"][way]["sum"] - week[f"{prefix}_goldstein"]) > 1e-3
               for way, prefix in (("a_to_b", "ab"), ("b_to_a", "ba"))):
            return False
        value = period["index"]["value"]
        if (value is None) != (week["index"] is None or not math.isfinite(week["index"])) or (
                value is not None and abs(value - week["index"]) > 1e-3):
            return False
    if any(p["counts"]["both"]["total"] or p["volume"]["a"] or p["volume"]["b"] for p in periods.values()):
        return False  # a week with events the polars script did not find
    roots: dict[int, list[int]] = {}
    for row in polars_out["roots"]:
        roots.setdefault(int(row["root_code"]), [0, 0])[int(row["way"]) - 1] += int(row["n"])
    top = sorted(roots.items(), key=lambda item: (-sum(item[1]), item[0]))[:len(result.root_codes)]
    return [(f"{code:02d}", ab, ba) for code, (ab, ba) in top] == [
        (r["code"], r["a_to_b"], r["b_to_a"]) for r in result.root_codes]


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

    polars_figures = work / "polars_figures.json"
    polars_out = subprocess.run([sys.executable, "-c", _POLARS, str(dataset), "710", "365", str(runs),
                                 str(polars_figures)], capture_output=True, text=True, check=True).stdout
    polars_time = float(polars_out.split("__median__")[1])
    with open_store(store_path) as store:
        def ours() -> object:  # every actor, as (a), (b) and (c) count
            return monitor(store, "China", "Russia", events_dir=dataset, frequency="week", actors="all")

        def ours_default() -> object:  # state actors only: two more columns read
            return monitor(store, "China", "Russia", events_dir=dataset, frequency="week")

        same = _same_figures(json.loads(polars_figures.read_text()), ours())
        base_pair = _median_warm(pair_only, runs)
        base_either = _median_warm(either_state, runs)
        took = _median_warm(ours, runs)
        took_default = _median_warm(ours_default, runs)
        shutil.rmtree(volumes_dir(dataset))
        start = time.perf_counter()
        written = ensure_volumes(dataset)
        indexing = time.perf_counter() - start
    cli = [sys.executable, "-m", "foedus", "monitor", "China", "Russia", "--events-dir", str(dataset), "--freq", "week",
           "--actors", "all", "--json", "--db", str(store_path)]
    cli_times = []
    subprocess.run(cli, capture_output=True, check=True, cwd=ROOT)  # warm-up, as for the others
    for _ in range(runs):  # a fresh process each time, as on the command line: imports, footers read, JSON printed
        start = time.perf_counter()
        subprocess.run(cli, capture_output=True, check=True, cwd=ROOT)
        cli_times.append(time.perf_counter() - start)
    cli_time = statistics.median(cli_times)
    days = len(either_state())  # type: ignore[arg-type]
    print(f"monitor China-Russia, all years, weekly, over {rows:,} events ({days:,} days), warm, median of {runs}:")
    print(f"  (a) bare DuckDB group-by by day of the pair's own events (A to B, B to A): {base_pair:6.2f} s")
    print(f"  (b) bare DuckDB group-by by day of every event of either state:           {base_either:6.2f} s")
    print(f"  (c) polars: the monitor's aggregation (dyad by day/way/quad/root, volumes) and weekly figures (counts, "
          f"Goldstein sums, volumes, index; root codes): {polars_time:6.2f} s; the same figures as the monitor's: "
          f"{same} (the band and the change points are the monitor's only)")
    print(f"  foedus monitor --actors all (that aggregation + 999-replicate band, change points, ledger): "
          f"{took:6.2f} s")
    print(f"  foedus monitor, default --actors government (state actors only):                    "
          f"{took_default:6.2f} s")
    print(f"  foedus monitor on the command line (--actors all --json, a fresh process: Python, imports, footers): "
          f"{cli_time:6.2f} s (median of {runs})")
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
