"""Fuzz the ledger reader at scale: mutated ledgers read, and loaded when sound, each timed.

Run from the project's folder::

    .venv/bin/python -m tests.fuzz.fuzz_ledger_reader --examples 10000 --seed 10

It prints how many examples were loaded and refused, every traceback (one of each kind, with its count), and the
runs of the reader that took longer than the limit (2 s by default), with the slowest; and the same for a read and
the load that follows it (loads of the shipped ledgers take most of a second; on a busy machine, more). It exits 1
if there was a traceback or a run of the reader over the limit. The suite runs the same mutations on a bounded
number of examples (``tests/ledger/test_fuzz_reader.py``).
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from hypothesis import HealthCheck, Phase, given, seed, settings

from foedus.store import Store
from tests.fuzz.ledgers import check_one, mutated_ledgers


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; return 0 if it found no traceback and no run over the limit, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="how many mutated ledgers (default 10,000)")
    parser.add_argument("--seed", type=int, default=10, help="the random seed (default 10)")
    parser.add_argument("--limit", type=float, default=2.0, help="the longest a run may take, in seconds")
    options = parser.parse_args(argv)

    kinds: collections.Counter[str] = collections.Counter()
    tracebacks: dict[str, tuple[int, str]] = {}
    slow: list[tuple[float, str]] = []
    slow_with_load = 0
    longest = longest_with_load = 0.0
    store = Store(Path(":memory:"), duckdb.connect(), False)
    store.migrate()
    folder = Path(tempfile.mkdtemp(prefix="foedus-fuzz-"))
    path = folder / "fuzzed.yaml"

    @seed(options.seed)
    @settings(max_examples=options.examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(text=mutated_ledgers())
    def run(text: str) -> None:
        nonlocal longest, longest_with_load, slow_with_load
        outcome = check_one(text, path, store)
        took, with_load = outcome.read_seconds, outcome.read_seconds + outcome.load_seconds
        longest, longest_with_load = max(longest, took), max(longest_with_load, with_load)
        kinds[outcome.kind] += 1
        if took > options.limit:
            slow.append((took, text[:200]))
        slow_with_load += with_load > options.limit
        if outcome.kind == "traceback":
            key = outcome.detail.strip().splitlines()[-1]
            count, _ = tracebacks.get(key, (0, ""))
            tracebacks[key] = (count + 1, outcome.detail)
        done = sum(kinds.values())
        if done % 1000 == 0:
            print(f"  {done:,} examples ...", file=sys.stderr, flush=True)

    started = time.perf_counter()
    run()
    store.close()
    total = sum(kinds.values())
    print(f"examples: {total:,} (seed {options.seed}) in {time.perf_counter() - started:,.0f} s")
    print(f"loaded: {kinds['loaded']:,}; refused with problems: {kinds['refused']:,}; "
          f"tracebacks: {kinds['traceback']:,}")
    print(f"runs of the reader over {options.limit:g} s: {len(slow):,}; slowest: {longest:.3f} s")
    print(f"runs of the reader and the load over {options.limit:g} s: {slow_with_load:,}; "
          f"slowest: {longest_with_load:.3f} s")
    for key, (count, detail) in sorted(tracebacks.items()):
        print(f"\n--- {count} x {key}\n{detail}")
    for took, text in sorted(slow, reverse=True)[:10]:
        print(f"\n--- {took:.2f} s: {text!r}")
    return 1 if tracebacks or slow else 0


if __name__ == "__main__":
    sys.exit(main())
