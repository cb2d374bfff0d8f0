"""Fitting the universe ahead of time: a background thread runs what every assessment needs, and says how far it is.

A pair's assessment rests on fits of every alliance under every coding (:mod:`foedus.reliability.fits`); done
once, they are cached on disk and every pair after that takes about a second. The server starts that work when it
starts (and again after a ledger load changes the store), one step at a time, each under the store's read lock so
that a load waits at most one step; the pages show its progress while an assessment they asked for is computed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from foedus.reliability.cache import FitCache
    from foedus.reliability.fits import FitStep
    from foedus.store import Store
    from foedus.web.gate import StoreGate

__all__ = ["Warmup", "WarmupStatus"]


@dataclass(frozen=True)
class WarmupStatus:
    """Where the work stands: ``idle`` (not started), ``running``, ``done`` or ``failed``; steps done of total."""

    state: str
    done: int
    total: int
    step: str | None
    message: str | None

    def to_dict(self) -> dict[str, Any]:
        """Return the status as JSON-ready data."""
        return {"state": self.state, "done": self.done, "total": self.total, "step": self.step,
                "message": self.message}


def _default_steps(store: Store, cache: FitCache) -> list[FitStep]:
    from foedus.reliability.fits import assessment_steps

    return assessment_steps(store, cache=cache)


class Warmup:
    """Runs the steps of :func:`foedus.reliability.fits.assessment_steps` on the gate's store in a daemon thread.

    Parameters
    ----------
    gate : StoreGate
        The store the app serves.
    steps : callable, optional
        Returns the steps to run on a store (default: every fit an assessment needs, into ``cache``).
    cache : FitCache, optional
        The cache of fits the app holds, which the default steps fill (default: a new one in the default folder).
    """

    def __init__(self, gate: StoreGate, steps: Callable[[Store], list[FitStep]] | None = None, *,
                 cache: FitCache | None = None) -> None:
        self._gate = gate
        self._steps = steps
        if cache is None:
            from foedus.reliability.cache import FitCache

            cache = FitCache()
        self._cache = cache
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._status = WarmupStatus("idle", 0, 0, None, None)
        self._fingerprint: str | None = None  # the store's content the work was done for

    def status(self) -> WarmupStatus:
        """Return where the work stands (``done`` only for the store as it is now)."""
        with self._lock:
            status = self._status
            if status.state == "done" and self._fingerprint != self._gate.fingerprint:
                return WarmupStatus("idle", 0, 0, None, "the store changed: the fits are made again")
            return status

    def start(self) -> bool:
        """Start the work unless it is running or done for the store as it is; return True if it was started."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return False
            if self._status.state == "done" and self._fingerprint == self._gate.fingerprint:
                return False
            self._stop.clear()
            self._status = WarmupStatus("running", 0, 0, "planning", None)
            self._thread = threading.Thread(target=self._run, name="foedus-warmup", daemon=True)
            self._thread.start()
            return True

    def stop(self, timeout: float | None = None) -> None:
        """Ask the thread to stop after its current step, and wait up to ``timeout`` seconds for it."""
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._status = WarmupStatus(**{**self._status.__dict__, **changes})

    def _run(self) -> None:
        gate = self._gate
        try:
            with gate.reading() as store:
                fingerprint = gate.fingerprint
                steps = self._steps(store) if self._steps is not None else _default_steps(store, self._cache)
            self._set(total=len(steps))
            for done, step in enumerate(steps):
                if self._stop.is_set():
                    self._set(state="idle", step=None, message="stopped")
                    return
                self._set(done=done, step=step.label)
                with gate.reading() as store:
                    if gate.fingerprint != fingerprint:  # a load changed the store: these steps are stale
                        self._set(state="idle", step=None, message="the store changed: the fits are made again")
                        return
                    step.run(store)
            with self._lock:
                self._fingerprint = fingerprint
                self._status = WarmupStatus("done", len(steps), len(steps), None, None)
        except Exception as exc:  # a thread must not die unseen: say why; the pages still compute on demand
            self._set(state="failed", step=None, message=f"{type(exc).__name__}: {exc}")
