"""The README run as a new user runs it: every ``sh`` and ``python`` block from the tour on, in order, word for word.

A new user: ``HOME`` is a new folder (so the store and the downloads land there, as the README says), nothing of the
test session's store is used. The one substitution is the network: ``foedus download`` fetches from a local HTTP
server holding the files of ``../shared/data`` under their publishers' names and in their publishers' layouts
(``$FOEDUS_MIRROR``, a documented feature). The cache of fits is the test session's, since its entries are keyed by
the content they were computed from and the model's code; it makes the tour faster, never different (the README's
first command runs on an empty cache in ``.ci/run``).
"""

from __future__ import annotations

import csv
import functools
import gzip
import hashlib
import io
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from foedus.cli import cli
from tests.extras import require

README = Path(__file__).resolve().parents[1] / "README.md"
#: Where the README's runnable part ends: what follows explains, and shows no command to run.
_RUNNABLE_UNTIL = "## How the assessment works"


@dataclass(frozen=True)
class Block:
    """A code block of the README: its language and its text."""

    language: str
    text: str

    def commands(self) -> list[str]:
        """Return the block's commands, without their comments (``shlex.join``'s quoting)."""
        return [shlex.join(shlex.split(line, comments=True)) for line in self.text.splitlines()
                if line.strip() and not line.lstrip().startswith("#")]


def runnable_blocks(text: str) -> list[Block]:
    """Return the README's ``sh`` and ``python`` blocks from the tour to the explanations, in order."""
    start, end = text.index("## A short tour"), text.index(_RUNNABLE_UNTIL)
    return [Block(m.group(1), m.group(2)) for m in re.finditer(r"```(sh|python)\n(.*?)```", text[start:end], re.S)]


def test_every_block_of_the_tour_is_runnable_and_starts_and_ends_where_the_readme_says() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = runnable_blocks(text)
    commands = [c for b in blocks if b.language == "sh" for c in b.commands()]
    assert commands[0] == "foedus assess China Russia" and commands[-1] == "foedus serve"
    assert all(c.startswith("foedus ") for c in commands), "every command of the tour is foedus's own"
    assert "foedus ledger example '>' my_ledger.yaml" in commands
    assert commands.index("foedus download gw") < next(
        i for i, c in enumerate(commands) if "--system gw" in c and c.startswith("foedus panel"))
    assert [b.language for b in blocks].count("python") >= 2
    everywhere = re.findall(r"```(\w*)\n.*?```", text, re.S)
    assert set(everywhere) <= {"sh", "python"}, "a block the tour test cannot run"


# --- the publishers' sites, from ../shared/data -------------------------------------------------------------------
def _iisystem(processed: Path) -> bytes:
    """G-W's iisystem.dat (tab-separated, dd:mm:yyyy dates, no header) from peacesciencer's processed copy."""
    lines = []
    with processed.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            start, end = (f"{d[8:10]}:{d[5:7]}:{d[0:4]}" for d in (row["startdate"], row["enddate"]))
            lines.append(f"{int(float(row['gwcode']))}\t{row['stateabb']}\t{row['statename']}\t{start}\t{end}\n")
    return "".join(lines).encode("utf-8")


def _atop_zip(processed: Path) -> bytes:
    """ATOP 5.1's published zip, holding its directed dyad-year file (``atop5_1ddyr.csv``, ATOP's own columns),
    from peacesciencer's processed copy of that file (the only ATOP 5.1 file the project has)."""
    out = io.StringIO()
    out.write("ddyad,stateA,stateB,year,atopally,defense,offense,neutral,nonagg,consul\n")
    with gzip.open(processed, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            a, b, year = (int(float(row[k])) for k in ("ccode1", "ccode2", "year"))
            flags = [int(float(row[f"atop_{k}"])) for k in ("defense", "offense", "neutral", "nonagg", "consul")]
            out.write(f"{a}{b:03d},{a},{b},{year},{int(any(flags))}," + ",".join(map(str, flags)) + "\n")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("ATOP 5.1 (.csv)/atop5_1ddyr.csv", out.getvalue())
    return buffer.getvalue()


def _gdelt_day(sample: Path, site: Path) -> None:
    """GDELT 2.0's master file list and the 15-minute export file its sample rows were published in."""
    stamp = {line.split("\t")[59] for line in sample.read_text(encoding="utf-8").splitlines()}
    assert len(stamp) == 1, "the sample's rows were added at one time"
    name = f"{stamp.pop()}.export.CSV"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(name, sample.read_bytes())
    folder = site / "data.gdeltproject.org" / "gdeltv2"
    folder.mkdir(parents=True)
    (folder / f"{name}.zip").write_bytes(buffer.getvalue())
    listed = (f"{len(buffer.getvalue())} {hashlib.md5(buffer.getvalue(), usedforsecurity=False).hexdigest()} "
              f"http://data.gdeltproject.org/gdeltv2/{name}.zip\n")
    (folder / "masterfilelist.txt").write_text(listed, encoding="utf-8")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def mirror(shared_data: Path, tmp_path: Path) -> Iterator[str]:
    """A local copy of the publishers' sites, laid out by host and path, served on 127.0.0.1."""
    site = tmp_path / "mirror"
    cow = site / "correlatesofwar.org" / "wp-content" / "uploads"
    cow.mkdir(parents=True)
    for name in ("states2016.csv", "system2016.csv", "majors2016.csv"):
        shutil.copyfile(shared_data / "cow" / name, cow / name)
    gw = site / "ksgleditsch.com" / "data"
    gw.mkdir(parents=True)
    (gw / "iisystem.dat").write_bytes(_iisystem(shared_data / "gw" / "gw_states_processed.csv"))
    atop = site / "www.atopdata.org" / "uploads" / "6" / "9" / "1" / "3" / "69134503"
    atop.mkdir(parents=True)
    (atop / "atop_5.1__.csv_.zip").write_bytes(_atop_zip(shared_data / "atop" / "atop5_1_ddy_processed.csv.gz"))
    _gdelt_day(shared_data / "events" / "gdelt2_events_sample.tsv", site)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
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


def _serve_until_it_answers(words: list[str]) -> None:
    """Run `foedus serve` in its own process, check that the dashboard and the API answer, then stop it."""
    require("uvicorn", "web")
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "foedus", *words[1:], "--port", str(port)],
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


def _run_command(line: str) -> None:
    words = shlex.split(line)
    output = None
    if ">" in words:
        words, output = words[:words.index(">")], words[words.index(">") + 1]
    if words[1] == "serve":
        _serve_until_it_answers(words)
        return
    result = CliRunner().invoke(cli, words[1:])
    assert result.exit_code == 0, f"{line}\n{result.output}"
    if output is not None:
        Path(output).write_text(result.stdout, encoding="utf-8")


@pytest.mark.shared_data
@pytest.mark.slow
def test_the_readme_runs_as_written_for_a_new_user(mirror: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from foedus.panels import UnplacedPledgesWarning

    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(home))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "FOEDUS_DB", "COLUMNS"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("FOEDUS_MIRROR", mirror)  # the network, and nothing else
    ran = []
    for block in runnable_blocks(README.read_text(encoding="utf-8")):
        if block.language == "sh":
            for line in block.commands():
                _run_command(line)
                ran.append(line)
        elif "with_alliances" in block.text:
            with pytest.warns(UnplacedPledgesWarning, match="they are in Panel.unplaced"):
                exec(compile(block.text, "README.md", "exec"), {})
        else:
            exec(compile(block.text, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "bilateral agreements" in printed and "foedus estimates" in printed

    data = home / ".local" / "share" / "foedus"
    assert (data / "foedus.duckdb").exists(), "the store is where the README says: in the user's data folder"
    for dataset in ("cow-states", "gw", "atop"):
        assert (data / "downloads" / dataset / "SHA256SUMS").exists()
    assert json.loads(Path("pair.json").read_text(encoding="utf-8"))["coding"] == "narrative-2023"
    assert json.loads(Path("cr2016.json").read_text(encoding="utf-8"))["as_of"] == 2016
    assert json.loads(Path("cr.json").read_text(encoding="utf-8"))["schema"] == "foedus.monitor/1"
    assert Path("cr.png").read_bytes().startswith(b"\x89PNG")
    assert Path("ddy.parquet").exists() and Path("sy.csv").exists()
    assert "ledger: my-ledger" in Path("my_ledger.yaml").read_text(encoding="utf-8")
    assert len(ran) >= 30
