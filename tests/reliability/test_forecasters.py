"""The baselines' registry: each baseline one forecaster class, the backtest scoring every one registered."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from numpy.typing import NDArray

from foedus.reliability import forecasters
from foedus.reliability.cache import FitCache
from foedus.reliability.forecasters import BASELINE_FORECASTERS, BASELINES, COX, Training, baseline_forecasters
from foedus.store import Store


def test_the_registry_lists_the_baselines_in_their_reported_order() -> None:
    assert BASELINES == ("overall_rate", "stratified_aalen_johansen", "cause_specific_cox", "own_record",
                         "landmark_rate", "logistic_hazard", "logistic_recent")
    assert [f.name for f in baseline_forecasters()] == list(BASELINES)
    assert [f.name for f in baseline_forecasters(leave_out=(COX,))] == [b for b in BASELINES if b != COX]
    first, second = baseline_forecasters(), baseline_forecasters()
    assert all(a is not b for a, b in zip(first, second, strict=True))  # fresh instances each time
    with pytest.raises(ValueError, match="no baseline coin_toss"):
        baseline_forecasters(leave_out=("coin_toss",))


@dataclass
class _CoinToss:
    """A baseline declared here, as a new one would be: one class behind the Forecaster protocol."""

    name: str = "coin_toss"

    def fit(self, training: Training) -> _CoinToss:
        return self

    def forecast(self, units: NDArray[np.int64], horizon: int) -> NDArray[np.float64]:
        return np.full((1, len(units)), 0.5)


def test_a_new_baseline_is_one_class_and_one_registry_entry_the_backtest_scores(
        store: Store, fit_cache: FitCache, monkeypatch: pytest.MonkeyPatch) -> None:
    from foedus.reliability.backtest import rolling_forecasts, summarise
    from foedus.reliability.fits import universe_table
    from foedus.reliability.priors import DEFAULT_PRIOR

    monkeypatch.setitem(forecasters.BASELINE_FORECASTERS, "coin_toss", lambda seed, draws: _CoinToss())
    assert "coin_toss" in BASELINE_FORECASTERS
    table = universe_table(store, "curated", 2016, cache=fit_cache)
    results = rolling_forecasts(table, horizon=10, origins=[1920, 1930], specs=(), cox=False, draws=20)
    assert [list(r.baselines) for r in results] == [[*(b for b in BASELINES if b != COX), "coin_toss"]] * 2
    assert all(np.all(r.baselines["coin_toss"] == 0.5) for r in results)
    scored = summarise(results, horizon=10, coding="curated", prior=DEFAULT_PRIOR, specs=(), cross_validation={})
    assert scored.overall["coin_toss"]["brier"] == pytest.approx(
        np.average(np.concatenate([(0.5 - r.outcome) ** 2 for r in results]),
                   weights=np.concatenate([r.weight for r in results])))
