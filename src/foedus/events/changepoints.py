"""Change points in a series of the cooperation index: PELT with a stated penalty, and their uncertainty.

The series is segmented into stretches of constant mean by PELT (Killick, Fearnhead & Eckley 2012) with the least
squares cost, as ``ruptures`` implements it (Truong, Oudre & Vayatis 2020). The penalty follows the Bayesian
information criterion for a change in the mean of Gaussian noise: each change point costs
``2 * sigma**2 * ln(n)`` (a new mean and a location, ``ln(n)`` each, in units of the noise variance), with
``sigma`` estimated robustly from the series' first differences (their median absolute deviation divided by
``0.6745 * sqrt(2)``), so that a change in mean does not inflate it.

Each change point's uncertainty comes from the same bootstrap over days that gives the index its band. On each
bootstrap replicate of the series, with the neighbouring change points held where they are, the change is placed
where it best splits the stretch between them (least squares), and counted as present when that split lowers the
cost by more than the penalty. A change point's ``support`` is the share of replicates where it is present;
``low`` and ``high`` bound the middle 90% of the replicates' locations.

References
----------
Killick, R., Fearnhead, P., & Eckley, I. A. (2012). Optimal detection of changepoints with a linear computational
cost. *Journal of the American Statistical Association*, 107(500), 1590-1598.
https://doi.org/10.1080/01621459.2012.737745
Truong, C., Oudre, L., & Vayatis, N. (2020). Selective review of offline change point detection methods. *Signal
Processing*, 167, 107299. https://doi.org/10.1016/j.sigpro.2019.107299
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from foedus.errors import FoedusError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["PENALTY_RULE", "ChangePoint", "bic_penalty", "change_points"]

#: The penalty rule, in words, as results state it.
PENALTY_RULE = "BIC for a change in mean: 2 * sigma^2 * ln(n), sigma from the MAD of first differences"


@dataclass(frozen=True)
class ChangePoint:
    """A change in the index's mean at period ``index`` (the first period of the new segment).

    ``low`` and ``high`` are periods bounding where the bootstrap replicates put it (90%); ``support`` is the share
    of replicates that found it at all.
    """

    index: int
    low: int
    high: int
    support: float
    mean_before: float
    mean_after: float


def bic_penalty(signal: npt.NDArray[np.float64]) -> float:
    """Return the penalty of one change point for ``signal``: ``2 * sigma**2 * ln(n)`` (see the module's notes)."""
    import numpy as np

    n = len(signal)
    if n < 3:
        return math.inf
    diffs = np.diff(signal)
    sigma = float(np.median(np.abs(diffs - np.median(diffs)))) / (0.6745 * math.sqrt(2))
    if sigma == 0:
        sigma = float(np.std(diffs)) / math.sqrt(2)
    penalty = 2 * sigma**2 * math.log(n)
    return penalty if penalty > 0 else math.inf  # no noise to measure against: no change is called


@cache
def _cumulative_l2() -> type:
    """Return ruptures' least-squares cost computed from cumulative sums: the same cost, O(1) a segment."""
    import numpy as np
    from ruptures.base import BaseCost

    class CumulativeL2(BaseCost):  # type: ignore[misc]
        model = "l2"
        min_size = 1

        def fit(self, signal: npt.NDArray[np.float64]) -> CumulativeL2:
            self.signal = np.asarray(signal, dtype=float).reshape(-1, 1)
            values = self.signal[:, 0]
            self.sums = np.concatenate([[0.0], np.cumsum(values)])
            self.squares = np.concatenate([[0.0], np.cumsum(values**2)])
            return self

        def error(self, start: int, end: int) -> float:
            total = self.sums[end] - self.sums[start]
            return float(self.squares[end] - self.squares[start] - total * total / (end - start))

    return CumulativeL2


def _pelt(signal: npt.NDArray[np.float64], penalty: float, min_size: int) -> list[int]:
    try:
        import ruptures
    except ImportError:
        raise FoedusError("change points need ruptures: pip install 'foedus[events]'") from None
    if not math.isfinite(penalty) or len(signal) < 2 * min_size:
        return []
    search = ruptures.Pelt(custom_cost=_cumulative_l2()(), min_size=min_size, jump=1)
    ends = search.fit(signal.reshape(-1, 1)).predict(pen=penalty)
    return [int(e) for e in ends[:-1]]


def change_points(
    signal: npt.NDArray[np.float64],
    replicates: npt.NDArray[np.float64] | None = None,
    *,
    min_size: int = 2,
) -> tuple[list[ChangePoint], float]:
    """Return the change points of ``signal`` and the penalty used.

    Parameters
    ----------
    replicates : array of shape (B, n), optional
        Bootstrap replicates of the signal; without them each change point's interval is itself, support 1.
    """
    import numpy as np

    values = np.asarray(signal, dtype=float)
    penalty = bic_penalty(values)
    found = _pelt(values, penalty, min_size)
    if not found:
        return [], penalty
    bounds = [0, *found, len(values)]
    located: list[list[int]] = [[] for _ in found]
    count = 0
    if replicates is not None and len(replicates):
        reps = np.asarray(replicates, dtype=float)
        count = len(reps)
        for k in range(len(found)):
            located[k] = _relocate(reps[:, bounds[k]:bounds[k + 2]], penalty, min_size, bounds[k])
    points = []
    for k, tau in enumerate(found):
        spots = located[k]
        low, high = (int(np.quantile(spots, 0.05, method="lower")), int(np.quantile(spots, 0.95, method="higher"))
                     ) if spots else (tau, tau)
        points.append(ChangePoint(
            index=tau, low=min(low, tau), high=max(high, tau), support=len(spots) / count if count else 1.0,
            mean_before=float(values[bounds[k]:tau].mean()), mean_after=float(values[tau:bounds[k + 2]].mean()),
        ))
    return points, penalty


def _relocate(stretch: npt.NDArray[np.float64], penalty: float, min_size: int, offset: int) -> list[int]:
    """Return, for each replicate (row) of ``stretch``, where one change best splits it, if the split pays for
    its penalty; locations are shifted by ``offset``."""
    import numpy as np

    length = stretch.shape[1]
    splits = np.arange(min_size, length - min_size + 1)
    if not len(splits):
        return []
    sums = np.cumsum(stretch, axis=1)
    squares = np.cumsum(stretch**2, axis=1)
    total, total_sq = sums[:, -1:], squares[:, -1:]
    left_n, right_n = splits, length - splits
    left, left_sq = sums[:, splits - 1], squares[:, splits - 1]
    cost = (left_sq - left**2 / left_n) + ((total_sq - left_sq) - (total - left) ** 2 / right_n)
    whole = total_sq[:, 0] - total[:, 0] ** 2 / length
    best = np.argmin(cost, axis=1)
    gain = whole - cost[np.arange(len(cost)), best]
    return [int(offset + splits[b]) for b, g in zip(best, gain, strict=True) if g > penalty]
