"""The breach model's speed: the fast fit on ATOP 4.01 and `foedus assess China Russia` cold, as ratios against
the full Bayesian fit (PyMC's NUTS on the same posterior) measured in the same run.

Run: .venv/bin/python benchmarks/reliability.py [--data ../shared/data] [--runs 3] [--draws 300] [--tune 300]
Targets: the fast fit on ATOP 4.01 <= 5 s; `foedus assess China Russia` cold <= 3 s.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--draws", type=int, default=300, help="NUTS draws per chain for the full fit")
    parser.add_argument("--tune", type=int, default=300)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")

    from foedus.importers import import_atop, import_states
    from foedus.reliability.assess import latest_year
    from foedus.reliability.model import BreachModel
    from foedus.reliability.spells import stored_spells
    from foedus.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "atop.duckdb"
        start = time.perf_counter()
        import_atop([args.data / "atop" / "atop4_01a.csv", args.data / "atop" / "atop4_01m.csv"], db=db)
        import_states([args.data / "cow" / "majors2016.csv"], "cow", db=db)
        imported = time.perf_counter() - start
        with open_store(db) as store:
            spells = stored_spells(store, "atop", as_of=latest_year(store))
        phases = int((spells["source"] == "atop").sum())
        fits = []
        for _ in range(args.runs):
            start = time.perf_counter()
            model = BreachModel().fit(spells)
            fits.append(time.perf_counter() - start)
        fast = statistics.median(fits)

        from foedus.reliability.bayes import sample_posterior

        start = time.perf_counter()
        _, diagnostics = sample_posterior(model, draws=args.draws, tune=args.tune, chains=2)
        full = time.perf_counter() - start

        env = {**os.environ, "FOEDUS_DB": str(Path(folder) / "ledgers.duckdb")}
        command = [sys.executable, "-m", "foedus", "assess", "China", "Russia"]
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)  # first use: loads the ledgers
        colds = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
            colds.append(time.perf_counter() - start)
        cold = statistics.median(colds)

    print(f"imported ATOP 4.01 (alliance and member files) and COW majors in {imported:.2f} s")
    print(f"spells: {len(spells)} ({phases} from ATOP member phases), spell-years: {model.summary_['spell_years']}")
    print(f"fast fit (mode + Laplace), median of {args.runs}: {fast:7.2f} s   (target <= 5 s)")
    print(f"full Bayesian fit (NUTS, 2 chains x {args.draws} draws + {args.tune} tuning): {full:7.2f} s "
          f"(r-hat max {diagnostics['r_hat_max']:.3f}, divergences {diagnostics['divergences']:.0f})")
    print(f"  the fast fit takes {fast / full:.4f} of the full fit's time ({full / fast:.0f}x faster)")
    print(f"foedus assess China Russia, cold, built-in ledgers, median of {args.runs}: {cold:7.2f} s "
          f"(target <= 3 s; {cold / full:.4f} of the full fit's time)")


if __name__ == "__main__":
    main()
