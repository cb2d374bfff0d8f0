"""What long work is doing, said to whoever listens: the CLI shows it as a progress line on a terminal.

Library code calls :func:`report` with a few words ("fitting specification 3 of 6 (interactions) at origin 1950");
nothing happens unless a caller listens with :func:`reporting`. The listener belongs to the caller's context (a
CLI command), so the dashboard's threads and a notebook stay silent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["report", "reporting"]

_LISTENER: ContextVar[Callable[[str], None] | None] = ContextVar("foedus_progress", default=None)


def report(message: str) -> None:
    """Say what the work is doing now, if anyone listens."""
    listener = _LISTENER.get()
    if listener is not None:
        listener(message)


@contextmanager
def reporting(listener: Callable[[str], None]) -> Iterator[None]:
    """Within the block, send every :func:`report` of this context to ``listener``."""
    token = _LISTENER.set(listener)
    try:
        yield
    finally:
        _LISTENER.reset(token)
