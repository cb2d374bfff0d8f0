"""The full Bayesian fit: the breach model's posterior sampled with PyMC's NUTS instead of the Laplace approximation.

The log posterior is the one the fast fit maximises (:func:`foedus.reliability.model._log_posterior`), written in
PyTensor: the same likelihood (piecewise-exponential competing hazards, gamma frailties by pair and by state
integrated out in closed form) and the same priors. Its draws drop into :meth:`BreachModel.forecast` in place of
the Laplace draws, and a test checks that the two agree. PyMC is an optional extra: ``pip install 'foedus[bayes]'``.

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

    The model must keep its training design (a fit, not a slim copy from the cache). The chains start at the fast
    fit's mode. Diagnostics: the largest R-hat, the smallest bulk effective sample size, and the number of
    divergent transitions.

    Raises
    ------
    FoedusError
        If PyMC is not installed, or the model is not fitted with its design.
    """
    pm = _pymc()
    import pytensor.tensor as pt

    d = model.design_
    if d is None:
        raise FoedusError("sample from a fit with its design: BreachModel().fit(design_matrix(...))")
    prior = model.prior_
    p = len(model.names_)
    size = len(model.params_)
    count = len(d.group_kind)
    used = np.bincount(d.group, minlength=count) > 0
    observed = np.bincount(d.group, weights=d.breach, minlength=count)[used]
    kinds = d.group_kind[used]
    local = np.cumsum(used) - 1  # group index -> position among the groups with rows
    x = pt.as_tensor_variable(d.x)
    e = pt.as_tensor_variable(d.exposure)
    breach = pt.as_tensor_variable(d.breach)
    other = pt.as_tensor_variable(d.other)
    group = pt.as_tensor_variable(local[d.group])
    with pm.Model():
        theta = pm.Flat("theta", shape=size, initval=model.params_)
        beta_b, beta_o = theta[:p], theta[p:2 * p]
        eta_b, eta_o = pt.dot(x, beta_b), pt.dot(x, beta_o)
        loglik = pt.sum(other * eta_o - e * pt.exp(eta_o)) + pt.sum(breach * eta_b)
        if model.frailty_:
            log_alpha = theta[2 * p:]
            alpha = pt.exp(log_alpha)[kinds]
            expected = pt.inc_subtensor(pt.zeros(int(used.sum()))[group], e * pt.exp(eta_b))
            loglik += pt.sum(pt.gammaln(alpha + observed) - pt.gammaln(alpha) + alpha * pt.log(alpha)
                             - (alpha + observed) * pt.log(alpha + expected))
        else:
            loglik -= pt.sum(e * pt.exp(eta_b))
        mu_o, sd_o = OTHER_INTERCEPT
        mu_a, sd_a = LOG_SHAPE
        gap = beta_b[0] - beta_o[0] - prior.log_ratio
        logprior = -0.5 * ((pt.sum(beta_b[1:] ** 2) + pt.sum(beta_o[1:] ** 2)) / COEFFICIENT_SCALE**2
                           + ((beta_o[0] - mu_o) / sd_o) ** 2 + (gap / prior.spread) ** 2)
        if model.frailty_:
            logprior -= 0.5 * pt.sum((theta[2 * p:] - mu_a) ** 2) / sd_a**2
        pm.Potential("log_posterior", loglik + logprior)
        trace = pm.sample(draws=draws, tune=tune, chains=chains, cores=1, random_seed=seed or model.seed,
                          progressbar=False, compute_convergence_checks=False)
    import arviz

    samples = trace.posterior["theta"].to_numpy().reshape(-1, size)
    summary = arviz.summary(trace, var_names=["theta"], kind="diagnostics")
    diagnostics = {
        "r_hat_max": float(summary["r_hat"].max()),
        "ess_bulk_min": float(summary["ess_bulk"].min()),
        "divergences": float(trace.sample_stats["diverging"].sum()),
    }
    return samples, diagnostics
