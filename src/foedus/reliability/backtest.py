"""Rolling-origin backtest: forecast as a user would have, at every origin, and score against simple baselines.

At each origin year ``T`` (every 5 years from 1900 to the last year whose ``h``-year outcome is known), each
declared specification is fitted on what was known at the end of ``T`` (unit-years up to ``T``: later endings
unseen, later units absent), and forecasts, for every unit in force at the end of ``T``, the probability that it
is breached within the next ``h`` years, conditional on having lasted to ``T``. The baselines
(:mod:`foedus.reliability.baselines`) forecast the same units from the same information.

Scoring: the Brier score and the log score (lower is better for both), each forecast weighted by the inverse
probability of its outcome being observed (a unit cut by the end of the data before ``T + h`` has no known outcome;
those observed are weighted up by the Kaplan-Meier estimate of staying uncensored, Graf et al. 1999).

The stacked forecast mixes the specifications with weights fitted on the log scores of the earlier origins only
(:mod:`foedus.reliability.stacking`); at the first origins, where there is no earlier record, the weights are
equal. Calibration: at each origin the forecasts are cut into risk deciles; the observed share of breaches in each
is set beside a 90% predictive interval (parameter draws from the cluster-robust posterior of each specification,
mixed by the stacking weights, then a simulated outcome for every unit), and coverage is the share of (origin x
decile) bins whose observed share falls inside. With few units in a bin the predictive distribution of its share
is lumpy, and a share equal to an interval's end would count as covered far more often than 10% of the time; so a
bin is covered when the observed share's randomised probability integral transform (ties split at random) lies in
the central 90% (Czado et al. 2009), which a calibrated forecast meets 90% of the time whatever the bin size. The
share of bins whose observed share merely lies within the interval's ends is reported beside it. Leave-alliances-out
cross-validation (alliances in 10 folds) scores the specifications on alliances they were not fitted on.

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

from foedus.errors import FoedusError
from foedus.progress import report
from foedus.reliability.baselines import BASELINES, baseline_forecasts
from foedus.reliability.design import SPECIFICATIONS, Design, Specification, UnitYears, design_matrix, forecast_rows
from foedus.reliability.model import BreachModel
from foedus.reliability.priors import DEFAULT_PRIOR
from foedus.reliability.stacking import predictive_density, stacking_weights

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = [
    "BACKTEST_SCHEMA", "Backtest", "OriginForecasts", "backtest", "data_end", "origin_years", "rolling_forecasts",
]

BACKTEST_SCHEMA = "foedus.backtest/2"
_EPS = 1e-6
STACKED = "stacked"


@dataclass
class OriginForecasts:
    """Every forecast made at one origin: the units in force, their outcomes and each forecaster's probability."""

    origin: int
    units: NDArray[np.int64]
    outcome: NDArray[np.float64]  # 1 if breached within the horizon (meaningless where weight is 0)
    weight: NDArray[np.float64]  # inverse probability of censoring; 0 where the outcome is unknown
    specs: dict[str, NDArray[np.float64]]  # mean probability per specification
    draws: dict[str, NDArray[np.float64]]  # draws x units per specification
    baselines: dict[str, NDArray[np.float64]]
    stacked: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    stacked_draws: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, 0)))
    stack_weights: dict[str, float] = field(default_factory=dict)


def data_end(table: UnitYears) -> float:
    """Return the end of the data: the earliest, over sources, of the latest time a unit is censored at."""
    frame = table.units
    cut = frame[frame["censored"]]
    if cut.empty:
        return float(frame["end"].max())
    return float(cut.groupby("source")["end"].max().min())


def origin_years(table: UnitYears, horizon: int, *, first: int = 1900, step: int = 5) -> list[int]:
    """Return the origins: every ``step`` years from ``first`` to the last year whose outcome ``horizon`` years on
    is known."""
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


def _fit_and_forecast(
    table: UnitYears, design: Design, units: NDArray[np.int64], origin: int, horizon: int, prior: str, draws: int,
    seed: int, warm: NDArray[np.float64] | None,
) -> tuple[BreachModel, NDArray[np.float64]]:
    model = BreachModel(prior=prior, draws=draws, seed=seed).fit(design, warm=warm)
    theta = model.parameter_draws()
    rows = forecast_rows(table, design, units, origin, horizon)
    rng = np.random.default_rng(seed + origin)
    frailty = model.frailty_draws(theta, table.group[table.row_at(units, origin)], rng)
    cumulative = model.forecast(rows, frailty, [[j] for j in range(len(units))], theta)
    return model, cumulative[:, :, horizon - 1]


def rolling_forecasts(
    table: UnitYears, *, horizon: int = 10, origins: Sequence[int] | None = None,
    specs: Sequence[Specification] = SPECIFICATIONS, prior: str = DEFAULT_PRIOR, draws: int = 200,
    cox: bool = True, seed: int = 20231, progress: Callable[[str], None] | None = None,
) -> list[OriginForecasts]:
    """Return the forecasts of every specification and baseline at every origin (see the module docstring)."""
    chosen = list(origins) if origins is not None else origin_years(table, horizon)
    results = []
    warm: dict[str, NDArray[np.float64]] = {}
    for number, origin in enumerate(chosen, start=1):
        units = _in_force(table, origin)
        if len(units) == 0:
            continue
        outcome, weight = _outcomes(table, units, origin, horizon)
        means, all_draws = {}, {}
        designs: dict[str, Design] = {}
        for k, spec in enumerate(specs, start=1):
            report(f"backtest at origin {origin} ({number} of {len(chosen)}): fitting specification {k} of "
                   f"{len(specs)} ({spec.name})")
            design = design_matrix(table, spec, origin)
            designs[spec.name] = design
            if design.breach.sum() == 0:
                raise FoedusError(f"no breach is known by {origin}: choose a later first origin")
            model, probs = _fit_and_forecast(table, design, units, origin, horizon, prior, draws, seed,
                                             warm.get(spec.name))
            if len(model.params_) == len(warm.get(spec.name, [])) or spec.name not in warm:
                warm[spec.name] = model.params_
            means[spec.name] = probs.mean(axis=0)
            all_draws[spec.name] = probs
        reference = next((designs[s.name] for s in specs if s.covariates and not s.interactions),
                         designs[specs[0].name])
        report(f"backtest at origin {origin} ({number} of {len(chosen)}): the baselines")
        base = baseline_forecasts(table, origin, horizon, units, reference, cox=cox)
        results.append(OriginForecasts(origin, units, outcome, weight, means, all_draws, base))
        if progress:
            progress(f"origin {origin}: {len(units)} units in force, {int(outcome[weight > 0].sum())} breached "
                     f"within {horizon} years")
    _stack_sequentially(results, [s.name for s in specs], seed)
    return results


def _stack_sequentially(results: list[OriginForecasts], names: list[str], seed: int) -> None:
    """Give each origin the stacked forecast with weights fitted on the earlier origins' outcomes only."""
    rng = np.random.default_rng(seed + 7)
    for i, current in enumerate(results):
        earlier = results[:i]
        if earlier:
            density = np.concatenate([
                np.column_stack([predictive_density(r.specs[n], r.outcome) for n in names]) for r in earlier])
            omega = np.concatenate([r.weight for r in earlier])
            w = stacking_weights(density, omega)
        else:
            w = np.full(len(names), 1.0 / len(names))
        current.stack_weights = dict(zip(names, (float(v) for v in w), strict=True))
        current.stacked = np.column_stack([current.specs[n] for n in names]) @ w
        count = next(iter(current.draws.values())).shape[0]
        pick = [int(k) for k in np.asarray(rng.choice(len(names), size=count, p=w))]
        current.stacked_draws = np.stack([current.draws[names[k]][s] for s, k in enumerate(pick)])


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
    return {STACKED: r.stacked, **{f"spec:{k}": v for k, v in r.specs.items()}, **r.baselines}


def _calibration(results: list[OriginForecasts], seed: int) -> tuple[list[dict[str, Any]], dict[str, float]]:
    rng = np.random.default_rng(seed + 11)
    bins = []
    for r in results:
        keep = r.weight > 0
        if keep.sum() < 10:
            continue
        p, y, w, sims = r.stacked[keep], r.outcome[keep], r.weight[keep], r.stacked_draws[:, keep]
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
            bins.append({"origin": r.origin, "decile": decile + 1, "units": len(part),
                         "predicted": float(np.average(p[part], weights=weight)), "observed": observed,
                         "low": float(low), "high": float(high), "pit": pit,
                         "covered": bool(0.05 <= pit <= 0.95), "inside": bool(low <= observed <= high)})
    covered = sum(b["covered"] for b in bins)
    inside = sum(b["inside"] for b in bins)
    return bins, {"bins": float(len(bins)), "covered": float(covered),
                  "share": covered / len(bins) if bins else float("nan"),
                  "inside_share": inside / len(bins) if bins else float("nan")}


@dataclass
class Backtest:
    """The rolling-origin backtest: scores per origin and overall, stacking weights, calibration, cross-validation."""

    horizon: int
    coding: str
    prior: str
    origins: list[int]
    per_origin: list[dict[str, Any]]
    overall: dict[str, dict[str, float]]
    weights: dict[str, float]
    calibration: list[dict[str, Any]]
    coverage: dict[str, float]
    cross_validation: dict[str, dict[str, float]]
    specs: dict[str, str]
    forecasts: list[OriginForecasts] = field(default_factory=list, repr=False)

    def best_baseline(self, metric: str = "log") -> str:
        """Return the baseline with the lowest overall score on ``metric``."""
        return min(BASELINES, key=lambda b: self.overall.get(b, {}).get(metric, float("inf")))

    def to_dict(self) -> dict[str, Any]:
        """Return the backtest as a JSON-ready dictionary in the ``foedus.backtest/2`` schema."""
        return {"schema": BACKTEST_SCHEMA, "horizon": self.horizon, "coding": self.coding, "prior": self.prior,
                "origins": self.origins, "per_origin": self.per_origin, "overall": self.overall,
                "weights": self.weights, "calibration": self.calibration, "coverage": self.coverage,
                "cross_validation": self.cross_validation, "specifications": self.specs}

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Backtest:
        """Return the backtest a :meth:`to_dict` document describes (without the forecasts themselves)."""
        return cls(document["horizon"], document["coding"], document["prior"], list(document["origins"]),
                   document["per_origin"], document["overall"], document["weights"], document["calibration"],
                   document["coverage"], document["cross_validation"], document["specifications"])


def summarise(results: list[OriginForecasts], *, horizon: int, coding: str, prior: str,
              specs: Sequence[Specification], cross_validation: dict[str, dict[str, float]],
              seed: int = 20231) -> Backtest:
    """Return the :class:`Backtest` of rolling forecasts: scores, final stacking weights, calibration."""
    names = [s.name for s in specs]
    per_origin = []
    for r in results:
        row: dict[str, Any] = {"origin": r.origin, "units": len(r.units),
                               "known": int((r.weight > 0).sum()), "breached": int(r.outcome[r.weight > 0].sum()),
                               "weights": r.stack_weights}
        row["scores"] = {k: _score(v, r.outcome, r.weight) for k, v in _forecasters(r).items()}
        per_origin.append(row)
    pooled: dict[str, dict[str, float]] = {}
    if results:
        y = np.concatenate([r.outcome for r in results])
        w = np.concatenate([r.weight for r in results])
        for key in _forecasters(results[0]):
            pooled[key] = _score(np.concatenate([_forecasters(r)[key] for r in results]), y, w)
        density = np.column_stack([np.concatenate([predictive_density(r.specs[n], r.outcome) for r in results])
                                   for n in names])
        final = stacking_weights(density, w)
    else:
        final = np.full(len(names), 1.0 / len(names))
    calibration, coverage = _calibration(results, seed)
    return Backtest(horizon, coding, prior, [r.origin for r in results], per_origin, pooled,
                    dict(zip(names, (float(v) for v in final), strict=True)), calibration, coverage,
                    cross_validation, {s.name: s.describe() for s in specs}, results)


def cross_validate(
    table: UnitYears, *, horizon: int, origins: Sequence[int], specs: Sequence[Specification],
    weights: dict[str, float], prior: str = DEFAULT_PRIOR, folds: int = 10, draws: int = 100, seed: int = 20231,
) -> dict[str, dict[str, float]]:
    """Return the scores of each specification, and of their mixture with ``weights``, on held-out alliances.

    Alliances are put in ``folds`` folds by a hash of their key. Each fold's units are forecast at every origin
    where they are in force, by a fit on the other folds' unit-years up to the end of the data.
    """
    fold_of = np.array([zlib.crc32(a.encode()) % folds for a in table.alliances])
    unit_fold = fold_of[table.alliance[np.searchsorted(table.unit, np.arange(len(table.units)))]]
    last = int(table.year.max())
    names = [s.name for s in specs]
    collected: dict[str, list[NDArray[np.float64]]] = {n: [] for n in [*names, STACKED]}
    ys, ws = [], []
    for f in range(folds):
        train_rows = fold_of[table.alliance] != f
        models = {}
        for k, spec in enumerate(specs, start=1):
            report(f"cross-validation, fold {f + 1} of {folds}: fitting specification {k} of {len(specs)} "
                   f"({spec.name})")
            design = design_matrix(table, spec, last, keep=train_rows)
            models[spec.name] = (BreachModel(prior=prior, draws=draws, seed=seed).fit(design), design)
        for origin in origins:
            units = _in_force(table, origin)
            units = units[unit_fold[units] == f]
            if not len(units):
                continue
            y, w = _outcomes(table, units, origin, horizon)
            ys.append(y)
            ws.append(w)
            mix = np.zeros(len(units))
            for name, (model, design) in models.items():
                theta = model.parameter_draws()
                rows = forecast_rows(table, design, units, origin, horizon)
                frailty = model.frailty_draws(theta, table.group[table.row_at(units, origin)],
                                              np.random.default_rng(seed + f))
                p = model.forecast(rows, frailty, [[j] for j in range(len(units))], theta)[:, :, horizon - 1]
                collected[name].append(p.mean(axis=0))
                mix += weights.get(name, 0.0) * p.mean(axis=0)
            collected[STACKED].append(mix)
    if not ys:
        return {}
    y_all, w_all = np.concatenate(ys), np.concatenate(ws)
    return {k: _score(np.concatenate(v), y_all, w_all) for k, v in collected.items()}


def backtest(
    store: Store, *, horizon: int = 10, coding: str = "curated", prior: str = DEFAULT_PRIOR,
    origins: Sequence[int] | None = None, specs: Sequence[str] | None = None, cox: bool = True,
    cross_validation: bool = True, progress: Callable[[str], None] | None = None,
) -> Backtest:
    """Run the rolling-origin backtest on every alliance in ``store`` under ``coding`` (see the module docstring).

    Raises
    ------
    FoedusError
        On an unknown coding, prior or specification, or a horizon out of range.
    """
    from foedus.codings import known_codings
    from foedus.reliability.design import get_specification
    from foedus.reliability.fits import universe_table
    from foedus.reliability.priors import get_prior

    known = list(known_codings(store))
    if coding not in known:
        raise FoedusError(f"unknown coding {coding!r}; choose one of: {', '.join(known)}")
    if not 1 <= horizon <= 50:
        raise FoedusError(f"the horizon must be from 1 to 50 years, not {horizon}")
    try:
        get_prior(prior)
        chosen = [get_specification(n) for n in specs] if specs else list(SPECIFICATIONS)
    except ValueError as exc:
        raise FoedusError(str(exc)) from None
    from foedus.reliability.cache import default_cache
    from foedus.reliability.fits import store_fingerprint

    key = {"kind": "backtest", "store": store_fingerprint(store), "coding": coding, "horizon": horizon,
           "prior": prior, "origins": list(origins) if origins is not None else None,
           "specs": [s.name for s in chosen], "cox": cox, "cross_validation": cross_validation}

    def run() -> Backtest:
        table = universe_table(store, coding)
        years = list(origins) if origins is not None else origin_years(table, horizon)
        if not years:
            raise FoedusError(f"no origin from 1900 has a known outcome {horizon} years on")
        results = rolling_forecasts(table, horizon=horizon, origins=years, specs=chosen, prior=prior, cox=cox,
                                    progress=progress)
        provisional = summarise(results, horizon=horizon, coding=coding, prior=prior, specs=chosen,
                                cross_validation={})
        if cross_validation:
            provisional.cross_validation = cross_validate(table, horizon=horizon, origins=years, specs=chosen,
                                                          weights=provisional.weights, prior=prior)
        provisional.forecasts = []  # the scores are what is kept
        return provisional

    return default_cache().get(key, run)
