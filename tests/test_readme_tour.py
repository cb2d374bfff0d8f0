"""The README's tour, run top to bottom on a fresh store, then its Python snippet: it must run in the order written.

Offline: the imports read the files in ../shared/data in place of the originals the tour names (listed below, with
why each differs), `foedus download` fetches from a local HTTP server serving those files, and `foedus serve` runs
in a process of its own until it answers. Two commands are left out, each for a stated reason; neither changes the
store, so leaving them out hides no problem of order.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from foedus.cli import cli
from tests.extras import require
from tests.ledgers import TINY

README = Path(__file__).resolve().parents[1] / "README.md"

#: The files the tour names -> the files of ../shared/data read in their place, and why they differ.
STAND_INS: dict[str, tuple[list[str], str]] = {
    "atop4_01a.csv": (["atop/atop4_01a.csv"], "the original file"),
    "atop4_01m.csv": (["atop/atop4_01m.csv"], "the original file"),
    "states2016.csv": (["cow/states2016.csv"], "the original file"),
    "system2016.csv": (["cow/system2016.csv"], "the original file"),
    "majors2016.csv": (["cow/majors2016.csv"], "the original file"),
    "iisystem.dat": (["gw/gw_states_processed.csv"], "peacesciencer's processed G-W list, not G-W's own file"),
    "NMC-70-abridged.csv": (["covariates/cow_nmc.csv"], "peacesciencer's processed NMC 7.0"),
    "V-Dem-CY-Full+Others-v16.csv": (["covariates/cw_democracy.csv"],
                                     "isard's cw_democracy.csv carries V-Dem, Polity5 and UDS together"),
    "p5v2018.csv": ([], "in cw_democracy.csv, imported in place of V-Dem's file"),
    "MIDB 5.0.csv": (["covariates/cow_mid_ddydisps.csv"], "peacesciencer's dispute dyad-years"),
    "td_rivalries.csv": (["covariates/td_rivalries.csv"], "the same file"),
    "1March_Archigos_4.1.txt": (["covariates/archigos.csv"], "peacesciencer's processed Archigos 4.1"),
    "cow_war_inter.csv": (["covariates/cow_war_inter.csv"], "the same file"),
}

#: Commands of the tour left out, and why.
LEFT_OUT: dict[str, str] = {
    "foedus backtest": "the full rolling-origin backtest runs for minutes; tests/reliability/test_backtest.py runs "
                       "it on a fresh store and checks the README's table",
    "foedus data build": "rebuilding every shipped table runs the stacking backtest (minutes); "
                         "tests/data/test_shipped_tables.py rebuilds them from ../shared/data byte for byte",
}


def tour_commands(text: str) -> list[str]:
    """Return the commands of the README's tour, in order, without their comments (``shlex.join``'s quoting)."""
    block = re.search(r"## A short tour\n.*?```sh\n(.*?)```", text, re.DOTALL)
    assert block, "the README has no tour"
    return [shlex.join(shlex.split(line, comments=True)) for line in block.group(1).splitlines()
            if line.startswith("foedus ")]


def python_snippet(text: str) -> str:
    """Return the README's Python snippet."""
    block = re.search(r"In Python:\n\n```python\n(.*?)```", text, re.DOTALL)
    assert block, "the README has no Python snippet"
    return block.group(1)


def test_the_tour_is_found_and_starts_and_ends_where_the_readme_says() -> None:
    commands = tour_commands(README.read_text(encoding="utf-8"))
    assert commands[0] == "foedus assess China Russia" and commands[-1] == "foedus serve"
    assert "foedus history 'Qing China' 'Russian Empire' --until 1911" in commands
    assert commands.index("foedus import states --system gw iisystem.dat") < next(
        i for i, c in enumerate(commands) if "--system gw" in c and c.startswith("foedus panel"))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def cow_site(shared_data: Path) -> Iterator[str]:
    """Serve the COW files of ../shared/data on 127.0.0.1, as the publisher's site would."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(shared_data / "cow")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve_until_it_answers(args: list[str]) -> None:
    """Run `foedus serve` in its own process, check that the dashboard and the API answer, then stop it."""
    require("uvicorn", "web")
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "foedus", *args[1:], "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
                    assert page.status == 200
                break
            except OSError:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
                assert time.monotonic() < deadline, "foedus serve did not answer within two minutes"
                time.sleep(0.5)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/history?a=China&b=Russia", timeout=30) as api:
            assert json.load(api)["schema"] == "foedus.history/1"
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.shared_data
@pytest.mark.slow
def test_the_readme_tour_runs_in_order_on_a_fresh_store(
    shared_data: Path, cow_site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from foedus import download as downloads

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # downloads land here, not in the user's folder
    (tmp_path / "my_ledger.yaml").write_text(TINY, encoding="utf-8")  # the reader's own ledger: a small sound one
    cow = downloads.DATASETS["cow-states"]
    monkeypatch.setitem(downloads.DATASETS, "cow-states", downloads.Remote(cow.name, cow_site, cow.files, cow.importer))
    text = README.read_text(encoding="utf-8")
    ran, skipped = [], []
    for line in tour_commands(text):
        if any(line.startswith(prefix) for prefix in LEFT_OUT):
            skipped.append(line)
            continue
        words = shlex.split(line)
        output = None
        if ">" in words:
            words, output = words[:words.index(">")], words[words.index(">") + 1]
        args: list[str] = []
        for word in words[1:]:
            if word in STAND_INS:
                args += [str(shared_data / name) for name in STAND_INS[word][0]]
            else:
                args.append(str(shared_data) if word == "../shared/data" else word)
        if args[0] == "serve":
            _serve_until_it_answers(words)
        else:
            result = CliRunner().invoke(cli, args)
            assert result.exit_code == 0, f"{line}\n{result.output}"
            if output is not None:
                Path(output).write_text(result.stdout, encoding="utf-8")
        ran.append(line)
    assert [c for c in tour_commands(text) if c not in ran] == skipped
    assert json.loads(Path("pair.json").read_text(encoding="utf-8"))["coding"] == "narrative-2023"
    assert Path("cr.png").read_bytes().startswith(b"\x89PNG")
    assert Path("ddy.parquet").exists() and Path("sy.csv").exists()
    assert (tmp_path / "data" / "foedus" / "downloads" / "cow-states" / "SHA256SUMS").exists()

    from foedus.panels import UnplacedPledgesWarning

    with pytest.warns(UnplacedPledgesWarning, match="they are in Panel.unplaced"):  # as the snippet's last line shows
        exec(compile(python_snippet(text), "README.md", "exec"), {})  # the README's own snippet, as a reader runs it
    printed = capsys.readouterr().out
    assert "bilateral agreements" in printed and "foedus estimates" in printed
