"""A data file read into memory: its size and sha256, gunzipped if gzip, decoded as UTF-8 or else Latin-1.

A data file must be a regular file of at most :data:`MAX_DATA_FILE_BYTES`, and gunzip to at most as many bytes:
a device such as ``/dev/zero``, a FIFO or a gzip bomb is refused before it fills the memory.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from foedus.errors import DataFileError, Problem
from foedus.input_files import read_bounded

__all__ = ["MAX_DATA_FILE_BYTES", "DataFile", "read_data_file"]

#: The largest data file read, and the most it may gunzip to, in bytes (ATOP's and COW's files are a few MB).
MAX_DATA_FILE_BYTES = 1024**3


@dataclass(frozen=True)
class DataFile:
    """A data file read into memory: what it is (size, sha256) and how to read it (compression, encoding)."""

    path: Path
    display: str
    size: int
    sha256: str
    compression: Literal["gzip", "none"]
    encoding: Literal["utf-8", "latin-1"]
    text: str

    @property
    def name(self) -> str:
        """Return the file's name without its folder."""
        return self.path.name

    @property
    def first_line(self) -> str:
        """Return the first line of the text, without its line ending or a byte-order mark."""
        end = self.text.find("\n")
        return (self.text if end < 0 else self.text[:end]).rstrip("\r").lstrip("\ufeff")

    @property
    def physical_lines(self) -> int:
        """Return the number of lines in the text (a last line without a line ending counts)."""
        count = self.text.count("\n")
        return count + (1 if self.text and not self.text.endswith("\n") else 0)

    def problem(self, message: str, line: int | None = None, column: str = "") -> Problem:
        """Return a problem in this file."""
        return Problem(self.display, line, column, message)


def read_data_file(path: str | Path) -> DataFile:
    """Return the file at ``path`` read into memory, gunzipped if it is gzip, decoded as UTF-8 or else Latin-1.

    Raises
    ------
    DataFileError
        If the file cannot be read, is not a regular file, is (or gunzips to) more than
        :data:`MAX_DATA_FILE_BYTES`, is not valid gzip, or is empty.
    """
    display = str(path)
    target = Path(path)
    raw = read_bounded(path, MAX_DATA_FILE_BYTES, DataFileError, "a data file")
    compression: Literal["gzip", "none"] = "none"
    body = raw
    if raw[:2] == b"\x1f\x8b":
        compression = "gzip"
        try:
            body = _gunzip(raw, MAX_DATA_FILE_BYTES)
        except (OSError, EOFError, zlib.error) as exc:
            raise DataFileError([Problem(display, None, "", f"is not a valid gzip file: {exc}")]) from None
        except ValueError as exc:
            raise DataFileError([Problem(display, None, "", str(exc))]) from None
    encoding: Literal["utf-8", "latin-1"] = "utf-8"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        # Older data files (G-W's iisystem.dat) are Latin-1; every byte string decodes as Latin-1.
        encoding, text = "latin-1", body.decode("latin-1")
    if not text.strip():
        raise DataFileError([Problem(display, None, "", "the file is empty")])
    if "\x00" in text:
        raise DataFileError([Problem(display, None, "", "holds NUL bytes: it is not a text (CSV) file")])
    return DataFile(target.resolve(), display, len(raw), hashlib.sha256(raw).hexdigest(), compression, encoding, text)


def _gunzip(raw: bytes, limit: int) -> bytes:
    """Return ``raw`` gunzipped (every member), refusing more than ``limit`` bytes before they are all made.

    Raises
    ------
    ValueError
        If the data gunzips to more than ``limit`` bytes.
    EOFError, zlib.error
        If the data is not valid gzip.
    """
    out = bytearray()
    rest = raw
    while rest:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += member.decompress(rest, limit + 1 - len(out))
        if len(out) > limit or member.unconsumed_tail:
            raise ValueError(f"gunzips to more than {limit:,} bytes, more than a data file may be: split it")
        if not member.eof:
            raise EOFError("the compressed data ends before its end-of-stream marker")
        rest = member.unused_data
    return bytes(out)
