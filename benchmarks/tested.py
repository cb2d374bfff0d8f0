"""Time the war test of the whole universe (every alliance against every war) warm, against a plain DuckDB join.

The baseline, run in the same process on the same shipped tables, joins ATOP's member phases to the war dyad-years
on state and year (every member-war-year of an alliance in force): the bare join the case building starts from,
without the rules. Figures are printed as seconds and as a ratio to the baseline.

    .venv/bin/python benchmarks/tested.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def _best(run: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    import duckdb

    from foedus.store import open_store
    from foedus.tested import rates, tested_cases
    from foedus.universe import shipped_sql

    with tempfile.TemporaryDirectory() as scratch, open_store(Path(scratch) / "bench.duckdb") as store:
        first = time.perf_counter()
        cases = tested_cases(store)
        cold = time.perf_counter() - first

        def ours() -> None:
            rates(tested_cases(store).cases)

        warm = _best(ours)
    con = duckdb.connect()
    sql = f"""SELECT count(*) FROM ({shipped_sql("atop_members")}) m
              JOIN (SELECT war, ccode1 AS ccode, year FROM ({shipped_sql("war_dyad_years")})
                    UNION SELECT war, ccode2, year FROM ({shipped_sql("war_dyad_years")})) w
                ON w.ccode = m.ccode AND w.year >= CAST(left(m.entered, 4) AS INTEGER)
               AND w.year <= coalesce(CAST(left(m.exited, 4) AS INTEGER), 9999)"""
    rows = con.execute(sql).fetchone()
    baseline = _best(lambda: con.execute(sql).fetchone())
    print(f"universe: {len(cases.cases):,} cases (alliances x wars); the plain join gives {rows[0] if rows else 0:,} "
          "member-war-years")
    print(f"foedus tested, cold (first call, reads the tables): {cold:.2f} s")
    print(f"foedus tested, warm (cases and every rate, best of 5): {warm:.2f} s (target <= 2 s)")
    print(f"plain DuckDB join of members and wars (best of 5): {baseline:.3f} s; ratio {warm / baseline:.0f}x")


if __name__ == "__main__":
    main()
