"""Do earlier violations help the breach forecast out of sample? A rolling-origin test of the war-tested record.

At each origin (every five years from 1900 to the last with a known outcome), every unit of the breach model in force
(:mod:`foedus.reliability.units`: a bilateral alliance's pair, a multilateral alliance's member) gets a forecast of
a breach within ``horizon`` years from two logistic models fitted only on the (unit, earlier origin) pairs whose
outcome was known by then: a **base** model (era, bilateral, defense, years in force) and the same **with the
record**: how many war-tested obligations its states had violated and honoured (LLM rules) in cases before the
origin. Both are scored on the units of the origin (Brier and log score, lower is better); a unit censored before
the horizon is left out (its outcome is unknown), which the breach model's own backtest weighs instead.

This is a plain test of the question, not the breach model: the model's specifications do not take the war-tested
record as a covariate.

References
----------
Gibler, D. M. (2008). The costs of reneging: Reputation and alliance formation. *Journal of Conflict Resolution*,
52(3).
Leeds, B. A. (2003). Alliance reliability in times of war: Explaining state decisions to violate treaties.
*International Organization*, 57(4), 801-827. https://doi.org/10.1017/S0020818303574057
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from foedus.tested.rules import Case
from foedus.text import DEFAULT_CODING

if TYPE_CHECKING:
    import pandas as pd

    from foedus.reliability.cache import FitCache
    from foedus.results.tested import ViolationBacktestModel
    from foedus.store import Store

__all__ = ["ViolationBacktest", "record_features", "violation_backtest", "violation_backtest_of_units"]

_BASE = ("intercept", "post_1945", "bilateral", "defense", "log_years_in_force")
_RECORD = ("log_violated", "log_honoured")


@dataclass(frozen=True)
class ViolationBacktest:
    """Scores of the base and the with-record forecasts, overall and by origin, and what the record adds."""

    horizon: int
    origins: list[int]
    scored: int
    scores: dict[str, dict[str, float]]
    by_origin: list[dict[str, Any]] = field(default_factory=list)
    coefficients: dict[str, float] = field(default_factory=dict)

    @property
    def helps(self) -> bool:
        """Return True if the record lowered (improved) the log score out of sample."""
        return self.scores["with_record"]["log"] < self.scores["base"]["log"]

    def sentence(self) -> str:
        """Return one sentence saying whether earlier violations helped, with the scores."""
        base, rec = self.scores["base"], self.scores["with_record"]
        verb = "improved" if self.helps else "did not improve"
        return (f"Earlier war-tested violations {verb} the {self.horizon}-year breach forecast out of sample: log "
                f"score {rec['log']:.4f} with the record against {base['log']:.4f} without (Brier {rec['brier']:.4f} "
                f"against {base['brier']:.4f}), over {self.scored:,} unit-origins at {len(self.origins)} origins "
                f"({self.origins[0]}–{self.origins[-1]}); difference {rec['log'] - base['log']:+.4f} "
                f"± {2 * self.scores['difference']['se']:.4f} (2 s.e.).")

    def to_model(self) -> ViolationBacktestModel:
        """Return the result as its result model (:class:`foedus.results.tested.ViolationBacktestModel`)."""
        from foedus.results.tested import ViolationBacktestModel

        return ViolationBacktestModel.model_validate({
            "horizon": self.horizon, "origins": self.origins, "scored": self.scored, "scores": self.scores,
            "by_origin": self.by_origin, "coefficients": self.coefficients, "helps": self.helps})

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data (:meth:`to_model`)."""
        return self.to_model().model_dump(by_alias=True)


def record_features(cases: Iterable[Case]) -> dict[int, list[tuple[int, str]]]:
    """Return, by state, the (year, LLM outcome) of each decided war-tested case of its obligations."""
    out: dict[int, list[tuple[int, str]]] = {}
    for c in cases:
        if c.outcomes["llm"] in ("honoured", "violated"):
            out.setdefault(c.member, []).append((c.year, c.outcomes["llm"]))
    return out


def _fit(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], penalty: float = 1e-2) -> np.ndarray[Any, Any]:
    """Return the coefficients of a logistic regression with a small ridge penalty (not on the intercept)."""
    from scipy.optimize import minimize

    def loss(beta: np.ndarray[Any, Any]) -> tuple[float, np.ndarray[Any, Any]]:
        eta = x @ beta
        p = 1 / (1 + np.exp(-eta))
        value = float(np.sum(np.logaddexp(0, eta) - y * eta) + penalty * np.sum(beta[1:] ** 2) / 2)
        grad = x.T @ (p - y)
        grad[1:] += penalty * beta[1:]
        return value, grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B")
    coefficients: np.ndarray[Any, Any] = result.x
    return coefficients


def _rows(units: pd.DataFrame, origins: Sequence[int], horizon: int,
          record: dict[int, list[tuple[int, str]]]) -> list[tuple[int, list[float], int]]:
    """Return (origin, features, breached) for each unit in force at each origin whose outcome is known."""
    rows = []
    records: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in units.to_dict("records")]
    for u in records:
        states = [int(u["ccode1"])] + ([int(u["ccode2"])] if u["unit"] == "pair" and not _missing(u["ccode2"]) else [])
        start = float(u["start"])
        end = None if _missing(u["end"]) else float(u["end"])
        censored = bool(u["censored"])
        for origin in origins:
            if not (start <= origin and (end is None or end > origin)):
                continue
            stop = origin + horizon
            breached = bool(u["breach"]) and end is not None and end <= stop
            known = breached or (end is None and not censored) or (end is not None and (end > stop or not censored))
            if not known:
                continue
            earlier = [o for c in states for (y, o) in record.get(c, []) if y < origin]
            features = [1.0, float(origin >= 1945), float(bool(u["bilateral"])), float(bool(u["defense"])),
                        math.log1p(origin - start), math.log1p(earlier.count("violated")),
                        math.log1p(earlier.count("honoured"))]
            rows.append((origin, features, int(breached)))
    return rows


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(np.isnan(value))
    except TypeError:
        return value is None or str(value) == "<NA>"


def _scores(p: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    return (clipped - y) ** 2, -(y * np.log(clipped) + (1 - y) * np.log(1 - clipped))


def violation_backtest_of_units(units: pd.DataFrame, cases: Iterable[Case], *, horizon: int = 10,
                                first: int = 1900, last: int = 2005, step: int = 5) -> ViolationBacktest:
    """Return the rolling-origin comparison for a units frame (:data:`foedus.reliability.units.UNIT_COLUMNS`).

    Raises
    ------
    ValueError
        If no origin has both training and scored units (too short a history, or ``horizon`` too long).
    """
    origins = list(range(first, last + 1, step))
    rows = _rows(units, origins, horizon, record_features(cases))
    n_base = len(_BASE)
    brier: dict[str, list[float]] = {"base": [], "with_record": []}
    logs: dict[str, list[float]] = {"base": [], "with_record": []}
    by_origin, used = [], []
    for origin in origins:
        train = [r for r in rows if r[0] + horizon <= origin]
        test = [r for r in rows if r[0] == origin]
        if not test or len(train) < 20 or len({r[2] for r in train}) < 2:
            continue
        xt = np.array([r[1] for r in train])
        yt = np.array([r[2] for r in train], dtype=float)
        xs = np.array([r[1] for r in test])
        ys = np.array([r[2] for r in test], dtype=float)
        entry: dict[str, Any] = {"origin": origin, "units": len(test), "breaches": int(ys.sum())}
        for name, width in (("base", n_base), ("with_record", n_base + len(_RECORD))):
            beta = _fit(xt[:, :width], yt)
            b, lg = _scores(1 / (1 + np.exp(-(xs[:, :width] @ beta))), ys)
            brier[name] += b.tolist()
            logs[name] += lg.tolist()
            entry[name] = {"brier": float(b.mean()), "log": float(lg.mean())}
        by_origin.append(entry)
        used.append(origin)
    if not used:
        raise ValueError(f"no origin from {first} to {last} has units to train on and to score at a {horizon}-year "
                         "horizon; give a longer history or a shorter horizon")
    difference = np.array(logs["with_record"]) - np.array(logs["base"])
    scores = {name: {"brier": float(np.mean(brier[name])), "log": float(np.mean(logs[name]))} for name in brier}
    scores["difference"] = {"log": float(difference.mean()),
                            "se": float(difference.std(ddof=1) / math.sqrt(len(difference)))}
    everything = np.array([r[1] for r in rows])
    beta = _fit(everything, np.array([r[2] for r in rows], dtype=float))
    return ViolationBacktest(horizon, used, len(difference), scores, by_origin,
                             {name: float(b) for name, b in zip(_BASE + _RECORD, beta, strict=True)})


def violation_backtest(store: Store, *, horizon: int = 10, coding: str = DEFAULT_CODING,
                       cache: FitCache | None = None) -> ViolationBacktest:
    """Return the rolling-origin comparison on the store's universe (the breach model's units under ``coding``,
    from ``cache``: by default a new cache in the default folder, for this call)."""
    from foedus.reliability.cache import FitCache
    from foedus.reliability.fits import universe_table
    from foedus.tested.cases import tested_cases

    table = universe_table(store, coding, cache=cache if cache is not None else FitCache())
    return violation_backtest_of_units(table.units, tested_cases(store).cases, horizon=horizon)
