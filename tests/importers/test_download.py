"""foedus download, offline: a local HTTP server on 127.0.0.1 stands in for the publishers' sites."""

from __future__ import annotations

import functools
import hashlib
import shutil
import threading
import zipfile
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.download import PINNED_SHA256, DownloadError, download
from tests.importers.helpers import rows, snapshot
from tests.importers.synthetic import ATOP_ALLIANCES, ATOP_MEMBERS, COW_MAJORS, COW_STATES, GW_IISYSTEM, atop_dyad_years


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Serve a folder on 127.0.0.1; return its base URL and the folder."""
    folder = tmp_path / "site"
    folder.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _atop5(text: str) -> str:
    """ATOP 4.01's synthetic layout without what ATOP 5 dropped (cowid, cow4id, cowsys) and the version column."""
    table = [line.split(",") for line in text.splitlines()]
    keep = [i for i, c in enumerate(table[0]) if c not in {"cowid", "cow4id", "cowsys", "version"}]
    return "\n".join(",".join(row[i] for i in keep) for row in table) + "\n"


def test_gw_is_fetched_its_sha256_recorded_and_imported(
    site: tuple[str, Path], store_path: Path, tmp_path: Path
) -> None:
    base, folder = site
    (folder / "iisystem.dat").write_bytes(GW_IISYSTEM)
    report = download("gw", directory=tmp_path / "gw", url=base, db=store_path)
    (fetched,) = report.files
    digest = hashlib.sha256(GW_IISYSTEM).hexdigest()
    assert (fetched.sha256, fetched.pinned, fetched.path.read_bytes()) == (digest, None, GW_IISYSTEM)
    assert f"{digest}  iisystem.dat\n" in (tmp_path / "gw" / "SHA256SUMS").read_text(encoding="utf-8")
    (recorded,) = rows(store_path, "SELECT * FROM downloads")
    assert (recorded["dataset"], recorded["url"], recorded["sha256"], recorded["pinned"]) == (
        "gw", f"{base}iisystem.dat", digest, False)
    (imported,) = report.imports
    assert (imported.dataset, imported.layout, imported.rows_stored) == ("gw", "iisystem", 4)


def test_a_file_unlike_its_pin_is_deleted_and_nothing_is_imported(
    site: tuple[str, Path], store_path: Path, tmp_path: Path
) -> None:
    base, folder = site
    for name, text in (("states2016.csv", COW_STATES), ("system2016.csv", "x"), ("majors2016.csv", COW_MAJORS)):
        (folder / name).write_text(text, encoding="utf-8")
    before = snapshot(store_path)
    with pytest.raises(DownloadError, match=r"states2016.csv .* not the pinned 21822fe1ef67"):
        download("cow-states", directory=tmp_path / "cow", url=base, db=store_path)
    assert not (tmp_path / "cow" / "states2016.csv").exists()
    assert snapshot(store_path) == before


def test_the_atop_archive_yields_its_three_files_and_nothing_else(
    site: tuple[str, Path], store_path: Path, tmp_path: Path
) -> None:
    base, folder = site
    with zipfile.ZipFile(folder / "atop.zip", "w") as bundle:
        bundle.writestr("ATOP 5.1 (.csv)/atop5_1a.csv", _atop5(ATOP_ALLIANCES))
        bundle.writestr("ATOP 5.1 (.csv)/atop5_1m.csv", _atop5(ATOP_MEMBERS))
        bundle.writestr("ATOP 5.1 (.csv)/atop5_1ddyr.csv", _atop5(atop_dyad_years()))
        bundle.writestr("ATOP 5.1 (.csv)/codebook.txt", "read me")
        bundle.writestr("../atop5_1x.csv", "outside")
    target = tmp_path / "atop"
    report = download("atop", directory=target, url=f"{base}atop.zip", db=store_path)
    assert sorted(p.name for p in target.iterdir()) == [
        "SHA256SUMS", "atop5_1a.csv", "atop5_1ddyr.csv", "atop5_1m.csv", "atop_5.1__.csv_.zip"]
    assert not (tmp_path / "atop5_1x.csv").exists()
    assert sorted((r.layout, r.version) for r in report.imports) == [
        ("alliances", "5.1"), ("dyad-years", "5.1"), ("members", "5.1")]
    assert all(f.pinned is None for f in report.files)


def test_an_unreachable_url_is_a_clean_error(site: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = site
    with pytest.raises(DownloadError, match=r"cannot fetch .*iisystem\.dat"):
        download("gw", directory=tmp_path / "gw", url=base, import_files=False)
    with pytest.raises(DownloadError, match="only http and https"):
        download("gw", directory=tmp_path / "gw", url="file:///etc/", import_files=False)
    assert not (tmp_path / "gw").exists()  # no empty folder (nor a .part file) is left behind


def test_a_failed_download_removes_only_the_folders_it_made(site: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = site
    nested = tmp_path / "data" / "downloads" / "gw"
    with pytest.raises(DownloadError, match="cannot fetch"):
        download("gw", directory=nested, url=base, import_files=False)
    assert tmp_path.exists() and not (tmp_path / "data").exists()
    kept = tmp_path / "mine"
    (kept / "gw").mkdir(parents=True)
    with pytest.raises(DownloadError, match="cannot fetch"):
        download("gw", directory=kept / "gw", url=base, import_files=False)
    assert (kept / "gw").is_dir()  # it was there before: the download did not make it


def test_the_download_command(site: tuple[str, Path], store_path: Path, tmp_path: Path) -> None:
    base, folder = site
    (folder / "iisystem.dat").write_bytes(GW_IISYSTEM)
    result = CliRunner().invoke(cli, ["download", "gw", "--url", base, "--dir", str(tmp_path / "gw"),
                                      "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "no pinned sha256: recorded" in result.stdout and "gw iisystem: imported 4 of 4 rows" in result.stdout
    missing = CliRunner().invoke(cli, ["download", "gw", "--url", f"{base}nothing/", "--dir", str(tmp_path / "x"),
                                       "--db", str(store_path)])
    assert missing.exit_code == 1 and "error: cannot fetch" in missing.stderr


@pytest.mark.shared_data
def test_the_real_cow_files_match_their_pins(
    shared_data: Path, site: tuple[str, Path], store_path: Path, tmp_path: Path
) -> None:
    base, folder = site
    for name in ("states2016.csv", "system2016.csv", "majors2016.csv"):
        shutil.copy(shared_data / "cow" / name, folder / name)  # served from a temporary folder, not the project
    report = download("cow-states", directory=tmp_path / "cow", url=base, db=store_path)
    assert [(f.path.name, f.pinned) for f in report.files] == [
        ("states2016.csv", True), ("system2016.csv", True), ("majors2016.csv", True)]
    assert all(PINNED_SHA256[f.path.name] == f.sha256 for f in report.files)
    assert [r.rows_stored for r in report.imports] == [243, 15951, 14]
