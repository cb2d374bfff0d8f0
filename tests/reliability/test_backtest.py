"""The rolling-origin backtest: outcomes and censoring weights, the baselines, stacking, and the pinned figures."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import pytest

from foedus.reliability.backtest import Backtest, _outcomes, origin_years
from foedus.reliability.baselines import aalen_johansen
from foedus.reliability.cache import FitCache
from foedus.reliability.stacking import predictive_density, stacking_weights
from foedus.store import Store
from tests.reliability import snapshots
from tests.reliability.synthetic import units_only_table


def test_outcomes_within_the_horizon_and_censoring_weights() -> None:
    units = pd.DataFrame({
        "start": [1990.0] * 5, "source": ["x"] * 5,
        "end": [1995.0, 2005.0, 1993.0, 1997.0, 2012.0],
        "censored": [False, False, True, False, True],
        "breach": [True, True, False, False, False],
    })
    outcome, weight = _outcomes(units_only_table(units), np.arange(5), 1990, 10)
    # 1995 breach inside (1991, 2001]; 2005 breach outside; 1993 censored early: unknown; 1997 other ending;
    # 2012 censored after the horizon: known, no breach
    assert outcome.tolist() == [1, 0, 0, 0, 0]
    assert weight[2] == 0
    # one of five was censored at 2 years, before the breach at 4 years and the rest: they stand for it too
    assert weight[0] == pytest.approx(5 / 4) and weight[4] == pytest.approx(5 / 4)
    assert np.sum(weight) == pytest.approx(5.0)


def test_the_aalen_johansen_estimate_matches_a_hand_computation() -> None:
    # four units: breach at 1, other ending at 2, censored at 3, breach at 4
    curve = aalen_johansen(np.zeros(4), np.array([1.0, 2.0, 3.0, 4.0]), np.array([1, 2, 0, 1]))
    f, s, _ = curve.at(np.array([0.5, 1.0, 2.0, 3.5, 4.0]))
    assert f.tolist() == pytest.approx([0.0, 0.25, 0.25, 0.25, 0.25 + 0.5 * 1.0])
    assert s.tolist() == pytest.approx([1.0, 0.75, 0.5, 0.5, 0.0])
    assert curve.conditional(np.array([2.0]), 5.0)[0] == pytest.approx(0.5 / 0.5)


def test_stacking_puts_the_weight_on_the_forecaster_that_scores_better() -> None:
    rng = np.random.default_rng(0)
    truth = rng.random(3000) * 0.3
    y = (rng.random(3000) < truth).astype(float)
    good, bad = truth, np.full(3000, 0.15)
    weights = stacking_weights(np.column_stack([predictive_density(good, y), predictive_density(bad, y)]))
    assert weights.sum() == pytest.approx(1.0)
    assert weights[0] > 0.8
    equal = stacking_weights(np.column_stack([predictive_density(good, y)] * 2))
    assert equal.tolist() == pytest.approx([0.5, 0.5], abs=1e-6)


def test_origins_run_every_five_years_to_the_last_known_outcome(store: Store, fit_cache: FitCache) -> None:
    from foedus.reliability.fits import universe_table

    years = origin_years(universe_table(store, "curated", cache=fit_cache), 10)
    assert years[0] == 1900 and years[-1] == 2005 and np.all(np.diff(years) == 5)  # ATOP 4.01 ends with 2016


@pytest.mark.slow
def test_the_readme_backtest_is_reproduced_and_beats_every_baseline(store: Store) -> None:
    pinned = json.loads(snapshots.BACKTEST.read_text(encoding="utf-8"))
    fresh = snapshots.backtest_figures(store)
    assert fresh["origins"] == pinned["origins"]
    for key, scores in pinned["overall"].items():
        for metric, value in scores.items():
            assert fresh["overall"][key][metric] == pytest.approx(value, abs=2e-4), (key, metric)
    stacked = fresh["overall"]["stacked"]
    for baseline in ("overall_rate", "stratified_aalen_johansen", "cause_specific_cox", "own_record"):
        assert stacked["log"] < fresh["overall"][baseline]["log"], baseline
        assert stacked["brier"] < fresh["overall"][baseline]["brier"], baseline
    assert 0.80 <= fresh["coverage"]["share"] <= 0.95
    assert fresh["headline"] == pinned["headline"]
    assert snapshots.invariants(fresh) == []  # the headline beats every baseline; count intervals hold
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert snapshots.readme_table(pinned) in readme


@pytest.mark.slow
def test_the_shipped_stacking_document_holds_what_a_fresh_run_gives(
        store: Store, fresh_stacking: tuple[dict[str, Any], Backtest]) -> None:
    """``assess`` reads the shipped stacking backtest whenever its key matches: its content must be today's code's."""
    from foedus.data import stacking_document
    from foedus.reliability.fits import stacking_key

    document = stacking_document()
    key = stacking_key(store)
    assert document is not None and document["key"] == key
    fresh_key, fresh = fresh_stacking  # stacked_backtest(ship=False) on a fresh store, run once for the session
    assert fresh_key == key
    shipped = document["backtest"]
    assert shipped["headline"] == fresh.headline
    assert shipped["shift"] == pytest.approx(fresh.shift, abs=1e-6)
    assert shipped["weights"] == pytest.approx(fresh.weights, abs=1e-6)
    for name, scores in shipped["overall"].items():
        assert scores == pytest.approx(fresh.overall[name], abs=1e-9), name
    # the last bits of a float depend on the BLAS build and its threads: figures are compared to 1e-9, the rest exactly
    fresh_eras = fresh.to_dict()["eras"]
    assert [sorted(e) for e in shipped["eras"]] == [sorted(e) for e in fresh_eras]
    for ours, theirs in zip(shipped["eras"], fresh_eras, strict=True):
        assert ours == {k: pytest.approx(v, rel=1e-9) if isinstance(v, float) else v for k, v in theirs.items()}
