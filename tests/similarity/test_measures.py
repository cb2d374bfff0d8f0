"""The measures: Signorino and Ritter's published values, the properties every measure must have, and agreement with
the definitions computed the slow way."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from foedus.errors import FoedusError
from foedus.similarity.measures import MEASURES, SimilarityError, portfolio_similarity, similarity_matrices
from tests.similarity.sr1999 import PUBLISHED, TABLE_6


def _published_checks(shares: list[float], germany: list[int], russia: list[int]) -> None:
    plain = portfolio_similarity(germany, russia, top=3)
    weighted = portfolio_similarity(germany, russia, top=3, weights=shares)
    assert round(plain["taub"], 4) == PUBLISHED["taub"]
    assert round(plain["s"], 2) == PUBLISHED["s"]
    assert round(weighted["s"], 2) == PUBLISHED["s_cinc"]


def test_signorino_and_ritters_table_6_gives_their_published_values() -> None:
    _published_checks([r[1] for r in TABLE_6], [r[2] for r in TABLE_6], [r[3] for r in TABLE_6])


@pytest.mark.shared_data
def test_table_6_of_the_shared_data_gives_the_published_values_and_matches_the_hand_written_one(
    shared_data: Path,
) -> None:
    import csv

    with (shared_data / "similarity" / "sr1999_table6.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["state"], float(r["syscap"]), int(r["gmy"]), int(r["rus"])) for r in rows] == list(TABLE_6)
    _published_checks([float(r["syscap"]) for r in rows], [int(r["gmy"]) for r in rows],
                      [int(r["rus"]) for r in rows])


def test_the_range_is_the_scales_not_the_datas() -> None:
    # two portfolios that use only 0 and 1 of the 0-3 scale: one step apart out of three, not out of one
    assert portfolio_similarity([0, 1], [1, 0], top=3, measures="s")["s"] == pytest.approx(1 - 2 * 2 / 6)
    assert portfolio_similarity([0, 1], [1, 0], top=1, measures="s")["s"] == pytest.approx(-1.0)


def test_bad_input_gets_clear_errors() -> None:
    with pytest.raises(FoedusError, match="use any of: s, s_squared, kappa, pi, taub"):
        portfolio_similarity([3, 0], [0, 3], measures=["tau"])
    with pytest.raises(SimilarityError, match="take no weights"):
        portfolio_similarity([3, 0], [0, 3], measures=["kappa"], weights=[0.5, 0.5])
    with pytest.raises(SimilarityError, match=r"lie in 0\.\.3"):
        portfolio_similarity([4, 0], [0, 3])
    with pytest.raises(SimilarityError, match="missing"):
        portfolio_similarity([np.nan, 0], [0, 3])
    with pytest.raises(SimilarityError, match="same length"):
        portfolio_similarity([3, 0, 1], [0, 3])
    with pytest.raises(SimilarityError, match="one number per state"):
        portfolio_similarity([3, 0], [0, 3], weights=[1.0])
    with pytest.raises(SimilarityError, match="sum to 0"):
        portfolio_similarity([3, 0], [0, 3], weights=[0.0, 0.0])


# --- properties -------------------------------------------------------------------------------------------------
def portfolios(top: int = 3, rows: tuple[int, int] = (2, 7), columns: tuple[int, int] = (2, 12)) -> st.SearchStrategy:
    return st.tuples(st.integers(*rows), st.integers(*columns)).flatmap(
        lambda shape: hnp.arrays(np.int8, shape, elements=st.integers(0, top)))


@settings(max_examples=60, deadline=None)
@given(portfolios())
def test_identical_portfolios_are_perfectly_similar(matrix: np.ndarray) -> None:
    doubled = np.vstack([matrix[:1], matrix[:1]])
    values = portfolio_similarity(doubled[0], doubled[1])
    assert values["s"] == pytest.approx(1.0) and values["s_squared"] == pytest.approx(1.0)
    if len(set(matrix[0].tolist())) > 1:
        assert values["kappa"] == pytest.approx(1.0) and values["pi"] == pytest.approx(1.0)
        assert values["taub"] == pytest.approx(1.0)
    else:  # one category only: chance explains all agreement, and no pair of states is ranked
        assert math.isnan(values["kappa"]) and math.isnan(values["pi"]) and math.isnan(values["taub"])


@settings(max_examples=60, deadline=None)
@given(portfolios(), st.sampled_from([1, 3]))
def test_every_measure_is_symmetric_and_bounded(matrix: np.ndarray, top: int) -> None:
    matrix = np.minimum(matrix, top)
    for name, values in similarity_matrices(matrix, top=top).items():
        np.testing.assert_allclose(values, values.T, atol=1e-12, err_msg=name)
        known = values[~np.isnan(values)]
        assert (known <= 1 + 1e-12).all(), name
        assert (known >= -1 - 1e-12).all(), name


@settings(max_examples=60, deadline=None)
@given(portfolios(), st.randoms(use_true_random=False))
def test_the_order_of_the_states_does_not_matter(matrix: np.ndarray, random: object) -> None:
    columns = list(range(matrix.shape[1]))
    rows = list(range(matrix.shape[0]))
    random.shuffle(columns)  # type: ignore[attr-defined]
    random.shuffle(rows)  # type: ignore[attr-defined]
    weights = np.linspace(0.1, 1.0, matrix.shape[1])
    before = similarity_matrices(matrix)
    after = similarity_matrices(matrix[rows][:, columns])
    weighted_before = similarity_matrices(matrix, weights=weights)
    weighted_after = similarity_matrices(matrix[rows][:, columns], weights=weights[columns])
    for name in before:
        np.testing.assert_allclose(after[name], before[name][np.ix_(rows, rows)], equal_nan=True, err_msg=name)
    for name in weighted_before:
        np.testing.assert_allclose(weighted_after[name], weighted_before[name][np.ix_(rows, rows)], err_msg=name)


# --- the definitions, the slow way ------------------------------------------------------------------------------
def naive(x: list[int], y: list[int], top: int, weights: list[float] | None = None) -> dict[str, float]:
    """Every measure by its textbook definition: loops over states and pairs of states."""
    n = len(x)
    w = weights or [1.0] * n
    s = 1 - 2 * sum(wk * abs(a - b) for wk, a, b in zip(w, x, y, strict=True)) / (sum(w) * top)
    s2 = 1 - 2 * sum(wk * (a - b) ** 2 for wk, a, b in zip(w, x, y, strict=True)) / (sum(w) * top**2)
    out = {"s": s, "s_squared": s2}
    if weights is not None:
        return out
    cats = range(top + 1)
    share_x = [sum(a == c for a in x) / n for c in cats]
    share_y = [sum(b == c for b in y) / n for c in cats]
    pooled = [(p + q) / 2 for p, q in zip(share_x, share_y, strict=True)]

    def delta(c: int, d: int) -> float:
        return ((c - d) / top) ** 2

    observed = sum(delta(a, b) for a, b in zip(x, y, strict=True)) / n
    chance_k = sum(share_x[c] * share_y[d] * delta(c, d) for c in cats for d in cats)
    chance_p = sum(pooled[c] * pooled[d] * delta(c, d) for c in cats for d in cats)
    out["kappa"] = 1 - observed / chance_k if chance_k > 0 else math.nan
    out["pi"] = 1 - observed / chance_p if chance_p > 0 else math.nan
    concordant = discordant = tied_x = tied_y = 0
    for i in range(n):
        for j in range(i + 1, n):
            dx, dy = x[i] - x[j], y[i] - y[j]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tied_x += 1
            elif dy == 0:
                tied_y += 1
            elif dx * dy > 0:
                concordant += 1
            else:
                discordant += 1
    denominator = math.sqrt((concordant + discordant + tied_x) * (concordant + discordant + tied_y))
    out["taub"] = (concordant - discordant) / denominator if denominator else math.nan
    return out


@settings(max_examples=80, deadline=None)
@given(portfolios(rows=(2, 2), columns=(2, 25)), st.sampled_from([1, 3]))
def test_the_matrix_products_give_the_textbook_definitions(matrix: np.ndarray, top: int) -> None:
    matrix = np.minimum(matrix, top)
    x, y = matrix[0].tolist(), matrix[1].tolist()
    fast = portfolio_similarity(x, y, top=top)
    slow = naive(x, y, top)
    assert set(fast) == set(MEASURES)
    for name in MEASURES:
        assert fast[name] == pytest.approx(slow[name], abs=1e-9, nan_ok=True), name
    weights = [0.5 + (k % 3) for k in range(len(x))]
    fast_w = portfolio_similarity(x, y, top=top, weights=weights)
    slow_w = naive(x, y, top, weights)
    assert fast_w == pytest.approx(slow_w)
