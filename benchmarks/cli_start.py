"""Cold start of `foedus history China Russia` in a new process, against `python -c pass` in the same run.

Run: .venv/bin/python benchmarks/cli_start.py [--runs 15]
Prints the median wall time of each, the difference (target: <= 1.0 s above the interpreter) and the ratio.
The store is prepared once first (the shipped ledgers load on first use); that first use is timed too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "FOEDUS_DB": str(Path(folder) / "foedus.duckdb")}
        history = [sys.executable, "-m", "foedus", "history", "China", "Russia"]
        first_use = timed(history, env)
        baseline, ours = [], []
        for _ in range(args.runs):  # interleaved, so drift on a noisy machine hits both alike
            baseline.append(timed([sys.executable, "-c", "pass"], env))
            ours.append(timed(history, env))
    base, mine = statistics.median(baseline), statistics.median(ours)
    print(f"python -c pass                      median {base * 1000:7.1f} ms  ({args.runs} runs)")
    print(f"foedus history China Russia         median {mine * 1000:7.1f} ms")
    print(f"  above the interpreter             {(mine - base) * 1000:7.1f} ms  (target <= 1000 ms)")
    print(f"  ratio to the interpreter          {mine / base:7.1f}x")
    print(f"first use (creates the store, loads shipped ledgers) {first_use * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
