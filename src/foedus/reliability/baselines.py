"""The simple forecasts the breach model must beat, scored on the same units and origins (see the backtest).

Each gives, for a unit in force at the end of the origin year ``T`` with ``d`` years in force, the probability that
it is breached within the next ``h`` years, from what was known at ``T``:

* **overall rate**: constant hazards of breach and of other endings, each the count of training endings over the
  training years at risk, turned into a competing-risks probability;
* **stratified Aalen-Johansen**: the cumulative incidence of breach over years in force, estimated non-parametrically
  within each stratum of era (begun before or after 1945) x bilateral x defense, read conditionally on having lasted
  ``d`` years: ``(F(d + h) - F(d)) / S(d)``;
* **cause-specific Cox**: proportional hazards for breach and for other endings with the same covariates as the
  model (lifelines' time-varying Cox), the covariates held at their origin-year values;
* **own record**: the stratified rate scaled by the group's (pair's or state's) breaches observed over breaches
  expected under that rate, shrunk toward 1: ``(1 + O) / (1 + E)``.

Each is a forecaster, and the registry of every baseline the backtest scores is
:data:`foedus.reliability.forecasters.BASELINE_FORECASTERS`.

References
----------
Aalen, O. O., & Johansen, S. (1978). An empirical transition matrix for non-homogeneous Markov chains based on
censored observations. *Scandinavian Journal of Statistics*, 5(3), 141-150.
Cox, D. R. (1972). Regression models and life-tables. *Journal of the Royal Statistical Society: Series B*, 34(2),
187-220. https://doi.org/10.1111/j.2517-6161.1972.tb00899.x
Davidson-Pilon, C. (2019). lifelines: survival analysis in Python. *Journal of Open Source Software*, 4(40), 1317.
https://doi.org/10.21105/joss.01317
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from foedus.errors import FoedusError
from foedus.reliability.design import Design, UnitYears

__all__ = ["AJ_FLOOR", "COX", "IncidenceCurve", "aalen_johansen", "baseline_forecasts"]

Array = NDArray[np.float64]

#: The floor on the stratified Aalen-Johansen's probability (and the own record built on it), declared before any
#: backtest was run: a stratum with no breach in its training years still gets 0.5% rather than an infinite log loss.
AJ_FLOOR = 0.005
#: The name of the cause-specific Cox baseline (it needs lifelines: ``foedus backtest --no-cox`` leaves it out).
COX = "cause_specific_cox"


@dataclass(frozen=True)
class IncidenceCurve:
    """A cumulative incidence of breach and the all-cause survival, on a grid of years in force (step functions)."""

    times: Array
    breach: Array  # F_b(t): cumulative incidence of breach at each time
    survival: Array  # S(t): probability no ending has come by each time
    hazard: Array  # cumulative hazard of breach, for expected counts

    def at(self, t: Array) -> tuple[Array, Array, Array]:
        """Return F_b, S and the cumulative breach hazard at durations ``t``."""
        i = np.searchsorted(self.times, t, side="right") - 1
        ok = i >= 0
        j = np.maximum(i, 0)
        return (np.where(ok, self.breach[j], 0.0), np.where(ok, self.survival[j], 1.0),
                np.where(ok, self.hazard[j], 0.0))

    def conditional(self, d: Array, h: float) -> Array:
        """Return P(breach in (d, d + h] | no ending by d)."""
        f0, s0, _ = self.at(d)
        f1, _, _ = self.at(d + h)
        return np.clip(np.where(s0 > 0, (f1 - f0) / np.maximum(s0, 1e-12), 0.0), 0.0, 1.0)


def aalen_johansen(entry: Array, exit_: Array, event: NDArray[np.int64]) -> IncidenceCurve:
    """Return the Aalen-Johansen estimate from left-truncated durations (event 1 breach, 2 other, 0 censored)."""
    times = np.unique(exit_[event > 0])
    if len(times) == 0:
        return IncidenceCurve(np.zeros(1), np.zeros(1), np.ones(1), np.zeros(1))
    order_entry = np.sort(entry)
    order_exit = np.sort(exit_)
    at_risk = (np.searchsorted(order_entry, times, side="left")
               - np.searchsorted(order_exit, times, side="left")).astype(float)
    breaches = np.array([np.sum((exit_ == t) & (event == 1)) for t in times], dtype=float)
    endings = np.array([np.sum((exit_ == t) & (event > 0)) for t in times], dtype=float)
    at_risk = np.maximum(at_risk, endings)
    survival_before = np.concatenate([[1.0], np.cumprod(1 - endings / at_risk)[:-1]])
    breach = np.cumsum(survival_before * breaches / at_risk)
    return IncidenceCurve(times, breach, np.cumprod(1 - endings / at_risk), np.cumsum(breaches / at_risk))


def _strata(table: UnitYears, units: NDArray[np.int64]) -> NDArray[np.int64]:
    frame = table.units
    era = (frame["start"].to_numpy(float)[units] >= 1945).astype(int)
    bilateral = (frame["unit"].to_numpy()[units] == "pair").astype(int)
    defense = (frame["defense"].to_numpy(bool) | frame["offense"].to_numpy(bool)).astype(int)[units]
    return np.asarray(era * 4 + bilateral * 2 + defense, dtype=np.int64)


def _training_units(table: UnitYears, origin: int) -> tuple[NDArray[np.int64], Array, NDArray[np.int64]]:
    """Return the units begun by ``origin``, their durations as known then, and their endings (1, 2 or 0)."""
    frame = table.units
    start = frame["start"].to_numpy(float)
    end = frame["end"].to_numpy(float)
    units = np.flatnonzero(start < origin + 1)
    seen_end = np.minimum(end[units], origin + 1.0)
    ended = ~frame["censored"].to_numpy(bool)[units] & (end[units] <= origin + 1.0)
    event = np.where(ended, np.where(frame["breach"].to_numpy(bool)[units], 1, 2), 0)
    return units, np.maximum(seen_end - start[units], 1e-6), event.astype(np.int64)


def baseline_forecasts(
    table: UnitYears, origin: int, horizon: int, units: NDArray[np.int64], design: Design,
    *, cox: bool = True, only: str | None = None,
) -> dict[str, Array]:
    """Return each baseline's P(breach within ``horizon`` years) for ``units`` in force at the end of ``origin``.

    ``design`` is the model's design at ``origin``: the Cox baseline uses its covariates (without the intercept).
    With ``only``, just that baseline is computed. The stratified Aalen-Johansen and the own record are floored at
    :data:`AJ_FLOOR`.
    """

    if only == COX:
        return {only: _cox(table, design, design.rows, units, origin, horizon)}
    start = table.units["start"].to_numpy(float)
    d = origin + 1.0 - start[units]
    rows = design.rows
    # overall rate: constant competing hazards
    rate_b = float(design.breach.sum() / design.exposure.sum())
    rate_o = float(design.other.sum() / design.exposure.sum())
    total = rate_b + rate_o
    overall = np.full(len(units), rate_b / total * (1 - np.exp(-total * horizon)) if total > 0 else 0.0)
    # stratified Aalen-Johansen, conditional on the years in force
    trained, duration, event = _training_units(table, origin)
    strata_train = _strata(table, trained)
    strata_now = _strata(table, units)
    pooled = aalen_johansen(np.zeros(len(trained)), duration, event)
    curves = {}
    for s in np.unique(strata_now):
        mine = strata_train == s
        curves[int(s)] = aalen_johansen(np.zeros(int(mine.sum())), duration[mine], event[mine]) if mine.sum() >= 10 \
            else pooled
    stratified = np.maximum(np.array([curves[int(s)].conditional(np.array([x]), horizon)[0]
                                      for s, x in zip(strata_now, d, strict=True)]), AJ_FLOOR)
    # own record: observed over expected breaches of the unit's group under its stratum's hazard
    groups_train = table.units["group"].to_numpy()[trained]
    expected: dict[str, float] = {}
    observed: dict[str, float] = {}
    for g, s, t, e in zip(groups_train, strata_train, duration, event, strict=True):
        curve = curves.get(int(s), pooled)
        expected[g] = expected.get(g, 0.0) + float(curve.at(np.array([t]))[2][0])
        observed[g] = observed.get(g, 0.0) + float(e == 1)
    groups_now = table.units["group"].to_numpy()[units]
    factor = np.array([(1 + observed.get(g, 0.0)) / (1 + expected.get(g, 0.0)) for g in groups_now])
    own = np.clip(stratified * factor, AJ_FLOOR, 1.0)
    out = {"overall_rate": overall, "stratified_aalen_johansen": stratified, "own_record": own}
    if cox and only is None:
        out[COX] = _cox(table, design, rows, units, origin, horizon)
    return out


def _cox(table: UnitYears, design: Design, rows: NDArray[np.int64], units: NDArray[np.int64], origin: int,
         horizon: int) -> Array:
    """Return the cause-specific Cox forecasts (lifelines' time-varying Cox fitted for breach and other endings)."""
    try:
        import pandas as pd
        from lifelines import CoxTimeVaryingFitter
    except ImportError:
        raise FoedusError("the Cox baseline needs lifelines: pip install 'foedus[models]' (or leave the baseline out "
                          "with foedus backtest --no-cox)") from None
    from foedus.reliability.design import forecast_rows

    start = table.units["start"].to_numpy(float)
    unit = table.unit[rows]
    year = table.year[rows].astype(float)
    lo = np.maximum(year, start[unit]) - start[unit]
    hi = lo + design.exposure
    names = [n for n in design.names if n != "intercept"]
    x = design.x[:, 1:]
    frame = pd.DataFrame(x, columns=names)
    frame["id"], frame["start"], frame["stop"] = unit, lo, hi
    future = forecast_rows(table, design, units, origin, 1)[:, 0, 1:]
    d = origin + 1.0 - start[units]
    cumulative = {}
    linear = {}
    for cause, flags in (("breach", design.breach), ("other", design.other)):
        fitter = CoxTimeVaryingFitter(penalizer=0.1)
        frame["event"] = flags.astype(bool)
        fitter.fit(frame, id_col="id", start_col="start", stop_col="stop", event_col="event")
        base = fitter.baseline_cumulative_hazard_
        cumulative[cause] = (base.index.to_numpy(float), base.iloc[:, 0].to_numpy(float))
        beta = fitter.params_.reindex(names).fillna(0.0).to_numpy(float)
        # lifelines centres the covariates: its baseline is at their mean
        linear[cause] = (future - fitter._norm_mean.reindex(names).fillna(0.0).to_numpy(float)) @ beta
    times = np.union1d(cumulative["breach"][0], cumulative["other"][0])

    def at(cause: str, t: Array) -> Array:
        grid, values = cumulative[cause]
        i = np.searchsorted(grid, t, side="right") - 1
        return np.where(i >= 0, values[np.maximum(i, 0)], 0.0)

    out = np.zeros(len(units))
    for j in range(len(units)):
        inside = times[(times > d[j]) & (times <= d[j] + horizon)]
        if not len(inside):
            continue
        grid = np.concatenate([[d[j]], inside])
        hb = at("breach", grid) * np.exp(linear["breach"][j])
        ho = at("other", grid) * np.exp(linear["other"][j])
        survival = np.exp(-(hb - hb[0]) - (ho - ho[0]))
        out[j] = float(np.sum(survival[:-1] * np.diff(hb)))
    return np.clip(out, 0.0, 1.0)
