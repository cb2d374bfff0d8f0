"""Rolling-origin backtest: forecast as a user would have, at every origin, and score against simple baselines.

At each origin year ``T`` (every 5 years from 1900 to the last year whose ``h``-year outcome is known), each
declared specification is fitted on what was known at the end of ``T`` (unit-years up to ``T``: later endings
unseen, later units absent), and forecasts, for every unit in force at the end of ``T``, the probability that it
is breached within the next ``h`` years, conditional on having lasted to ``T``. The baselines
(:mod:`foedus.reliability.baselines`) forecast the same units from the same information.

Scoring: the Brier score and the log score (lower is better for both). A unit cut by the end of the data before
``T + h`` would have no known outcome, and those observed would be weighted up by the Kaplan-Meier estimate of
staying uncensored (Graf et al. 1999); the origins stop where the last outcome is known, so no unit is cut before its
horizon and every weight is 1 (the output says so: the scores are then plain means).

Nothing fitted across origins sees an outcome unknown at the origin: at origin ``T`` the stacking weights (over the
specifications and the logistic hazard, :mod:`foedus.reliability.stacking`) and the recalibration (a log-odds shift
of the stacked forecast, recent origins weighted more, half-life :data:`RECENCY_HALF_LIFE` years) use only the
origins ``T'`` with ``T' + h <= T`` (:func:`known_by`); at the first origins, with no such record, the weights are
equal and the shift is 0. The headline is whichever of the stacked, the recalibrated stacked and the logistic hazard
has the lowest overall log score; each other forecaster's score is set against it with a 90% paired bootstrap
interval over alliances (all of an alliance's forecasts resampled together), overall and for origins from 1990.
Observed over forecast breaches is given by era of origins, with alliance-bootstrap intervals.

Intervals: each origin's total count of breaches is set against its 50% and 90% predictive intervals, simulated by
alliance (:func:`simulate_counts`: parameter and frailty draws, and one uniform per alliance so that its members
share its fate), with the randomised probability integral transform of the count (Czado et al. 2009) and its
histogram (a common era shock shared by all units, its size learnt from the counts known at each origin, can be
added to that simulation, :func:`common_shock_sd`; it was studied and is not used, docs/backtest-1990.md); the
reliability diagram pools every forecast into deciles of forecast, each observed share with its Clopper-Pearson
interval. The older decile check is kept: at each origin the forecasts are cut into risk deciles and
a bin is covered when its observed share's randomised PIT lies in the central 90%. Leave-alliances-out
cross-validation (alliances in 10 folds) scores the specifications on alliances they were not fitted on, each fit
made on unit-years up to a refit year no later than the origin (out of time as well as out of sample).

References
----------
Graf, E., Schmoor, C., Sauerbrei, W., & Schumacher, M. (1999). Assessment and comparison of prognostic
classification schemes for survival data. *Statistics in Medicine*, 18(17-18), 2529-2545.
https://doi.org/10.1002/(SICI)1097-0258(19990915/30)18:17/18<2529::AID-SIM274>3.0.CO;2-5
Brier, G. W. (1950). Verification of forecasts expressed in terms of probability. *Monthly Weather Review*, 78(1),
1-3. https://doi.org/10.1175/1520-0493(1950)078<0001:VOFEIT>2.0.CO;2
Gneiting, T., & Raftery, A. E. (2007). Strictly proper scoring rules, prediction, and estimation. *Journal of the
American Statistical Association*, 102(477), 359-378. https://doi.org/10.1198/016214506000001437
Czado, C., Gneiting, T., & Held, L. (2009). Predictive model assessment for count data. *Biometrics*, 65(4),
1254-1261. https://doi.org/10.1111/j.1541-0420.2009.01191.x
Clopper, C. J., & Pearson, E. S. (1934). The use of confidence or fiducial limits illustrated in the case of the
binomial. *Biometrika*, 26(4), 404-413. https://doi.org/10.1093/biomet/26.4.404
Tashman, L. J. (2000). Out-of-sample tests of forecasting accuracy: an analysis and review. *International Journal
of Forecasting*, 16(4), 437-450. https://doi.org/10.1016/S0169-2070(00)00065-0
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from foedus._blas import one_blas_thread
from foedus.errors import FoedusError
from foedus.progress import report
from foedus.reliability.design import SPECIFICATIONS, Specification, UnitYears, design_matrix, forecast_rows
from foedus.reliability.forecasters import (
    BASELINES,
    COX,
    LOGISTIC,
    LOGISTIC_RECENT,
    SpecificationForecaster,
    Training,
    baseline_forecasters,
)
from foedus.reliability.model import BreachModel, ConvergenceError
from foedus.reliability.priors import DEFAULT_PRIOR
from foedus.reliability.stacking import predictive_density, stacking_weights
from foedus.results.names import BACKTEST_SCHEMA

if TYPE_CHECKING:
    from foedus.results.backtest import (
        BacktestModel,
        CalibrationBinModel,
        CountCoverageModel,
        CountModel,
        CoverageModel,
        DifferenceModel,
        EraModel,
        OriginModel,
        ReliabilityBinModel,
    )

__all__ = [
    "BACKTEST_SCHEMA", "ERAS", "HEADLINE_CANDIDATES", "RECALIBRATED", "RECENCY_HALF_LIFE", "STACKED", "Backtest",
    "CountRecord", "OriginForecasts", "choose_headline", "common_shock_sd", "data_end", "known_by", "origin_years",
    "recalibration_shift", "rolling_forecasts", "shift_probabilities", "simulate_counts",
]

_EPS = 1e-6
STACKED = "stacked"
#: The stacked forecast recalibrated on the recent origins whose outcomes are known (a log-odds shift).
RECALIBRATED = "recalibrated"
#: The half-life, in years, of an origin's weight in the recalibration, declared before any backtest was run.
RECENCY_HALF_LIFE = 20.0
#: The forecasters the headline is chosen among (the one with the lowest overall log score).
HEADLINE_CANDIDATES: tuple[str, ...] = (STACKED, RECALIBRATED, LOGISTIC, LOGISTIC_RECENT)
#: The eras observed/forecast is reported by: (label, first origin, last origin).
ERAS: tuple[tuple[str, int, int], ...] = (("before 1914", 0, 1913), ("1914–1945", 1914, 1945),
                                          ("1946–1989", 1946, 1989), ("1990 on", 1990, 9999))
_BOOTSTRAP = 1000


@dataclass
class OriginForecasts:
    """Every forecast made at one origin: the units in force, their outcomes and each forecaster's probability."""

    origin: int
    units: NDArray[np.int64]
    outcome: NDArray[np.float64]  # 1 if breached within the horizon (meaningless where weight is 0)
    weight: NDArray[np.float64]  # inverse probability of censoring; 0 where the outcome is unknown
    specs: dict[str, NDArray[np.float64]]  # mean probability per specification
    draws: dict[str, NDArray[np.float64]]  # draws x units per stacking candidate
    baselines: dict[str, NDArray[np.float64]]
    alliance: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # cluster per unit
    stacked: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    stacked_draws: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, 0)))
    stack_weights: dict[str, float] = field(default_factory=dict)
    recalibrated: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    shift: float = 0.0  # the recalibration's log-odds shift at this origin

    def candidate(self, name: str) -> NDArray[np.float64]:
        """Return the mean forecast of a stacking candidate (a specification or the logistic hazard)."""
        return self.specs[name] if name in self.specs else self.baselines[name]


def data_end(table: UnitYears) -> float:
    """Return the end of the data: the earliest, over sources, of the latest time a unit is censored at."""
    frame = table.units
    cut = frame[frame["censored"]]
    if cut.empty:
        return float(frame["end"].max())
    return float(cut.groupby("source")["end"].max().min())


def origin_years(table: UnitYears, horizon: int, *, first: int = 1900, step: int = 5) -> list[int]:
    """Return the origins: every ``step`` years from ``first`` to the last year whose outcome ``horizon`` years on
    is known (the outcome window of origin ``T`` runs to the end of ``T + horizon``, which must lie inside the
    data)."""
    last = int(np.floor(data_end(table))) - 1 - horizon
    return list(range(first, last + 1, step))


def _in_force(table: UnitYears, origin: int) -> NDArray[np.int64]:
    start = table.units["start"].to_numpy(float)
    end = table.units["end"].to_numpy(float)
    return np.flatnonzero((start < origin + 1) & (end >= origin + 1))


def _outcomes(table: UnitYears, units: NDArray[np.int64], origin: int, horizon: int) -> tuple[NDArray[np.float64],
                                                                                              NDArray[np.float64]]:
    """Return each unit's outcome (breach within the horizon) and its inverse-probability-of-censoring weight."""
    frame = table.units
    t = frame["end"].to_numpy(float)[units] - (origin + 1.0)
    censored = frame["censored"].to_numpy(bool)[units]
    breach = frame["breach"].to_numpy(bool)[units] & ~censored
    outcome = (breach & (t <= horizon)).astype(float)
    known = ~censored | (t >= horizon)
    # Kaplan-Meier of staying uncensored, in time since the origin
    times = np.unique(t[censored & (t < horizon)])
    survival_at = np.ones(len(times))
    value = 1.0
    for i, c in enumerate(times):
        at_risk = np.sum(t >= c)
        value *= 1 - np.sum(censored & (t == c)) / max(at_risk, 1)
        survival_at[i] = value

    def g(x: NDArray[np.float64]) -> NDArray[np.float64]:
        if not len(times):
            return np.ones_like(x)
        i = np.searchsorted(times, x, side="left") - 1  # G(x-): censorings strictly before x
        return np.where(i >= 0, survival_at[np.maximum(i, 0)], 1.0)

    when = np.where(~censored & (t < horizon), t, float(horizon))
    weight = np.where(known, 1.0 / np.maximum(g(when), _EPS), 0.0)
    return outcome, weight


@one_blas_thread()  # thin products: a second BLAS thread costs more than it saves
def rolling_forecasts(
    table: UnitYears, *, horizon: int = 10, origins: Sequence[int] | None = None,
    specs: Sequence[Specification] = SPECIFICATIONS, prior: str = DEFAULT_PRIOR, draws: int = 200,
    cox: bool = True, seed: int = 20231, progress: Callable[[str], None] | None = None,
    trainings: dict[int, Training] | None = None,
) -> list[OriginForecasts]:
    """Return the forecasts of every specification and baseline at every origin (see the module docstring).

    ``trainings`` (origin -> :class:`Training`), when given, is filled and reused: backtests at several horizons over
    the same origins then build each design and fit each logistic hazard once (neither depends on the horizon).
    """
    chosen = list(origins) if origins is not None else origin_years(table, horizon)
    results = []
    warm: dict[str, NDArray[np.float64]] = {}
    cluster = table.alliance[np.searchsorted(table.unit, np.arange(len(table.units)))] if table.rows else \
        np.zeros(len(table.units), dtype=np.int64)
    for number, origin in enumerate(chosen, start=1):
        units = _in_force(table, origin)
        if len(units) == 0:
            continue
        outcome, weight = _outcomes(table, units, origin, horizon)
        training = Training(table, origin) if trainings is None else trainings.setdefault(origin,
                                                                                           Training(table, origin))
        means, all_draws = {}, {}
        for k, spec in enumerate(specs, start=1):
            report(f"backtest at origin {origin} ({number} of {len(chosen)}): fitting specification {k} of "
                   f"{len(specs)} ({spec.name})")
            if training.design(spec).breach.sum() == 0:
                raise FoedusError(f"no breach is known by {origin}: choose a later first origin")
            forecaster = SpecificationForecaster(spec, prior, draws=draws, seed=seed, warm=warm.get(spec.name))
            try:
                probs = forecaster.fit(training).forecast(units, horizon)
            except ConvergenceError as exc:
                report(f"backtest at origin {origin}: specification {spec.name} left out ({exc})")
                continue
            model = forecaster.model
            assert model is not None
            if len(model.params_) == len(warm.get(spec.name, [])) or spec.name not in warm:
                warm[spec.name] = model.params_
            means[spec.name] = probs.mean(axis=0)
            all_draws[spec.name] = probs
        report(f"backtest at origin {origin} ({number} of {len(chosen)}): the baselines")
        base = {}
        for baseline in baseline_forecasters(leave_out=() if cox else (COX,), seed=seed, draws=draws):
            probs = baseline.fit(training).forecast(units, horizon)
            base[baseline.name] = probs.mean(axis=0)
            if baseline.name in (LOGISTIC, LOGISTIC_RECENT):
                all_draws[baseline.name] = probs
        results.append(OriginForecasts(origin, units, outcome, weight, means, all_draws, base,
                                       alliance=np.asarray(cluster[units], dtype=np.int64)))
        if progress:
            progress(f"origin {origin}: {len(units)} units in force, {int(outcome[weight > 0].sum())} breached "
                     f"within {horizon} years")
    _stack_sequentially(results, [*[s.name for s in specs], LOGISTIC], seed, horizon)
    _recalibrate_sequentially(results, horizon)
    return results


def known_by(results: Sequence[OriginForecasts], origin: int, horizon: int) -> list[OriginForecasts]:
    """Return the origins whose outcomes are known at the end of ``origin``: ``T' + horizon <= origin``.

    This is the only rule by which anything fitted across origins (stacking weights, recalibration) sees outcomes.
    """
    return [r for r in results if r.origin + horizon <= origin]


def _stack_sequentially(results: list[OriginForecasts], names: list[str], seed: int, horizon: int) -> None:
    """Give each origin the stacked forecast with weights fitted on the origins whose outcomes are known then."""
    rng = np.random.default_rng(seed + 7)
    for current in results:
        present = [n for n in names if n in current.draws]
        earlier = [r for r in known_by(results, current.origin, horizon) if all(n in r.draws for n in present)]
        if earlier:
            density = np.concatenate([
                np.column_stack([predictive_density(r.candidate(n), r.outcome) for n in present]) for r in earlier])
            omega = np.concatenate([r.weight for r in earlier])
            w = stacking_weights(density, omega)
        else:
            w = np.full(len(present), 1.0 / len(present))
        current.stack_weights = dict(zip(present, (float(v) for v in w), strict=True))
        current.stacked = np.column_stack([current.candidate(n) for n in present]) @ w
        count = min(current.draws[n].shape[0] for n in present)
        pick = [int(k) for k in np.asarray(rng.choice(len(present), size=count, p=w))]
        current.stacked_draws = np.stack([current.draws[present[k]][s] for s, k in enumerate(pick)])


def _logit(p: NDArray[np.float64]) -> NDArray[np.float64]:
    q = np.clip(p, _EPS, 1 - _EPS)
    return np.asarray(np.log(q / (1 - q)), dtype=np.float64)


def _expit(x: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(1 / (1 + np.exp(-x)), dtype=np.float64)


def recalibration_shift(results: Sequence[OriginForecasts], origin: int, horizon: int) -> float:
    """Return the log-odds shift of the stacked forecast fitted on the origins known at ``origin``.

    The shift ``a`` maximises the log score of ``expit(logit(p) + a)`` over those origins, each forecast weighted by
    ``2 ** -((origin - T') / RECENCY_HALF_LIFE)`` (recent origins count more), with a normal prior of sd 1 on ``a``.
    Zero when no outcome is known yet.
    """
    from scipy.optimize import minimize_scalar

    earlier = known_by(results, origin, horizon)
    if not earlier:
        return 0.0
    z = np.concatenate([_logit(r.stacked) for r in earlier])
    y = np.concatenate([r.outcome for r in earlier])
    w = np.concatenate([r.weight * 2.0 ** (-(origin - r.origin) / RECENCY_HALF_LIFE) for r in earlier])
    w = w / w.sum() * min(len(w), float((w > 0).sum()))

    def loss(a: float) -> float:
        q = np.clip(_expit(z + a), _EPS, 1 - _EPS)
        return -float(np.sum(w * (y * np.log(q) + (1 - y) * np.log(1 - q)))) + 0.5 * a * a

    return float(minimize_scalar(loss, bounds=(-5.0, 5.0), method="bounded").x)


def _recalibrate_sequentially(results: list[OriginForecasts], horizon: int) -> None:
    """Give each origin the stacked forecast recalibrated on the origins whose outcomes are known then."""
    for current in results:
        current.shift = recalibration_shift(results, current.origin, horizon)
        current.recalibrated = _expit(_logit(current.stacked) + current.shift)


def shift_probabilities(p: NDArray[np.float64], shift: float) -> NDArray[np.float64]:
    """Return probabilities moved by ``shift`` on the log-odds scale (the recalibration)."""
    return _expit(_logit(p) + shift)


def _headline_draws(r: OriginForecasts, headline: str) -> NDArray[np.float64]:
    if headline == RECALIBRATED:
        return shift_probabilities(r.stacked_draws, r.shift)
    if headline in (LOGISTIC, LOGISTIC_RECENT):
        return r.draws[headline]
    return r.stacked_draws


def _score(p: NDArray[np.float64], y: NDArray[np.float64], w: NDArray[np.float64]) -> dict[str, float]:
    keep = w > 0
    if not keep.any():
        return {"brier": float("nan"), "log": float("nan"), "mean_predicted": float("nan"), "observed": float("nan")}
    p, y, w = p[keep], y[keep], w[keep]
    q = np.clip(p, _EPS, 1 - _EPS)
    return {
        "brier": float(np.average((p - y) ** 2, weights=w)),
        "log": float(np.average(-(y * np.log(q) + (1 - y) * np.log(1 - q)), weights=w)),
        "mean_predicted": float(np.average(p, weights=w)),
        "observed": float(np.average(y, weights=w)),
    }


def _forecasters(r: OriginForecasts) -> dict[str, NDArray[np.float64]]:
    return {STACKED: r.stacked, RECALIBRATED: r.recalibrated, **{f"spec:{k}": v for k, v in r.specs.items()},
            **r.baselines}


def _losses(p: NDArray[np.float64], y: NDArray[np.float64]) -> dict[str, NDArray[np.float64]]:
    q = np.clip(p, _EPS, 1 - _EPS)
    return {"brier": (p - y) ** 2, "log": -(y * np.log(q) + (1 - y) * np.log(1 - q))}


def _cluster_bootstrap(values: NDArray[np.float64], weight: NDArray[np.float64], cluster: NDArray[np.int64],
                       rng: np.random.Generator, *, ratio_to: NDArray[np.float64] | None = None) -> NDArray[
                           np.float64]:
    """Return bootstrap replicates, resampling clusters (alliances) with replacement, of the weighted mean of
    ``values`` (or, with ``ratio_to``, of sum(values) / sum(ratio_to))."""
    ids, local = np.unique(cluster, return_inverse=True)
    top = np.bincount(local, weights=weight * values, minlength=len(ids))
    bottom = np.bincount(local, weights=weight * (ratio_to if ratio_to is not None else np.ones_like(values)),
                         minlength=len(ids))
    counts = rng.multinomial(len(ids), np.full(len(ids), 1.0 / len(ids)), size=_BOOTSTRAP).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray((counts @ top) / (counts @ bottom), dtype=np.float64)


def _common(results: Sequence[OriginForecasts]) -> list[str]:
    """Return the forecasters present at every origin (a specification left out at one origin is not pooled)."""
    if not results:
        return []
    present = set.intersection(*(set(_forecasters(r)) for r in results))
    return [k for k in _forecasters(results[0]) if k in present]


def _pooled(results: Sequence[OriginForecasts], key: str) -> NDArray[np.float64]:
    return np.concatenate([_forecasters(r)[key] for r in results]) if results else np.zeros(0)


def _differences(results: list[OriginForecasts], headline: str, seed: int) -> dict[str, dict[str, DifferenceModel]]:
    """Return, for every other forecaster, the headline's score minus its score (negative: the headline is better),
    overall and for origins from 1990, each with a 90% paired bootstrap interval over alliances."""
    from foedus.results.backtest import DifferenceModel

    rng = np.random.default_rng(seed + 13)
    out: dict[str, dict[str, DifferenceModel]] = {}
    parts = {"overall": results, "from_1990": [r for r in results if r.origin >= 1990]}
    for key in _common(results):
        if key == headline:
            continue
        entry: dict[str, DifferenceModel] = {}
        for label, chosen in parts.items():
            if not chosen:
                continue
            y = np.concatenate([r.outcome for r in chosen])
            w = np.concatenate([r.weight for r in chosen])
            cluster = np.concatenate([r.alliance for r in chosen])
            mine, theirs = _losses(_pooled(chosen, headline), y), _losses(_pooled(chosen, key), y)
            for metric in ("brier", "log"):
                diff = mine[metric] - theirs[metric]
                reps = _cluster_bootstrap(diff, w, cluster, rng)
                low, high = np.nanpercentile(reps, [5, 95])
                entry[f"{label}_{metric}"] = DifferenceModel(difference=float(np.average(diff, weights=w)),
                                                             low=float(low), high=float(high))
        out[key] = entry
    return out


def _eras(results: list[OriginForecasts], headline: str, seed: int) -> list[EraModel]:
    """Return observed over forecast breaches of the headline in each era of origins, with 90% alliance-bootstrap
    intervals."""
    from foedus.results.backtest import EraModel

    rng = np.random.default_rng(seed + 17)
    rows = []
    for label, first, last in ERAS:
        chosen = [r for r in results if first <= r.origin <= last]
        if not chosen:
            continue
        y = np.concatenate([r.outcome for r in chosen])
        w = np.concatenate([r.weight for r in chosen])
        p = _pooled(chosen, headline)
        cluster = np.concatenate([r.alliance for r in chosen])
        reps = _cluster_bootstrap(y, w, cluster, rng, ratio_to=p)
        low, high = np.nanpercentile(reps, [5, 95])
        rows.append(EraModel(era=label, origins=[r.origin for r in chosen], forecasts=int((w > 0).sum()),
                             observed=float(np.sum(w * y)), forecast=float(np.sum(w * p)),
                             ratio=float(np.sum(w * y) / max(float(np.sum(w * p)), _EPS)), low=float(low),
                             high=float(high)))
    return rows


def simulate_counts(draws: NDArray[np.float64], alliance: NDArray[np.int64], rng: np.random.Generator, *,
                    repeats: int = 5, shock_sd: float = 0.0) -> NDArray[np.float64]:
    """Return simulated total breach counts from probability draws (draws x units), by alliance.

    In each simulation one uniform is drawn per alliance and a unit is breached when it falls below the unit's
    probability: the members of one alliance share its fate (a multilateral alliance's members go together, as when
    an alliance collapses), and parameter and frailty uncertainty come in through the draws. With ``shock_sd`` > 0
    each simulation also draws one common shock ``e`` ~ N(-shock_sd**2 / 2, shock_sd**2) on the log hazard of every
    unit over the whole horizon (an era-level shock all alliances share), applied as ``p * exp(e)`` capped at 1: its
    mean is 1, so the expected count does not move (but where the cap binds), only its spread.
    """
    if shock_sd < 0 or not np.isfinite(shock_sd):
        raise ValueError(f"the common shock's sd must be finite and at least 0, not {shock_sd}")
    ids, local = np.unique(alliance, return_inverse=True)
    totals = []
    for _ in range(repeats):
        u = rng.random((draws.shape[0], len(ids)))[:, local]
        p = draws
        if shock_sd > 0:
            shock = np.exp(shock_sd * rng.standard_normal(draws.shape[0]) - shock_sd**2 / 2)
            p = np.minimum(draws * shock[:, None], 1.0)
        totals.append((u < p).sum(axis=1))
    return np.concatenate(totals).astype(float)


@dataclass(frozen=True)
class CountRecord:
    """One origin's breach count and what the simulation without a common shock implies for it: what
    :func:`common_shock_sd` learns the shock's size from."""

    origin: int
    observed: float
    mean: float
    variance: float


def common_shock_sd(records: Sequence[CountRecord], origin: int, horizon: int) -> float:
    """Return the sd of the common shock on the log hazard at ``origin``, from the counts known by then.

    Only origins whose outcome is known at the end of ``origin`` count (``T' + horizon <= origin``, as
    :func:`known_by`). If a common multiplicative shock ``M`` (mean 1, variance ``tau2``) scales every hazard, an
    origin's count ``N`` has ``Var N = V + tau2 * F**2``, with ``F`` and ``V`` the mean and variance the simulation
    without the shock gives (parameters, frailty, alliances' shared fate). The moment estimator, declared before it
    was tried on the backtest, pools the known origins:
    ``tau2 = max(0, sum((O - F)**2 - V) / sum(F**2))``, floored at 0 (no extra spread when the known counts are no
    more dispersed than the simulation implies, and 0 before any outcome is known); the shock's log-normal sd is
    ``sqrt(log(1 + tau2))``.

    References
    ----------
    McCullagh, P., & Nelder, J. A. (1989). *Generalized Linear Models* (2nd ed.). Chapman and Hall (over-dispersion
    and its moment estimation).
    """
    known = [r for r in records if r.origin + horizon <= origin]
    if not known:
        return 0.0
    excess = sum((r.observed - r.mean) ** 2 - r.variance for r in known)
    scale = sum(r.mean**2 for r in known)
    tau2 = max(0.0, excess / scale) if scale > 0 else 0.0
    return float(np.sqrt(np.log1p(tau2)))


def _count_coverage(results: list[OriginForecasts], headline: str, seed: int, horizon: int, *,
                    shock: bool = False, shock_sds: list[tuple[int, float]] | None = None
                    ) -> tuple[list[CountModel], CountCoverageModel]:
    """Return, per origin, the observed breach count against its 50% and 90% predictive intervals and its
    randomised PIT; and the coverage shares and PIT histogram (10 bins).

    With ``shock`` the intervals carry a common shock shared by every unit at the origin (:func:`simulate_counts`)
    whose sd :func:`common_shock_sd` estimates from the origins known by then (where it is 0 the simulation is the one
    without a shock). This is a candidate studied in docs/backtest-1990.md and not adopted: the backtest's intervals
    are simulated without it. ``shock_sds``, where given, receives each origin's shock sd (with or without
    ``shock``: the one it would use).
    """
    from foedus.results.backtest import CountCoverageModel, CountModel

    rng = np.random.default_rng(seed + 19)
    shocked = np.random.default_rng(seed + 23)
    rows, records = [], []
    for r in results:
        keep = r.weight > 0
        if not keep.any():
            continue
        draws, alliance = _headline_draws(r, headline)[:, keep], r.alliance[keep]
        sims = simulate_counts(draws, alliance, rng)
        observed = float(r.outcome[keep].sum())
        records.append(CountRecord(r.origin, observed, float(sims.mean()), float(sims.var())))
        sd = common_shock_sd(records, r.origin, horizon) if shock or shock_sds is not None else 0.0
        if shock_sds is not None:
            shock_sds.append((r.origin, sd))
        if shock and sd > 0:
            sims = simulate_counts(draws, alliance, shocked, shock_sd=sd)
        q05, q25, q75, q95 = np.percentile(sims, [5, 25, 75, 95])
        below, at_most = float(np.mean(sims < observed)), float(np.mean(sims <= observed))
        rows.append(CountModel(origin=r.origin, observed=observed, mean=float(sims.mean()), low50=float(q25),
                               high50=float(q75), low90=float(q05), high90=float(q95),
                               inside50=bool(q25 <= observed <= q75), inside90=bool(q05 <= observed <= q95),
                               pit=below + rng.random() * (at_most - below)))
    pits = np.array([row.pit for row in rows])
    histogram = np.histogram(pits, bins=10, range=(0.0, 1.0))[0].tolist() if len(pits) else []
    summary = CountCoverageModel(
        origins=len(rows), inside50=float(np.mean([row.inside50 for row in rows])) if rows else float("nan"),
        inside90=float(np.mean([row.inside90 for row in rows])) if rows else float("nan"), pit_histogram=histogram)
    return rows, summary


def _reliability(results: list[OriginForecasts], headline: str, bins: int = 10) -> list[ReliabilityBinModel]:
    """Return the reliability diagram of the headline: forecasts pooled over origins cut into ``bins`` groups by
    forecast, each with its mean forecast, observed share and the 90% Clopper-Pearson interval of that share."""
    from scipy.stats import beta

    from foedus.results.backtest import ReliabilityBinModel

    if not results:
        return []
    y = np.concatenate([r.outcome for r in results])
    w = np.concatenate([r.weight for r in results])
    p = _pooled(results, headline)
    keep = w > 0
    y, p = y[keep], p[keep]
    order = np.argsort(p, kind="stable")
    out = []
    for part in np.array_split(order, bins):
        if not len(part):
            continue
        n, k = len(part), float(y[part].sum())
        low = float(beta.ppf(0.05, k, n - k + 1)) if k > 0 else 0.0
        high = float(beta.ppf(0.95, k + 1, n - k)) if k < n else 1.0
        out.append(ReliabilityBinModel(forecasts=n, predicted=float(p[part].mean()), observed=k / n, low=low,
                                       high=high))
    return out


def _calibration(results: list[OriginForecasts], headline: str, seed: int) -> tuple[list[CalibrationBinModel],
                                                                                     CoverageModel]:
    from foedus.results.backtest import CalibrationBinModel, CoverageModel

    rng = np.random.default_rng(seed + 11)
    bins = []
    for r in results:
        keep = r.weight > 0
        if keep.sum() < 10:
            continue
        p, y, w = _forecasters(r)[headline][keep], r.outcome[keep], r.weight[keep]
        sims = _headline_draws(r, headline)[:, keep]
        simulated = rng.random(sims.shape) < sims
        order = np.argsort(p, kind="stable")
        for decile, part in enumerate(np.array_split(order, 10)):
            if not len(part):
                continue
            weight = w[part]
            observed = float(np.average(y[part], weights=weight))
            shares = simulated[:, part] @ weight / weight.sum()
            low, high = np.percentile(shares, [5, 95])
            below = float(np.mean(shares < observed - 1e-12))
            at_most = float(np.mean(shares <= observed + 1e-12))
            pit = below + rng.random() * (at_most - below)  # ties split at random: Czado et al. (2009)
            bins.append(CalibrationBinModel(
                origin=r.origin, decile=decile + 1, units=len(part),
                predicted=float(np.average(p[part], weights=weight)), observed=observed, low=float(low),
                high=float(high), pit=pit, covered=bool(0.05 <= pit <= 0.95), inside=bool(low <= observed <= high)))
    covered = sum(b.covered for b in bins)
    inside = sum(b.inside for b in bins)
    return bins, CoverageModel(bins=float(len(bins)), covered=float(covered),
                               share=covered / len(bins) if bins else float("nan"),
                               inside_share=inside / len(bins) if bins else float("nan"))


@dataclass
class Backtest:
    """The rolling-origin backtest: scores per origin and overall, stacking weights, calibration, cross-validation.

    ``headline`` is the forecaster among :data:`HEADLINE_CANDIDATES` with the lowest overall log score;
    ``weights`` and ``shift`` are the stacking weights and recalibration shift fitted on every origin (what an
    assessment made after the last outcome uses). The parts of the document are held as their result models
    (:mod:`foedus.results.backtest`), so that :meth:`to_dict` writes them as they were built.
    """

    horizon: int
    coding: str
    prior: str
    origins: list[int]
    per_origin: list[OriginModel]
    overall: dict[str, dict[str, float]]
    weights: dict[str, float]
    calibration: list[CalibrationBinModel]
    coverage: CoverageModel
    cross_validation: dict[str, dict[str, float]]
    specs: dict[str, str]
    headline: str
    shift: float
    differences: dict[str, dict[str, DifferenceModel]]
    eras: list[EraModel]
    counts: list[CountModel]
    count_coverage: CountCoverageModel
    reliability: list[ReliabilityBinModel]
    all_weights_one: bool
    forecasts: list[OriginForecasts] = field(default_factory=list, repr=False)

    def best_baseline(self, metric: str = "log") -> str:
        """Return the baseline with the lowest overall score on ``metric``."""
        return min(BASELINES, key=lambda b: self.overall.get(b, {}).get(metric, float("inf")))

    def to_model(self) -> BacktestModel:
        """Return the backtest as its result model (:class:`foedus.results.backtest.BacktestModel`)."""
        from foedus.results.backtest import BacktestModel

        return BacktestModel.model_validate({
            "schema": BACKTEST_SCHEMA, "horizon": self.horizon, "coding": self.coding, "prior": self.prior,
            "origins": self.origins, "per_origin": self.per_origin, "overall": self.overall,
            "weights": self.weights, "calibration": self.calibration, "coverage": self.coverage,
            "cross_validation": self.cross_validation, "specifications": self.specs,
            "headline": self.headline, "shift": self.shift, "differences": self.differences,
            "eras": self.eras, "counts": self.counts, "count_coverage": self.count_coverage,
            "reliability": self.reliability, "all_weights_one": self.all_weights_one})

    def to_dict(self) -> dict[str, Any]:
        """Return the backtest as a JSON-ready dictionary in the ``foedus.backtest/3`` schema (:meth:`to_model`)."""
        return self.to_model().model_dump(by_alias=True)

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Backtest:
        """Return the backtest a :meth:`to_dict` document describes (without the forecasts themselves).

        Raises
        ------
        pydantic.ValidationError
            If the document does not follow :class:`foedus.results.backtest.BacktestModel`.
        """
        from foedus.results.backtest import BacktestModel

        model = BacktestModel.model_validate(document)
        return cls(horizon=model.horizon, coding=model.coding, prior=model.prior, origins=list(model.origins),
                   per_origin=model.per_origin, overall=document["overall"], weights=document["weights"],
                   calibration=model.calibration, coverage=model.coverage,
                   cross_validation=document["cross_validation"], specs=document["specifications"],
                   headline=model.headline, shift=model.shift, differences=model.differences, eras=model.eras,
                   counts=model.counts, count_coverage=model.count_coverage, reliability=model.reliability,
                   all_weights_one=model.all_weights_one)


def choose_headline(overall: dict[str, dict[str, float]]) -> str:
    """Return the candidate (:data:`HEADLINE_CANDIDATES`) with the lowest overall log score: never keep a forecaster
    that loses to another candidate."""
    present = [k for k in HEADLINE_CANDIDATES if k in overall]
    return min(present, key=lambda k: overall[k]["log"]) if present else STACKED


def summarise(results: list[OriginForecasts], *, horizon: int, coding: str, prior: str,
              specs: Sequence[Specification], cross_validation: dict[str, dict[str, float]],
              seed: int = 20231, headline: str | None = None) -> Backtest:
    """Return the :class:`Backtest` of rolling forecasts: scores, final stacking weights, calibration.

    The headline is the forecaster :func:`choose_headline` picks, unless ``headline`` names one (to judge a forecaster
    chosen elsewhere, such as the shipped headline, on other origins or horizons).
    """
    from foedus.results.backtest import OriginModel

    per_origin = [
        OriginModel.model_validate({
            "origin": r.origin, "units": len(r.units), "known": int((r.weight > 0).sum()),
            "breached": int(r.outcome[r.weight > 0].sum()), "weights": r.stack_weights, "shift": r.shift,
            "scores": {k: _score(v, r.outcome, r.weight) for k, v in _forecasters(r).items()}})
        for r in results]
    pooled: dict[str, dict[str, float]] = {}
    final: dict[str, float] = {}
    shift = 0.0
    if results:
        y = np.concatenate([r.outcome for r in results])
        w = np.concatenate([r.weight for r in results])
        for key in _common(results):
            pooled[key] = _score(_pooled(results, key), y, w)
        for label, first, last in (("from_1990", 1990, 9999),):
            chosen = [r for r in results if first <= r.origin <= last]
            if chosen:
                yy = np.concatenate([r.outcome for r in chosen])
                ww = np.concatenate([r.weight for r in chosen])
                for key in _common(chosen):
                    pooled[f"{key}@{label}"] = _score(_pooled(chosen, key), yy, ww)
        names = list(results[-1].stack_weights)
        usable = [r for r in results if all(n in r.draws for n in names)]
        density = np.column_stack([np.concatenate([predictive_density(r.candidate(n), r.outcome) for r in usable])
                                   for n in names])
        weights = stacking_weights(density, np.concatenate([r.weight for r in usable]))
        final = dict(zip(names, (float(v) for v in weights), strict=True))
        shift = recalibration_shift(results, results[-1].origin + horizon, horizon)
        all_one = bool(np.all((w == 0) | (np.abs(w - 1) < 1e-12)))
    else:
        final = {s.name: 1.0 / len(specs) for s in specs}
        all_one = True
    if headline is not None and headline not in pooled:
        raise ValueError(f"no forecaster {headline!r} at every origin; there are: {', '.join(pooled)}")
    headline = choose_headline(pooled) if headline is None else headline
    calibration, coverage = _calibration(results, headline, seed)
    counts, count_coverage = _count_coverage(results, headline, seed, horizon)
    return Backtest(horizon=horizon, coding=coding, prior=prior, origins=[r.origin for r in results],
                    per_origin=per_origin, overall=pooled, weights=final, calibration=calibration, coverage=coverage,
                    cross_validation=cross_validation, specs={s.name: s.describe() for s in specs},
                    headline=headline, shift=shift, differences=_differences(results, headline, seed),
                    eras=_eras(results, headline, seed), counts=counts, count_coverage=count_coverage,
                    reliability=_reliability(results, headline), all_weights_one=all_one, forecasts=results)


def cross_validate(
    table: UnitYears, *, horizon: int, origins: Sequence[int], specs: Sequence[Specification],
    weights: dict[str, float], prior: str = DEFAULT_PRIOR, folds: int = 10, draws: int = 100, seed: int = 20231,
    refit_every: int = 20,
) -> dict[str, dict[str, float]]:
    """Return the scores of each specification, and of their mixture with ``weights``, on held-out alliances, out
    of time.

    Alliances are put in ``folds`` folds by a hash of their key. Each fold's units in force at an origin ``T`` are
    forecast by a fit on the other folds' unit-years up to the end of a refit year ``R <= T`` (the first origin,
    then every ``refit_every`` years): nothing after ``T`` is seen, and nothing of the held-out alliances.
    """
    fold_of = np.array([zlib.crc32(a.encode()) % folds for a in table.alliances])
    unit_fold = fold_of[table.alliance[np.searchsorted(table.unit, np.arange(len(table.units)))]]
    names = [s.name for s in specs]
    collected: dict[str, list[NDArray[np.float64]]] = {n: [] for n in [*names, STACKED]}
    ys, ws = [], []
    ordered = sorted(origins)
    refits = sorted({ordered[0], *(ordered[0] + k * refit_every for k in range(1, 1 + (ordered[-1] - ordered[0])
                                                                               // refit_every))})
    for f in range(folds):
        train_rows = fold_of[table.alliance] != f
        for number, refit in enumerate(refits):
            until = refits[number + 1] if number + 1 < len(refits) else 10_000
            served = [o for o in ordered if refit <= o < until]
            if not served:
                continue
            models = {}
            for k, spec in enumerate(specs, start=1):
                report(f"cross-validation, fold {f + 1} of {folds}, fit as of {refit}: specification {k} of "
                       f"{len(specs)} ({spec.name})")
                design = design_matrix(table, spec, refit, keep=train_rows)
                try:
                    models[spec.name] = (BreachModel(prior=prior, draws=draws, seed=seed).fit(design), design)
                except ConvergenceError:
                    continue
            for origin in served:
                units = _in_force(table, origin)
                units = units[unit_fold[units] == f]
                if not len(units):
                    continue
                y, w = _outcomes(table, units, origin, horizon)
                ys.append(y)
                ws.append(w)
                mix = np.zeros(len(units))
                total = 0.0
                for name in names:
                    if name not in models:
                        collected[name].append(np.full(len(units), np.nan))
                        continue
                    model, design = models[name]
                    theta = model.parameter_draws()
                    rows = forecast_rows(table, design, units, origin, horizon)
                    frailty = model.frailty_draws(theta, table.group[table.row_at(units, origin)],
                                                  np.random.default_rng(seed + f))
                    p = model.forecast(rows, frailty, [[j] for j in range(len(units))], theta)[:, :, horizon - 1]
                    collected[name].append(p.mean(axis=0))
                    mix += weights.get(name, 0.0) * p.mean(axis=0)
                    total += weights.get(name, 0.0)
                collected[STACKED].append(mix / total if total > 0 else mix)
    if not ys:
        return {}
    y_all, w_all = np.concatenate(ys), np.concatenate(ws)
    out: dict[str, dict[str, float]] = {}
    for name, parts in collected.items():
        p_all = np.concatenate(parts)
        ok = ~np.isnan(p_all)
        out[name] = _score(p_all[ok], y_all[ok], w_all[ok])
    return out
