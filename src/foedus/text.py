"""Words for numbers: the one way sizes and counts are written for a reader."""

from __future__ import annotations

__all__ = ["size_in_words"]


def size_in_words(size: int) -> str:
    """Return a number of bytes as a reader writes it: ``"512 B"``, ``"4.8 MB"``, ``"1.0 GB"`` (powers of 1024)."""
    if size < 1024:
        return f"{size} B"
    value, unit = size / 1024, "KB"
    for larger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{value:.1f} {unit}"
