"""The breach model: competing hazards of breach and of every other ending, pooled across pairs of states.

Model
-----
Each spell is cut into calendar years. In each year ``i`` the pair is exposed for ``e_i`` years (a fraction in
the first and last) to two hazards, constant within the year (a piecewise-exponential model):

* breach: ``lambda_b = u_d * exp(x_i @ beta_b)``, where ``u_d`` is the pair's frailty;
* any other ending (expiry, replacement, joint dissolution, defeat, ...): ``lambda_o = exp(x_i @ beta_o)``.

The covariates ``x`` are an intercept, ``log(1 + years in force)`` (centred on ten years), whether the year is after
1945, whether the
alliance carries a defense or offense obligation, whether it is bilateral and, when the major-power list is
imported, whether either member is a major power.

Pooling: the frailties ``u_d ~ Gamma(alpha, alpha)`` (mean 1) are integrated out in closed form, so a pair's own
record moves its forecast only as far as the spread ``1/alpha`` between pairs, estimated from all pairs, allows: a
pair with five breaches is shrunk toward comparable alliances rather than taken at face value. Given the data, a
pair's frailty is ``Gamma(alpha + O_d, alpha + E_d)``, with ``O_d`` its breaches and ``E_d`` the breaches expected
of it at ``u = 1``.

Censoring: a spell still in force (or cut by the end of its data) contributes its exposure and no event: that is
the whole of what is known of it. Spells of multilateral alliances enter with weight ``1 / (members - 1)``.

Fitting: the fast fit maximises the log posterior (Newton steps from scipy's trust-region solver with analytic
gradients) and approximates the posterior by a normal distribution at the mode (Laplace), in well under a second
on the shipped ledgers. The full Bayesian fit (:mod:`foedus.reliability.bayes`) samples the same posterior with
PyMC.

References
----------
Holford, T. R. (1980). The analysis of rates and of survivorship using log-linear models. *Biometrics*, 36(2),
299-305. https://doi.org/10.2307/2529982
Clayton, D. G. (1978). A model for association in bivariate life tables. *Biometrika*, 65(1), 141-151.
https://doi.org/10.1093/biomet/65.1.141
Leeds, B. A., & Savun, B. (2007). Terminating alliances: Why do states abrogate agreements? *The Journal of
Politics*, 69(4), 1118-1132. https://doi.org/10.1111/j.1468-2508.2007.00612.x
Tierney, L., & Kadane, J. B. (1986). Accurate approximations for posterior moments and marginal densities.
*Journal of the American Statistical Association*, 81(393), 82-86. https://doi.org/10.1080/01621459.1986.10478240
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from foedus.errors import FoedusError
from foedus.reliability.priors import COEFFICIENT_SCALE, DEFAULT_PRIOR, LOG_SHAPE, OTHER_INTERCEPT, Prior, get_prior

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["BreachModel", "ConvergenceError", "Exposure", "SpellContext", "exposure_rows"]

Array = NDArray[np.float64]


class ConvergenceError(FoedusError, ValueError):
    """The fit did not converge."""


@dataclass
class Exposure:
    """Spell-years: one row per spell and calendar year, ready for the likelihood."""

    x: Array  # covariates, intercept first
    exposure: Array  # years at risk in the row
    breach: Array  # 1 if the spell ended in a breach in this row
    other: Array  # 1 if it ended otherwise in this row
    weight: Array
    pair: NDArray[np.int64]  # index into ``pairs``
    pairs: list[tuple[int, int]]
    covariates: list[str]

    @property
    def rows(self) -> int:
        """Return the number of spell-years."""
        return len(self.exposure)


#: ``log_years_in_force`` is centred on ten years in force, so that the intercepts (and the priors on them) speak of
#: an alliance ten years old, near the middle of the ATOP durations.
_TEN_YEARS = float(np.log1p(10.0))


def _covariate_row(year: Array, duration: Array, spells: dict[str, Array], names: list[str]) -> Array:
    columns = {
        "intercept": np.ones_like(year),
        "log_years_in_force": np.log1p(np.maximum(duration, 0.0)) - _TEN_YEARS,
        "post_1945": (year >= 1945).astype(float),
        "defense_or_offense": spells["defense_or_offense"],
        "bilateral": spells["bilateral"],
        "major_power": spells.get("major_power", np.zeros_like(year)),
    }
    return np.column_stack([columns[n] for n in names])


def _covariate_names(spells: pd.DataFrame) -> list[str]:
    names = ["intercept", "log_years_in_force", "post_1945", "defense_or_offense", "bilateral"]
    if "major" in spells and spells["major"].notna().all() and len(spells):
        names.append("major_power")
    return names


def exposure_rows(spells: pd.DataFrame, covariates: list[str] | None = None) -> Exposure:
    """Cut spells into calendar-year rows with their exposure, events and covariates."""
    names = covariates or _covariate_names(spells)
    start = spells["start"].to_numpy(float)
    end = spells["end"].to_numpy(float)
    first = np.floor(start)
    counts = np.maximum(np.ceil(end) - first, 1).astype(int)
    index = np.repeat(np.arange(len(spells)), counts)
    offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    year = first[index] + offset
    lo = np.maximum(year, start[index])
    hi = np.minimum(year + 1, end[index])
    exposure = np.maximum(hi - lo, 0.0)
    last = offset == counts[index] - 1
    censored = spells["censored"].to_numpy(bool)[index]
    is_breach = spells["breach"].to_numpy(bool)[index]
    breach = (last & ~censored & is_breach).astype(float)
    other = (last & ~censored & ~is_breach).astype(float)
    per_spell = {
        "defense_or_offense": (spells["defense"].to_numpy(bool) | spells["offense"].to_numpy(bool)).astype(float),
        "bilateral": spells["bilateral"].to_numpy(bool).astype(float),
    }
    if "major_power" in names:
        per_spell["major_power"] = spells["major"].to_numpy(bool).astype(float)
    x = _covariate_row(year, (lo + hi) / 2 - start[index], {k: v[index] for k, v in per_spell.items()}, names)
    keys = list(zip(spells["ccode1"].astype(int), spells["ccode2"].astype(int), strict=True))
    pairs = list(dict.fromkeys(keys))
    lookup = {p: i for i, p in enumerate(pairs)}
    pair = np.array([lookup[k] for k in keys], dtype=np.int64)[index]
    keep = exposure > 0
    keep |= (breach + other) > 0
    return Exposure(
        x=x[keep], exposure=np.maximum(exposure[keep], 1e-6), breach=breach[keep], other=other[keep],
        weight=spells["weight"].to_numpy(float)[index][keep], pair=pair[keep], pairs=pairs, covariates=names,
    )


def _without_constant_covariates(data: Exposure) -> Exposure:
    """Drop covariates that do not vary in the data (their effect could come from the prior alone)."""
    keep = [0] + [j for j in range(1, data.x.shape[1]) if np.ptp(data.x[:, j]) > 0]
    if len(keep) == data.x.shape[1]:
        return data
    return Exposure(x=data.x[:, keep], exposure=data.exposure, breach=data.breach, other=data.other,
                    weight=data.weight, pair=data.pair, pairs=data.pairs,
                    covariates=[data.covariates[j] for j in keep])


@dataclass
class SpellContext:
    """The spell a forecast is for: when it began, its covariates, and the pair's record so far."""

    start: float
    defense_or_offense: bool
    bilateral: bool
    major_power: bool = False
    breaches: float = 0.0  # O_d: the pair's breaches so far (weighted)
    history_x: Array | None = None  # the pair's spell-years so far, for E_d
    history_exposure: Array | None = None

    def x(self, years: Array, names: list[str]) -> Array:
        duration = years + 0.5 - self.start
        flags = {
            "defense_or_offense": np.full_like(years, float(self.defense_or_offense)),
            "bilateral": np.full_like(years, float(self.bilateral)),
            "major_power": np.full_like(years, float(self.major_power)),
        }
        return _covariate_row(years, duration, flags, names)


def _log_posterior(theta: Array, data: Exposure, prior: Prior, *, hessian: bool = False) -> tuple[float, Array, Array]:
    """Return the log posterior at ``theta``, its gradient and (if asked) its Hessian, all in closed form."""
    from scipy.special import digamma, gammaln, polygamma

    p = data.x.shape[1]
    beta_b, beta_o, log_alpha = theta[:p], theta[p:2 * p], theta[2 * p]
    alpha = float(np.exp(log_alpha))
    x, w, e = data.x, data.weight, data.exposure
    eta_b, eta_o = x @ beta_b, x @ beta_o
    rate_b, rate_o = np.exp(eta_b), np.exp(eta_o)
    # other endings: the piecewise-exponential log-likelihood
    loglik = float(np.sum(w * (data.other * eta_o - e * rate_o)))
    grad_o = x.T @ (w * (data.other - e * rate_o))
    # breaches, with each pair's gamma frailty integrated out
    count = len(data.pairs)
    mass_b = w * e * rate_b
    expected = np.bincount(data.pair, weights=mass_b, minlength=count)
    observed = np.bincount(data.pair, weights=w * data.breach, minlength=count)
    loglik += float(np.sum(w * data.breach * eta_b))
    loglik += float(np.sum(gammaln(alpha + observed) - gammaln(alpha) + alpha * log_alpha
                           - (alpha + observed) * np.log(alpha + expected)))
    ratio = (alpha + observed) / (alpha + expected)
    grad_b = x.T @ (w * data.breach - ratio[data.pair] * mass_b)
    d_alpha = float(np.sum(digamma(alpha + observed) - digamma(alpha) + log_alpha + 1
                           - np.log(alpha + expected) - ratio))
    grad_a = d_alpha * alpha
    # priors: normal on every coefficient; see foedus.reliability.priors
    scale = COEFFICIENT_SCALE
    mu_o, sd_o = OTHER_INTERCEPT
    mu_a, sd_a = LOG_SHAPE
    gap = beta_b[0] - beta_o[0] - prior.log_ratio
    logprior = -0.5 * (float(np.sum(beta_b[1:] ** 2) + np.sum(beta_o[1:] ** 2)) / scale**2
                       + ((beta_o[0] - mu_o) / sd_o) ** 2 + (gap / prior.spread) ** 2
                       + ((log_alpha - mu_a) / sd_a) ** 2)
    g_b = np.concatenate([[-gap / prior.spread**2], -beta_b[1:] / scale**2])
    g_o = np.concatenate([[gap / prior.spread**2 - (beta_o[0] - mu_o) / sd_o**2], -beta_o[1:] / scale**2])
    gradient = np.concatenate([grad_b + g_b, grad_o + g_o, [grad_a - (log_alpha - mu_a) / sd_a**2]])
    if not hessian:
        return loglik + logprior, gradient, np.zeros((0, 0))
    size = 2 * p + 1
    h = np.zeros((size, size))
    per_pair = np.column_stack([np.bincount(data.pair, weights=mass_b * x[:, j], minlength=count) for j in range(p)])
    spread = (alpha + observed) / (alpha + expected) ** 2
    h[:p, :p] = -(x.T * (ratio[data.pair] * mass_b)) @ x + (per_pair.T * spread) @ per_pair
    h[p:2 * p, p:2 * p] = -(x.T * (w * e * rate_o)) @ x
    cross = -(per_pair.T @ ((expected - observed) / (alpha + expected) ** 2)) * alpha
    h[:p, 2 * p] = h[2 * p, :p] = cross
    second = float(np.sum(polygamma(1, alpha + observed) - polygamma(1, alpha) + 1 / alpha
                          - 2 / (alpha + expected) + (alpha + observed) / (alpha + expected) ** 2))
    h[2 * p, 2 * p] = alpha * d_alpha + alpha**2 * second
    # priors' curvature
    for j in range(1, p):
        h[j, j] -= 1 / scale**2
        h[p + j, p + j] -= 1 / scale**2
    h[0, 0] -= 1 / prior.spread**2
    h[p, p] -= 1 / prior.spread**2 + 1 / sd_o**2
    h[0, p] += 1 / prior.spread**2
    h[p, 0] += 1 / prior.spread**2
    h[2 * p, 2 * p] -= 1 / sd_a**2
    return loglik + logprior, gradient, h


@dataclass
class BreachModel:
    """Competing hazards of breach and other endings, with pair frailties; see the module docstring.

    Use ``BreachModel(prior="leeds-2003").fit(spells)``; fitted values end in ``_``.
    """

    prior: str = DEFAULT_PRIOR
    draws: int = 2000
    seed: int = 20231
    params_: Array = field(default_factory=lambda: np.zeros(0))
    covariance_: Array = field(default_factory=lambda: np.zeros((0, 0)))
    covariates_: list[str] = field(default_factory=list)
    data_: Exposure | None = None
    summary_: dict[str, Any] = field(default_factory=dict)

    @property
    def prior_(self) -> Prior:
        """Return the prior as an object."""
        return get_prior(self.prior)

    def fit(self, spells: pd.DataFrame, warm: Array | None = None, exposure: Exposure | None = None) -> BreachModel:
        """Fit the model to ``spells`` (from :func:`foedus.reliability.spells.alliance_spells`); return self.

        ``warm`` may give a starting point, such as the parameters of a fit under another coding or prior;
        ``exposure`` the spell-years of ``spells`` if another fit already cut them.

        Raises
        ------
        ValueError
            If there are no spells, or the prior is unknown.
        ConvergenceError
            If the optimiser does not converge.
        """
        prior = get_prior(self.prior)
        if len(spells) == 0:
            raise ValueError("no alliance spells to fit: load a ledger or import ATOP first")
        data = exposure if exposure is not None else _without_constant_covariates(exposure_rows(spells))
        p = data.x.shape[1]
        start = np.zeros(2 * p + 1)
        start[p] = OTHER_INTERCEPT[0]
        start[0] = OTHER_INTERCEPT[0] + prior.log_ratio

        theta = _newton(lambda t, h: _log_posterior(t, data, prior, hessian=h), start if warm is None else warm)
        try:
            covariance = np.linalg.inv(-_log_posterior(theta, data, prior, hessian=True)[2])
        except np.linalg.LinAlgError:
            raise ConvergenceError("the posterior's curvature is singular at the mode") from None
        covariance = (covariance + covariance.T) / 2
        if not np.all(np.isfinite(covariance)) or np.any(np.linalg.eigvalsh(covariance) <= 0):
            raise ConvergenceError("the fit did not reach a proper mode: the curvature is not negative definite")
        self.params_, self.covariance_, self.covariates_, self.data_ = theta, covariance, data.covariates, data
        self.summary_ = {
            "spells": len(spells),
            "spell_years": data.rows,
            "breaches": float(np.sum(spells["breach"] & ~spells["censored"])),
            "weighted_breaches": float(np.sum(data.weight * data.breach)),
            "other_endings": int((~spells["censored"] & ~spells["breach"]).sum()),
            "censored": int(spells["censored"].sum()),
            "pairs": len(data.pairs),
            "log_posterior": float(_log_posterior(theta, data, prior)[0]),
        }
        return self

    # --- parameters -------------------------------------------------------------------------------------------
    def _split(self, theta: Array) -> tuple[Array, Array, Array]:
        p = len(self.covariates_)
        return theta[..., :p], theta[..., p:2 * p], np.exp(theta[..., 2 * p])

    def parameter_draws(self, count: int | None = None, seed: int | None = None) -> Array:
        """Return draws of the parameters from the fitted (Laplace) posterior; reproducible by seed."""
        self._check_fitted()
        rng = np.random.default_rng(self.seed if seed is None else seed)
        return rng.multivariate_normal(self.params_, self.covariance_, size=count or self.draws, method="cholesky")

    def _check_fitted(self) -> None:
        if self.data_ is None:
            raise FoedusError("the model is not fitted yet: call fit(spells) first")

    @property
    def frailty_shape_(self) -> float:
        """Return alpha: the gamma frailty's shape (heterogeneity between pairs is 1/alpha)."""
        self._check_fitted()
        return float(np.exp(self.params_[-1]))

    def hazard_ratios(self) -> list[dict[str, Any]]:
        """Return each covariate's hazard ratio for breach and for other endings, with 90% intervals."""
        draws = self.parameter_draws()
        beta_b, beta_o, _ = self._split(draws)
        rows = []
        for j, name in enumerate(self.covariates_):
            row: dict[str, Any] = {"covariate": name}
            for label, b in (("breach", beta_b[:, j]), ("other", beta_o[:, j])):
                lo, mid, hi = np.exp(np.percentile(b, [5, 50, 95]))
                row[label] = {"ratio": float(mid), "low": float(lo), "high": float(hi)}
            rows.append(row)
        return rows

    # --- forecasts --------------------------------------------------------------------------------------------
    def forecast(
        self, context: SpellContext, as_of: int, horizons: list[int], *, pooled_only: bool = False,
        draws: Array | None = None, curves: bool = True,
    ) -> dict[str, Any]:
        """Return P(breach within h years | in force at the end of ``as_of``) for each horizon, with draws.

        ``pooled_only`` gives the base rate of comparable alliances: the pair's own record is ignored and its
        frailty drawn from the population, ``Gamma(alpha, alpha)``. ``curves`` adds the yearly hazard and the
        cumulative probability, with their bands, for every year up to the longest horizon.
        """
        self._check_fitted()
        theta = self.parameter_draws() if draws is None else draws
        beta_b, beta_o, alpha = self._split(theta)
        longest = max(horizons)
        years = np.arange(as_of + 1, as_of + longest + 1, dtype=float)
        x = context.x(years, self.covariates_)
        rate_b = np.exp(beta_b @ x.T)  # draws x years
        rate_o = np.exp(beta_o @ x.T)
        rng = np.random.default_rng(self.seed + 1)
        if pooled_only:
            frailty = rng.gamma(alpha, 1.0 / alpha)
        else:
            expected = np.zeros(len(theta))
            if context.history_x is not None and context.history_exposure is not None and len(context.history_x):
                expected = np.exp(beta_b @ context.history_x.T) @ context.history_exposure
            frailty = rng.gamma(alpha + context.breaches, 1.0 / (alpha + expected))
        rate_b = rate_b * frailty[:, None]
        total = rate_b + rate_o
        alive = np.cumprod(np.exp(-total), axis=1)
        alive_before = np.concatenate([np.ones((len(theta), 1)), alive[:, :-1]], axis=1)
        breach_in_year = alive_before * rate_b / total * (1 - np.exp(-total))
        cumulative = np.cumsum(breach_in_year, axis=1)
        result: dict[str, Any] = {
            "years": years.astype(int).tolist(),
            "cumulative": _band(cumulative) if curves else {},
            "hazard": _band(rate_b) if curves else {},
            "frailty": {"mean": float(np.mean(frailty)), "low": float(np.percentile(frailty, 5)),
                        "high": float(np.percentile(frailty, 95))},
            "horizons": {},
            "draws": {},
        }
        for h in horizons:
            values = cumulative[:, h - 1]
            result["horizons"][h] = _interval(values)
            result["draws"][h] = values
        return result

    def contributions(self, context: SpellContext, as_of: int) -> list[dict[str, float | str]]:
        """Return each covariate's contribution to the log breach hazard of the spell in the year after ``as_of``."""
        self._check_fitted()
        beta_b, _, _ = self._split(self.params_)
        x = context.x(np.array([as_of + 1.0]), self.covariates_)[0]
        return [
            {"covariate": name, "value": float(x[j]), "log_hazard": float(x[j] * beta_b[j]),
             "hazard_ratio": float(np.exp(beta_b[j]))}
            for j, name in enumerate(self.covariates_)
        ]


def _interval(values: Array) -> dict[str, float]:
    low, median, high = np.percentile(values, [5, 50, 95])
    return {"mean": float(np.mean(values)), "median": float(median), "low": float(low), "high": float(high)}


def _band(values: Array) -> dict[str, list[float]]:
    low, median, high = np.percentile(values, [5, 50, 95], axis=0)
    return {"mean": np.mean(values, axis=0).tolist(), "median": median.tolist(), "low": low.tolist(),
            "high": high.tolist()}


def _newton(
    log_posterior: Any, theta: Array, *, tolerance: float = 1e-9, max_steps: int = 200
) -> Array:
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
