"""An event file read once by foedus itself, as a stream: its records counted, independently of DuckDB.

The import (:mod:`foedus.events.ingest`) hands each file to DuckDB's CSV reader, which may drop a row without
saying so (a line past its maximum size is one). So every file is first read here, in chunks of 1 MiB, never a
whole line in memory: its records (non-empty lines, the header left out) are counted, lines longer than the limit
(:class:`foedus.limits.Limits`, ``max_line``) are found and left out, and the rows whose required text fields are
empty (the actors, which DuckDB's types cannot refuse) are found with their line. The import then checks that every
record counted here was stored, left out as a duplicate, or reported with its line: if one is missing, the file is
refused. A ``.gz`` is decompressed here with every read bounded (``max_length``), and a zip's member streamed out,
under the limits on decompressed size and ratio; a refused archive leaves nothing behind.

Where lines were left out, the lines DuckDB reads are a copy without them, written here; :func:`original_line` turns
the copy's line numbers back into the file's.
"""

from __future__ import annotations

import gzip
import hashlib
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from foedus.errors import DataFileError, Problem
from foedus.limits import Limits

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["CHUNK", "FileScan", "first_line", "original_line", "scan_file", "zip_member"]

#: Bytes read at a time.
CHUNK = 1024 * 1024


@dataclass
class FileScan:
    """What reading a file found: its records, the lines left out as too long (line, bytes) and the lines whose
    required fields are empty (line numbers, and the first few with the field's name)."""

    records: int = 0
    unpacked: int = 0
    long_lines: list[tuple[int, int]] = field(default_factory=list)
    incomplete: list[npt.NDArray[np.int64]] = field(default_factory=list)
    first_incomplete: list[tuple[int, str]] = field(default_factory=list)

    @property
    def removed(self) -> list[int]:
        """Return the lines left out of the copy DuckDB reads (sorted)."""
        return [line for line, _ in self.long_lines]

    def incomplete_lines(self) -> npt.NDArray[np.int64]:
        """Return the line of every row with an empty required field."""
        import numpy as np

        return np.concatenate(self.incomplete) if self.incomplete else np.zeros(0, dtype=np.int64)


def original_line(line: int, removed: Sequence[int]) -> int:
    """Return the file's line number of line ``line`` of a copy from which the (sorted) lines ``removed`` are gone."""
    original = line
    for gone in removed:
        if gone <= original:
            original += 1
        else:
            break
    return original


class _Lines:
    """Count the lines of a stream fed in chunks; keep at most ``max_line`` bytes of the current line."""

    def __init__(self, max_line: int, required: Sequence[tuple[int, str]], header: bool, out: IO[bytes] | None,
                 keep_first: int) -> None:
        self.max_line = max_line or (1 << 62)
        self.required = list(required)
        self.header = header
        self.out = out
        self.keep_first = keep_first
        self.line = 0
        self.tail = b""
        self.overflow = 0
        self.scan = FileScan()

    def feed(self, chunk: bytes) -> None:
        self.scan.unpacked += len(chunk)
        if self.overflow:
            end = chunk.find(b"\n")
            if end < 0:
                self.overflow += len(chunk)
                return
            self._long(self.overflow + end)
            chunk = chunk[end + 1:]
        block = self.tail + chunk if self.tail else chunk
        last = block.rfind(b"\n")
        if last >= 0:
            self._lines(block, last + 1)
        self._keep(block[last + 1:])

    def finish(self) -> FileScan:
        if self.overflow:
            self._long(self.overflow)
        elif self.tail:
            self._lines(self.tail + b"\n", len(self.tail) + 1)
            self.tail = b""
        return self.scan

    def _keep(self, rest: bytes) -> None:
        if len(rest) > self.max_line:
            self.tail, self.overflow = b"", len(rest)
        else:
            self.tail = rest

    def _long(self, length: int) -> None:
        self.line += 1
        self.scan.records += 0 if self.header and self.line == 1 else 1
        self.scan.long_lines.append((self.line, length))
        self.overflow = 0

    def _lines(self, block: bytes, end: int) -> None:
        import numpy as np

        view = np.frombuffer(block, dtype=np.uint8, count=end)
        ends = np.flatnonzero(view == 10)
        starts = np.concatenate(([0], ends[:-1] + 1))
        lengths = ends - starts
        content = lengths - ((lengths > 0) & (view[np.maximum(ends - 1, 0)] == 13))
        record = content > 0
        if self.header and self.line == 0:
            record[0] = False
        long = lengths > self.max_line
        numbers = self.line + 1 + np.arange(len(ends), dtype=np.int64)
        self.scan.records += int(record.sum())
        self.scan.long_lines.extend((int(numbers[i]), int(lengths[i])) for i in np.flatnonzero(long))
        if self.required:
            self._incomplete(view, starts, ends, numbers, record & ~long)
        if self.out is not None:
            if not long.any():
                self.out.write(memoryview(block)[:end])
            else:
                for i in np.flatnonzero(~long):
                    self.out.write(memoryview(block)[int(starts[i]):int(ends[i]) + 1])
        self.line += len(ends)

    def _incomplete(self, view: npt.NDArray[np.uint8], starts: npt.NDArray[np.int64],
                    ends: npt.NDArray[np.int64], numbers: npt.NDArray[np.int64], rows: npt.NDArray[np.bool_]) -> None:
        """Find the rows whose required fields are empty: field k runs from after the line's k-th tab to its
        (k+1)-th tab, or to the line's end (before a carriage return) for its last field."""
        import numpy as np

        tabs = np.flatnonzero(view == 9)
        padded = np.append(tabs, 0)  # safe to index where a line has too few tabs (masked out below)
        first = np.searchsorted(tabs, starts)
        count = np.searchsorted(tabs, ends) - first
        cr = (ends > starts) & (view[np.maximum(ends - 1, 0)] == 13)
        line_end = ends - cr
        empty_any = np.zeros(len(starts), dtype=bool)
        names: list[tuple[npt.NDArray[np.bool_], str]] = []
        for k, name in self.required:
            begin = starts if k == 0 else padded[np.minimum(first + k - 1, len(tabs))] + 1
            end = np.where(count > k, padded[np.minimum(first + k, len(tabs))], line_end)
            empty = (count >= k) & (end == begin) & rows
            names.append((empty, name))
            empty_any |= empty
        if empty_any.any():
            self.scan.incomplete.append(numbers[empty_any])
            room = self.keep_first - len(self.scan.first_incomplete)
            for i in np.flatnonzero(empty_any)[:max(room, 0)]:
                field_name = next(name for empty, name in names if empty[i])
                self.scan.first_incomplete.append((int(numbers[i]), field_name))


def _gzip_chunks(path: Path, display: str, limits: Limits) -> Iterator[bytes]:
    """Yield the decompressed bytes of a (multi-member) gzip file, every decompression step bounded."""
    compressed = total = member = 0
    inside = False  # within a member whose end has not been read
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        with path.open("rb") as handle:
            while raw := handle.read(64 * 1024):
                compressed += len(raw)
                data = raw
                while True:
                    inside = inside or bool(data)
                    piece = decoder.decompress(data, CHUNK)
                    total += len(piece)
                    member += len(piece)
                    limits.check_decompressed(display, member, total, compressed)
                    if piece:
                        yield piece
                    if decoder.eof:
                        data = decoder.unused_data
                        decoder, member, inside = zlib.decompressobj(16 + zlib.MAX_WBITS), 0, False
                        if not data.lstrip(b"\0"):
                            break  # the last member, or padding after it
                        continue
                    data = decoder.unconsumed_tail
                    if not data and len(piece) < CHUNK:
                        break
            if total == 0 or inside:
                raise DataFileError([Problem(display, None, "", "is not a complete gzip file; download it again")])
    except zlib.error as exc:
        raise DataFileError([Problem(display, None, "", f"is not a complete gzip file ({exc}); download it again")
                             ]) from None


def zip_member(bundle: zipfile.ZipFile, display: str, limits: Limits) -> zipfile.ZipInfo:
    """Return the one data member of an event archive, its declared size and ratio checked against the limits."""
    members = [m for m in bundle.infolist() if not m.is_dir()]
    if len(members) != 1:
        raise DataFileError([Problem(display, None, "", f"holds {len(members)} files; an event archive holds one")])
    info = members[0]
    limits.check_decompressed(display, info.file_size, info.file_size, info.compress_size)
    return info


def _zip_chunks(path: Path, display: str, limits: Limits) -> Iterator[bytes]:
    try:
        with zipfile.ZipFile(path) as bundle:
            info = zip_member(bundle, display, limits)
            total = 0
            with bundle.open(info) as source:
                while piece := source.read(CHUNK):  # ZipExtFile bounds each decompression by the size asked
                    total += len(piece)
                    limits.check_decompressed(display, total, total, info.compress_size)
                    yield piece
    except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
        raise DataFileError([Problem(display, None, "", f"is not a complete zip archive ({exc}); download it again")
                             ]) from None


def _plain_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while piece := handle.read(CHUNK):
            yield piece


def chunks(path: Path, display: str, compression: str, limits: Limits) -> Iterator[bytes]:
    """Yield a file's (decompressed) bytes: ``compression`` is "zip", "gzip" or "none"."""
    if compression == "zip":
        return _zip_chunks(path, display, limits)
    if compression == "gzip":
        return _gzip_chunks(path, display, limits)
    return _plain_chunks(path)


def scan_file(path: Path, display: str, compression: str, limits: Limits, *, required: Sequence[tuple[int, str]],
              header: bool, out: Path | None = None, keep_first: int = 100) -> FileScan:
    """Read a file once (see the module's notes) and return what was found; with ``out``, write there a plain copy
    of its lines, those over the line limit left out. A refused file leaves no ``out`` behind.

    Parameters
    ----------
    required : sequence of (int, str)
        The position and name of each text field that may not be empty.

    Raises
    ------
    LimitError
        If the file unpacks past the limits.
    DataFileError
        If it is not a complete archive.
    """
    handle = out.open("wb") if out is not None else None
    try:
        lines = _Lines(limits.max_line, required, header, handle, keep_first)
        for piece in chunks(path, display, compression, limits):
            lines.feed(piece)
        found = lines.finish()
    except BaseException:
        if handle is not None:
            handle.close()
            assert out is not None
            out.unlink(missing_ok=True)
        raise
    if handle is not None:
        handle.close()
    return found


def first_line(path: Path, display: str, compression: str, limits: Limits) -> str:
    """Return a file's first line (decompressed), read with a bounded ``readline``.

    Raises
    ------
    DataFileError
        If it cannot be read, or its first line is longer than the line limit.
    """
    cap = limits.max_line or (1 << 62)
    try:
        if compression == "zip":
            with zipfile.ZipFile(path) as bundle:
                info = zip_member(bundle, display, limits)
                with bundle.open(info) as member:
                    line = member.readline(cap + 1)
        elif compression == "gzip":
            with gzip.open(path, "rb") as stream:
                line = stream.readline(cap + 1)
        else:
            with path.open("rb") as plain:
                line = plain.readline(cap + 1)
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        what = "zip archive" if compression == "zip" else "gzip file"
        raise DataFileError([Problem(display, None, "", f"is not a complete {what} ({exc}); download it again")
                             ]) from None
    except OSError as exc:
        raise DataFileError([Problem(display, None, "", f"cannot be read: {exc}")]) from None
    if len(line) > cap:
        raise DataFileError([Problem(display, 1, "", f"its first line is over {cap:,} bytes (FOEDUS_MAX_LINE, "
                                     "--max-line): not an event file")])
    return line.decode("utf-8", "replace").rstrip("\r\n").lstrip("\ufeff")


def sha256_of(path: Path) -> str:
    """Return a file's sha256, read in chunks."""
    digest = hashlib.sha256()
    for piece in _plain_chunks(path):
        digest.update(piece)
    return digest.hexdigest()
