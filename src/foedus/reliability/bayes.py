"""The full Bayesian fit: the breach model's posterior sampled with PyMC's NUTS instead of the Laplace approximation.

The log posterior is the one the fast fit maximises (:func:`foedus.reliability.model._log_posterior`), written in
PyTensor: the same likelihood (piecewise-exponential competing hazards, gamma frailties integrated out per pair)
and the same priors. Its draws drop into :meth:`BreachModel.forecast` in place of the Laplace draws. PyMC is an
optional extra: ``pip install 'foedus[bayes]'``.

References
----------
Hoffman, M. D., & Gelman, A. (2014). The No-U-Turn sampler. *Journal of Machine Learning Research*, 15, 1593-1623.
Abril-Pla, O., et al. (2023). PyMC: a modern, and comprehensive probabilistic programming framework in Python.
*PeerJ Computer Science*, 9, e1516. https://doi.org/10.7717/peerj-cs.1516
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from foedus.errors import FoedusError
from foedus.reliability.model import BreachModel
from foedus.reliability.priors import COEFFICIENT_SCALE, LOG_SHAPE, OTHER_INTERCEPT

__all__ = ["sample_posterior"]


def _pymc() -> Any:
    try:
        import pymc
    except ImportError:
        raise FoedusError("the full Bayesian fit needs PyMC: pip install 'foedus[bayes]'") from None
    return pymc


def sample_posterior(
    model: BreachModel, *, draws: int = 1000, tune: int = 1000, chains: int = 2, seed: int | None = None
) -> tuple[NDArray[np.float64], dict[str, float]]:
    """Return NUTS draws of the parameters of a fitted ``model`` (draws x parameters) and sampler diagnostics.

    The chains start at the fast fit's mode. Diagnostics: the largest R-hat, the smallest bulk effective sample
    size, and the number of divergent transitions.

    Raises
    ------
    FoedusError
        If PyMC is not installed, or the model is not fitted.
    """
    pm = _pymc()
    import pytensor.tensor as pt

    data = model.data_
    if data is None:
        raise FoedusError("fit the model first: BreachModel().fit(spells)")
    prior = model.prior_
    p = len(model.covariates_)
    count = len(data.pairs)
    x = pt.as_tensor_variable(data.x)
    w = pt.as_tensor_variable(data.weight)
    e = pt.as_tensor_variable(data.exposure)
    breach = pt.as_tensor_variable(data.breach)
    other = pt.as_tensor_variable(data.other)
    pair = pt.as_tensor_variable(data.pair)
    observed = np.bincount(data.pair, weights=data.weight * data.breach, minlength=count)
    with pm.Model():
        theta = pm.Flat("theta", shape=2 * p + 1, initval=model.params_)
        beta_b, beta_o, log_alpha = theta[:p], theta[p:2 * p], theta[2 * p]
        alpha = pt.exp(log_alpha)
        eta_b, eta_o = pt.dot(x, beta_b), pt.dot(x, beta_o)
        expected = pt.inc_subtensor(pt.zeros(count)[pair], w * e * pt.exp(eta_b))
        loglik = pt.sum(w * (other * eta_o - e * pt.exp(eta_o))) + pt.sum(w * breach * eta_b)
        loglik += pt.sum(pt.gammaln(alpha + observed) - pt.gammaln(alpha) + alpha * log_alpha
                         - (alpha + observed) * pt.log(alpha + expected))
        mu_o, sd_o = OTHER_INTERCEPT
        mu_a, sd_a = LOG_SHAPE
        gap = beta_b[0] - beta_o[0] - prior.log_ratio
        logprior = -0.5 * ((pt.sum(beta_b[1:] ** 2) + pt.sum(beta_o[1:] ** 2)) / COEFFICIENT_SCALE**2
                           + ((beta_o[0] - mu_o) / sd_o) ** 2 + (gap / prior.spread) ** 2
                           + ((log_alpha - mu_a) / sd_a) ** 2)
        pm.Potential("log_posterior", loglik + logprior)
        trace = pm.sample(draws=draws, tune=tune, chains=chains, cores=1, random_seed=seed or model.seed,
                          progressbar=False, compute_convergence_checks=False)
    import arviz

    samples = trace.posterior["theta"].to_numpy().reshape(-1, 2 * p + 1)
    summary = arviz.summary(trace, var_names=["theta"], kind="diagnostics")
    diagnostics = {
        "r_hat_max": float(summary["r_hat"].max()),
        "ess_bulk_min": float(summary["ess_bulk"].min()),
        "divergences": float(trace.sample_stats["diverging"].sum()),
    }
    return samples, diagnostics
