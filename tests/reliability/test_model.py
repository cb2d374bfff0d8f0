"""The breach model: its likelihood, its fit, its forecasts and their intervals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from foedus.errors import FoedusError
from foedus.reliability.model import (
    BreachModel,
    SpellContext,
    _log_posterior,
    _numeric_hessian,
    exposure_rows,
)
from foedus.reliability.priors import PRIORS, get_prior
from tests.reliability.synthetic import synthetic_spells


@pytest.fixture(scope="module")
def spells() -> pd.DataFrame:
    return synthetic_spells()


@pytest.fixture(scope="module")
def fitted(spells: pd.DataFrame) -> BreachModel:
    return BreachModel().fit(spells)


def context(model: BreachModel, breaches: float = 0.0, years: int = 10, start: float = 1990.0) -> SpellContext:
    """The spell a forecast is for, with ``years`` of the pair's history at risk before 2000."""
    spell = SpellContext(start=start, defense_or_offense=True, bilateral=True, breaches=breaches)
    history = np.arange(2000 - years, 2000, dtype=float)
    spell.history_x = spell.x(history, model.covariates_)
    spell.history_exposure = np.ones(years)
    return spell


def test_exposure_is_the_time_at_risk(spells: pd.DataFrame) -> None:
    data = exposure_rows(spells)
    assert data.exposure.sum() == pytest.approx((spells["end"] - spells["start"]).sum(), rel=1e-6)
    assert data.breach.sum() == spells["breach"].sum()
    assert data.other.sum() == (~spells["breach"] & ~spells["censored"]).sum()


def test_analytic_gradient_and_hessian_match_finite_differences(spells: pd.DataFrame) -> None:
    data = exposure_rows(spells)
    prior = get_prior("leeds-2003")
    theta = np.random.default_rng(1).normal(0, 0.3, 2 * data.x.shape[1] + 1)
    value, gradient, hessian = _log_posterior(theta, data, prior, hessian=True)
    step = 1e-6
    numeric = np.array([(_log_posterior(theta + step * np.eye(len(theta))[j], data, prior)[0] - value) / step
                        for j in range(len(theta))])
    assert np.allclose(gradient, numeric, rtol=1e-3, atol=1e-2)
    assert np.allclose(hessian, _numeric_hessian(lambda t: _log_posterior(t, data, prior)[1], theta),
                       rtol=1e-4, atol=1e-3)


def test_fit_recovers_the_rates_it_was_drawn_from() -> None:
    spells = synthetic_spells(pairs=400, spells_per_pair=3, breach_rate=0.03, other_rate=0.08, seed=3)
    model = BreachModel(prior="flat").fit(spells)
    # at about 5 years in force, the hazards should be near the true constant rates
    x = np.array([1.0, np.log1p(5.0) - np.log1p(10.0)])
    beta_b, beta_o, _ = model._split(model.params_)
    assert np.exp(x @ beta_b[:2]) == pytest.approx(0.03, rel=0.35)
    assert np.exp(x @ beta_o[:2]) == pytest.approx(0.08, rel=0.25)


def test_probabilities_grow_with_the_horizon(fitted: BreachModel) -> None:
    result = fitted.forecast(context(fitted), 2000, [5, 10, 20])
    p5, p10, p20 = (result["horizons"][h] for h in (5, 10, 20))
    assert 0 < p5["median"] <= p10["median"] <= p20["median"] < 1
    for p in (p5, p10, p20):
        assert p["low"] < p["median"] < p["high"]
    draws = result["draws"]
    assert np.all(draws[5] <= draws[10]) and np.all(draws[10] <= draws[20])


def test_more_breaches_in_the_record_mean_a_higher_probability(fitted: BreachModel) -> None:
    medians = [fitted.forecast(context(fitted, breaches=b), 2000, [10])["horizons"][10]["median"] for b in (0, 1, 3, 5)]
    assert medians == sorted(medians) and medians[-1] > medians[0]


def test_a_long_clean_record_lowers_the_probability(fitted: BreachModel) -> None:
    short = fitted.forecast(context(fitted, years=2), 2000, [10])["horizons"][10]["median"]
    long = fitted.forecast(context(fitted, years=60), 2000, [10])["horizons"][10]["median"]
    assert long < short


def test_intervals_narrow_with_more_data() -> None:
    small = BreachModel().fit(synthetic_spells(pairs=30, seed=11, last_year=1940))
    large = BreachModel().fit(synthetic_spells(pairs=300, seed=11, last_year=1940))
    width = [m.forecast(context(m), 2000, [10])["horizons"][10] for m in (small, large)]
    assert width[1]["high"] - width[1]["low"] < width[0]["high"] - width[0]["low"]


def test_the_base_rate_ignores_the_pairs_record(fitted: BreachModel) -> None:
    a = fitted.forecast(context(fitted, breaches=0), 2000, [10], pooled_only=True)["horizons"][10]
    b = fitted.forecast(context(fitted, breaches=5), 2000, [10], pooled_only=True)["horizons"][10]
    assert a == b


def test_forecasts_are_reproducible(spells: pd.DataFrame) -> None:
    first, second = BreachModel().fit(spells), BreachModel().fit(spells)
    one = first.forecast(context(first), 2000, [10])["horizons"]
    two = second.forecast(context(second), 2000, [10])["horizons"]
    assert one == two


def test_priors_pull_toward_their_share_when_data_are_few() -> None:
    few = synthetic_spells(pairs=6, spells_per_pair=2, seed=5)
    models = [BreachModel(prior=name).fit(few) for name in ("leeds-2003", "berkemeier-fuhrmann-2018-post1945")]
    low, high = (m.forecast(context(m), 2000, [10])["horizons"][10]["median"] for m in models)
    assert high > low


def test_every_prior_names_its_source() -> None:
    assert all(p.source and 0 < p.breach_share < 1 for p in PRIORS.values())
    with pytest.raises(ValueError, match="choose one of"):
        get_prior("optimist")


def test_hazard_ratios_have_intervals(fitted: BreachModel) -> None:
    for row in fitted.hazard_ratios():
        assert row["breach"]["low"] <= row["breach"]["ratio"] <= row["breach"]["high"]


def test_fitting_nothing_is_a_clear_error(spells: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="no alliance spells"):
        BreachModel().fit(spells.iloc[0:0])
    with pytest.raises(FoedusError, match="not fitted"):
        BreachModel().forecast(SpellContext(start=1990, defense_or_offense=True, bilateral=True), 2000, [5])
