"""Backtests: fit before a split year, score the later spells against two baselines."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import numpy as np
import pytest

from foedus.errors import FoedusError
from foedus.reliability.backtest import backtest, backtest_spells
from foedus.store import Store
from tests.reliability.synthetic import synthetic_spells


def test_a_backtest_on_the_ledgers_scores_all_three_models(store: Store) -> None:
    result = backtest(store, split_year=1945, horizon=10)
    document = result.to_dict()
    schema = json.loads((resources.files("foedus") / "schemas" / "backtest-1.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(document)), schema)
    assert result.training["last_year"] == 1944 and result.test["spells"] > 50
    assert set(result.scores) == {"model", "base_rate", "no_pooling"}
    # taking each pair at face value is worse than pooling
    assert result.scores["model"]["brier"] < result.scores["no_pooling"]["brier"]
    assert sum(row["spells"] for row in result.calibration) == result.test["spells"]


def test_a_model_fitted_on_the_truth_is_calibrated() -> None:
    spells = synthetic_spells(pairs=400, spells_per_pair=4, seed=21, last_year=1990)
    training = spells[spells["start"] < 1900].copy()
    cut = training["end"] > 1900
    training.loc[cut, "end"] = 1900.0
    training.loc[cut, "censored"] = True
    training.loc[cut, "breach"] = False
    result = backtest_spells(training, spells, split_year=1900, horizon=10)
    observed = result.test["weighted_breaches"] / result.test["weighted_spells"]
    # constant true rates: the model's mean forecast is close to what happened, and no worse than the base rate
    assert result.scores["model"]["mean_predicted"] == pytest.approx(observed, abs=0.06)
    assert result.scores["model"]["brier"] <= result.scores["base_rate"]["brier"] + 0.01
    assert result.coverage["covered"] >= result.coverage["bins"] - 1
    assert np.isfinite(result.scores["model"]["log"])


def test_a_split_before_the_data_is_a_clear_error(store: Store) -> None:
    with pytest.raises(FoedusError, match="no alliance spells began before"):
        backtest(store, split_year=1700)
    with pytest.raises(FoedusError, match="unknown coding"):
        backtest(store, coding="cynic")
