"""Three candidates for issue 19's unmet criteria, studied leak-free; none was adopted (docs/backtest-1990.md).

* ``shock``: a common shock on the log hazard shared by every unit at an origin (the whole horizon), its sd estimated
  at each origin from the counts known by then (:func:`foedus.reliability.backtest.common_shock_sd`), added to the
  simulation of each origin's breach count; its 50% and 90% count coverage against the shipped simulation's;
* ``half-life``: the recency-weighted logistic hazard with its half-life chosen at each origin from a declared grid
  by the log score of the origins whose outcomes are known then (``T' + h <= T``), against the shipped half-life of
  30 years and each fixed half-life;
* ``logit``: why the plain logistic hazard ties or beats the shipped headline at h = 5 (log score by origin), and a
  leak-free stack of the two hazards at each horizon.

``fit`` fits the logistic hazards (each half-life of the grid and the plain one) at every origin of the README's grid
(1900, 1905, ...) and of the offset grid of tests/reliability/test_backtest_off_grid.py (1902, 1907, ...) and writes
each horizon's forecasts (draws x units) to ``--out`` as .npz; the other steps read them. The shipped headline's
figures come out exactly: draws, seeds and the count simulation are the backtest's (100 draws; 200 for the README's
grid, as ``foedus backtest``).

Run (from the repository root; ``fit`` takes about a minute on 2 shared cores, the others seconds)::

    PYTHONPATH=src:. .venv/bin/python benchmarks/intervals_recency_1990.py fit --out /tmp/v3
    PYTHONPATH=src:. .venv/bin/python benchmarks/intervals_recency_1990.py shock --out /tmp/v3
    PYTHONPATH=src:. .venv/bin/python benchmarks/intervals_recency_1990.py half-life --out /tmp/v3
    PYTHONPATH=src:. .venv/bin/python benchmarks/intervals_recency_1990.py logit --out /tmp/v3
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

#: The half-lives (years) the per-origin choice picks among, declared before the study was run; ``None`` is the
#: plain (unweighted) hazard. 30 is the shipped one and the choice before any outcome is known.
HALF_LIVES: tuple[float | None, ...] = (10.0, 15.0, 20.0, 30.0, 45.0, 60.0, None)
SHIPPED = 30.0
HORIZONS = (5, 10, 20)
GRIDS = {"grid": 1900, "off": 1902}


def _tag(half_life: float | None) -> str:
    return "plain" if half_life is None else f"{half_life:g}"


def fit(out: Path) -> None:
    """Fit every hazard at every origin of both grids; write each horizon's draws and outcomes."""
    from foedus.reliability.backtest import _in_force, _outcomes, origin_years
    from foedus.reliability.cache import FitCache
    from foedus.reliability.fits import universe_table
    from foedus.reliability.forecasters import LogisticHazard, Training
    from foedus.store import open_store

    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    with open_store(folder / "foedus.duckdb") as store:
        table = universe_table(store, "curated", cache=FitCache(folder / "cache"))
    cluster = table.alliance[np.searchsorted(table.unit, np.arange(len(table.units)))]
    for grid, first in GRIDS.items():
        trainings: dict[int, Training] = {}
        runs = [(hl, 100) for hl in HALF_LIVES] + ([(SHIPPED, 200)] if grid == "grid" else [])
        for half_life, draws in runs:
            for horizon in HORIZONS:
                parts: dict[str, list[Any]] = {k: [] for k in ("origin", "outcome", "weight", "alliance", "draws")}
                for origin in origin_years(table, horizon, first=first):
                    units = _in_force(table, origin)
                    outcome, weight = _outcomes(table, units, origin, horizon)
                    training = trainings.setdefault(origin, Training(table, origin))
                    hazard = LogisticHazard(draws=draws, seed=20231, name=f"h{_tag(half_life)}", half_life=half_life)
                    parts["draws"].append(hazard.fit(training).forecast(units, horizon))
                    parts["origin"].append(np.full(len(units), origin))
                    parts["outcome"].append(outcome)
                    parts["weight"].append(weight)
                    parts["alliance"].append(cluster[units])
                name = f"{grid}_{horizon}_{_tag(half_life)}" + ("_d200" if draws == 200 else "")
                np.savez_compressed(out / f"{name}.npz", **{k: np.concatenate(v, axis=-1) for k, v in parts.items()})
                print(f"{name}: {len(parts['origin'])} origins", flush=True)


def _load(out: Path, grid: str, horizon: int, tag: str) -> dict[str, Any]:
    with np.load(out / f"{grid}_{horizon}_{tag}.npz") as z:
        return {k: z[k] for k in z.files}


def _loss(p: Any, y: Any) -> Any:
    """Return each unit's log loss, as the backtest scores it."""
    from foedus.reliability.backtest import _losses

    return _losses(p, y)["log"]


def _interval(values: Any, cluster: Any, rng: np.random.Generator) -> tuple[float, float]:
    """Return the 90% alliance-bootstrap interval of the mean of ``values``, as the backtest's."""
    from foedus.reliability.backtest import _cluster_bootstrap

    low, high = np.percentile(_cluster_bootstrap(values, np.ones_like(values), cluster, rng), [5, 95])
    return float(low), float(high)


def shock(out: Path) -> None:
    """Print the count coverage of the shipped headline with and without the common shock."""
    from foedus.reliability.backtest import OriginForecasts, _count_coverage
    from foedus.reliability.forecasters import LOGISTIC_RECENT

    for grid, tag in (("grid", "30_d200"), ("grid", "30"), ("off", "30")):
        for horizon in HORIZONS:
            data = _load(out, grid, horizon, tag)
            results = []
            for origin in np.unique(data["origin"]):
                m = data["origin"] == origin
                results.append(OriginForecasts(int(origin), np.flatnonzero(m), data["outcome"][m], data["weight"][m],
                                               {}, {LOGISTIC_RECENT: data["draws"][:, m]},
                                               {LOGISTIC_RECENT: data["draws"][:, m].mean(axis=0)},
                                               alliance=data["alliance"][m]))
            line = [f"{grid} ({tag.replace('30_d200', '200 draws').replace('30', '100 draws')}) h = {horizon}:"]
            sds: list[tuple[int, float]] = []
            for on in (False, True):
                rows, summary = _count_coverage(results, LOGISTIC_RECENT, 20231, horizon, shock=on,
                                                shock_sds=None if on else sds)
                line.append(f"{'shock' if on else 'shipped'} 90% {summary.inside90:.3f} "
                            f"({sum(r.inside90 for r in rows)}/{summary.origins}), 50% {summary.inside50:.3f} "
                            f"({sum(r.inside50 for r in rows)}), outside 90% at "
                            f"{[r.origin for r in rows if not r.inside90]}")
            line.append("shock sd by origin: " + " ".join(f"{o}:{s:.2f}" for o, s in sds))
            print("\n  ".join(line))


def half_life(out: Path) -> None:
    """Print log scores (overall and from 1990) and O/F from 1990 of each fixed half-life and of the per-origin
    choice, and the choice minus the shipped half-life with its 90% paired alliance-bootstrap interval."""
    rng = np.random.default_rng(19)
    tags = [_tag(h) for h in HALF_LIVES]
    for grid in GRIDS:
        for horizon in HORIZONS:
            data = {t: _load(out, grid, horizon, t) for t in tags}
            base = data[_tag(SHIPPED)]
            origin, y, cluster = base["origin"], base["outcome"], base["alliance"]
            mean = {t: data[t]["draws"].mean(axis=0) for t in tags}
            chosen, picks = np.empty(len(y)), []
            for o in np.unique(origin):
                known = origin + horizon <= o  # outcomes known at the end of o
                pick = min(tags, key=lambda t: float(_loss(mean[t][known], y[known]).mean())) if known.any() \
                    else _tag(SHIPPED)
                chosen[origin == o] = mean[pick][origin == o]
                picks.append(f"{o}:{pick}")
            late = origin >= 1990
            print(f"{grid} h = {horizon}")
            for label, p in [*((f"half-life {t}", mean[t]) for t in tags), ("chosen per origin", chosen)]:
                print(f"  {label}: log {_loss(p, y).mean():.4f} (from 1990 {_loss(p[late], y[late]).mean():.4f}), "
                      f"O/F from 1990 {y[late].sum() / p[late].sum():.2f}")
            d = _loss(chosen, y) - _loss(mean[_tag(SHIPPED)], y)
            low, high = _interval(d, cluster, rng)
            low2, high2 = _interval(d[late], cluster[late], rng)
            print(f"  chosen - shipped: {d.mean():+.4f} ({low:+.4f} to {high:+.4f}); from 1990 {d[late].mean():+.4f} "
                  f"({low2:+.4f} to {high2:+.4f})")
            print("  picks: " + " ".join(picks))


def logit(out: Path) -> None:
    """Print where the shipped headline loses to the plain hazard (log loss summed by era and by origin), and the
    leak-free stack of the two at each horizon against each."""
    from foedus.reliability.backtest import ERAS
    from foedus.reliability.stacking import predictive_density, stacking_weights

    rng = np.random.default_rng(19)
    for grid in GRIDS:
        for horizon in HORIZONS:
            recent, plain = _load(out, grid, horizon, _tag(SHIPPED)), _load(out, grid, horizon, "plain")
            origin, y, cluster = recent["origin"], recent["outcome"], recent["alliance"]
            pr, pp = recent["draws"].mean(axis=0), plain["draws"].mean(axis=0)
            d = _loss(pr, y) - _loss(pp, y)
            print(f"{grid} h = {horizon}: headline - plain {d.mean():+.4f}; summed by era of origin: " + ", ".join(
                f"{lo}-{hi} {d[(origin >= lo) & (origin <= hi)].sum():+.2f}" for _, lo, hi in ERAS))
            if horizon == 5:
                print("  by origin (summed; observed; forecast headline / plain): " + " ".join(
                    f"{o}:{d[origin == o].sum():+.2f};{int(y[origin == o].sum())};{pr[origin == o].sum():.1f}/"
                    f"{pp[origin == o].sum():.1f}" for o in np.unique(origin)))
            stacked, weights = np.empty(len(y)), []
            for o in np.unique(origin):
                known, now = origin + horizon <= o, origin == o
                w = stacking_weights(np.column_stack([predictive_density(pr[known], y[known]),
                                                      predictive_density(pp[known], y[known])])) \
                    if known.any() else np.array([0.5, 0.5])
                weights.append(f"{w[0]:.2f}")
                stacked[now] = w[0] * pr[now] + w[1] * pp[now]
            late = origin >= 1990
            for name, other in (("headline", pr), ("plain", pp)):
                diff = _loss(stacked, y) - _loss(other, y)
                low, high = _interval(diff, cluster, rng)
                print(f"  stack - {name}: {diff.mean():+.4f} ({low:+.4f} to {high:+.4f})")
            print(f"  stack: log {_loss(stacked, y).mean():.4f} (from 1990 {_loss(stacked[late], y[late]).mean():.4f}),"
                  f" O/F from 1990 {y[late].sum() / stacked[late].sum():.2f}; weight on the headline by origin: "
                  + " ".join(weights))


def main() -> None:
    """Run one step (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("fit", "shock", "half-life", "logit"))
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "intervals_recency_1990")
    args = parser.parse_args()
    {"fit": fit, "shock": shock, "half-life": half_life, "logit": logit}[args.step](args.out)


if __name__ == "__main__":
    main()
