"""The breach model: its likelihood, its fit, its covariance and its forecasts, against known answers."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from foedus.errors import FoedusError
from foedus.reliability.model import (
    BreachModel,
    _Layout,
    _log_posterior,
    _numeric_hessian,
    cumulative_incidence,
)
from foedus.reliability.priors import PRIORS, get_prior, prior_table
from tests.reliability.synthetic import synthetic_design


@pytest.fixture(scope="module")
def fitted() -> BreachModel:
    return BreachModel(prior="flat").fit(synthetic_design(units=1500, flag_ratio=2.0, seed=3))


@pytest.mark.parametrize("frailty", [True, False])
def test_analytic_gradient_and_hessian_match_finite_differences(frailty: bool) -> None:
    design = synthetic_design(units=200, frailty_variance=0.5, frailty=frailty, seed=11)
    layout = _Layout(2, frailty)
    prior = get_prior("leeds-2003")
    theta = np.array([-3.0, 0.4, -2.4, 0.1, 0.3, -0.2][:layout.size])
    _, gradient, hessian = _log_posterior(theta, design, prior, layout, hessian=True)

    def grad(t: np.ndarray) -> np.ndarray:
        return _log_posterior(t, design, prior, layout)[1]

    step = 1e-6
    numeric = np.array([(_log_posterior(theta + step * e, design, prior, layout)[0]
                         - _log_posterior(theta - step * e, design, prior, layout)[0]) / (2 * step)
                        for e in np.eye(layout.size)])
    assert np.allclose(gradient, numeric, rtol=1e-4, atol=1e-4)
    assert np.allclose(hessian, _numeric_hessian(grad, theta), rtol=1e-4, atol=1e-3)


def test_the_fit_recovers_the_rates_and_the_hazard_ratio_it_was_drawn_from(fitted: BreachModel) -> None:
    p = len(fitted.names_)
    beta_b, beta_o = fitted.params_[:p], fitted.params_[p:2 * p]
    assert np.exp(beta_b[0]) == pytest.approx(0.03, rel=0.2)
    assert np.exp(beta_b[1]) == pytest.approx(2.0, rel=0.25)
    assert np.exp(beta_o[0]) == pytest.approx(0.08, rel=0.1)
    assert np.exp(beta_o[1]) == pytest.approx(1.0, abs=0.15)


def test_the_spread_between_groups_is_estimated_from_the_data_not_the_prior() -> None:
    wide = BreachModel(prior="flat").fit(synthetic_design(units=3000, groups=300, frailty_variance=1.0, seed=5))
    none = BreachModel(prior="flat").fit(synthetic_design(units=3000, groups=300, frailty_variance=0.0, seed=5))
    assert wide.frailty_shapes()["pair"]["variance"] == pytest.approx(1.0, abs=0.5)
    assert none.frailty_shapes()["pair"]["variance"] < 0.3
    shapes = wide.frailty_shapes()["pair"]
    assert shapes["variance_low"] < shapes["variance"] < shapes["variance_high"]
    assert shapes["prior_variance_low"] < 0.1 and shapes["prior_variance_high"] > 10


def test_cumulative_incidence_matches_the_closed_form_of_competing_constant_hazards() -> None:
    rate_b, rate_o, years = 0.04, 0.1, 20
    curve = cumulative_incidence(np.full((1, years), rate_b), np.full((1, years), rate_o))[0]
    t = np.arange(1, years + 1)
    exact = rate_b / (rate_b + rate_o) * (1 - np.exp(-(rate_b + rate_o) * t))
    assert np.allclose(curve, exact, rtol=1e-12)
    alone = cumulative_incidence(np.full((1, years), rate_b), np.zeros((1, years)))[0]
    assert alone[-1] == pytest.approx(1 - np.exp(-rate_b * years))
    assert curve[-1] < alone[-1]  # the competing ending takes alliances out before they can be broken


def test_a_forecast_of_a_known_model_is_the_closed_form(fitted: BreachModel) -> None:
    theta = np.tile(fitted.params_, (1, 1))
    rows = np.tile(np.array([1.0, 1.0]), (1, 10, 1))
    p = len(fitted.names_)
    rate_b = np.exp(fitted.params_[:p].sum())
    rate_o = np.exp(fitted.params_[p:2 * p].sum())
    curve = fitted.forecast(rows, np.ones((1, 1)), [[0]], theta)[0, 0]
    assert curve[-1] == pytest.approx(rate_b / (rate_b + rate_o) * (1 - np.exp(-10 * (rate_b + rate_o))))


def test_two_members_breach_more_often_than_one(fitted: BreachModel) -> None:
    theta = fitted.parameter_draws(50)
    rows = np.tile(np.array([1.0, 0.0]), (2, 5, 1))
    frailty = np.ones((50, 2))
    one = fitted.forecast(rows, frailty, [[0]], theta)[:, 0, -1]
    both = fitted.forecast(rows, frailty, [[0, 1]], theta)[:, 0, -1]
    assert np.all(both > one)


def test_a_record_of_breaches_raises_the_frailty_and_a_clean_one_lowers_it() -> None:
    design = synthetic_design(units=800, groups=80, frailty_variance=0.8, seed=9)
    model = BreachModel(prior="flat").fit(design)
    observed = np.bincount(design.group, weights=design.breach)
    expected = np.bincount(design.group, weights=design.exposure * np.exp(design.x @ model.params_[:2]))
    worst, best = int(np.argmax(observed - expected)), int(np.argmin(observed - expected))
    theta = model.parameter_draws(400)
    draws = model.frailty_draws(theta, np.array([worst, best, -1]), np.random.default_rng(1))
    assert draws[:, 0].mean() > 1.0 > draws[:, 1].mean()
    assert draws[:, 2].mean() == pytest.approx(1.0, abs=0.15)  # a group never seen: the population


def test_clustered_units_widen_the_robust_interval() -> None:
    single = synthetic_design(units=600, seed=4, frailty=False)
    twice = replace(single, x=np.vstack([single.x, single.x]), rows=np.arange(2 * len(single.rows)),
                    exposure=np.concatenate([single.exposure] * 2), breach=np.concatenate([single.breach] * 2),
                    other=np.concatenate([single.other] * 2), group=np.concatenate([single.group] * 2),
                    cluster=np.concatenate([single.cluster] * 2))
    model = BreachModel(prior="flat").fit(twice)
    robust = np.sqrt(np.diag(model.covariance_))
    laplace = np.sqrt(np.diag(model.laplace_covariance_))
    # every unit counted twice in one cluster: the model-based variance halves, the clustered one does not
    assert np.all(robust / laplace > 1.3)


def test_forecasts_are_reproducible(fitted: BreachModel) -> None:
    assert np.array_equal(fitted.parameter_draws(20), fitted.parameter_draws(20))


def test_a_slim_fit_keeps_what_a_forecast_needs(fitted: BreachModel) -> None:
    slim = fitted.slim()
    assert slim.design_ is None and slim.spec_ == fitted.spec_ and slim.names_ == fitted.names_
    assert np.array_equal(slim.parameter_draws(5), fitted.parameter_draws(5))


def test_every_prior_names_its_source_and_foedus_priors_lists_the_variances() -> None:
    assert all(p.source for p in PRIORS.values())
    text = "\n".join(prior_table())
    assert "Frailty variance" in text and all(name in text for name in PRIORS)


def test_hazard_ratios_have_intervals(fitted: BreachModel) -> None:
    for row in fitted.hazard_ratios():
        for side in ("breach", "other"):
            assert row[side]["low"] < row[side]["ratio"] < row[side]["high"]


def test_fitting_nothing_is_a_clear_error() -> None:
    empty = synthetic_design(units=5)
    empty = replace(empty, x=empty.x[:0], exposure=empty.exposure[:0], breach=empty.breach[:0],
                    other=empty.other[:0], group=empty.group[:0], cluster=empty.cluster[:0])
    with pytest.raises(ValueError, match="no alliance units"):
        BreachModel().fit(empty)
    with pytest.raises(FoedusError, match="not fitted"):
        BreachModel().parameter_draws()
