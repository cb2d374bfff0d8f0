"""Backtests: fit on the alliances that began before a split year, then score forecasts of how the later ones ended.

For each spell that began in or after the split year, the outcome is whether it ended in a breach within ``h``
years of its start (spells censored before ``h`` years without a breach are left out: their outcome is unknown).
The model, fitted only on what was known at the end of the year before the split (spells censored there), gives
each such spell a probability, using the pair's record before the split. It is scored against two baselines:

* **base rate**: every spell gets the share of training spells that were breached within ``h`` years;
* **no pooling**: every spell gets its own pair's share of breached spells before the split, smoothed by half a
  breach (Jeffreys), or one half for a pair with no record: each pair taken at face value.

Scores are weighted like the fit (a multilateral spell weighs ``1 / (members - 1)``): the Brier score and the log
score (lower is better), a calibration table by bins of predicted probability, and the coverage of the 90%
predictive intervals of the number of breaches in each bin (which accounts for the parameters' uncertainty and for
chance).

References
----------
Brier, G. W. (1950). Verification of forecasts expressed in terms of probability. *Monthly Weather Review*, 78(1),
1-3. https://doi.org/10.1175/1520-0493(1950)078<0001:VOFEIT>2.0.CO;2
Gneiting, T., & Raftery, A. E. (2007). Strictly proper scoring rules, prediction, and estimation. *Journal of the
American Statistical Association*, 102(477), 359-378. https://doi.org/10.1198/016214506000001437
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from foedus.errors import FoedusError
from foedus.reliability.model import BreachModel, _covariate_row
from foedus.reliability.priors import DEFAULT_PRIOR

if TYPE_CHECKING:
    import pandas as pd

    from foedus.store import Store

__all__ = ["BACKTEST_SCHEMA", "Backtest", "backtest", "backtest_spells"]

BACKTEST_SCHEMA = "foedus.backtest/1"
_BINS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.35, 1.0)
_EPS = 1e-6


@dataclass
class Backtest:
    """The scores of the model and the two baselines on spells that began after the split year."""

    split_year: int
    horizon: int
    coding: str
    prior: str
    training: dict[str, Any]
    test: dict[str, Any]
    scores: dict[str, dict[str, float]]
    calibration: list[dict[str, Any]]
    coverage: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        """Return the backtest as a JSON-ready dictionary in the ``foedus.backtest/1`` schema."""
        return {"schema": BACKTEST_SCHEMA, "split_year": self.split_year, "horizon": self.horizon,
                "coding": self.coding, "prior": self.prior, "training": self.training, "test": self.test,
                "scores": self.scores, "calibration": self.calibration, "coverage": self.coverage}


def _outcomes(spells: pd.DataFrame, horizon: int) -> tuple[NDArray[np.bool_], NDArray[np.float64]]:
    """Return which spells have a known outcome at ``horizon`` and, for those, 1 if breached within it."""
    length = spells["end"].to_numpy(float) - spells["start"].to_numpy(float)
    censored = spells["censored"].to_numpy(bool)
    breach = spells["breach"].to_numpy(bool)
    known = ~censored | (length >= horizon)
    hit = breach & ~censored & (length <= horizon)
    return known, hit.astype(float)


def _scores(p: NDArray[np.float64], y: NDArray[np.float64], w: NDArray[np.float64]) -> dict[str, float]:
    q = np.clip(p, _EPS, 1 - _EPS)
    return {
        "brier": float(np.average((p - y) ** 2, weights=w)),
        "log": float(np.average(-(y * np.log(q) + (1 - y) * np.log(1 - q)), weights=w)),
        "mean_predicted": float(np.average(p, weights=w)),
    }


def backtest_spells(
    training: pd.DataFrame,
    later: pd.DataFrame,
    *,
    split_year: int,
    horizon: int = 10,
    coding: str = "curated",
    prior: str = DEFAULT_PRIOR,
    draws: int = 1000,
) -> Backtest:
    """Score forecasts for the spells of ``later`` that began in or after ``split_year``.

    Parameters
    ----------
    training : pandas.DataFrame
        Spells as known at the end of ``split_year - 1`` (``alliance_spells(..., as_of=split_year - 1)``).
    later : pandas.DataFrame
        Spells as known at the end of the data; those starting in or after ``split_year`` are scored.
    """
    if horizon < 1:
        raise FoedusError(f"the horizon must be at least one year, not {horizon}")
    train = training[training["start"] < split_year]
    if train.empty:
        raise FoedusError(f"no alliance spells began before {split_year}: choose a later split year")
    test = later[later["start"] >= split_year].reset_index(drop=True)
    known, y = _outcomes(test, horizon)
    test, y = test[known].reset_index(drop=True), y[known]
    if test.empty:
        raise FoedusError(f"no spell that began in or after {split_year} has a known outcome at {horizon} years")
    w = test["weight"].to_numpy(float)
    model = BreachModel(prior=prior, draws=draws).fit(train)
    theta = model.parameter_draws()
    p_model, p_draws = _model_probabilities(model, theta, test, horizon)
    # the base rate: training spells breached within the horizon, among those whose outcome is known
    train_known, train_y = _outcomes(train, horizon)
    tw = train["weight"].to_numpy(float)[train_known]
    rate = float(np.average(train_y[train_known], weights=tw)) if train_known.any() else 0.5
    p_base = np.full(len(test), rate)
    p_nopool = _no_pooling(train, test)
    calibration, coverage = _calibration(p_model, p_draws, y, w, np.random.default_rng(model.seed + 2))
    return Backtest(
        split_year=split_year, horizon=horizon, coding=coding, prior=prior,
        training={"spells": len(train), "breaches": int(train["breach"].sum()),
                  "first_year": int(np.floor(train["start"].min())), "last_year": split_year - 1},
        test={"spells": len(test), "breaches_within_horizon": int(y.sum()),
              "weighted_spells": float(w.sum()), "weighted_breaches": float(np.sum(w * y)),
              "last_year": int(np.ceil(later["end"].max())) - 1},
        scores={"model": _scores(p_model, y, w), "base_rate": _scores(p_base, y, w),
                "no_pooling": _scores(p_nopool, y, w)},
        calibration=calibration, coverage=coverage,
    )


def _model_probabilities(
    model: BreachModel, theta: NDArray[np.float64], test: pd.DataFrame, horizon: int
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Return each test spell's P(breach within horizon of its start): the mean and the draws (draws x spells)."""
    data = model.data_
    assert data is not None
    p = len(model.covariates_)
    beta_b, beta_o, alpha = theta[:, :p], theta[:, p:2 * p], np.exp(theta[:, 2 * p])
    # each pair's record before the split: breaches observed and expected (per draw)
    lookup = {pair: i for i, pair in enumerate(data.pairs)}
    observed = np.bincount(data.pair, weights=data.breach * data.weight, minlength=len(data.pairs))
    mass = data.exposure * data.weight
    pairs = [lookup.get((int(a), int(b)), -1) for a, b in zip(test["ccode1"], test["ccode2"], strict=True)]
    needed = sorted({i for i in pairs if i >= 0})
    rows = np.isin(data.pair, needed)
    expected = np.zeros((len(theta), len(data.pairs)))
    for s in range(len(theta)):
        expected[s] = np.bincount(data.pair[rows], weights=np.exp(data.x[rows] @ beta_b[s]) * mass[rows],
                                  minlength=len(data.pairs))
    index = np.array(pairs)
    has_record = index >= 0
    obs = np.where(has_record, observed[np.maximum(index, 0)], 0.0)
    exp_ = np.where(has_record[None, :], expected[:, np.maximum(index, 0)], 0.0)
    rng = np.random.default_rng(model.seed + 3)
    frailty = rng.gamma(alpha[:, None] + obs[None, :], 1.0 / (alpha[:, None] + exp_))
    # covariates over the horizon, year by year from each spell's start
    start = test["start"].to_numpy(float)
    years = (np.floor(start)[:, None] + np.arange(horizon, dtype=float)[None, :]).ravel()
    flags = {
        "defense_or_offense": (test["defense"].to_numpy(bool) | test["offense"].to_numpy(bool)).astype(float),
        "bilateral": test["bilateral"].to_numpy(bool).astype(float),
        "major_power": test["major"].fillna(False).to_numpy(bool).astype(float),
    }
    duration = np.tile(np.arange(horizon, dtype=float) + 0.5, len(test))
    x = _covariate_row(years, duration, {k: np.repeat(v, horizon) for k, v in flags.items()}, model.covariates_)
    x = x.reshape(len(test), horizon, -1)  # spells x years x covariates
    probabilities = np.empty((len(theta), len(test)))
    for s in range(len(theta)):
        rate_b = np.exp(x @ beta_b[s]) * frailty[s][:, None]
        rate_o = np.exp(x @ beta_o[s])
        total = rate_b + rate_o
        alive = np.cumprod(np.exp(-total), axis=1)
        before = np.concatenate([np.ones((len(test), 1)), alive[:, :-1]], axis=1)
        probabilities[s] = np.sum(before * rate_b / total * (1 - np.exp(-total)), axis=1)
    return probabilities.mean(axis=0), probabilities


def _no_pooling(train: pd.DataFrame, test: pd.DataFrame) -> NDArray[np.float64]:
    record: dict[tuple[int, int], list[float]] = {}
    for a, b, broke, cut in zip(train["ccode1"], train["ccode2"], train["breach"], train["censored"], strict=True):
        if not cut:
            record.setdefault((int(a), int(b)), []).append(float(broke))
    out = []
    for a, b in zip(test["ccode1"], test["ccode2"], strict=True):
        own = record.get((int(a), int(b)), [])
        out.append((sum(own) + 0.5) / (len(own) + 1))
    return np.array(out)


def _calibration(
    p: NDArray[np.float64], draws: NDArray[np.float64], y: NDArray[np.float64], w: NDArray[np.float64],
    rng: np.random.Generator,
) -> tuple[list[dict[str, Any]], dict[str, float]]:
    rows = []
    covered = 0
    total = 0
    simulated = rng.random(draws.shape) < draws  # one predictive draw of every outcome per parameter draw
    for lo, hi in itertools.pairwise(_BINS):
        inside = (p >= lo) & (p < hi) if hi < 1 else (p >= lo) & (p <= hi)
        if not inside.any():
            continue
        weight = w[inside]
        observed = float(np.average(y[inside], weights=weight))
        shares = simulated[:, inside] @ weight / weight.sum()
        low, high = np.percentile(shares, [5, 95])
        hit = bool(low <= observed <= high)
        covered += hit
        total += 1
        rows.append({"from": lo, "to": hi, "spells": int(inside.sum()), "predicted": float(np.average(p[inside],
                     weights=weight)), "observed": observed, "low": float(low), "high": float(high),
                     "covered": hit})
    return rows, {"bins": total, "covered": covered, "share": covered / total if total else float("nan")}


def backtest(
    store: Store, *, split_year: int = 1945, horizon: int = 10, coding: str = "curated",
    prior: str = DEFAULT_PRIOR, last_year: int | None = None,
) -> Backtest:
    """Backtest the model on every alliance in ``store``: fit before ``split_year``, score the spells after.

    ``last_year`` is the end of the data the later spells are read to (default: the latest year in the store).
    """
    from foedus.reliability.assess import coding_names, latest_year
    from foedus.reliability.priors import get_prior
    from foedus.reliability.spells import alliance_spells as spells_of
    from foedus.reliability.spells import major_power_periods, stored_alliances

    known = coding_names(store)
    if coding not in known:
        raise FoedusError(f"unknown coding {coding!r}; choose one of: {', '.join(known)}")
    try:
        get_prior(prior)
    except ValueError as exc:
        raise FoedusError(str(exc)) from None
    end = latest_year(store) if last_year is None else last_year
    if not split_year <= end:
        raise FoedusError(f"the split year {split_year} is after the end of the data ({end})")
    alliances = stored_alliances(store, coding)
    majors = major_power_periods(store)
    return backtest_spells(
        spells_of(alliances, as_of=split_year - 1, majors=majors), spells_of(alliances, as_of=end, majors=majors),
        split_year=split_year, horizon=horizon, coding=coding, prior=prior,
    )
