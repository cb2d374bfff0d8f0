"""BLAS on one thread for the thin matrix products of the model fits and the similarity measures."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: The threadpoolctl controller of the libraries loaded so far, with the number of modules loaded when it was made:
#: making one scans every shared library of the process (milliseconds each time, hundreds of times in a backtest).
_controller: tuple[int, Any] | None = None


def _blas_controller() -> Any:
    """Return a controller of the process's thread pools, made again whenever a module was imported since (a module
    imported may have loaded a BLAS of its own, as scipy's wheels do)."""
    global _controller
    loaded = len(sys.modules)
    if _controller is None or _controller[0] != loaded:
        from threadpoolctl import ThreadpoolController

        _controller = (loaded, ThreadpoolController())
    return _controller[1]


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with BLAS on one thread (threadpoolctl; without it, the block runs as it is).

    The products foedus computes are thin (thousands of rows by a few dozen columns, or a few hundred rows a year):
    a second BLAS thread costs more in hand-overs than it saves, and far more on cores other processes share
    (measured on a shared two-core machine: every similarity measure of the COW dyad-years 1816-2016, 1.7 s on one
    thread against 3 to 8 s on two; a logistic-hazard fit and forecast at origin 2002, 3.8-4.4 s against 28-32 s).
    """
    try:
        controller = _blas_controller()
    except ImportError:  # pragma: no cover - threadpoolctl is a requirement; a broken install still runs
        yield
        return
    with controller.limit(limits=1, user_api="blas"):
        yield
