"""Change points: breaks found where they are, and none invented by growing news volume."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.events.changepoints import change_points, index_variances


def weekly_index(rng: np.random.Generator, weeks: int = 104, growth: float = 8.0, jump: float = 0.0,
                 at: int = 60) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Return a dyad's index and its variances over ``weeks``: Poisson counts of cooperation (rate 0.6 per unit of
    exposure, plus ``jump`` from week ``at``) and conflict (0.4), the volume growing ``growth`` times."""
    exposure = 20.0 * growth ** (np.arange(weeks) / (weeks - 1))
    cooperation = rng.poisson((0.6 + jump * (np.arange(weeks) >= at)) * exposure)
    conflict = rng.poisson(0.4 * exposure)
    return (cooperation - conflict) / exposure, index_variances(cooperation, conflict, exposure)


def test_growing_volume_with_no_break_rarely_gets_a_change_point() -> None:
    rng = np.random.default_rng(17)
    runs = 60
    false = sum(bool(change_points(*weekly_index(rng), replicates=99, seed=k)[0]) for k in range(runs))
    assert false / runs <= 0.10  # stated rate 5%; least squares with one variance finds one in about half


def test_a_meaningful_break_is_found_within_two_periods() -> None:
    rng = np.random.default_rng(23)
    runs = 50
    found = 0
    for k in range(runs):  # cooperation up by half (0.6 to 0.9 events per unit of exposure) in week 60
        points, _ = change_points(*weekly_index(rng, jump=0.3), replicates=99, seed=k)
        found += any(abs(p.index - 60) <= 2 for p in points)
    assert found / runs >= 0.80


def test_the_variance_shrinks_with_volume() -> None:
    variances = index_variances([6, 48], [4, 32], [10.0, 80.0])
    assert variances[0] / variances[1] == pytest.approx(8.0)


def test_a_step_is_found_where_it_is_with_its_support() -> None:
    rng = np.random.default_rng(3)
    signal = np.r_[rng.normal(0, 1, 80), rng.normal(4, 1, 60)]
    (point,), penalty = change_points(signal)
    assert point.index == 80 and point.low <= 80 <= point.high and point.support > 0.9
    assert point.mean_before == pytest.approx(signal[:80].mean()) and point.mean_after == pytest.approx(4, abs=0.5)
    assert 0 < penalty < 50


def test_the_penalty_is_seeded() -> None:
    rng = np.random.default_rng(4)
    index, variances = weekly_index(rng, jump=0.3)
    assert change_points(index, variances, seed=1) == change_points(index, variances, seed=1)


def test_flat_and_short_series_have_no_change_points() -> None:
    assert change_points(np.zeros(30))[0] == []
    assert change_points(np.array([1.0, 2.0]))[0] == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(-100, 100, allow_nan=False), min_size=4, max_size=60))
def test_change_points_are_inside_the_series_and_ordered(values: list[float]) -> None:
    signal = np.array(values)
    points, penalty = change_points(signal, replicates=20)
    positions = [p.index for p in points]
    assert positions == sorted(set(positions)) and all(0 < p < len(signal) for p in positions)
    assert all(p.low <= p.index <= p.high and 0 <= p.support <= 1 for p in points)
    assert penalty > 0


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 4), st.floats(0.5, 30))
def test_pelt_finds_what_ruptures_finds_with_equal_weights(seed: int, min_size: int, penalty: float) -> None:
    from tests.events.conftest import require_extra

    require_extra("ruptures", "events")
    import ruptures

    from foedus.events.changepoints import _pelt

    rng = np.random.default_rng(seed)
    signal = np.r_[rng.normal(0, 1, 30), rng.normal(3, 1, 25), rng.normal(-1, 1, 20)]
    theirs = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal.reshape(-1, 1)).predict(pen=penalty)
    assert _pelt(signal, np.ones(len(signal)), penalty, min_size) == theirs[:-1]
