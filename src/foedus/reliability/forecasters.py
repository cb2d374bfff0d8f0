"""One interface for every forecaster the backtest scores: the model's specifications and the baselines.

A :class:`Forecaster` is fitted on what was known at the end of an origin year ``T`` (:meth:`Forecaster.fit`:
unit-years up to ``T``, endings up to ``T``) and then gives, for units in force at the end of ``T``, draws of the
probability that each is breached within the next ``h`` years (:meth:`Forecaster.forecast`; a point forecaster
gives one draw). Adding a baseline or a term is one class; :data:`BASELINE_FORECASTERS` lists the baselines in the
order they are reported.

The forecasters here besides the breach model's specifications:

* :class:`LogisticHazard`: a discrete-time multinomial logistic hazard (none / breach / other ending in each
  unit-year) on the same features as the ``covariates`` specification, no frailty, a normal prior (ridge) on every
  coefficient but the intercepts, posterior mode by Newton steps, Laplace draws made robust to clustering by
  alliance. It is both a baseline and a candidate in the stack.
  :data:`LOGISTIC_RECENT` is the same model with each unit-year weighted by its recency (half-life
  :data:`RECENT_HALF_LIFE` years), so that the hazards of the latest decades count most.
* :class:`LandmarkRate`: the share of units in force at each earlier landmark year ``L`` (``L + h <= T``, so the
  outcome is known at ``T``) breached within ``h`` years, by bilateral x defense x years in force, shrunk toward the
  pooled share.
* the overall rate, the stratified Aalen-Johansen (floored at :data:`AJ_FLOOR`, declared in advance), the pair's or
  state's own record and the cause-specific Cox model (:mod:`foedus.reliability.baselines`).

References
----------
Allison, P. D. (1982). Discrete-time methods for the analysis of event histories. *Sociological Methodology*, 13,
61-98. https://doi.org/10.2307/270718
van Houwelingen, H. C. (2007). Dynamic prediction by landmarking in event history analysis. *Scandinavian Journal
of Statistics*, 34(1), 70-85. https://doi.org/10.1111/j.1467-9469.2006.00529.x
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np
from numpy.typing import NDArray

from foedus._blas import one_blas_thread
from foedus.reliability.baselines import AJ_FLOOR, COX, baseline_forecasts
from foedus.reliability.design import Design, Specification, UnitYears, design_matrix, forecast_rows

if TYPE_CHECKING:
    from foedus.reliability.model import BreachModel

__all__ = [
    "AJ_FLOOR", "BASELINES", "BASELINE_FORECASTERS", "COX", "LANDMARK_SHRINKAGE", "LOGISTIC", "LOGISTIC_RECENT",
    "RECENT_HALF_LIFE", "Forecaster", "LandmarkRate", "LogisticHazard", "SpecificationForecaster", "Training",
    "baseline_forecasters", "logistic_forecaster",
]

Array = NDArray[np.float64]

#: The landmark rate's shrinkage toward the pooled share, in pseudo-units.
LANDMARK_SHRINKAGE = 20.0
#: The name of the logistic hazard among the forecasters.
LOGISTIC = "logistic_hazard"
#: The name of the recency-weighted logistic hazard: each unit-year weighted by ``2 ** -((T - year) / half-life)``.
LOGISTIC_RECENT = "logistic_recent"
#: The recency weighting's half-life in years, declared before any backtest was run.
RECENT_HALF_LIFE = 30.0
_SCALE = 2.5  # prior sd of each coefficient but the intercepts (as the breach model's COEFFICIENT_SCALE)


@dataclass
class Training:
    """What a forecaster may use at an origin: the table and the year whose end bounds what is known.

    Designs are built once per specification and shared by the forecasters fitted at the same origin; so are the
    logistic hazards' fits (``fits``, by forecaster name), which depend on the origin but not on the horizon: backtests
    at several horizons over the same origins can share one ``Training`` per origin and fit each hazard once.
    """

    table: UnitYears
    origin: int
    designs: dict[str, Design] = field(default_factory=dict)
    fits: dict[str, tuple[Array, Array]] = field(default_factory=dict)

    def design(self, spec: Specification) -> Design:
        """Return the design of ``spec`` over the unit-years up to the end of the origin."""
        if spec.name not in self.designs:
            self.designs[spec.name] = design_matrix(self.table, spec, self.origin)
        return self.designs[spec.name]


class Forecaster(Protocol):
    """Anything the backtest scores: fitted at an origin, it forecasts P(breach within h years) for units."""

    name: str

    def fit(self, training: Training) -> Forecaster:
        """Fit on what was known at the end of ``training.origin``; return self."""
        ...

    def forecast(self, units: NDArray[np.int64], horizon: int) -> Array:
        """Return draws (draws x units) of P(breach within ``horizon`` years after the origin) for ``units``."""
        ...


@dataclass
class SpecificationForecaster:
    """A declared specification of the breach model as a forecaster (parameter and frailty draws)."""

    spec: Specification
    prior: str
    draws: int = 200
    seed: int = 20231
    warm: Array | None = None
    model: BreachModel | None = None
    training: Training | None = None

    @property
    def name(self) -> str:
        """Return the specification's name."""
        return self.spec.name

    def fit(self, training: Training) -> SpecificationForecaster:
        """Fit the breach model on the unit-years known at the origin."""
        from foedus.reliability.model import BreachModel

        self.training = training
        self.model = BreachModel(prior=self.prior, draws=self.draws, seed=self.seed).fit(
            training.design(self.spec), warm=self.warm)
        return self

    def forecast(self, units: NDArray[np.int64], horizon: int) -> Array:
        """Return draws of each unit's breach probability (parameters and its group's frailty drawn)."""
        if self.model is None or self.training is None:
            raise ValueError("fit the forecaster first")
        table, origin, model = self.training.table, self.training.origin, self.model
        theta = model.parameter_draws()
        rows = forecast_rows(table, self.training.design(self.spec), units, origin, horizon)
        rng = np.random.default_rng(self.seed + origin)
        frailty = model.frailty_draws(theta, table.group[table.row_at(units, origin)], rng)
        return model.forecast(rows, frailty, [[j] for j in range(len(units))], theta)[:, :, horizon - 1]


def _multinomial(theta: Array, x: Array, y: NDArray[np.int64], penalty: Array, hessian: bool,
                 weight: Array | None = None) -> tuple[float, Array, Array]:
    """Return the log posterior of the 3-outcome logistic hazard, its gradient and (if asked) its Hessian; rows
    may carry weights (a weighted likelihood)."""
    p = x.shape[1]
    w = np.ones(len(y)) if weight is None else weight
    beta = theta.reshape(2, p)
    eta = x @ beta.T  # rows x 2
    top = np.maximum(eta.max(axis=1), 0.0)
    log_norm = top + np.log(np.exp(-top) + np.exp(eta - top[:, None]).sum(axis=1))
    prob = np.exp(eta - log_norm[:, None])
    onehot = np.column_stack([(y == 1), (y == 2)]).astype(float)
    value = float(np.sum(w[:, None] * onehot * eta) - np.sum(w * log_norm)) - 0.5 * float(np.sum(penalty * theta**2))
    gradient = (x.T @ (w[:, None] * (onehot - prob))).T.ravel() - penalty * theta
    h = np.zeros((0, 0))
    if hessian:
        h = np.zeros((2 * p, 2 * p))
        for a in range(2):
            for b in range(2):
                wgt = w * prob[:, a] * ((a == b) - prob[:, b])
                h[a * p:(a + 1) * p, b * p:(b + 1) * p] = -(x.T * wgt) @ x
        h -= np.diag(penalty)
    return value, gradient, h


@dataclass
class LogisticHazard:
    """A discrete-time multinomial logistic hazard of breach and of other endings (see the module docstring)."""

    draws: int = 200
    seed: int = 20231
    name: str = LOGISTIC
    half_life: float | None = None
    params_: Array = field(default_factory=lambda: np.zeros(0))
    covariance_: Array = field(default_factory=lambda: np.zeros((0, 0)))
    design_: Design | None = None
    training: Training | None = None

    def fit(self, training: Training) -> LogisticHazard:
        """Fit by Newton steps on the unit-years known at the origin (each row one year at risk)."""
        design = training.design(_covariates_spec())
        self.training, self.design_ = training, design
        key = f"{self.name}/{self.half_life}"
        if key not in training.fits:
            weight = None
            if self.half_life is not None:
                year = training.table.year[design.rows].astype(float)
                weight = 2.0 ** (-(training.origin - year) / self.half_life)
            training.fits[key] = fit_multinomial(design, weight)
        self.params_, self.covariance_ = training.fits[key]
        return self

    def restore(self, training: Training, params: Array, covariance: Array) -> LogisticHazard:
        """Return self holding a fit made earlier (its parameters and covariance) on ``training``."""
        self.training, self.design_ = training, training.design(_covariates_spec())
        self.params_, self.covariance_ = np.asarray(params, float), np.asarray(covariance, float)
        return self

    def probabilities(self, rows: Array, theta: Array) -> Array:
        """Return draws x units x years of the cumulative probability of breach, from rows (units x years x p)."""
        p = rows.shape[-1]
        beta = theta.reshape(len(theta), 2, p)
        eta = np.einsum("uyp,skp->suyk", rows, beta)
        top = np.maximum(eta.max(axis=-1), 0.0)
        norm = np.exp(-top) + np.exp(eta - top[..., None]).sum(axis=-1)
        prob = np.exp(eta - top[..., None]) / norm[..., None]
        alive = np.cumprod(1 - prob.sum(axis=-1), axis=-1)
        before = np.concatenate([np.ones_like(alive[..., :1]), alive[..., :-1]], axis=-1)
        return np.asarray(np.cumsum(before * prob[..., 0], axis=-1), dtype=np.float64)

    def parameter_draws(self, count: int | None = None) -> Array:
        """Return draws of the coefficients from the (cluster-robust) normal approximation at the mode."""
        rng = np.random.default_rng(self.seed)
        from foedus.reliability.model import cholesky_factor

        factor = cholesky_factor(self.covariance_)
        return self.params_ + rng.standard_normal((count or self.draws, len(self.params_))) @ factor.T

    def forecast(self, units: NDArray[np.int64], horizon: int) -> Array:
        """Return draws of each unit's breach probability within ``horizon`` years (parameter uncertainty)."""
        if self.training is None or self.design_ is None:
            raise ValueError("fit the forecaster first")
        rows = forecast_rows(self.training.table, self.design_, units, self.training.origin, horizon)
        return self.probabilities(rows, self.parameter_draws())[:, :, horizon - 1]


def logistic_forecaster(name: str, *, draws: int = 200, seed: int = 20231) -> LogisticHazard:
    """Return the logistic hazard called ``name`` (:data:`LOGISTIC` or :data:`LOGISTIC_RECENT`), not yet fitted."""
    if name not in (LOGISTIC, LOGISTIC_RECENT):
        raise ValueError(f"unknown logistic hazard {name!r}")
    return LogisticHazard(draws=draws, seed=seed, name=name,
                          half_life=RECENT_HALF_LIFE if name == LOGISTIC_RECENT else None)


def fit_multinomial(design: Design, weight: Array | None = None) -> tuple[Array, Array]:
    """Return the posterior mode and cluster-robust covariance of the logistic hazard on ``design`` (its rows
    optionally weighted).

    BLAS runs on one thread here: the products are thin (rows x a few dozen columns), and on a shared machine a
    second thread costs far more in hand-overs than it saves (measured on the universe at origin 2002, a fit and a
    forecast: 3.8-4.4 s with OpenBLAS on one thread against 28-32 s on its default threads, 2 cores at load 11-16).
    """
    with one_blas_thread():
        return _fit_multinomial(design, weight)


def _fit_multinomial(design: Design, weight: Array | None) -> tuple[Array, Array]:
    from foedus.reliability.model import _newton

    x = design.x
    y = np.where(design.breach > 0, 1, np.where(design.other > 0, 2, 0)).astype(np.int64)
    p = x.shape[1]
    penalty = np.full(2 * p, 1 / _SCALE**2)
    intercepts = [i for i, n in enumerate(design.names) if n == "intercept"]
    for i in intercepts:
        penalty[i] = penalty[p + i] = 1e-4  # nearly flat on the intercepts
    start = np.zeros(2 * p)
    for i in intercepts:
        start[i], start[p + i] = np.log(max(y.__eq__(1).mean(), 1e-4)), np.log(max(y.__eq__(2).mean(), 1e-4))
    theta = _newton(lambda t, h: _multinomial(t, x, y, penalty, h, weight), start)
    curvature = -_multinomial(theta, x, y, penalty, True, weight)[2]
    laplace = _regularised_inverse(curvature)
    # cluster-robust (sandwich) covariance by alliance, as the breach model's
    beta = theta.reshape(2, p)
    eta = x @ beta.T
    prob = np.exp(eta) / (1 + np.exp(eta).sum(axis=1))[:, None]
    resid = np.column_stack([(y == 1), (y == 2)]).astype(float) - prob
    if weight is not None:
        resid = resid * weight[:, None]
    clusters = int(design.cluster.max()) + 1 if len(design.cluster) else 0
    scores = np.column_stack([np.bincount(design.cluster, weights=x[:, j] * resid[:, k], minlength=clusters)
                              for k in range(2) for j in range(p)])
    robust = laplace @ (scores.T @ scores) @ laplace
    robust = (robust + robust.T) / 2
    covariance = robust if np.all(np.linalg.eigvalsh(robust) > 0) else laplace
    return theta, covariance


def _regularised_inverse(curvature: Array) -> Array:
    """Return the inverse of a curvature matrix, its eigenvalues floored so that the result is positive definite."""
    sym = (curvature + curvature.T) / 2
    values, vectors = np.linalg.eigh(sym)
    floor = 1e-8 * max(1.0, float(np.max(np.abs(values))))
    inverse = (vectors / np.maximum(values, floor)) @ vectors.T
    return np.asarray((inverse + inverse.T) / 2, dtype=np.float64)


def _landmark_strata(table: UnitYears, units: NDArray[np.int64], duration: Array) -> NDArray[np.int64]:
    frame = table.units
    bilateral = (frame["unit"].to_numpy()[units] == "pair").astype(int)
    defense = (frame["defense"].to_numpy(bool) | frame["offense"].to_numpy(bool)).astype(int)[units]
    band = np.digitize(duration, [5.0, 15.0])
    return np.asarray(bilateral * 6 + defense * 3 + band, dtype=np.int64)


@dataclass
class LandmarkRate:
    """The h-year breach share among units in force at earlier landmark years whose outcome is known at the origin.

    Every year ``L`` from the first unit's start to ``T - h`` is a landmark; a unit in force at the end of ``L`` is
    counted once per landmark, breached when it breached in ``(L + 1, L + 1 + h]``. Strata: bilateral x defense x
    years in force (under 5, 5-15, 15 and more); each stratum's share is shrunk toward the pooled share with
    :data:`LANDMARK_SHRINKAGE` pseudo-units.
    """

    name: str = "landmark_rate"
    rates_: dict[int, float] = field(default_factory=dict)
    pooled_: float = 0.0
    training: Training | None = None
    horizon_: int = 0

    def fit(self, training: Training) -> LandmarkRate:
        """Remember the training data; the rates depend on the horizon and are computed in :meth:`forecast`."""
        self.training = training
        return self

    def _learn(self, horizon: int) -> None:
        if self.training is None:
            raise ValueError("fit the forecaster first")
        table, origin = self.training.table, self.training.origin
        frame = table.units
        start, end = frame["start"].to_numpy(float), frame["end"].to_numpy(float)
        breach = frame["breach"].to_numpy(bool) & ~frame["censored"].to_numpy(bool)
        count: dict[int, float] = {}
        hits: dict[int, float] = {}
        first = int(np.floor(start.min())) if len(start) else origin
        for landmark in range(first, origin - horizon + 1):
            # in force at the end of the landmark; the outcome by landmark + 1 + horizon <= origin + 1 is known
            alive = np.flatnonzero((start < landmark + 1) & (end >= landmark + 1))
            if not len(alive):
                continue
            within = breach[alive] & (end[alive] <= landmark + 1 + horizon)
            strata = _landmark_strata(table, alive, landmark + 1.0 - start[alive])
            for s in np.unique(strata):
                mine = strata == s
                count[int(s)] = count.get(int(s), 0.0) + float(mine.sum())
                hits[int(s)] = hits.get(int(s), 0.0) + float(within[mine].sum())
        total = sum(count.values())
        self.pooled_ = sum(hits.values()) / total if total else 0.0
        k = LANDMARK_SHRINKAGE
        self.rates_ = {s: (hits[s] + k * self.pooled_) / (count[s] + k) for s in count}
        self.horizon_ = horizon

    def forecast(self, units: NDArray[np.int64], horizon: int) -> Array:
        """Return the landmark share of each unit's stratum (one draw)."""
        if self.training is None:
            raise ValueError("fit the forecaster first")
        if self.horizon_ != horizon:
            self._learn(horizon)
        start = self.training.table.units["start"].to_numpy(float)[units]
        strata = _landmark_strata(self.training.table, units, self.training.origin + 1.0 - start)
        return np.array([[self.rates_.get(int(s), self.pooled_) for s in strata]])


@dataclass
class _Baseline:
    """One of :func:`foedus.reliability.baselines.baseline_forecasts`' baselines as a forecaster."""

    name: str
    training: Training | None = None

    def fit(self, training: Training) -> _Baseline:
        self.training = training
        return self

    def forecast(self, units: NDArray[np.int64], horizon: int) -> Array:
        if self.training is None:
            raise ValueError("fit the forecaster first")
        t = self.training
        reference = t.design(_covariates_spec())
        out = baseline_forecasts(t.table, t.origin, horizon, units, reference, only=self.name)
        return out[self.name][None, :]


def _covariates_spec() -> Specification:
    """Return the ``covariates`` specification, whose design the logistic hazard and the Cox baseline use."""
    from foedus.reliability.design import get_specification

    return get_specification("covariates")


#: Every baseline, in the order they are reported: its name and how to make a fresh one from a seed and a number of
#: draws. A new baseline is one class behind :class:`Forecaster` and one entry here; the backtest scores them all.
BASELINE_FORECASTERS: dict[str, Callable[[int, int], Forecaster]] = {
    "overall_rate": lambda seed, draws: _Baseline("overall_rate"),
    "stratified_aalen_johansen": lambda seed, draws: _Baseline("stratified_aalen_johansen"),
    COX: lambda seed, draws: _Baseline(COX),
    "own_record": lambda seed, draws: _Baseline("own_record"),
    "landmark_rate": lambda seed, draws: LandmarkRate(),
    LOGISTIC: lambda seed, draws: logistic_forecaster(LOGISTIC, draws=draws, seed=seed),
    LOGISTIC_RECENT: lambda seed, draws: logistic_forecaster(LOGISTIC_RECENT, draws=draws, seed=seed),
}
#: The baselines' names, in the order they are reported.
BASELINES: tuple[str, ...] = tuple(BASELINE_FORECASTERS)


def baseline_forecasters(*, leave_out: Collection[str] = (), seed: int = 20231, draws: int = 200) -> list[Forecaster]:
    """Return a fresh instance of every baseline in :data:`BASELINE_FORECASTERS` but those named in ``leave_out``,
    in the order they are reported.

    Raises
    ------
    ValueError
        If ``leave_out`` names something that is no baseline.
    """
    if unknown := sorted(set(leave_out) - set(BASELINE_FORECASTERS)):
        raise ValueError(f"no baseline {', '.join(unknown)}; there are: {', '.join(BASELINE_FORECASTERS)}")
    return [make(seed, draws) for name, make in BASELINE_FORECASTERS.items() if name not in leave_out]
