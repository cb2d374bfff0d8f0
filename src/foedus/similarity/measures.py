"""Alliance-portfolio similarity for every pair of portfolios at once: S, Cohen's κ, Scott's π and Kendall's τb.

A *portfolio* is a row of categories, one per state of the system: 0 (no tie) up to ``top`` (the strongest tie).

* **S** (Signorino & Ritter 1999) is ``1 - 2 d / d_max`` with ``d = Σ_k w_k |x_k - y_k|`` (or squared distances)
  and ``d_max = Σ_k w_k · top`` (``top²`` for squared distances): the scale's range is fixed by the scale (0–3 for
  the valued one), never read off the data. Unweighted, every ``w_k`` is 1; weighted, the weights are the states'
  capability shares.
* **Cohen's κ and Scott's π** (Häge 2011) are ``1 - D_o / D_e``: the observed mean disagreement over the expected one
  under chance, with disagreement weights ``((c - c') / top)²`` (quadratic; on the binary scale, 1 for any
  disagreement). κ expects from each portfolio's own distribution of categories, π from the two pooled.
* **Kendall's τb** (used on alliance portfolios since Bueno de Mesquita 1975) is the concordant minus the discordant
  pairs of states, over the square root of the pairs untied in each portfolio.

Every pair of portfolios is computed at once, with matrix products instead of loops over pairs: absolute distances
from the threshold indicators (``|x - y| = Σ_t |[x >= t] - [y >= t]|``, one product per step of the scale), squared
distances and κ's and π's observed disagreement from ``x² + y² - 2xy`` (one product), their expected disagreement
from each portfolio's counts of each category, and τb from every pair's contingency table ``T[c][c']`` (the number of
states the first portfolio puts in ``c`` and the second in ``c'``: one product of the stacked one-hot matrices of the
categories) through running sums (``P = Σ T[c][c'] · Σ_{e<c, e'<c'} T[e][e']``), so that no pair of states is visited.
A measure that divides by zero (κ, π or τb for a portfolio with a single category) is NaN.

References
----------
Signorino, C. S., & Ritter, J. M. (1999). Tau-b or not tau-b: Measuring the similarity of foreign policy positions.
*International Studies Quarterly*, 43(1), 115-144. https://doi.org/10.1111/0020-8833.00113
Häge, F. M. (2011). Choice or circumstance? Adjusting measures of foreign policy similarity for chance agreement.
*Political Analysis*, 19(3), 287-305. https://doi.org/10.1093/pan/mpr023
Bueno de Mesquita, B. (1975). Measuring systemic polarity. *Journal of Conflict Resolution*, 19(2), 187-216.
https://doi.org/10.1177/002200277501900201
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from foedus.errors import FoedusError

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "MEASURES",
    "UNWEIGHTED_ONLY",
    "SimilarityError",
    "portfolio_similarity",
    "similarity_matrices",
]

#: The measures, by name: S with absolute and with squared distances, Cohen's κ, Scott's π, Kendall's τb.
MEASURES: tuple[str, ...] = ("s", "s_squared", "kappa", "pi", "taub")
#: The measures defined without weights (Häge's κ and π, Kendall's τb): only S takes capability weights.
UNWEIGHTED_ONLY: frozenset[str] = frozenset({"kappa", "pi", "taub"})


class SimilarityError(FoedusError, ValueError):
    """Similarity cannot be computed as asked; the message says what to change."""


def check_measures(measures: Sequence[str] | str | None, weighted: bool) -> tuple[str, ...]:
    """Return the measures asked for, checked: by default every one that applies (only S when weighted)."""
    if measures is None:
        return tuple(m for m in MEASURES if not (weighted and m in UNWEIGHTED_ONLY))
    listed = (measures,) if isinstance(measures, str) else tuple(measures)
    unknown = [m for m in listed if m not in MEASURES]
    if unknown or not listed:
        raise SimilarityError(f"unknown similarity measure{'s' if len(unknown) > 1 else ''} "
                              f"{', '.join(map(repr, unknown)) or '(none given)'}; use any of: {', '.join(MEASURES)}")
    if weighted and (unweighted := [m for m in listed if m in UNWEIGHTED_ONLY]):
        raise SimilarityError(f"{', '.join(unweighted)} take no weights (only S is weighted by capabilities): ask "
                              "for them without weights, or for s and s_squared with weights")
    return tuple(dict.fromkeys(listed))


def _codes(portfolios: Any, top: int) -> np.ndarray[Any, Any]:
    import numpy as np

    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise SimilarityError(f"top (the scale's strongest tie) must be a whole number of at least 1, not {top!r}")
    array = np.asarray(portfolios)
    if array.ndim != 2 or array.shape[1] < 1:
        raise SimilarityError(f"portfolios must be a 2-d array (one row per state, one column per state of the "
                              f"system), not of shape {array.shape}")
    if array.dtype.kind == "f":
        if not np.isfinite(array).all():
            raise SimilarityError("portfolios have missing values: a portfolio is known for every state or not at all")
        if (array != np.round(array)).any():
            raise SimilarityError(f"portfolio values must be whole categories 0..{top}")
    elif array.dtype.kind not in "iub":
        raise SimilarityError(f"portfolio values must be whole categories 0..{top}, not {array.dtype}")
    if array.size and (array.min() < 0 or array.max() > top):
        raise SimilarityError(f"portfolio values must lie in 0..{top} (the scale's range); found "
                              f"{array.min():g}..{array.max():g}")
    codes: np.ndarray[Any, Any] = array.astype(np.int8)
    return codes


def _weights(weights: Any, columns: int) -> np.ndarray[Any, Any]:
    import numpy as np

    array = np.asarray(weights, dtype=np.float64)
    if array.shape != (columns,):
        raise SimilarityError(f"weights must give one number per state of the system ({columns}), not shape "
                              f"{array.shape}")
    if not np.isfinite(array).all() or (array < 0).any():
        raise SimilarityError("weights must be finite and not negative (a capability share is missing?)")
    if array.sum() <= 0:
        raise SimilarityError("the weights sum to 0: no state carries any weight")
    return array


def _indicators(codes: np.ndarray[Any, Any], categories: range, dtype: Any) -> np.ndarray[Any, Any]:
    """Return the one-hot matrices of ``categories`` stacked: row ``c * n + i`` is ``[codes[i, k] == c]``."""
    import numpy as np

    wanted = np.asarray(list(categories), dtype=np.int8)[:, None, None]
    stacked: np.ndarray[Any, Any] = (codes[None, :, :] == wanted).astype(dtype).reshape(len(categories), -1)
    return stacked.reshape(len(categories) * codes.shape[0], codes.shape[1])


def _tau_b(codes: np.ndarray[Any, Any], top: int, counts: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Return Kendall's τb of every pair of portfolios from their contingency tables.

    The tables ``T[c][c']`` (counts, exact in float32) come from one product of the stacked one-hot matrices of the
    categories below the top; the top row and column follow from the portfolios' counts of each category. Then
    ``P = Σ T[c][c'] · Σ_{e<c, e'<c'} T[e][e']`` (concordant pairs of states) and ``Q = Σ T[c][c'] · Σ_{e<c, e'>c'}
    T[e][e']`` (discordant ones), built from running sums, so that no pair of states is visited.
    """
    import numpy as np

    rows, columns = codes.shape
    lower = _indicators(codes, range(top), np.float32)
    product = lower @ lower.T
    tables: list[list[np.ndarray[Any, Any]]] = [
        [product[c * rows:(c + 1) * rows, d * rows:(d + 1) * rows] for d in range(top)] for c in range(top)]
    for c in range(top):  # the top column: portfolio i's count of c less the rest of the row
        tables[c].append(counts[c][:, None] - sum(tables[c][d] for d in range(top)))
    tables.append([counts[d][None, :] - sum(tables[c][d] for c in range(top)) for d in range(top + 1)])
    # below[c][d] = Σ_{e < c} T[e][d]
    below = [[np.zeros((rows, rows), np.float32)] * (top + 1)]
    for c in range(1, top + 1):
        below.append([below[c - 1][d] + tables[c - 1][d] for d in range(top + 1)])
    concordant = np.zeros((rows, rows), np.float32)
    discordant = np.zeros((rows, rows), np.float32)
    for c in range(1, top + 1):
        left = below[c][0]
        for d in range(1, top + 1):  # Σ_{e < c, e' < d} T[e][e'] = left, growing with d
            concordant += tables[c][d] * left
            left = left + below[c][d]
        right = below[c][top]
        for d in range(top - 1, -1, -1):  # Σ_{e < c, e' > d}
            discordant += tables[c][d] * right
            right = right + below[c][d]
    pairs = columns * (columns - 1) / 2.0
    untied = pairs - (counts.astype(np.float64) * (counts - 1) / 2.0).sum(axis=0)
    return _divide((concordant - discordant).astype(np.float64), np.sqrt(np.outer(untied, untied)))


def _divide(numerator: np.ndarray[Any, Any], denominator: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    import numpy as np

    out = np.full(np.broadcast(numerator, denominator).shape, np.nan)
    np.divide(numerator, denominator, out=out, where=denominator > 0)
    return out


def similarity_matrices(
    portfolios: Any, *, top: int = 3, measures: Sequence[str] | str | None = None, weights: Any = None,
) -> dict[str, np.ndarray[Any, Any]]:
    """Return each measure for every pair of portfolios, as a square matrix (``[i, j]``: portfolios ``i``, ``j``).

    Parameters
    ----------
    portfolios : array of shape (n, k)
        One row per state, one column per state of the system: categories ``0..top`` (``top``: the strongest tie).
    top : int
        The scale's strongest tie: 3 on the valued alliance scale, 1 on the binary one. It sets S's range.
    measures : sequence of str, optional
        Any of :data:`MEASURES`; by default all of them (only ``s`` and ``s_squared`` when weighted).
    weights : array of shape (k,), optional
        One weight per state of the system (capability shares): S becomes Signorino and Ritter's weighted S.

    Raises
    ------
    SimilarityError
        If a measure is unknown, weights are asked for a measure without them, or the input is malformed.

    References
    ----------
    Signorino, C. S., & Ritter, J. M. (1999). *International Studies Quarterly*, 43(1), 115-144.
    https://doi.org/10.1111/0020-8833.00113
    Häge, F. M. (2011). *Political Analysis*, 19(3), 287-305. https://doi.org/10.1093/pan/mpr023
    Bueno de Mesquita, B. (1975). *Journal of Conflict Resolution*, 19(2), 187-216.
    https://doi.org/10.1177/002200277501900201
    """
    import numpy as np

    codes = _codes(portfolios, top)
    weighted = weights is not None
    chosen = check_measures(measures, weighted)
    columns = codes.shape[1]
    # Unweighted sums of whole categories are exact in float32 (up to 2**24), and twice as fast as float64.
    vector = _weights(weights, columns) if weighted else None
    dtype = np.float64 if weighted else np.float32
    total = float(vector.sum()) if vector is not None else float(columns)
    values: np.ndarray[Any, Any] = codes.astype(dtype)
    scaled: np.ndarray[Any, Any] = values if vector is None else values * vector[None, :]
    out: dict[str, np.ndarray[Any, Any]] = {}
    if "s" in chosen:
        # |x - y| = Σ_t |[x >= t] - [y >= t]|: one product per threshold of the scale
        distance = np.zeros((codes.shape[0], codes.shape[0]), np.float64)
        for threshold in range(1, top + 1):
            above: np.ndarray[Any, Any] = (codes >= threshold).astype(dtype)
            weighed: np.ndarray[Any, Any] = above if vector is None else above * vector[None, :]
            reach = weighed.sum(axis=1, dtype=np.float64)
            distance += reach[:, None] + reach[None, :] - 2.0 * (above @ weighed.T).astype(np.float64)
        out["s"] = 1.0 - 2.0 * distance / (total * top)
    if {"s_squared", "kappa", "pi"} & set(chosen):
        # (x - y)² = x² + y² - 2xy
        own = (values * scaled).sum(axis=1, dtype=np.float64)
        squared = own[:, None] + own[None, :] - 2.0 * (values @ scaled.T).astype(np.float64)
        if "s_squared" in chosen:
            out["s_squared"] = 1.0 - 2.0 * squared / (total * top ** 2)
    counts = np.stack([(codes == c).sum(axis=1) for c in range(top + 1)]).astype(np.float32)  # (category, i)
    if {"kappa", "pi"} & set(chosen):
        scale = np.arange(top + 1, dtype=np.float64)
        disagreement = ((scale[:, None] - scale[None, :]) / top) ** 2
        observed = squared / (top ** 2 * total)
        shares = counts.astype(np.float64) / total
        expected = shares.T @ disagreement @ shares  # κ: each portfolio's own distribution
        if "kappa" in chosen:
            out["kappa"] = 1.0 - _divide(observed, expected)
        if "pi" in chosen:
            alone = np.diag(expected)
            pooled = (alone[:, None] + alone[None, :] + 2.0 * expected) / 4.0  # π: the two distributions pooled
            out["pi"] = 1.0 - _divide(observed, pooled)
    if "taub" in chosen:
        out["taub"] = _tau_b(codes, top, counts)
    return {m: out[m] for m in chosen}


def portfolio_similarity(
    first: Any, second: Any, *, top: int = 3, measures: Sequence[str] | str | None = None, weights: Any = None,
) -> dict[str, float]:
    """Return each measure for two portfolios given as vectors over the same states.

    Parameters
    ----------
    first, second : array of shape (k,)
        Categories ``0..top`` of each state of the system, in the same order.
    top, measures, weights
        As in :func:`similarity_matrices`.

    Examples
    --------
    Signorino and Ritter's (1999, Table 6) Germany and Russia in 1914 give τb = 0.0303, S = 0.40 and, weighted by
    capability shares, S = -0.46.

    References
    ----------
    Signorino, C. S., & Ritter, J. M. (1999). *International Studies Quarterly*, 43(1), 115-144.
    https://doi.org/10.1111/0020-8833.00113
    Häge, F. M. (2011). *Political Analysis*, 19(3), 287-305. https://doi.org/10.1093/pan/mpr023
    """
    import numpy as np

    x, y = np.asarray(first), np.asarray(second)
    if x.ndim != 1 or x.shape != y.shape:
        raise SimilarityError(f"the two portfolios must be vectors of the same length, not shapes {x.shape} and "
                              f"{y.shape}")
    matrices = similarity_matrices(np.stack([x, y]), top=top, measures=measures, weights=weights)
    return {name: float(matrix[0, 1]) for name, matrix in matrices.items()}
