"""Downloads within bounds: http(s) on every redirect, the listed length or a cap, a deadline for the whole transfer,
and archives unpacked within their limits; each against a local server on 127.0.0.1 built in the test."""

from __future__ import annotations

import contextlib
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from foedus.download import AWAITING_PIN, DATASETS, PINNED_SHA256, DownloadedFile, DownloadError, _extract, _fetch
from foedus.limits import LimitError, Limits, limits, parse_size

MiB = 1024 * 1024


class _Hostile(BaseHTTPRequestHandler):
    """``/trickle``: a byte every 50 ms; ``/liar``: more bytes than its Content-Length; ``/endless``: no length, no
    end; ``/ftp``: a redirect to ftp://; ``/hop``: a redirect to ``/ok``; ``/ok``: five bytes."""

    stop: ClassVar[threading.Event] = threading.Event()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client hung up, as the test wants
            self._serve()

    def _serve(self) -> None:
        if self.path in ("/ftp", "/hop"):
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/x" if self.path == "/ftp" else "/ok")
            self.end_headers()
            return
        self.send_response(200)
        if self.path == "/ok":
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")
        elif self.path == "/liar":
            self.send_header("Content-Length", "10")
            self.end_headers()
            self.wfile.write(b"x" * 100_000)
        elif self.path == "/endless":
            self.end_headers()
            while not self.stop.is_set():
                self.wfile.write(b"y" * 65536)
        else:  # /trickle
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            while not self.stop.is_set():
                self.wfile.write(b"z")
                self.wfile.flush()
                time.sleep(0.05)


@pytest.fixture
def hostile() -> Iterator[str]:
    _Hostile.stop = threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _Hostile.stop.set()
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_server_trickling_bytes_is_stopped_by_the_deadline(hostile: str, tmp_path: Path) -> None:
    target = tmp_path / "slow.csv"
    with pytest.raises(LimitError, match=r"took longer than 0.5 s \(FOEDUS_DEADLINE"):
        _fetch(f"{hostile}/trickle", target, timeout=5, limits=Limits(deadline=0.5))  # each read is quick
    assert not target.exists() and not target.with_name("slow.csv.part").exists()


def test_a_server_sending_more_than_it_listed_is_read_to_its_listed_length_only(hostile: str, tmp_path: Path) -> None:
    _fetch(f"{hostile}/liar", tmp_path / "x", timeout=5)
    assert (tmp_path / "x").read_bytes() == b"x" * 10


def test_a_response_longer_than_listed_is_refused() -> None:
    import io

    from foedus.fetch import copy_response

    class Liar(io.BytesIO):
        headers: ClassVar[dict[str, str]] = {"Content-Length": "10"}

    with pytest.raises(LimitError, match=r"more than 10 bytes, the length it listed"):
        copy_response(Liar(b"x" * 100), io.BytesIO(), "http://x", Limits())


def test_a_download_with_no_length_stops_at_the_cap(hostile: str, tmp_path: Path) -> None:
    with pytest.raises(LimitError, match=r"more than 1,048,576 bytes, the download cap \(FOEDUS_MAX_DOWNLOAD\)"):
        _fetch(f"{hostile}/endless", tmp_path / "x", timeout=5, limits=Limits(max_download=MiB))
    assert list(tmp_path.iterdir()) == []


def test_redirects_are_followed_to_http_only(hostile: str, tmp_path: Path) -> None:
    _fetch(f"{hostile}/hop", tmp_path / "ok", timeout=5)
    assert (tmp_path / "ok").read_bytes() == b"hello"
    with pytest.raises(DownloadError, match=r"redirected to 'ftp://127.0.0.1/x': only http and https"):
        _fetch(f"{hostile}/ftp", tmp_path / "no", timeout=5)
    assert not (tmp_path / "no").exists()


def _archive(path: Path, members: dict[str, int]) -> DownloadedFile:
    """Write a zip whose members are that many zeros, streamed through zipfile (never held)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, size in members.items():
            with bundle.open(name, "w", force_zip64=True) as member:
                for _ in range(size // MiB):
                    member.write(bytes(MiB))
                member.write(bytes(size % MiB))
    return DownloadedFile("http://example.org/a.zip", path, "0" * 64, None)


def test_a_zip_bomb_is_refused_and_leaves_no_extracted_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    archive = _archive(tmp_path / "a.zip", {"atop5_1a.csv": 1000, "atop5_1m.csv": 200 * MiB})
    with pytest.raises(LimitError, match=r"unpacks to more than 200 times its compressed size"):
        _extract(archive, r"atop\d+_\d+(a|m)\.csv", folder)
    assert list(folder.iterdir()) == []  # the first member, extracted whole, is removed too
    with pytest.raises(LimitError, match=r"the archive unpacks to more than 104,857,600 bytes"):
        _extract(archive, r"atop\d+_\d+(a|m)\.csv", folder, Limits(max_ratio=0, max_archive=100 * MiB))
    assert list(folder.iterdir()) == []
    found = _extract(archive, r"atop\d+_\d+a\.csv", folder, Limits(max_ratio=0))
    assert [f.path.name for f in found] == ["atop5_1a.csv"] and found[0].path.stat().st_size == 1000


def test_every_fixed_release_is_pinned_or_awaits_a_verified_pin() -> None:
    releases = {name for remote in DATASETS.values() for name in remote.files if remote.name != "gw"}
    assert releases <= set(PINNED_SHA256) | set(AWAITING_PIN)
    assert not set(PINNED_SHA256) & set(AWAITING_PIN)


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOEDUS_MAX_LINE", "64KiB")
    monkeypatch.setenv("FOEDUS_DEADLINE", "2.5")
    monkeypatch.setenv("FOEDUS_MAX_RATIO", "0")
    found = limits()
    assert (found.max_line, found.deadline, found.max_ratio, found.max_member) == (65536, 2.5, 0, 16 * 1024**3)
    assert parse_size("2GB") == 2 * 10**9 and parse_size("1.5 MiB") == 1572864
    from foedus.errors import FoedusError

    with pytest.raises(FoedusError, match="is not a size"):
        parse_size("lots")
