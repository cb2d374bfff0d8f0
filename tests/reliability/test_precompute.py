"""Fitting ahead of time: the steps cover everything an assessment needs, and a fit is built once across threads."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from foedus.reliability import backtest, fits
from foedus.reliability.assess import assess
from foedus.reliability.cache import FitCache
from foedus.reliability.fits import assessment_steps, precompute
from foedus.reliability.model import BreachModel
from foedus.store import Store


@pytest.mark.slow
def test_after_precompute_no_assessment_fits_anything(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                      fit_cache: FitCache) -> None:
    steps = assessment_steps(store, cache=fit_cache)
    assert "coding curated" in steps[0].label  # the default coding's work comes first
    seen: list[tuple[int, int, str]] = []
    assert precompute(store, progress=lambda done, total, label: seen.append((done, total, label)),
                      cache=fit_cache) == len(steps)
    assert [d for d, _, _ in seen] == list(range(len(steps) + 1)) and seen[-1] == (len(steps), len(steps), "done")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a model was fitted after precompute")

    monkeypatch.setattr(BreachModel, "fit", refuse)
    monkeypatch.setattr(backtest, "rolling_forecasts", refuse)
    for coding in ("curated", "atop", "narrative-2023", "all"):
        result = assess(store, "France", "Russia", coding=coding, cache=fit_cache)  # no fit was made for this pair
        assert result.coding == coding


def test_threads_asking_for_one_fit_build_it_once(fit_cache: FitCache) -> None:
    built: list[int] = []

    def build() -> str:
        time.sleep(0.2)
        built.append(1)
        return "fit"

    key = {"kind": "test-once", "token": time.perf_counter_ns()}
    answers: list[str] = []
    threads = [threading.Thread(target=lambda: answers.append(fits._cached(key, build, fit_cache))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == ["fit"] * 4 and built == [1]
