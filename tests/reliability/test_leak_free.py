"""The backtest is leak-free by construction, and its pieces catch the mutations an audit found unguarded.

Each test here is fast: synthetic origins and units, or one small fit on the universe's table (cached per session).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from foedus.reliability.backtest import (
    CountRecord,
    OriginForecasts,
    _count_coverage,
    _outcomes,
    _recalibrate_sequentially,
    _stack_sequentially,
    common_shock_sd,
    known_by,
    origin_years,
    simulate_counts,
)
from foedus.reliability.baselines import _strata, _training_units, baseline_forecasts
from foedus.reliability.cache import FitCache
from foedus.reliability.design import UnitYears, get_specification
from foedus.reliability.forecasters import AJ_FLOOR, LandmarkRate, LogisticHazard, Training
from foedus.reliability.spells import Alliance, Participation
from foedus.reliability.units import alliance_units
from tests.reliability.synthetic import units_only_table

HORIZON = 10


def _origins(flip_after: int | None = None) -> list[OriginForecasts]:
    """Two candidates at origins 1900-1935: ``a`` is right before 1930, ``b`` after; with ``flip_after``, the
    outcomes of origins after it are reversed (what a leak would see)."""
    rng = np.random.default_rng(1)
    out = []
    for origin in range(1900, 1940, 5):
        n = 120
        truth = np.where(np.arange(n) < n // 2, 0.05, 0.3)
        y = (rng.random(n) < truth).astype(float)
        if flip_after is not None and origin > flip_after:
            y = 1 - y
        a, b = truth, np.full(n, float(truth.mean()))
        draws = {"a": np.tile(a, (20, 1)), "b": np.tile(b, (20, 1))}
        out.append(OriginForecasts(origin, np.arange(n), y, np.ones(n), {"a": a, "b": b}, draws, {},
                                   alliance=np.arange(n) // 3))
    return out


def test_known_by_keeps_only_origins_whose_whole_outcome_window_has_passed() -> None:
    results = _origins()
    assert [r.origin for r in known_by(results, 1930, HORIZON)] == [1900, 1905, 1910, 1915, 1920]
    assert [r.origin for r in known_by(results, 1935, HORIZON)][-1] == 1925
    assert 1930 not in [r.origin for r in known_by(results, 1930, 0 + 1)]  # never the current origin


@pytest.mark.parametrize("origin", [1935])
def test_stacking_and_recalibration_at_an_origin_ignore_outcomes_not_known_then(origin: int) -> None:
    honest, leaked = _origins(), _origins(flip_after=origin - HORIZON)
    for results in (honest, leaked):
        _stack_sequentially(results, ["a", "b"], 3, HORIZON)
        _recalibrate_sequentially(results, HORIZON)
    at = [r.origin for r in honest].index(origin)
    assert honest[at].stack_weights == pytest.approx(leaked[at].stack_weights)
    assert honest[at].shift == pytest.approx(leaked[at].shift)
    assert np.allclose(honest[at].stacked, leaked[at].stacked)


def test_the_old_rule_of_every_earlier_origin_would_leak() -> None:
    """The rule the backtest used before (``results[:i]``) sees outcomes after the origin: the test above fails."""
    honest, leaked = _origins(), _origins(flip_after=1930 - HORIZON)
    from foedus.reliability.stacking import predictive_density, stacking_weights

    def old_rule(results: list[OriginForecasts], i: int) -> np.ndarray:
        earlier = results[:i]
        density = np.concatenate([np.column_stack([predictive_density(r.specs[n], r.outcome) for n in "ab"])
                                  for r in earlier])
        return stacking_weights(density)

    i = [r.origin for r in honest].index(1930)
    assert not np.allclose(old_rule(honest, i), old_rule(leaked, i), atol=1e-3)


def test_the_last_origin_is_the_last_whose_outcome_window_lies_inside_the_data() -> None:
    units = pd.DataFrame({"start": [1990.0], "end": [2017.0], "censored": [True], "source": ["atop"],
                          "breach": [False]})
    years = origin_years(units_only_table(units), HORIZON, first=2000, step=1)
    assert years[-1] == 2006  # the window of 2006 runs to the end of 2016, the data's last whole year
    assert years[-1] + 1 + HORIZON <= 2017.0


def test_a_breach_on_the_horizon_counts_and_one_just_after_does_not() -> None:
    units = pd.DataFrame({"start": [1990.0] * 3, "end": [2001.0, 2001.01, 1995.0], "censored": [False] * 3,
                          "source": ["x"] * 3, "breach": [True, True, True]})
    outcome, _ = _outcomes(units_only_table(units), np.arange(3), 1990, HORIZON)
    assert outcome.tolist() == [1.0, 0.0, 1.0]  # the window is (1991, 2001]: the end of 1990 + 10 years


def test_member_units_in_force_are_censored_at_the_end_of_the_as_of_year() -> None:
    alliance = Alliance("m", "test", "M", frozenset({"defense"}), False,
                        [Participation(c, 1990.0, None, None, None, None) for c in (2, 20, 200)])
    units = alliance_units([alliance], as_of=2000)
    assert (units["end"] == 2001.0).all() and units["censored"].all()


def test_the_aalen_johansen_strata_split_at_1945() -> None:
    units = pd.DataFrame({"start": [1944.99, 1945.0], "unit": ["pair", "pair"], "defense": [True, True],
                          "offense": [False, False]})
    strata = _strata(units_only_table(units), np.arange(2))
    assert strata.tolist() == [3, 7]


def _ending_units() -> pd.DataFrame:
    return pd.DataFrame({
        "start": [1900.0, 1902.0, 1905.0, 1910.0, 1911.0, 1920.0] * 4,
        "end": [1904.0, 1915.0, 1908.0, 1930.0, 1913.0, 1924.0] * 4,
        "censored": [False] * 24, "source": ["x"] * 24, "breach": [True, False, True, True, False, True] * 4,
        "unit": ["pair", "member"] * 12, "defense": [True, False, True] * 8, "offense": [False] * 24,
        "group": ["g"] * 24,
    })


def test_baselines_learn_no_ending_after_the_origin() -> None:
    units = _ending_units()
    changed = units.copy()
    late = changed["end"] > 1917.0
    changed.loc[late, "breach"] = ~changed.loc[late, "breach"]
    changed.loc[late, "end"] = changed.loc[late, "end"] + 0.5
    alive = np.array([1, 3])
    for frame in (units, changed):
        trained, duration, _ = _training_units(units_only_table(frame), 1916)
        assert (duration <= 1917.0 - frame["start"].to_numpy()[trained] + 1e-9).all()
    first = LandmarkRate().fit(Training(units_only_table(units), 1916)).forecast(alive, 3)
    second = LandmarkRate().fit(Training(units_only_table(changed), 1916)).forecast(alive, 3)
    assert np.allclose(first, second)
    a = [_training_units(units_only_table(f), 1916) for f in (units, changed)]
    assert all(np.array_equal(x, y) for x, y in zip(a[0], a[1], strict=True))


def test_simulating_by_alliance_widens_the_count_of_a_shared_fate() -> None:
    rng = np.random.default_rng(5)
    draws = np.full((200, 40), 0.2)
    apart = simulate_counts(draws, np.arange(40), rng)
    together = simulate_counts(draws, np.zeros(40, dtype=np.int64), rng)
    assert apart.mean() == pytest.approx(8.0, abs=0.3) and together.mean() == pytest.approx(8.0, abs=1.0)
    assert together.std() > 3 * apart.std()


def _count_records(wild_after: int | None = None) -> list[CountRecord]:
    """Counts at origins 1900-1960 whose spread exceeds the simulated variance a little; with ``wild_after``, the
    counts of later origins are far off their forecast (what a shock estimated on unknown outcomes would see)."""
    out = []
    for k, origin in enumerate(range(1900, 1965, 5)):
        observed = 10.0 + (4.0 if k % 2 else -4.0)
        if wild_after is not None and origin > wild_after:
            observed = 60.0
        out.append(CountRecord(origin, observed, 10.0, 4.0))
    return out


def test_the_common_shock_learns_only_from_counts_known_by_the_origin() -> None:
    # at 1930 with h = 10 the counts of origins 1900-1920 are known: (16 - 4) * 5 / (100 * 5) = 0.12
    assert common_shock_sd(_count_records(), 1930, HORIZON) == pytest.approx(np.sqrt(np.log1p(0.12)))
    for origin in (1925, 1930, 1950):
        assert common_shock_sd(_count_records(wild_after=origin - HORIZON), origin, HORIZON) == pytest.approx(
            common_shock_sd(_count_records(), origin, HORIZON))
    assert common_shock_sd(_count_records(), 1905, HORIZON) == 0.0  # nothing known yet
    calm = [CountRecord(o, 10.0, 10.0, 4.0) for o in range(1900, 1965, 5)]
    assert common_shock_sd(calm, 1960, HORIZON) == 0.0  # no more spread than simulated: floored at 0


def test_the_common_shock_widens_the_count_but_keeps_its_mean() -> None:
    rng = np.random.default_rng(7)
    draws = np.full((400, 60), 0.05)
    plain = simulate_counts(draws, np.arange(60), rng)
    shocked = simulate_counts(draws, np.arange(60), rng, shock_sd=0.8)
    assert shocked.mean() == pytest.approx(plain.mean(), rel=0.05)
    assert shocked.std() > 1.5 * plain.std()
    with pytest.raises(ValueError, match="shock"):
        simulate_counts(draws, np.arange(60), rng, shock_sd=-0.1)


def test_count_intervals_without_a_known_outcome_carry_no_shock() -> None:
    rng = np.random.default_rng(3)
    results = []
    for origin in range(1900, 1935, 5):
        p = np.full(50, 0.1)
        outcome = (rng.random(50) < (0.4 if origin % 10 else 0.02)).astype(float)  # far more spread than simulated
        results.append(OriginForecasts(origin, np.arange(50), outcome, np.ones(50), {},
                                       {"logistic_recent": np.tile(p, (20, 1))}, {"logistic_recent": p},
                                       alliance=np.arange(50)))
    plain, _ = _count_coverage(results, "logistic_recent", 1, HORIZON)
    shocked, _ = _count_coverage(results, "logistic_recent", 1, HORIZON, shock=True)
    for a, b in zip(plain, shocked, strict=True):
        if a.origin < 1900 + HORIZON:  # no origin's outcome known yet: the same simulation
            assert (a.low90, a.high90, a.low50, a.high50) == (b.low90, b.high90, b.low50, b.high50)
    assert shocked[-1].high90 - shocked[-1].low90 > plain[-1].high90 - plain[-1].low90
    sds: list[tuple[int, float]] = []
    assert _count_coverage(results, "logistic_recent", 1, HORIZON, shock_sds=sds)[0] == plain  # only reported
    assert [o for o, _ in sds] == [r.origin for r in results] and sds[0][1] == 0.0 < sds[-1][1]




# --- on the universe's table (built once per session and cached) ----------------------------------------------


@pytest.fixture(scope="module")
def universe(_prepared_store: object, fit_cache: FitCache) -> UnitYears:
    from foedus.reliability.fits import universe_table
    from foedus.store import open_store

    with open_store(_prepared_store) as store:  # type: ignore[arg-type]
        return universe_table(store, "curated", cache=fit_cache)


def _future_changed(table: UnitYears, origin: int) -> UnitYears:
    """Return ``table`` with every ending after ``origin`` swapped (a breach for another ending, and back)."""
    late = table.year > origin
    breach = np.where(late, table.other, table.breach)
    other = np.where(late, table.breach, table.other)
    units = table.units.copy()
    after = units["end"].to_numpy(float) > origin + 1
    units.loc[after, "breach"] = ~units.loc[after, "breach"].astype(bool)
    return replace(table, breach=breach, other=other, units=units)


def test_fits_and_baselines_at_an_origin_see_no_later_year(universe: UnitYears) -> None:
    origin = 1935
    changed = _future_changed(universe, origin)
    training = Training(universe, origin)
    design = training.design(get_specification("covariates"))
    assert universe.year[design.rows].max() == origin
    units = np.flatnonzero((universe.units["start"] < origin + 1) & (universe.units["end"] >= origin + 1))[:40]
    first = LogisticHazard(draws=20).fit(training)
    second = LogisticHazard(draws=20).fit(Training(changed, origin))
    assert np.allclose(first.params_, second.params_)
    base = baseline_forecasts(universe, origin, HORIZON, units, design, cox=False)
    again = baseline_forecasts(changed, origin, HORIZON, units,
                               Training(changed, origin).design(get_specification("covariates")), cox=False)
    for name, values in base.items():
        assert np.allclose(values, again[name]), name
        if name in ("stratified_aalen_johansen", "own_record"):
            assert values.min() >= AJ_FLOOR


def test_the_logistic_hazard_forecast_is_its_cumulative_incidence_at_the_horizon(universe: UnitYears) -> None:
    training = Training(universe, 1930)
    model = LogisticHazard(draws=5).fit(training)
    units = np.flatnonzero((universe.units["start"] < 1931) & (universe.units["end"] >= 1931))[:3]
    from foedus.reliability.design import forecast_rows

    rows = forecast_rows(universe, model.design_, units, 1930, 2)  # type: ignore[arg-type]
    beta = model.params_.reshape(2, -1)
    eta = np.einsum("uyp,kp->uyk", rows, beta)
    prob = np.exp(eta) / (1 + np.exp(eta).sum(axis=-1))[..., None]
    by_hand = prob[:, 0, 0] + (1 - prob[:, 0].sum(axis=-1)) * prob[:, 1, 0]
    mode = model.probabilities(rows, model.params_[None, :])[0]
    assert np.allclose(mode[:, 1], by_hand)
    assert np.allclose(mode[:, 0], prob[:, 0, 0])
    assert model.forecast(units, 2).shape == (5, 3)


def test_an_atop_alliance_carries_the_obligations_of_its_first_phase_only(_prepared_store: object) -> None:
    from foedus.codings import ATOP_OBLIGATIONS
    from foedus.reliability.spells import atop_alliances
    from foedus.store import open_store
    from foedus.universe import family_relation

    with open_store(_prepared_store) as store:  # type: ignore[arg-type]
        alliances = {a.key: a for a in atop_alliances(store)}
        relation = family_relation(store, "atop_members")
        rows = store.query(f"SELECT * FROM {relation.sql} WHERE atopid = 4810 ORDER BY phase")
    first = [r for r in rows if r["phase"] == rows[0]["phase"]]
    opening = {ours for theirs, ours in ATOP_OBLIGATIONS.items() if any(r[theirs] for r in first)}
    ever = {ours for theirs, ours in ATOP_OBLIGATIONS.items() if any(r[theirs] for r in rows)}
    assert ever != opening  # a later phase added an obligation
    assert set(alliances["atop-4810"].obligations) == opening


def test_the_logistic_hazards_gradient_and_hessian_match_finite_differences() -> None:
    from foedus.reliability.forecasters import _multinomial, fit_multinomial
    from tests.reliability.synthetic import synthetic_design

    design = synthetic_design(units=150, frailty=False, flag_ratio=2.0, seed=4)
    x = design.x
    y = np.where(design.breach > 0, 1, np.where(design.other > 0, 2, 0)).astype(np.int64)
    weight = np.linspace(0.5, 1.5, len(y))
    penalty = np.full(4, 0.1)
    theta = np.array([-3.0, 0.5, -2.5, 0.1])
    _, gradient, hessian = _multinomial(theta, x, y, penalty, True, weight)
    step = 1e-6
    for j in range(4):
        e = np.zeros(4)
        e[j] = step
        up, down = _multinomial(theta + e, x, y, penalty, False, weight), _multinomial(theta - e, x, y, penalty,
                                                                                       False, weight)
        assert (up[0] - down[0]) / (2 * step) == pytest.approx(gradient[j], rel=1e-5, abs=1e-6)
        assert (up[1] - down[1]) / (2 * step) == pytest.approx(hessian[:, j], rel=1e-4, abs=1e-4)
    params, covariance = fit_multinomial(synthetic_design(units=1500, frailty=False, flag_ratio=2.0, seed=5))
    assert np.exp(params[1]) == pytest.approx(2.0, rel=0.35)  # the flag doubles the breach hazard
    assert np.all(np.linalg.eigvalsh(covariance) > 0)
