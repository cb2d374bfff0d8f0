"""Alliance-portfolio similarity for every pair of portfolios at once: S, Cohen's κ, Scott's π and Kendall's τb.

A *portfolio* is a row of categories, one per state of the system: 0 (no tie) up to ``top`` (the strongest tie).
Every measure here is a function of the pair's contingency table, ``T[c, c']`` = the number of states that the first
portfolio puts in category ``c`` and the second in ``c'``; with one-hot category matrices ``A_c`` (``A_c[i, k] = 1``
when portfolio ``i`` puts state ``k`` in ``c``) the tables of every pair are the matrix products ``A_c A_c'ᵀ``, all
taken in one product of the stacked one-hot matrices. Then

* **S** (Signorino & Ritter 1999) is ``1 - 2 d / d_max`` with ``d = Σ_k w_k |x_k - y_k|`` (or squared distances)
  and ``d_max = Σ_k w_k · top`` (``top²`` for squared distances): the scale's range is fixed by the scale (0–3 for
  the valued one), never read off the data. Unweighted, every ``w_k`` is 1; weighted, the weights are the states'
  capability shares.
* **Cohen's κ and Scott's π** (Häge 2011) are ``1 - D_o / D_e``: the observed mean disagreement over the expected one
  under chance, with disagreement weights ``((c - c') / top)²`` (quadratic; on the binary scale, 1 for any
  disagreement). κ expects from each portfolio's own distribution of categories, π from the two pooled.
* **Kendall's τb** (Bueno de Mesquita 1975) counts, over pairs of states, the concordant minus the discordant ones,
  divided by the square root of the pairs untied in each portfolio: the counts come from the contingency table
  (``P = Σ T[c, c'] · Σ_{e > c, e' > c'} T[e, e']`` and likewise for the discordant ones), so no pair of states is
  visited.

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


def _tables(codes: np.ndarray[Any, Any], top: int, weights: np.ndarray[Any, Any] | None) -> np.ndarray[Any, Any]:
    """Return every pair's contingency table, ``T[c, c', i, j]``: the (weighted) count of states that portfolio
    ``i`` puts in category ``c`` and portfolio ``j`` in ``c'``."""
    import numpy as np

    rows, columns = codes.shape
    categories = top + 1
    dtype = np.float32 if weights is None else np.float64  # counts up to 2**24 are exact in float32
    onehot = (codes[None, :, :] == np.arange(categories, dtype=np.int8)[:, None, None]).astype(dtype)
    stacked = onehot.reshape(categories * rows, columns)
    right = stacked if weights is None else stacked * weights[None, :]
    product = stacked @ right.T
    tables: np.ndarray[Any, Any] = (
        product.reshape(categories, rows, categories, rows).transpose(0, 2, 1, 3).astype(np.float64)
    )
    return tables


def _contract(tables: np.ndarray[Any, Any], weights: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Return ``Σ_{c, c'} weights[c, c'] · T[c, c']`` for every pair."""
    import numpy as np

    categories = tables.shape[0]
    flat = tables.reshape(categories * categories, -1)
    summed: np.ndarray[Any, Any] = (weights.reshape(1, -1) @ flat).reshape(tables.shape[2:])
    return np.asarray(summed)


def _divide(numerator: np.ndarray[Any, Any], denominator: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    import numpy as np

    out = np.full(np.broadcast(numerator, denominator).shape, np.nan)
    np.divide(numerator, denominator, out=out, where=denominator > 0)
    return out


def _tau_b(tables: np.ndarray[Any, Any], columns: int) -> np.ndarray[Any, Any]:
    """Return Kendall's τb of every pair from its contingency table (counts)."""
    import numpy as np

    # above[c, c'] = Σ_{e > c, e' > c'} T[e, e'];  crossed[c, c'] = Σ_{e > c, e' < c'} T[e, e']
    from_bottom = np.cumsum(tables[::-1], axis=0)[::-1]  # Σ_{e >= c}
    strictly_below = np.zeros_like(tables)
    strictly_below[:-1] = from_bottom[1:]  # Σ_{e > c}
    right = np.cumsum(strictly_below[:, ::-1], axis=1)[:, ::-1]  # Σ_{e' >= c'}
    above = np.zeros_like(tables)
    above[:, :-1] = right[:, 1:]
    left = np.cumsum(strictly_below, axis=1)  # Σ_{e' <= c'}
    crossed = np.zeros_like(tables)
    crossed[:, 1:] = left[:, :-1]
    concordant = (tables * above).sum(axis=(0, 1))
    discordant = (tables * crossed).sum(axis=(0, 1))
    pairs = columns * (columns - 1) / 2.0
    first = tables.sum(axis=1)  # (categories, i, j): portfolio i's count of each category
    second = tables.sum(axis=0)
    untied_first = pairs - (first * (first - 1) / 2).sum(axis=0)
    untied_second = pairs - (second * (second - 1) / 2).sum(axis=0)
    return _divide(concordant - discordant, np.sqrt(np.clip(untied_first * untied_second, 0, None)))


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
    scale = np.arange(top + 1, dtype=np.float64)
    gap = scale[:, None] - scale[None, :]
    total = float(columns)
    if weighted:
        vector = _weights(weights, columns)
        tables = _tables(codes, top, vector)
        total = float(vector.sum())
    else:
        tables = _tables(codes, top, None)
    out: dict[str, np.ndarray[Any, Any]] = {}
    if "s" in chosen:
        out["s"] = 1.0 - 2.0 * _contract(tables, np.abs(gap)) / (total * top)
    if "s_squared" in chosen:
        out["s_squared"] = 1.0 - 2.0 * _contract(tables, gap ** 2) / (total * top ** 2)
    if {"kappa", "pi"} & set(chosen):
        disagreement = (gap / top) ** 2
        observed = _contract(tables, disagreement) / total
        shares = np.stack([(codes == c).sum(axis=1) for c in range(top + 1)]).astype(np.float64) / total  # (c, i)
        expected = shares.T @ disagreement @ shares  # κ: each portfolio's own distribution
        if "kappa" in chosen:
            out["kappa"] = 1.0 - _divide(observed, expected)
        if "pi" in chosen:
            own = np.diag(expected)
            pooled = (own[:, None] + own[None, :] + 2.0 * expected) / 4.0  # π: the two distributions pooled
            out["pi"] = 1.0 - _divide(observed, pooled)
    if "taub" in chosen:
        out["taub"] = _tau_b(tables, columns)
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
