"""Every alliance-portfolio similarity measure for the COW directed dyad-years 1816-2016: foedus against a plain numpy
loop over pairs, timed in the same run.

Run: .venv/bin/python benchmarks/similarity.py [--runs 3] [--pairs 30] [--data ../shared/data]

Imports the COW state system into a temporary store (the portfolios come from the ATOP table shipped with foedus and
the shipped ledgers), builds the directed dyad-years 1816-2016, then times, warm (median of --runs after one warm-up):
``with_similarity`` for every measure on the valued scale (S with absolute and squared distances, Cohen's κ, Scott's
π, Kendall's τb) plus S and S² weighted by capabilities, and the same on the binary scale. The baseline is the
straightforward computation one pair at a time with numpy (a portfolio matrix per year, then per pair: distances,
a contingency table by ``bincount``, and τb from the N × N sign matrices of the two portfolios), run on --pairs pairs
of every year and extrapolated to each year's number of dyads (per-year mean time per pair × the year's rows). Checks
that the baseline's values equal foedus's on the pairs it ran. Target: <= 5 s for every measure of every dyad-year.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def timed(build: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result = build()  # warm-up: imports, OS caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = build()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def plain_pair(x: np.ndarray, y: np.ndarray, w: np.ndarray, top: int = 3) -> dict[str, float]:
    """Every measure of one pair of portfolios, written the plain way."""
    n = len(x)
    gap = x - y
    out = {"s_valued": 1 - 2 * np.abs(gap).sum() / (n * top),
           "s_squared_valued": 1 - 2 * (gap**2).sum() / (n * top**2),
           "s_valued_cinc": 1 - 2 * (w * np.abs(gap)).sum() / (w.sum() * top),
           "s_squared_valued_cinc": 1 - 2 * (w * gap**2).sum() / (w.sum() * top**2)}
    table = np.bincount(x * (top + 1) + y, minlength=(top + 1) ** 2).reshape(top + 1, top + 1) / n
    cats = np.arange(top + 1)
    delta = ((cats[:, None] - cats[None, :]) / top) ** 2
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    pooled = (rows + cols) / 2
    observed = (delta * table).sum()
    out["kappa_valued"] = 1 - observed / (delta * np.outer(rows, cols)).sum()
    out["pi_valued"] = 1 - observed / (delta * np.outer(pooled, pooled)).sum()
    sx, sy = np.sign(x[:, None] - x[None, :]), np.sign(y[:, None] - y[None, :])
    tied_x, tied_y = (sx == 0).sum() - n, (sy == 0).sum() - n
    pairs = n * (n - 1)
    out["taub_valued"] = (sx * sy).sum() / np.sqrt((pairs - tied_x) * (pairs - tied_y))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=30, help="pairs per year the baseline runs on")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from foedus.importers import import_states
    from foedus.panels import dyad_years
    from foedus.similarity.dyads import portfolio_matrix
    from foedus.similarity.panel import with_similarity
    from foedus.similarity.portfolios import alliance_ties, capability_shares, state_system
    from foedus.store import open_store

    data = args.data.resolve()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "foedus.duckdb"
        open_store(db).close()
        for name in ("states2016.csv", "system2016.csv"):
            import_states(data / "cow" / name, "cow", db=db)
        with open_store(db) as store:
            panel = dyad_years("cow", 1816, 2016, db=store)

            def valued() -> Any:
                return with_similarity(with_similarity(panel, db=store), weights="cinc", db=store)

            def both_scales() -> Any:
                return with_similarity(with_similarity(valued(), scale="binary", db=store), scale="binary",
                                       weights="cinc", db=store)

            ours, result = timed(valued, args.runs)
            ours_both, _ = timed(both_scales, args.runs)

            # the baseline: a portfolio matrix per year, then one pair at a time
            frame = result.frame
            states = state_system(store, "cow", 1816, 2016)
            ties = alliance_ties(store, 1816, 2016)
            shares, _ = capability_shares(store, 1816, 2016)
            rng = np.random.default_rng(23)
            years = frame["year"].to_numpy()
            bounds = np.searchsorted(years, np.arange(1816, 2018))
            baseline, checked, worst = 0.0, 0, 0.0
            for k, year in enumerate(range(1816, 2017)):
                lo, hi = bounds[k], bounds[k + 1]
                if hi == lo:
                    continue
                members = states.code[states.year == year]
                tie = ties.year == year
                matrix = portfolio_matrix(members, ties.ccode1[tie], ties.ccode2[tie], ties.level[tie], 3).astype(
                    np.int64)
                weights = np.array([shares[(int(c), year)] for c in members])
                rows = rng.choice(np.arange(lo, hi), size=min(args.pairs, hi - lo), replace=False)
                start = time.perf_counter()
                values = []
                for r in rows:
                    i = np.searchsorted(members, frame["ccode1"].iat[r])
                    j = np.searchsorted(members, frame["ccode2"].iat[r])
                    values.append(plain_pair(matrix[i], matrix[j], weights))
                baseline += (time.perf_counter() - start) / len(rows) * (hi - lo)
                for r, value in zip(rows, values, strict=True):
                    for column, expected in value.items():
                        worst = max(worst, abs(float(frame[column].iat[r]) - float(expected)))
                    checked += 1

    print(f"COW directed dyad-years 1816-2016: {len(frame):,} rows; {os.cpu_count()} cores")
    print(f"  foedus, valued scale: S, S², κ, π, τb and S, S² weighted by CINC   median {ours:6.2f} s "
          f"({args.runs} warm runs)")
    print(f"  foedus, the same on the valued and the binary scale                 median {ours_both:6.2f} s")
    print(f"  plain numpy loop over pairs, valued scale (per-year time per pair x the year's rows, from "
          f"{checked:,} pairs)  {baseline:8.1f} s")
    print(f"  ratio (baseline / foedus, valued scale)                             {baseline / ours:8.0f}x")
    print(f"  largest difference from the baseline on the pairs it ran: {worst:.1e}")
    print(f"  target: every measure in <= 5 s: {'met' if ours_both <= 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
