"""Reading an input file whole, bounded: a regular file of at most a given size, checked before it is read.

A ledger or a data file named on the command line (or uploaded) might be a device such as ``/dev/zero``, a FIFO
with no writer, a folder, or far larger than any real one: each is refused with a problem naming the file, before
a byte is read, instead of a read that never ends or fills the memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NoReturn

from foedus.errors import LedgerError, Problem

__all__ = ["read_bounded"]


def read_bounded(path: str | Path, limit: int, error: type[LedgerError] = LedgerError, what: str = "a file") -> bytes:
    """Return the bytes of the regular file at ``path``, refusing anything else and anything over ``limit`` bytes.

    The file is opened without blocking (a FIFO with no writer does not hang) and checked before it is read.

    Parameters
    ----------
    error : type of LedgerError
        The error to raise (:class:`~foedus.errors.DataFileError` for a data file).
    what : str
        What the file should be, for the messages: ``"a ledger"``, ``"a data file"``.

    Raises
    ------
    LedgerError
        (Of type ``error``.) If the file cannot be opened, is not a regular file, or is larger than ``limit``.
    """
    file = str(path)

    def refuse(message: str) -> NoReturn:
        raise error([Problem(file, None, "", message)])

    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        refuse(f"cannot read the file: {exc.strerror or exc}")
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            refuse(f"is not a regular file (a folder, device or pipe): give the path of {what}")
        if info.st_size > limit:
            refuse(f"is {info.st_size:,} bytes, more than {what} may be ({limit:,} bytes): split it")
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        refuse(f"cannot read the file: {exc.strerror or exc}")
    finally:
        os.close(descriptor)
    if len(data) > limit:
        refuse(f"is more than {limit:,} bytes, the most {what} may be: split it")
    return data
