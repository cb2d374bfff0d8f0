"""foedus download gdelt, offline: a local HTTP server on 127.0.0.1 serves a master file list and event files."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.download import DownloadError
from foedus.events.download import download_gdelt, listed_event_files
from foedus.events.ingest import event_files
from foedus.store import open_store
from tests.events.files import gdelt_row, write_gdelt


class _RangeHandler(SimpleHTTPRequestHandler):
    """Serves files, honouring ``Range: bytes=N-`` (as GDELT's server does); counts the requests."""

    requests: ClassVar[list[tuple[str, str | None]]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        type(self).requests.append((self.path, self.headers.get("Range")))
        wanted = self.headers.get("Range")
        path = Path(self.translate_path(self.path))
        if not wanted or not path.is_file():
            super().do_GET()
            return
        start = int(wanted.removeprefix("bytes=").split("-")[0])
        body = path.read_bytes()[start:]
        self.send_response(206)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def gdelt_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Serve a GDELT-like folder on 127.0.0.1: two days of 15-minute event files and the master list."""
    folder = tmp_path / "site"
    folder.mkdir()
    _RangeHandler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_RangeHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield base, folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _publish(base: str, folder: Path, stamps: list[str]) -> dict[str, bytes]:
    """Write an event file for each 15-minute stamp and a master list naming them (with other kinds of files)."""
    lines, files = [], {}
    for number, stamp in enumerate(stamps):
        name = f"{stamp}.export.CSV.zip"
        write_gdelt(folder / name, [gdelt_row(1000 + 10 * number + k, stamp[:8], "CHN", "RUS") for k in range(3)])
        data = (folder / name).read_bytes()
        files[name] = data
        lines.append(f"{len(data)} {hashlib.md5(data).hexdigest()} {base}{name}")
        lines.append(f"123 {'0' * 32} {base}{stamp}.mentions.CSV.zip")
    (folder / "masterfilelist.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files


STAMPS = ["20230320234500", "20230321000000", "20230321001500", "20230322000000"]


def test_the_list_is_read_and_filtered_by_day(gdelt_site: tuple[str, Path]) -> None:
    base, folder = gdelt_site
    _publish(base, folder, STAMPS)
    listed = list(listed_event_files(f"{base}masterfilelist.txt", dt.date(2023, 3, 21), dt.date(2023, 3, 21)))
    assert [f.name for f in listed] == ["20230321000000.export.CSV.zip", "20230321001500.export.CSV.zip"]


def test_files_are_fetched_checked_and_imported(gdelt_site: tuple[str, Path], store_path: Path,
                                                tmp_path: Path) -> None:
    base, folder = gdelt_site
    files = _publish(base, folder, STAMPS)
    target = tmp_path / "gdelt"
    report = download_gdelt(dt.date(2023, 3, 20), dt.date(2023, 3, 21), directory=target,
                            url=f"{base}masterfilelist.txt", db=store_path)
    assert [p.name for p in report.fetched] == [
        f"{s}.export.CSV.zip" for s in STAMPS[:3]]
    assert all((target / name).read_bytes() == files[name] for name in (p.name for p in report.fetched))
    assert [r.rows_stored for r in report.imports] == [3, 3, 3]
    with open_store(store_path) as store:
        assert len(event_files(store)) == 3
    again = download_gdelt(dt.date(2023, 3, 20), dt.date(2023, 3, 21), directory=target,
                           url=f"{base}masterfilelist.txt", db=store_path)
    assert (len(again.fetched), len(again.present)) == (0, 3)
    assert {r.status for r in again.imports} == {"already imported"}


def test_a_partial_download_is_resumed(gdelt_site: tuple[str, Path], tmp_path: Path) -> None:
    base, folder = gdelt_site
    files = _publish(base, folder, STAMPS[:1])
    name = f"{STAMPS[0]}.export.CSV.zip"
    target = tmp_path / "gdelt"
    target.mkdir()
    (target / (name + ".part")).write_bytes(files[name][:100])
    report = download_gdelt(dt.date(2023, 3, 20), dt.date(2023, 3, 20), directory=target,
                            url=f"{base}masterfilelist.txt", import_files=False)
    assert [p.name for p in report.fetched] == [name] and (target / name).read_bytes() == files[name]
    assert (f"/{name}", "bytes=100-") in _RangeHandler.requests
    assert not (target / (name + ".part")).exists()


def test_a_file_unlike_the_list_is_deleted_and_the_download_stops(gdelt_site: tuple[str, Path],
                                                                   tmp_path: Path) -> None:
    base, folder = gdelt_site
    _publish(base, folder, STAMPS[:2])
    damaged = folder / f"{STAMPS[1]}.export.CSV.zip"
    data = bytearray(damaged.read_bytes())
    data[50] ^= 0xFF  # same size, another MD5
    damaged.write_bytes(bytes(data))
    target = tmp_path / "gdelt"
    with pytest.raises(DownloadError, match=r"20230321000000.export.CSV.zip .* MD5 .* was deleted"):
        download_gdelt(dt.date(2023, 3, 20), dt.date(2023, 3, 21), directory=target,
                       url=f"{base}masterfilelist.txt", import_files=False)
    assert sorted(p.name for p in target.iterdir()) == [f"{STAMPS[0]}.export.CSV.zip"]


def test_a_damaged_list_and_an_unreachable_site_are_clean_errors(gdelt_site: tuple[str, Path], tmp_path: Path
                                                                 ) -> None:
    base, folder = gdelt_site
    (folder / "masterfilelist.txt").write_text(f"12 nothex {base}20230320000000.export.CSV.zip\n", encoding="utf-8")
    with pytest.raises(DownloadError, match=r"masterfilelist.txt:1: is not 'size md5 url'"):
        download_gdelt(dt.date(2023, 3, 20), dt.date(2023, 3, 20), directory=tmp_path / "g",
                       url=f"{base}masterfilelist.txt", import_files=False)
    with pytest.raises(DownloadError, match="cannot fetch"):
        download_gdelt(dt.date(2023, 3, 20), dt.date(2023, 3, 20), directory=tmp_path / "g",
                       url=f"{base}nothing.txt", import_files=False)


def test_the_download_gdelt_command(gdelt_site: tuple[str, Path], store_path: Path, tmp_path: Path) -> None:
    base, folder = gdelt_site
    _publish(base, folder, STAMPS)
    runner = CliRunner()
    result = runner.invoke(cli, ["download", "gdelt", "--from", "2023-03-22", "--to", "2023-03-22", "--url",
                                 f"{base}masterfilelist.txt", "--dir", str(tmp_path / "g"), "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "1 files fetched and 0 already here" in result.output and "imported 3 of 3 events" in result.output
    missing = runner.invoke(cli, ["download", "gdelt", "--from", "2023-03-22", "--db", str(store_path)])
    assert missing.exit_code == 2 and "needs --from and --to" in missing.output
