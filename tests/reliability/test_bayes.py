"""The full Bayesian fit agrees with the fast one."""

from __future__ import annotations

import numpy as np
import pytest

from foedus.reliability.model import BreachModel, SpellContext
from tests.extras import require
from tests.reliability.synthetic import synthetic_spells

#: How far the full fit's forecast may be from the fast fit's: probabilities within 0.03, interval ends within 0.05.
TOLERANCE = {"median": 0.03, "interval": 0.05}


@pytest.mark.slow
def test_full_bayesian_fit_agrees_with_the_fast_fit() -> None:
    require("pymc", "bayes")
    from foedus.reliability.bayes import sample_posterior

    model = BreachModel().fit(synthetic_spells(pairs=80, spells_per_pair=3, seed=17))
    draws, diagnostics = sample_posterior(model, draws=600, tune=600, chains=2, seed=17)
    assert diagnostics["r_hat_max"] < 1.05 and diagnostics["divergences"] == 0
    assert np.allclose(draws.mean(axis=0), model.params_, atol=0.25)
    spell = SpellContext(start=1985.0, defense_or_offense=True, bilateral=True, breaches=1.0)
    fast = model.forecast(spell, 2000, [10])["horizons"][10]
    full = model.forecast(spell, 2000, [10], draws=draws)["horizons"][10]
    assert abs(fast["median"] - full["median"]) < TOLERANCE["median"]
    assert abs(fast["low"] - full["low"]) < TOLERANCE["interval"]
    assert abs(fast["high"] - full["high"]) < TOLERANCE["interval"]
