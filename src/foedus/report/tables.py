"""Rich tables whose headers are never cut, at any terminal width."""

from __future__ import annotations

from typing import Any

from rich.table import Table

__all__ = ["add_column"]


def add_column(table: Table, header: str, **options: Any) -> None:
    """Add a column to ``table`` at least as wide as its header's longest word, so the header wraps, never cut."""
    options.setdefault("min_width", max((len(word) for word in header.split()), default=1))
    table.add_column(header, **options)
