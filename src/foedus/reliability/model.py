"""The breach model: competing hazards of breach and of every other ending, with shared frailties.

Model
-----
Each unit (a bilateral alliance's pair, a multilateral alliance's member: :mod:`foedus.reliability.units`) is cut
into calendar years (:mod:`foedus.reliability.design`). In each year ``i`` it is exposed for ``e_i`` years to two
hazards, constant within the year (a piecewise-exponential model):

* breach: ``lambda_b = u_g * exp(x_i @ beta_b)``, where ``u_g`` is the frailty of the unit's group (the pair for a
  pair unit, the state for a member unit);
* any other ending (expiry, replacement, joint dissolution, defeat, ...): ``lambda_o = exp(x_i @ beta_o)``.

The frailties ``u_g ~ Gamma(alpha_k, alpha_k)`` (mean 1, variance ``1/alpha_k``, one ``alpha`` for pairs and one
for states) are integrated out in closed form, so a group's own record moves its forecast only as far as the spread
between groups, estimated from the data, allows. Given the data, a group's frailty is ``Gamma(alpha + O_g, alpha +
E_g)``, with ``O_g`` its breaches and ``E_g`` the breaches expected of it at ``u = 1``. No unit carries a weight.

Priors (:mod:`foedus.reliability.priors`, listed by ``foedus priors``): normal on every coefficient; on the
breach-to-other intercept gap, a prior from the literature; normal on each ``log alpha``.

Fitting: the posterior mode by Newton steps with the analytic gradient and Hessian; the posterior approximated by a
normal distribution at the mode (Laplace). Units of one alliance share its fate (one dissolution ends every member's
unit), so the coefficients' covariance is made robust to clustering by alliance (the sandwich of the Laplace
curvature around the alliances' summed scores); the frailty shapes keep their Laplace variance. The full Bayesian
fit (:mod:`foedus.reliability.bayes`) samples the same posterior with PyMC and is checked against the Laplace fit.

References
----------
Holford, T. R. (1980). The analysis of rates and of survivorship using log-linear models. *Biometrics*, 36(2),
299-305. https://doi.org/10.2307/2529982
Clayton, D. G. (1978). A model for association in bivariate life tables. *Biometrika*, 65(1), 141-151.
https://doi.org/10.1093/biomet/65.1.141
Lin, D. Y., & Wei, L. J. (1989). The robust inference for the Cox proportional hazards model. *Journal of the
American Statistical Association*, 84(408), 1074-1078. https://doi.org/10.1080/01621459.1989.10478874
Tierney, L., & Kadane, J. B. (1986). Accurate approximations for posterior moments and marginal densities.
*Journal of the American Statistical Association*, 81(393), 82-86. https://doi.org/10.1080/01621459.1986.10478240
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from foedus._blas import one_blas_thread
from foedus.errors import FoedusError
from foedus.reliability.design import Design, Specification, UnitYears, design_matrix
from foedus.reliability.priors import COEFFICIENT_SCALE, DEFAULT_PRIOR, LOG_SHAPE, OTHER_INTERCEPT, Prior, get_prior

__all__ = ["BreachModel", "ConvergenceError", "band", "cholesky_factor", "cumulative_incidence", "interval"]

Array = NDArray[np.float64]
_KINDS = ("pair", "state")
_LOG_SHAPE_LIMIT = 12.0  # 8 sd of the prior on log alpha
_COEFFICIENT_LIMIT = 30.0


class ConvergenceError(FoedusError, ValueError):
    """The fit did not converge."""


@dataclass
class _Layout:
    p: int
    frailty: bool

    @property
    def size(self) -> int:
        return 2 * self.p + (2 if self.frailty else 0)

    def split(self, theta: Array) -> tuple[Array, Array, Array]:
        p = self.p
        log_alpha = theta[..., 2 * p:] if self.frailty else theta[..., :0]
        return theta[..., :p], theta[..., p:2 * p], log_alpha


def _log_posterior(theta: Array, d: Design, prior: Prior, layout: _Layout, *,
                   hessian: bool = False) -> tuple[float, Array, Array]:
    """Return the log posterior at ``theta``, its gradient and (if asked) its Hessian, all in closed form."""
    from scipy.special import digamma, gammaln, polygamma

    p = layout.p
    beta_b, beta_o, log_alpha = layout.split(theta)
    size = layout.size
    if np.any(np.abs(log_alpha) > _LOG_SHAPE_LIMIT) or np.any(np.abs(theta[:2 * p]) > _COEFFICIENT_LIMIT):
        # far outside the prior's mass, where the gamma terms lose all precision: not a candidate mode
        return -np.inf, np.zeros(size), np.zeros((size, size)) if hessian else np.zeros((0, 0))
    x, e = d.x, d.exposure
    eta_b, eta_o = x @ beta_b, x @ beta_o
    mass_b, mass_o = e * np.exp(eta_b), e * np.exp(eta_o)
    gradient = np.zeros(size)
    h = np.zeros((size, size)) if hessian else np.zeros((0, 0))
    # other endings: the piecewise-exponential (Poisson) log-likelihood
    loglik = float(np.sum(d.other * eta_o - mass_o))
    gradient[p:2 * p] = x.T @ (d.other - mass_o)
    if hessian:
        h[p:2 * p, p:2 * p] = -(x.T * mass_o) @ x
    loglik += float(np.sum(d.breach * eta_b))
    if not layout.frailty:
        loglik -= float(np.sum(mass_b))
        gradient[:p] = x.T @ (d.breach - mass_b)
        if hessian:
            h[:p, :p] = -(x.T * mass_b) @ x
    else:
        count = len(d.group_kind)
        expected = np.bincount(d.group, weights=mass_b, minlength=count)
        observed = np.bincount(d.group, weights=d.breach, minlength=count)
        alpha_k = np.exp(log_alpha)
        alpha = alpha_k[d.group_kind]
        used = np.bincount(d.group, minlength=count) > 0
        terms = (gammaln(alpha + observed) - gammaln(alpha) + alpha * np.log(alpha)
                 - (alpha + observed) * np.log(alpha + expected))
        loglik += float(np.sum(terms[used]))
        ratio = (alpha + observed) / (alpha + expected)
        gradient[:p] = x.T @ (d.breach - ratio[d.group] * mass_b)
        d_alpha = np.where(used, digamma(alpha + observed) - digamma(alpha) + np.log(alpha) + 1
                           - np.log(alpha + expected) - ratio, 0.0)
        for k in range(2):
            gradient[2 * p + k] = alpha_k[k] * float(np.sum(d_alpha[d.group_kind == k]))
        if hessian:
            per_group = np.column_stack([np.bincount(d.group, weights=mass_b * x[:, j], minlength=count)
                                         for j in range(p)])
            spread = (alpha + observed) / (alpha + expected) ** 2
            h[:p, :p] = -(x.T * (ratio[d.group] * mass_b)) @ x + (per_group.T * spread) @ per_group
            second = np.where(used, polygamma(1, alpha + observed) - polygamma(1, alpha) + 1 / alpha
                              - 2 / (alpha + expected) + (alpha + observed) / (alpha + expected) ** 2, 0.0)
            for k in range(2):
                mine = d.group_kind == k
                cross = -(per_group[mine].T @ ((expected - observed)[mine] / (alpha + expected)[mine] ** 2))
                h[:p, 2 * p + k] = h[2 * p + k, :p] = cross * alpha_k[k]
                h[2 * p + k, 2 * p + k] = (alpha_k[k] * float(np.sum(d_alpha[mine]))
                                           + alpha_k[k] ** 2 * float(np.sum(second[mine])))
    # priors
    scale = COEFFICIENT_SCALE
    mu_o, sd_o = OTHER_INTERCEPT
    mu_a, sd_a = LOG_SHAPE
    gap = beta_b[0] - beta_o[0] - prior.log_ratio
    logprior = -0.5 * (float(np.sum(beta_b[1:] ** 2) + np.sum(beta_o[1:] ** 2)) / scale**2
                       + ((beta_o[0] - mu_o) / sd_o) ** 2 + (gap / prior.spread) ** 2
                       + float(np.sum((log_alpha - mu_a) ** 2)) / sd_a**2)
    gradient[0] += -gap / prior.spread**2
    gradient[1:p] += -beta_b[1:] / scale**2
    gradient[p] += gap / prior.spread**2 - (beta_o[0] - mu_o) / sd_o**2
    gradient[p + 1:2 * p] += -beta_o[1:] / scale**2
    gradient[2 * p:] += -(log_alpha - mu_a) / sd_a**2
    if hessian:
        for j in range(1, p):
            h[j, j] -= 1 / scale**2
            h[p + j, p + j] -= 1 / scale**2
        h[0, 0] -= 1 / prior.spread**2
        h[p, p] -= 1 / prior.spread**2 + 1 / sd_o**2
        h[0, p] += 1 / prior.spread**2
        h[p, 0] += 1 / prior.spread**2
        for k in range(2 if layout.frailty else 0):
            h[2 * p + k, 2 * p + k] -= 1 / sd_a**2
    return loglik + logprior, gradient, h


def _cluster_scores(theta: Array, d: Design, layout: _Layout) -> Array:
    """Return each alliance's summed score for the coefficients (clusters x 2p), frailty shapes held fixed."""
    p = layout.p
    beta_b, beta_o, log_alpha = layout.split(theta)
    mass_b = d.exposure * np.exp(d.x @ beta_b)
    mass_o = d.exposure * np.exp(d.x @ beta_o)
    if layout.frailty:
        count = len(d.group_kind)
        alpha = np.exp(log_alpha)[d.group_kind]
        ratio = (alpha + np.bincount(d.group, weights=d.breach, minlength=count)) / (
            alpha + np.bincount(d.group, weights=mass_b, minlength=count))
        resid_b = d.breach - ratio[d.group] * mass_b
    else:
        resid_b = d.breach - mass_b
    resid_o = d.other - mass_o
    clusters = int(d.cluster.max()) + 1 if len(d.cluster) else 0
    scores = np.zeros((clusters, 2 * p))
    for j in range(p):
        scores[:, j] = np.bincount(d.cluster, weights=d.x[:, j] * resid_b, minlength=clusters)
        scores[:, p + j] = np.bincount(d.cluster, weights=d.x[:, j] * resid_o, minlength=clusters)
    return scores


@dataclass
class BreachModel:
    """Competing hazards of breach and other endings, with group frailties; see the module docstring.

    Use ``BreachModel(prior="leeds-2003").fit(design)``; fitted values end in ``_``.
    """

    prior: str = DEFAULT_PRIOR
    draws: int = 1000
    seed: int = 20231
    params_: Array = field(default_factory=lambda: np.zeros(0))
    covariance_: Array = field(default_factory=lambda: np.zeros((0, 0)))
    laplace_covariance_: Array = field(default_factory=lambda: np.zeros((0, 0)))
    names_: list[str] = field(default_factory=list)
    frailty_: bool = True
    design_: Design | None = None
    spec_: Specification | None = None
    upto_: int = 0
    fill_: dict[str, float] = field(default_factory=dict)
    summary_: dict[str, Any] = field(default_factory=dict)

    @property
    def prior_(self) -> Prior:
        """Return the prior as an object."""
        return get_prior(self.prior)

    def _layout(self) -> _Layout:
        return _Layout(len(self.names_), self.frailty_)

    def fit(self, design: Design, warm: Array | None = None) -> BreachModel:
        """Fit the model to ``design`` (from :func:`foedus.reliability.design.design_matrix`); return self.

        ``warm`` may give a starting point of the same size (a fit under another coding or at another origin).

        Raises
        ------
        ValueError
            If the design has no rows, or the prior is unknown.
        ConvergenceError
            If the optimiser does not converge.
        """
        prior = get_prior(self.prior)
        if len(design.exposure) == 0:
            raise ValueError("no alliance units to fit: load a ledger or import ATOP first")
        self.names_, self.frailty_ = list(design.names), design.spec.frailty
        layout = self._layout()
        start = np.zeros(layout.size)
        start[layout.p] = OTHER_INTERCEPT[0]
        start[0] = OTHER_INTERCEPT[0] + prior.log_ratio
        if warm is not None and len(warm) == layout.size:
            start = warm

        def posterior(t: Array, h: bool) -> tuple[float, Array, Array]:
            return _log_posterior(t, design, prior, layout, hessian=h)

        with one_blas_thread():  # thin products: a second BLAS thread costs more than it saves
            theta = _newton(posterior, start)
            curvature = -posterior(theta, True)[2]
        try:
            laplace = np.linalg.inv(curvature)
        except np.linalg.LinAlgError:
            raise ConvergenceError("the posterior's curvature is singular at the mode") from None
        laplace = (laplace + laplace.T) / 2
        if not np.all(np.isfinite(laplace)) or np.any(np.linalg.eigvalsh(laplace) <= 0):
            raise ConvergenceError("the fit did not reach a proper mode: the curvature is not negative definite")
        # cluster-robust covariance of the coefficients (Lin & Wei 1989), the shapes' Laplace variance kept
        p2 = 2 * layout.p
        bread = np.linalg.inv(curvature[:p2, :p2])
        scores = _cluster_scores(theta, design, layout)
        robust = bread @ (scores.T @ scores) @ bread
        covariance = np.zeros_like(laplace)
        covariance[:p2, :p2] = (robust + robust.T) / 2
        covariance[p2:, p2:] = laplace[p2:, p2:]
        if np.any(np.linalg.eigvalsh(covariance) <= 0):
            covariance = laplace  # too few clusters for a sandwich: fall back on the Laplace curvature
        self.params_, self.covariance_, self.laplace_covariance_ = theta, covariance, laplace
        self.design_, self.spec_, self.upto_, self.fill_ = design, design.spec, design.upto, dict(design.fill)
        self.summary_ = {
            "unit_years": len(design.exposure), "breaches": float(design.breach.sum()),
            "other_endings": float(design.other.sum()), "clusters": len(np.unique(design.cluster)),
            "groups": len(np.unique(design.group)), "log_posterior": float(posterior(theta, False)[0]),
        }
        return self

    def slim(self) -> BreachModel:
        """Return a copy without the training design (to keep on disk); :meth:`group_design` rebuilds its rows."""
        from dataclasses import replace

        return replace(self, design_=None)

    def group_design(self, table: UnitYears, groups: NDArray[np.int64]) -> Design:
        """Return this fit's design restricted to the training rows of ``groups`` (for their frailty records)."""
        if self.spec_ is None:
            raise FoedusError("the model is not fitted yet: call fit(design) first")
        return design_matrix(table, self.spec_, self.upto_, keep=np.isin(table.group, groups), fill=self.fill_,
                             names=self.names_)

    # --- parameters -------------------------------------------------------------------------------------------
    def _check_fitted(self) -> Design:
        if self.design_ is None:
            raise FoedusError("the model is not fitted yet: call fit(design) first")
        return self.design_

    def parameter_draws(self, count: int | None = None, seed: int | None = None, *, laplace: bool = False) -> Array:
        """Return draws of the parameters from the fitted posterior (cluster-robust, or the plain Laplace one)."""
        if self.spec_ is None:
            raise FoedusError("the model is not fitted yet: call fit(design) first")
        rng = np.random.default_rng(self.seed if seed is None else seed)
        cov = self.laplace_covariance_ if laplace else self.covariance_
        key = "_factor_laplace" if laplace else "_factor"
        factor: Array | None = self.__dict__.get(key)
        if factor is None:
            factor = cholesky_factor(cov)
            self.__dict__[key] = factor
        # the same draws as rng.multivariate_normal(..., method="cholesky"), without factorising every time
        return self.params_ + rng.standard_normal((count or self.draws, len(self.params_))) @ factor.T

    def frailty_shapes(self) -> dict[str, dict[str, float]]:
        """Return each frailty shape's prior and posterior: the variance between groups is ``1/alpha``."""
        if not self.frailty_:
            return {}
        p = len(self.names_)
        mu, sd = LOG_SHAPE
        out = {}
        for k, kind in enumerate(_KINDS):
            m, s = self.params_[2 * p + k], float(np.sqrt(self.laplace_covariance_[2 * p + k, 2 * p + k]))
            out[kind] = {
                "alpha": float(np.exp(m)), "variance": float(np.exp(-m)),
                "variance_low": float(np.exp(-(m + 1.645 * s))), "variance_high": float(np.exp(-(m - 1.645 * s))),
                "prior_variance": float(np.exp(-mu)), "prior_variance_low": float(np.exp(-(mu + 1.645 * sd))),
                "prior_variance_high": float(np.exp(-(mu - 1.645 * sd))),
            }
        return out

    def hazard_ratios(self) -> list[dict[str, Any]]:
        """Return each covariate's hazard ratio for breach and for other endings, with 90% intervals."""
        draws = self.parameter_draws()
        beta_b, beta_o, _ = self._layout().split(draws)
        rows = []
        for j, name in enumerate(self.names_):
            row: dict[str, Any] = {"covariate": name}
            for label, b in (("breach", beta_b[:, j]), ("other", beta_o[:, j])):
                lo, mid, hi = np.exp(np.percentile(b, [5, 50, 95]))
                row[label] = {"ratio": float(mid), "low": float(lo), "high": float(hi)}
            rows.append(row)
        return rows

    def frailty_draws(self, theta: Array, groups: NDArray[np.int64], rng: np.random.Generator,
                      design: Design | None = None) -> Array:
        """Return draws (draws x units) of the frailty of each unit's group (an index into the table's groups; -1
        for a group the table does not hold), given the group's record in the training rows (``design``: the fit's
        own, or one from :meth:`group_design` holding at least those groups' rows)."""
        if not self.frailty_:
            return np.ones((len(theta), len(groups)))
        d = design if design is not None else self._check_fitted()
        beta_b, _, log_alpha = self._layout().split(theta)
        rows = np.isin(d.group, groups[groups >= 0])
        present = np.unique(d.group[rows])  # the groups asked for that have training rows, sorted
        local = np.searchsorted(present, d.group[rows])
        order = np.argsort(local, kind="stable")
        mass = d.exposure[rows][order, None] * np.exp(d.x[rows][order] @ beta_b.T)  # rows x draws, by group
        starts = np.searchsorted(local[order], np.arange(len(present)))
        expected = np.add.reduceat(mass, starts, axis=0) if len(present) else np.zeros((0, len(theta)))
        observed = np.bincount(local, weights=d.breach[rows], minlength=len(present))
        kinds = np.where(groups >= 0, d.group_kind[np.maximum(groups, 0)], 0)  # an unseen group: a new pair
        alpha = np.exp(log_alpha)[:, kinds]  # draws x units
        where = np.minimum(np.searchsorted(present, groups), max(len(present) - 1, 0))
        seen = (groups >= 0) & (present[where] == groups) if len(present) else np.zeros(len(groups), dtype=bool)
        shape = alpha + np.where(seen, observed[where] if len(present) else 0.0, 0.0)
        rate = alpha + np.where(seen[None, :], expected[where].T if len(present) else 0.0, 0.0)
        return rng.gamma(shape, 1.0 / rate)

    def forecast(self, rows: Array, frailty: Array, targets: list[list[int]], theta: Array) -> Array:
        """Return draws (draws x targets x years) of the cumulative probability of a breach by any unit of each
        target, from forecast design rows (units x years x p) and frailty draws (draws x units).

        A target of two member units (a pair in a multilateral alliance) is breached when either member breaches;
        its other-ending hazard is the sum of theirs (which counts a dissolution that ends both twice: a small
        understatement of the breach probability).
        """
        beta_b, beta_o, _ = self._layout().split(theta)
        eta_b = np.einsum("uyp,sp->suy", rows, beta_b)
        eta_o = np.einsum("uyp,sp->suy", rows, beta_o)
        rate_b = np.exp(eta_b) * frailty[:, :, None]
        rate_o = np.exp(eta_o)
        if all(len(m) == 1 for m in targets):
            index = [m[0] for m in targets]
            return cumulative_incidence(rate_b[:, index, :], rate_o[:, index, :])
        out = np.empty((len(theta), len(targets), rows.shape[1]))
        for t, members in enumerate(targets):
            out[:, t, :] = cumulative_incidence(rate_b[:, members, :].sum(axis=1), rate_o[:, members, :].sum(axis=1))
        return out


def cholesky_factor(covariance: Array) -> Array:
    """Return a Cholesky factor of ``covariance``; where rounding leaves it not quite positive definite (a
    near-singular curvature, as the spline specification's at 1907 with Europe held out), its eigenvalues are first
    floored at 1e-10 of the largest, which changes the draws by far less than their spread."""
    try:
        return np.asarray(np.linalg.cholesky(covariance), dtype=np.float64)
    except np.linalg.LinAlgError:
        values, vectors = np.linalg.eigh((covariance + covariance.T) / 2)
        floor = 1e-10 * max(1.0, float(np.max(np.abs(values))))
        fixed = (vectors * np.maximum(values, floor)) @ vectors.T
        return np.asarray(np.linalg.cholesky((fixed + fixed.T) / 2), dtype=np.float64)


def cumulative_incidence(rate_b: Array, rate_o: Array) -> Array:
    """Return the cumulative probability of a breach year by year, under competing piecewise-constant hazards.

    In year ``j`` a breach has probability ``S_{j-1} * lambda_b / (lambda_b + lambda_o) * (1 - exp(-(lambda_b +
    lambda_o)))``, where ``S_{j-1}`` is the probability that neither ending came before the year.
    """
    total = rate_b + rate_o
    alive = np.cumprod(np.exp(-total), axis=-1)
    before = np.concatenate([np.ones_like(alive[..., :1]), alive[..., :-1]], axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total > 0, rate_b / total, 0.0)
    return np.cumsum(before * share * (1 - np.exp(-total)), axis=-1)


def interval(values: Array) -> dict[str, float]:
    """Return the mean, median and 90% interval of draws."""
    low, median, high = np.percentile(values, [5, 50, 95])
    return {"mean": float(np.mean(values)), "median": float(median), "low": float(low), "high": float(high)}


def band(values: Array) -> dict[str, list[float]]:
    """Return the mean, median and 90% band of draws (draws x years), year by year."""
    low, median, high = np.percentile(values, [5, 50, 95], axis=0)
    return {"mean": np.mean(values, axis=0).tolist(), "median": median.tolist(), "low": low.tolist(),
            "high": high.tolist()}


def _newton(log_posterior: Any, theta: Array, *, tolerance: float = 1e-9, max_steps: int = 200) -> Array:
    """Return the mode of a log posterior by Newton steps, damped (Levenberg) where the curvature is not
    negative definite, with backtracking so that every step goes uphill."""
    value, gradient, hessian = log_posterior(theta, True)
    for _ in range(max_steps):
        curvature = -hessian
        damping = 0.0
        while True:
            try:
                factor = np.linalg.cholesky(curvature + damping * np.eye(len(theta)))
                break
            except np.linalg.LinAlgError:
                damping = max(2 * damping, 1e-6 * max(1.0, float(np.max(np.abs(np.diag(curvature))))))
        step = np.linalg.solve(factor.T, np.linalg.solve(factor, gradient))
        decrement = float(gradient @ step)  # the Newton decrement: how much ascent is left to gain
        if decrement < tolerance * (1 + abs(value)):
            return theta
        size = 1.0
        while size > 1e-12:
            candidate = theta + size * step
            new_value = log_posterior(candidate, False)[0]
            if np.isfinite(new_value) and new_value > value:
                break
            size /= 2
        else:
            return theta  # no uphill step is left within floating-point precision: this is the mode
        theta = candidate
        value, gradient, hessian = log_posterior(theta, True)
    raise ConvergenceError(f"the fit did not converge in {max_steps} Newton steps")


def _numeric_hessian(gradient: Any, theta: Array, step: float = 1e-5) -> Array:
    size = len(theta)
    hessian = np.zeros((size, size))
    for j in range(size):
        delta = np.zeros(size)
        delta[j] = step * max(1.0, abs(theta[j]))
        hessian[:, j] = (gradient(theta + delta) - gradient(theta - delta)) / (2 * delta[j])
    return (hessian + hessian.T) / 2
