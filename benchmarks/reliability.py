"""The breach model's speed on the shipped universe, each figure as a ratio against a baseline run alongside.

* first fit on a fresh store (unit-years with covariates, the six specifications under every coding, and the
  rolling-origin backtest that gives the stacking weights), against lifelines' cause-specific Cox fit on the same
  unit-years (the standard library fit of a comparable model);
* any pair, warm (the fits cached): in a running process (as the dashboard is) and in a new one (`foedus assess A B
  --json`), against `python -c` importing what the assessment needs (numpy, pandas, duckdb, foedus), the floor of
  any process that answers;
* the full Bayesian fit (PyMC's NUTS) of the heaviest specification, against its fast fit.

Run: .venv/bin/python benchmarks/reliability.py [--runs 3] [--pairs 5] [--draws 300] [--tune 300] [--no-bayes]
Targets (issue 9): any pair warm <= 0.5 s; first fit on a fresh store <= 10 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

PAIRS = (("China", "Russia"), ("France", "Germany"), ("United States", "Japan"), ("Japan", "Germany"),
         ("India", "Russia"), ("Egypt", "Syria"))


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _agreement(model: Any, table: Any, draws: Any, year: int) -> str:
    """Return China–Russia's 10-year figure under the fast (Laplace) and the full (NUTS) posterior, side by side."""
    import numpy as np

    from foedus.reliability.design import forecast_rows

    unit = np.array([int(table.units.index[(table.units["alliance"] == "cn-ru-2001-good-neighborliness")][0])])
    rows = forecast_rows(table, model.design_, unit, year, 10)
    groups = table.group[table.row_at(unit, year)]
    out = []
    for label, theta in (("fast", model.parameter_draws(len(draws), laplace=True)), ("full", draws)):
        frailty = model.frailty_draws(theta, groups, np.random.default_rng(3))
        p = model.forecast(rows, frailty, [[0]], theta)[:, 0, -1]
        low, mid, high = np.percentile(p, [5, 50, 95])
        out.append(f"{label} {mid:.4f} ({low:.4f}-{high:.4f})")
    return "; ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--draws", type=int, default=300, help="NUTS draws per chain for the full fit")
    parser.add_argument("--tune", type=int, default=300)
    parser.add_argument("--no-bayes", action="store_true", help="leave out the full Bayesian fit")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")

    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "FOEDUS_DB": str(Path(folder) / "foedus.duckdb"),
               "FOEDUS_CACHE": str(Path(folder) / "cache")}
        subprocess.run([sys.executable, "-m", "foedus", "ledger", "list"], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # the store, with the shipped ledgers loaded
        first = _timed([sys.executable, "-m", "foedus", "assess", "China", "Russia", "--json"], env)

        os.environ.update(env)
        from foedus.reliability.baselines import _cox
        from foedus.reliability.design import design_matrix, get_specification
        from foedus.reliability.fits import fitted_model, universe_table
        from foedus.store import open_store

        with open_store(env["FOEDUS_DB"]) as store:
            table = universe_table(store, "curated")
            year = int(table.year.max())
            design = design_matrix(table, get_specification("covariates"), year)
            start = time.perf_counter()
            in_force = table.units.index[table.units["censored"]].to_numpy()[:50]
            _cox(table, design, design.rows, in_force, year, 10)
            cox = time.perf_counter() - start

        from foedus.reliability.assess import assess

        with open_store(env["FOEDUS_DB"]) as store:  # a process that keeps running, as the dashboard does
            assess(store, "China", "Russia")
            in_process = []
            for _ in range(args.runs):
                for a, b in PAIRS[1:args.pairs + 1]:
                    start = time.perf_counter()
                    assess(store, a, b)
                    in_process.append(time.perf_counter() - start)
        kept = statistics.median(in_process)

        imports = [sys.executable, "-c", "import numpy, pandas, duckdb, foedus.reliability.assess"]
        floor, warm = [], []
        for _ in range(args.runs):  # interleaved, so drift on a noisy machine hits both alike
            for a, b in PAIRS[:args.pairs]:
                floor.append(_timed(imports, env))
                warm.append(_timed([sys.executable, "-m", "foedus", "assess", a, b, "--json"], env))
        base, pair = statistics.median(floor), statistics.median(warm)

        bayes_line = ""
        if not args.no_bayes:
            from foedus.reliability.bayes import sample_posterior
            from foedus.reliability.model import BreachModel

            start = time.perf_counter()
            model = BreachModel().fit(design)
            fast = time.perf_counter() - start
            start = time.perf_counter()
            draws, diagnostics = sample_posterior(model, draws=args.draws, tune=args.tune, chains=2)
            full = time.perf_counter() - start
            agreement = _agreement(model, table, draws, year)
            bayes_line = (f"fast fit of the covariates specification: {fast:.2f} s; full Bayesian fit (NUTS, 2 "
                          f"chains x {args.draws} + {args.tune} tuning): {full:.1f} s (r-hat max "
                          f"{diagnostics['r_hat_max']:.3f}, divergences {diagnostics['divergences']:.0f}): the fast "
                          f"fit is {full / fast:.0f}x faster\n"
                          f"China–Russia, 10 years, this specification: {agreement}")
        with open_store(env["FOEDUS_DB"]) as store:
            cached = fitted_model(store, "curated", get_specification("covariates"), "leeds-2003", year)
    print(f"universe: {len(table.units):,} units, {table.rows:,} unit-years; covariates fit: "
          f"{cached.summary_['unit_years']:,} rows")
    print(f"first fit on a fresh store (foedus assess China Russia, cold): {first:6.2f} s  (target <= 10 s); "
          f"{first / cox:.1f}x lifelines' cause-specific Cox fit on the same unit-years ({cox:.2f} s)")
    print(f"any pair, warm, in a running process ({len(in_process)} runs over {args.pairs} other pairs), median: "
          f"{kept:6.2f} s (target <= 0.5 s); {kept / base:.2f} of the import floor below")
    print(f"any pair, warm, in a new process ({len(warm)} runs over {args.pairs} pairs), median: {pair:6.2f} s; "
          f"{pair - base:+.2f} s over the import floor ({base:.2f} s: python -c importing numpy, pandas, duckdb, "
          f"foedus), ratio {pair / base:.2f}")
    if bayes_line:
        print(bayes_line)


if __name__ == "__main__":
    main()
