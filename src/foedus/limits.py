"""The bounds on the work a hostile or damaged input may cause: decompressed sizes, line lengths, downloads.

Every file foedus reads or fetches from outside is read as a stream, in chunks, and stopped at one of these
limits with an error that names the file and the limit, and how to raise it. Each is set by an environment variable
(sizes as bytes or with a unit: ``64MiB``, ``2GB``; ``0`` turns the limit off) and by the matching command option.

======================  =====================  =========  ===================================================
limit                   variable               default    what it stops
======================  =====================  =========  ===================================================
``max_line``            FOEDUS_MAX_LINE        1 MiB      a line longer than this (the line is refused, the
                                                          rest of the file read; it is never held whole)
``max_member``          FOEDUS_MAX_MEMBER      16 GiB     one archive member (or ``.gz`` stream) decompressed
``max_archive``         FOEDUS_MAX_ARCHIVE     32 GiB     every member of one archive together, decompressed
``max_ratio``           FOEDUS_MAX_RATIO       200        decompressed bytes per compressed byte, past the
                                                          first MiB (text compresses 5-20 times; a bomb 1000)
``max_download``        FOEDUS_MAX_DOWNLOAD    8 GiB      a download with no Content-Length (one that lists
                                                          it is stopped at its own length)
``deadline``            FOEDUS_DEADLINE        3600 s     the whole transfer of one download, not one read
======================  =====================  =========  ===================================================

The GDELT and ICEWS files that exist are far within these (a day of GDELT 1.0 is about 100 MB unpacked, its lines
under 2 KB; a year of ICEWS about 300 MB), so the defaults refuse nothing real.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields

from foedus.errors import FoedusError

__all__ = ["LimitError", "Limits", "limits", "parse_size"]

_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "kib": 1024, "m": 1000**2, "mb": 1000**2, "mib": 1024**2,
          "g": 1000**3, "gb": 1000**3, "gib": 1024**3, "t": 1000**4, "tb": 1000**4, "tib": 1024**4}
#: Below this many decompressed bytes the ratio is not checked: a small file's header can compress far.
RATIO_FLOOR = 1024 * 1024


class LimitError(FoedusError):
    """An input went past one of the limits; the message names the input, the limit and how to raise it."""


def parse_size(text: str, name: str = "size") -> int:
    """Return the bytes of a size written as a number with an optional unit (``64MiB``, ``2GB``, ``1024``).

    Raises
    ------
    FoedusError
        If ``text`` is not such a size.
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", str(text))
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in _UNITS:
        raise FoedusError(f"{name} {text!r} is not a size: write bytes, or a number with KiB, MiB, GiB, KB, MB or GB")
    return int(float(match.group(1)) * _UNITS[unit])


@dataclass(frozen=True)
class Limits:
    """The limits in force (0 or None: no limit); :func:`limits` reads them from the environment."""

    max_line: int = 1024**2
    max_member: int = 16 * 1024**3
    max_archive: int = 32 * 1024**3
    max_ratio: float = 200.0
    max_download: int = 8 * 1024**3
    deadline: float = 3600.0

    def with_(self, **changes: float | int | None) -> Limits:
        """Return these limits with the ones given (not None) replaced."""
        given = {k: v for k, v in changes.items() if v is not None}
        return Limits(**{**{f.name: getattr(self, f.name) for f in fields(self)}, **given})

    def check_decompressed(self, display: str, member: int, total: int, compressed: int) -> None:
        """Raise :class:`LimitError` if ``member`` or ``total`` decompressed bytes (from ``compressed`` bytes) go
        past the limits."""
        if self.max_member and member > self.max_member:
            raise LimitError(f"{display}: unpacks to more than {self.max_member:,} bytes (FOEDUS_MAX_MEMBER, "
                             "--max-member); refused as a possible decompression bomb, nothing kept")
        if self.max_archive and total > self.max_archive:
            raise LimitError(f"{display}: the archive unpacks to more than {self.max_archive:,} bytes "
                             "(FOEDUS_MAX_ARCHIVE, --max-archive); refused, nothing kept")
        if self.max_ratio and total > RATIO_FLOOR and total > self.max_ratio * max(compressed, 1):
            raise LimitError(f"{display}: unpacks to more than {self.max_ratio:g} times its compressed size "
                             "(FOEDUS_MAX_RATIO, --max-ratio); refused as a possible decompression bomb, nothing kept")


_VARIABLES = {"max_line": "FOEDUS_MAX_LINE", "max_member": "FOEDUS_MAX_MEMBER", "max_archive": "FOEDUS_MAX_ARCHIVE",
              "max_ratio": "FOEDUS_MAX_RATIO", "max_download": "FOEDUS_MAX_DOWNLOAD", "deadline": "FOEDUS_DEADLINE"}


def limits() -> Limits:
    """Return the limits: the defaults, each replaced by its environment variable where that is set.

    Raises
    ------
    FoedusError
        If a variable is set to something that is not a size (or a number, for the ratio and the deadline).
    """
    found: dict[str, float | int] = {}
    for name, variable in _VARIABLES.items():
        text = os.environ.get(variable)
        if text is None or not text.strip():
            continue
        if name in ("max_ratio", "deadline"):
            try:
                found[name] = float(text)
            except ValueError:
                raise FoedusError(f"{variable}={text!r} is not a number") from None
        else:
            found[name] = parse_size(text, variable)
    return Limits().with_(**found)
