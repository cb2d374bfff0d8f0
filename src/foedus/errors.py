"""The exceptions foedus raises: one base class, specific subclasses, messages that say what to do next."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AmbiguousStateError",
    "DataFileError",
    "FoedusError",
    "IncompatibleInputError",
    "LedgerError",
    "PanelError",
    "Problem",
    "StateNotFoundError",
    "StoreBusyError",
    "StoreError",
]


class FoedusError(Exception):
    """Base class of every error foedus raises on purpose."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem found in an input file: where it is and what is wrong.

    Attributes
    ----------
    file : str
        The file's path as given.
    line : int or None
        1-based line number, where known.
    field : str
        Path of the offending field, e.g. ``treaties[3].members[0].state``.
    message : str
        What is wrong, in words a ledger author can act on.
    """

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class LedgerError(FoedusError, ValueError):
    """A ledger (or imported) file has problems; ``problems`` lists every one found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.field))
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} found"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class DataFileError(LedgerError):
    """An imported data file (ATOP, a state list) has problems: each names the file, row and column."""


class StateNotFoundError(FoedusError, LookupError):
    """A state name or code could not be resolved; ``suggestions`` lists the closest known names."""

    def __init__(self, query: str, suggestions: list[str], detail: str = "") -> None:
        self.query = query
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"unknown state {query!r}{detail}{hint}")


class AmbiguousStateError(FoedusError, LookupError):
    """A name denotes different states in different periods and no date was given to choose."""

    def __init__(self, query: str, options: list[str]) -> None:
        self.query = query
        self.options = options
        super().__init__(
            f"{query!r} names more than one state: {'; '.join(options)}. "
            "Give a COW code or a more specific name."
        )


class IncompatibleInputError(FoedusError, ValueError):
    """Values that are each acceptable but do not fit together or with the records: the same state named twice,
    a start after an end, a treaty that is not the pair's."""


class PanelError(FoedusError, ValueError):
    """A panel cannot be built or extended as asked; the message says what to run first."""


class StoreError(FoedusError):
    """The store could not be opened, migrated or written."""


class StoreBusyError(StoreError):
    """Another process holds the store: a writer (for a reader), or any process that has it open (for a writer)."""
