"""The issue's criteria off the 1900 grid: on origins offset from it (1902, 1907, …) and at h = 5, 10 and 20.

The README's backtest (origins 1900, 1905, …, h = 10) picks the headline forecaster; these tests judge that same
forecaster where nothing was tuned: one rolling backtest per horizon over the offset origins, the three sharing each
origin's fits (the logistic hazards do not depend on the horizon). Where the headline is a logistic hazard the
breach model's specifications are left out (the headline does not depend on them), so the module costs about one
backtest of the logistic hazards and the simple baselines. Draws and baselines are those of the backtest that chooses
the shipped headline (:func:`foedus.reliability.fits.stacked_backtest`: 100 draws, no Cox baseline).

Criteria that hold are asserted; those that do not yet hold are strict expected failures whose reason gives the
figure measured, so that a reviewer sees them and a change that meets one has to say so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from foedus.reliability.backtest import Backtest
from foedus.reliability.cache import FitCache
from tests.reliability import snapshots

FIRST = 1902  # the grid runs 1900, 1905, …; these origins sit two years off it
HORIZONS = (5, 10, 20)
SIMPLE_BASELINES = ("overall_rate", "stratified_aalen_johansen", "own_record", "landmark_rate")

pytestmark = pytest.mark.slow  # the module's one fixture runs the backtest at three horizons (about 20 s of CPU)


@pytest.fixture(scope="module")
def off_grid(_prepared_store: Path, fit_cache: FitCache) -> dict[int, Backtest]:
    """Return, per horizon, the backtest over the offset origins, summarised for the pinned headline."""
    from foedus.reliability.backtest import origin_years, rolling_forecasts, summarise
    from foedus.reliability.design import SPECIFICATIONS
    from foedus.reliability.fits import universe_table
    from foedus.reliability.forecasters import LOGISTIC, LOGISTIC_RECENT, Training
    from foedus.reliability.priors import DEFAULT_PRIOR
    from foedus.store import open_store

    headline = json.loads(snapshots.BACKTEST.read_text(encoding="utf-8"))["headline"]
    specs = () if headline in (LOGISTIC, LOGISTIC_RECENT) else SPECIFICATIONS
    with open_store(_prepared_store) as store:
        table = universe_table(store, "curated", cache=fit_cache)
    trainings: dict[int, Training] = {}
    out = {}
    for horizon in HORIZONS:
        results = rolling_forecasts(table, horizon=horizon, origins=origin_years(table, horizon, first=FIRST),
                                    specs=specs, cox=False, draws=100, trainings=trainings)
        out[horizon] = summarise(results, horizon=horizon, coding="curated", prior=DEFAULT_PRIOR, specs=specs,
                                 cross_validation={}, headline=headline)
    return out


def _figures(off_grid: dict[int, Backtest], horizon: int) -> dict[str, Any]:
    result = off_grid[horizon]
    assert result.origins[0] == FIRST and all(o % 5 == FIRST % 5 for o in result.origins)
    return snapshots.figures_of(result)


def _not_yet(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"not met yet (issue 19): {reason}")


@pytest.mark.parametrize("horizon", HORIZONS)
def test_the_headline_beats_every_simple_baseline_off_the_grid(off_grid: dict[int, Backtest], horizon: int) -> None:
    figures = _figures(off_grid, horizon)
    mine = figures["overall"][figures["headline"]]
    for baseline in SIMPLE_BASELINES:
        theirs = figures["overall"][baseline]
        assert mine["log"] < theirs["log"], (baseline, mine, theirs)
        assert mine["brier"] < theirs["brier"], (baseline, mine, theirs)
    assert [p for p in snapshots.invariants(figures) if "does not beat" in p and "logistic" not in p] == []


@pytest.mark.parametrize("horizon", [
    pytest.param(5, marks=_not_yet("at h = 5 the headline's log score is 0.1245 against the plain logistic hazard's "
                                   "0.1240 (difference +0.0004, 90% paired interval -0.0008 to +0.0021)")),
    10, 20])
def test_the_headline_beats_the_plain_logistic_hazard_off_the_grid(off_grid: dict[int, Backtest],
                                                                    horizon: int) -> None:
    figures = _figures(off_grid, horizon)
    overall, headline = figures["overall"], figures["headline"]
    assert headline != "logistic_hazard"
    assert overall[headline]["log"] < overall["logistic_hazard"]["log"]


@pytest.mark.parametrize("horizon", HORIZONS)
def test_the_headline_beats_the_plain_logistic_hazard_from_1990_off_the_grid(off_grid: dict[int, Backtest],
                                                                              horizon: int) -> None:
    figures = _figures(off_grid, horizon)
    overall, headline = figures["overall"], figures["headline"]
    assert headline != "logistic_hazard"
    assert overall[f"{headline}@from_1990"]["log"] < overall["logistic_hazard@from_1990"]["log"]


@pytest.mark.parametrize("horizon", [
    5, pytest.param(10, marks=_not_yet("at h = 10 the breach count lies inside its 90% interval at 15 of 21 "
                                       "offset origins (0.71)")),
    20])
def test_the_90_percent_count_intervals_hold_off_the_grid(off_grid: dict[int, Backtest], horizon: int) -> None:
    counts = _figures(off_grid, horizon)["count_coverage"]
    assert 0.80 <= counts["inside90"] <= 0.98


@pytest.mark.parametrize("horizon", HORIZONS)
def test_the_50_percent_count_intervals_hold_off_the_grid(off_grid: dict[int, Backtest], horizon: int) -> None:
    counts = _figures(off_grid, horizon)["count_coverage"]
    assert 0.35 <= counts["inside50"] <= 0.65


@pytest.mark.parametrize("horizon", [
    pytest.param(5, marks=_not_yet("observed/forecast from 1990 at h = 5 is 0.51 (90% interval 0.32-0.72)")),
    pytest.param(10, marks=_not_yet("observed/forecast from 1990 at h = 10 is 0.48 (0.30-0.68)")),
    pytest.param(20, marks=_not_yet("observed/forecast from 1990 at h = 20 is 0.32 (0.19-0.47)")),
])
def test_observed_over_forecast_from_1990_off_the_grid(off_grid: dict[int, Backtest], horizon: int) -> None:
    figures = _figures(off_grid, horizon)
    assert snapshots.targets(figures) == []
