"""The full Bayesian fit (PyMC) agrees with the fast fit of the same specification."""

from __future__ import annotations

import numpy as np
import pytest

from foedus.reliability.model import BreachModel
from tests.extras import require
from tests.reliability.synthetic import synthetic_design

#: How far the full fit's forecast may be from the fast fit's: probabilities within 0.03, interval ends within 0.05.
TOLERANCE = {"median": 0.03, "interval": 0.05}


@pytest.mark.slow
def test_full_bayesian_fit_agrees_with_the_fast_fit() -> None:
    require("pymc", "bayes")
    from foedus.reliability.bayes import sample_posterior

    design = synthetic_design(units=500, groups=120, frailty_variance=0.5, flag_ratio=1.5, seed=17)
    model = BreachModel().fit(design)
    draws, diagnostics = sample_posterior(model, draws=500, tune=500, chains=2, seed=17)
    assert diagnostics["r_hat_max"] < 1.05 and diagnostics["divergences"] == 0
    assert np.allclose(draws.mean(axis=0), model.params_, atol=0.3)
    rows = np.tile(np.array([1.0, 1.0]), (1, 10, 1))
    groups = np.array([3])
    rng = np.random.default_rng(5)
    fast_theta = model.parameter_draws(1000, laplace=True)
    fast = model.forecast(rows, model.frailty_draws(fast_theta, groups, rng), [[0]], fast_theta)[:, 0, -1]
    full = model.forecast(rows, model.frailty_draws(draws, groups, rng), [[0]], draws)[:, 0, -1]
    assert abs(np.median(fast) - np.median(full)) < TOLERANCE["median"]
    for q in (5, 95):
        assert abs(np.percentile(fast, q) - np.percentile(full, q)) < TOLERANCE["interval"]
