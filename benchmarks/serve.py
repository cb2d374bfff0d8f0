"""Load on `foedus serve`: the pair history and a repeated (cached) assessment, against /api/health in the same run;
and how long a pair page takes once the server has fitted the model in the background.

Run: .venv/bin/python benchmarks/serve.py [--seconds 10] [--max-requests 20000] [--connections 4]
Starts the server in a subprocess on 127.0.0.1 (a fresh store in a temporary folder), drives each endpoint from this
process with keep-alive connections for a bounded time and count, and prints requests/s, p50 and p99 latency and the
error count of each, with ratios to the baseline (/api/health, which only checks that the store can be read). Targets
on 2 cores for the repeated assessment: >= 200 requests/s, p99 < 50 ms, 0 errors. The first assessment (uncached) is
timed apart.

Pair pages: the server fits the model to every alliance in the background as it starts (``/api/warmup``); once it
is done, the script times, for pairs and codings nobody has asked for (so the server's cache of results does not
hold them), the page and its assessment panel (``/pair/assessment``, which the page loads): the wait until a
reader sees the figure. Target: <= 1 s each.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
HISTORY = "/api/history?a=China&b=Russia"
ASSESSMENT = "/api/assessment?a=China&b=Russia"
#: Pair pages timed after the warm-up: a pair in each coding (a coding switch), then pairs not yet seen.
PAGES = [("China", "Russia", "atop"), ("China", "Russia", "narrative-2023"), ("China", "Russia", "all"),
         ("France", "Russia", "curated"), ("Japan", "United Kingdom", "curated"), ("United States", "Japan", "all")]


@dataclass
class Phase:
    """What one endpoint did under load."""

    name: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(port: int, server: subprocess.Popen[bytes], limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", "/api/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not come up")


def drive(port: int, path: str, seconds: float, max_requests: int, connections: int) -> Phase:
    """Send GET ``path`` from ``connections`` threads until ``seconds`` pass or ``max_requests`` are sent."""
    lock = threading.Lock()
    sent = 0
    errors = 0
    latencies: list[float] = []
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal sent, errors
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        mine: list[float] = []
        failed = 0
        while time.monotonic() < deadline:
            with lock:
                if sent >= max_requests:
                    break
                sent += 1
            start = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
            mine.append(time.perf_counter() - start)
        connection.close()
        with lock:
            latencies.extend(mine)
            errors += failed

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Phase(path, len(latencies), errors, time.perf_counter() - started, latencies)


def get(port: int, path: str) -> tuple[int, float]:
    """Return the status of GET ``path`` and the seconds it took, body read."""
    connection = http.client.HTTPConnection(HOST, port, timeout=900)
    start = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    took = time.perf_counter() - start
    connection.close()
    return response.status, took


def wait_for_warmup(port: int, limit: float = 3600.0) -> float:
    """Wait until the server's background fits are done; return the seconds waited."""
    import json

    start = time.monotonic()
    while time.monotonic() - start < limit:
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        connection.request("GET", "/api/warmup")
        status = json.loads(connection.getresponse().read())
        connection.close()
        if status["state"] == "done":
            return time.monotonic() - start
        if status["state"] == "failed":
            raise SystemExit(f"the warm-up failed: {status['message']}")
        time.sleep(1.0)
    raise SystemExit("the warm-up did not finish")


def time_pages(port: int) -> list[tuple[str, float, float]]:
    """Return, for each of PAGES, the seconds of the page and of its assessment panel."""
    from urllib.parse import urlencode

    timed = []
    for a, b, coding in PAGES:
        query = urlencode({"a": a, "b": b, "coding": coding})
        page_status, page = get(port, f"/pair?{query}")
        panel_status, panel = get(port, f"/pair/assessment?{query}")
        if page_status != 200 or panel_status != 200:
            raise SystemExit(f"/pair?{query} answered {page_status}, its panel {panel_status}")
        timed.append((f"{a} – {b}, {coding}", page, panel))
    return timed


def report(phase: Phase, baseline: Phase) -> None:
    p50, p99 = phase.percentile(0.50) * 1000, phase.percentile(0.99) * 1000
    print(f"{phase.name:44s} {phase.rate:8.1f} req/s  p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  "
          f"errors {phase.errors:3d}  ({phase.requests} requests)")
    if phase is not baseline:
        print(f"{'':44s} {phase.rate / baseline.rate:8.2f}x the baseline's rate, p50 "
              f"{phase.percentile(0.5) / baseline.percentile(0.5):.2f}x, p99 "
              f"{phase.percentile(0.99) / baseline.percentile(0.99):.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="how long to drive each endpoint")
    parser.add_argument("--max-requests", type=int, default=20000, help="at most this many requests per endpoint")
    parser.add_argument("--connections", type=int, default=4, help="concurrent keep-alive connections")
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "FOEDUS_DB": str(Path(folder) / "foedus.duckdb")}
        env.pop("FOEDUS_TOKEN", None)
        server = subprocess.Popen([sys.executable, "-m", "foedus", "serve", "--host", HOST, "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_up(port, server)
            print(f"foedus serve on {HOST}:{port}, {os.cpu_count()} cores, {args.connections} connections, "
                  f"{args.seconds:g} s or {args.max_requests} requests per endpoint")
            waited = wait_for_warmup(port)
            print(f"background fits done {waited:.0f} s after start (fits already in the disk cache are read)")
            pages = time_pages(port)
            first = drive(port, ASSESSMENT, 600, 1, 1)
            print(f"first assessment (uncached, fits the model): {first.latencies[0] * 1000:.0f} ms")
            drive(port, HISTORY, 600, 1, 1)  # warm: the history's first answer is computed, later ones cached
            baseline = drive(port, "/api/health", args.seconds, args.max_requests, args.connections)
            history = drive(port, HISTORY, args.seconds, args.max_requests, args.connections)
            assessment = drive(port, ASSESSMENT, args.seconds, args.max_requests, args.connections)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print("pair pages after the warm-up (page, then its assessment panel; neither cached before):")
    for name, page, panel in pages:
        print(f"  {name:38s} page {page * 1000:6.0f} ms  + panel {panel * 1000:6.0f} ms  = {(page + panel):5.2f} s  "
              f"{'ok' if page + panel <= 1.0 else 'OVER 1 s'}")
    report(baseline, baseline)
    report(history, baseline)
    report(assessment, baseline)
    met = assessment.rate >= 200 and assessment.percentile(0.99) < 0.050 and assessment.errors == 0
    print(f"repeated assessment: {'meets' if met else 'MISSES'} the target (>= 200 req/s, p99 < 50 ms, 0 errors)")


if __name__ == "__main__":
    main()
