"""A data file read into memory: its size and sha256, gunzipped if gzip, decoded as UTF-8 or else Latin-1."""

from __future__ import annotations

import gzip
import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from foedus.errors import DataFileError, Problem

__all__ = ["DataFile", "read_data_file"]


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
        If the file cannot be read, is not valid gzip, or is empty.
    """
    display = str(path)
    target = Path(path)
    try:
        raw = target.read_bytes()
    except OSError as exc:
        raise DataFileError([Problem(display, None, "", f"cannot read the file: {exc.strerror or exc}")]) from None
    compression: Literal["gzip", "none"] = "none"
    body = raw
    if raw[:2] == b"\x1f\x8b":
        compression = "gzip"
        try:
            body = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            raise DataFileError([Problem(display, None, "", f"is not a valid gzip file: {exc}")]) from None
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
