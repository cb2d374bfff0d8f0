"""Change points: PELT with the BIC penalty finds steps in the mean, and their bootstrap uncertainty."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.events.changepoints import bic_penalty, change_points
from tests.events.conftest import require_extra


def test_a_step_is_found_where_it_is() -> None:
    rng = np.random.default_rng(3)
    signal = np.r_[rng.normal(0, 1, 80), rng.normal(4, 1, 60)]
    replicates = signal + rng.normal(0, 0.5, (300, len(signal)))
    (point,), penalty = change_points(signal, replicates)
    assert point.index == 80 and point.low <= 80 <= point.high and point.support > 0.9
    assert point.mean_before == pytest.approx(signal[:80].mean()) and point.mean_after == pytest.approx(4, abs=0.5)
    assert penalty == pytest.approx(bic_penalty(signal))


def test_the_same_as_ruptures_own_least_squares_cost() -> None:
    require_extra("ruptures", "events")
    import ruptures

    rng = np.random.default_rng(5)
    signal = np.r_[rng.normal(0, 1, 50), rng.normal(3, 1, 40), rng.normal(-1, 1, 30)]
    points, penalty = change_points(signal)
    theirs = ruptures.Pelt(model="l2", min_size=2, jump=1).fit(signal.reshape(-1, 1)).predict(pen=penalty)
    assert [p.index for p in points] == theirs[:-1]


def test_flat_and_short_series_have_no_change_points() -> None:
    assert change_points(np.zeros(30))[0] == []
    assert change_points(np.array([1.0, 2.0]))[0] == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(-100, 100, allow_nan=False), min_size=4, max_size=60))
def test_change_points_are_inside_the_series_and_ordered(values: list[float]) -> None:
    signal = np.array(values)
    points, penalty = change_points(signal, signal + np.zeros((5, len(signal))))
    positions = [p.index for p in points]
    assert positions == sorted(set(positions)) and all(0 < p < len(signal) for p in positions)
    assert all(p.low <= p.index <= p.high and 0 <= p.support <= 1 for p in points)
    assert penalty > 0
