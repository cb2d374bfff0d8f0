"""Progress on long work: shown on a terminal's stderr, never in a pipe, never with --quiet, never in stdout."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from foedus.progress import report, reporting


def _run(args: list[str], env: dict[str, str], *, terminal: bool) -> tuple[str, str]:
    """Run ``python -m foedus ARGS`` with stderr on a pseudo-terminal (or a pipe); return stdout and stderr."""
    if not terminal:
        done = subprocess.run([sys.executable, "-m", "foedus", *args], env=env, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout, done.stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "foedus", *args], env=env, stdout=subprocess.PIPE,
                               stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    seen = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    out = process.stdout.read().decode() if process.stdout else ""
    assert process.wait(timeout=600) == 0, seen.decode(errors="replace")
    os.close(leader)
    return out, seen.decode(errors="replace")


@pytest.fixture
def fresh(tmp_path: Path) -> dict[str, str]:
    """A new user's environment: an empty cache (so the first assessment fits), a terminal type rich draws on."""
    env = {**os.environ, "FOEDUS_CACHE": str(tmp_path / "cache"), "FOEDUS_DB": str(tmp_path / "foedus.duckdb"),
           "TERM": "xterm-256color", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    return env


@pytest.mark.slow
def test_the_first_assessment_shows_what_it_fits_on_a_terminal_and_nothing_in_a_pipe(fresh: dict[str, str],
                                                                                      tmp_path: Path) -> None:
    piped_out, piped_err = _run(["assess", "China", "Russia"], fresh, terminal=False)
    assert piped_err == "" and "fitting" not in piped_out
    fresh["FOEDUS_CACHE"] = str(tmp_path / "another cache")
    json_out, shown = _run(["assess", "China", "Russia", "--json"], fresh, terminal=True)
    assert "fitting specification" in shown and "of 6" in shown  # what it is doing, step by step
    assert json.loads(json_out)["pair"]  # progress never reaches stdout, even as it is drawn on the terminal
    out, _ = _run(["assess", "China", "Russia"], fresh, terminal=True)  # the fits are now in this cache
    assert out == piped_out  # stdout is the same, with or without a terminal on stderr


@pytest.mark.slow
@pytest.mark.shared_data
def test_a_panel_over_all_years_shows_progress_and_quiet_hides_it(fresh: dict[str, str], tmp_path: Path,
                                                                   shared_data: Path) -> None:
    cow = shared_data / "cow"
    _run(["import", "states", "--system", "cow", str(cow / "states2016.csv"), str(cow / "system2016.csv"),
          str(cow / "majors2016.csv")], fresh, terminal=True)
    target = tmp_path / "ddy.parquet"
    panel = ["panel", "dyad-years", "--system", "cow", "--start", "1816", "--end", "2016", "-o", str(target)]
    # the similarity merge takes seconds, so the line is up by then (it waits half a second) and each step from
    # then on is drawn when it is reported, however fast the machine
    _, shown = _run([*panel, "--with", "majors,similarity"], fresh, terminal=True)
    assert "merging similarity" in shown and "writing " in shown and target.exists()
    _, quiet = _run([*panel, "--with", "majors", "--quiet"], fresh, terminal=True)
    assert "building the panel" not in quiet


def test_reports_go_to_the_listener_of_the_context_only() -> None:
    heard: list[str] = []
    report("nobody listens")
    with reporting(heard.append):
        report("fitting specification 1 of 6")
    report("nobody listens again")
    assert heard == ["fitting specification 1 of 6"]
