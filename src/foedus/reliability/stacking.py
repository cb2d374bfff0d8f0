"""Stacking: weights over the declared specifications that maximise the out-of-sample log score.

Each specification's forecasts at the rolling origins are out of sample (fitted only on what was known at the
origin). Stacking chooses the weights ``w`` on the simplex that maximise the mean log predictive density of the
mixture, ``sum_i omega_i log(sum_k w_k p_k(y_i))``, with ``omega_i`` the forecasts' censoring weights (Yao et al.
2018). Unlike choosing the best specification, it hedges between those that do well on different forecasts; unlike
Bayesian model averaging, it does not put all weight on one specification as the data grow.

References
----------
Yao, Y., Vehtari, A., Simpson, D., & Gelman, A. (2018). Using stacking to average Bayesian predictive
distributions. *Bayesian Analysis*, 13(3), 917-1007. https://doi.org/10.1214/17-BA1091
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

__all__ = ["predictive_density", "stacking_weights"]

Array = NDArray[np.float64]
_FLOOR = 1e-9


def predictive_density(p: Array, y: Array) -> Array:
    """Return the Bernoulli predictive density of outcomes ``y`` under probabilities ``p`` (same shape)."""
    q = np.clip(p, _FLOOR, 1 - _FLOOR)
    return np.where(y > 0.5, q, 1 - q)


def stacking_weights(densities: Array, weights: Array | None = None) -> Array:
    """Return the stacking weights of the columns of ``densities`` (forecasts x specifications).

    ``weights`` are the forecasts' own weights (censoring weights); rows with weight 0 are ignored. With no rows,
    the weights are equal.
    """
    from scipy.optimize import minimize
    from scipy.special import logsumexp, softmax

    n, k = densities.shape
    if n == 0 or k == 1:
        return np.full(k, 1.0 / k)
    omega = np.ones(n) if weights is None else np.asarray(weights, float)
    keep = omega > 0
    log_d = np.log(np.maximum(densities[keep], _FLOOR))
    omega = omega[keep] / omega[keep].sum()

    def loss(z: Array) -> tuple[float, Array]:
        full = np.concatenate([[0.0], z])
        log_w = full - logsumexp(full)
        mix = logsumexp(log_d + log_w, axis=1)
        value = -float(omega @ mix)
        share = np.exp(log_d + log_w - mix[:, None])  # each spec's share of each forecast's density
        w = np.exp(log_w)
        gradient = -(omega @ share - w)
        return value, gradient[1:]

    result = minimize(loss, np.zeros(k - 1), jac=True, method="L-BFGS-B")
    return np.asarray(softmax(np.concatenate([[0.0], result.x])), dtype=float)
