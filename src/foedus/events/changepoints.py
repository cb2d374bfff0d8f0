"""Change points in a series of the cooperation index that do not come from changes in news volume.

The index of a period is ``(cooperative - conflictual events) / E``, with ``E`` the period's exposure (the two
states' volume, ``sqrt(volume_a * volume_b) / 1000``). Counted events are modelled as quasi-Poisson with the volume
as exposure: cooperative and conflictual events arrive at rates per unit of exposure, so the index of a period has
variance ``phi * r / E``, ``r`` the pooled rate of the dyad's events per unit of exposure and ``phi`` the
overdispersion, estimated robustly from the periods' standardised first differences (their median absolute
deviation, so that a change in mean does not inflate it; never below 1, Poisson's). A week of 8 times the volume has
an eighth of the variance: each period is weighted by the inverse of its own variance, so the noisy low-volume
periods of a growing series do not look like breaks (the least-squares cost of :func:`change_points` is the
weighted one; with no variances given the periods weigh the same and the variance is estimated from the series).

The series is segmented by PELT (Killick, Fearnhead & Eckley 2012; ruptures, Truong, Oudre & Vayatis 2020) with
this weighted cost. The penalty of a change point is chosen for a stated false-alarm rate (``alpha``, 5% by
default): it is the ``1 - alpha`` quantile of the largest gain a single split achieves on series simulated with no
change and the fitted variances (a parametric bootstrap), so that a series with no change gets a change point with
probability about ``alpha`` whatever its volumes. Each change point's support comes from a parametric bootstrap
too: series are simulated from the fitted segments and variances, the change is relocated in the stretch between
its neighbours, and counted when its gain beats the penalty; ``support`` is the share of replicates where it is, and
``low`` and ``high`` bound the middle 90% of their locations. Every simulation is seeded.

References
----------
Killick, R., Fearnhead, P., & Eckley, I. A. (2012). Optimal detection of changepoints with a linear computational
cost. *Journal of the American Statistical Association*, 107(500), 1590-1598.
https://doi.org/10.1080/01621459.2012.737745
Truong, C., Oudre, L., & Vayatis, N. (2020). Selective review of offline change point detection methods. *Signal
Processing*, 167, 107299. https://doi.org/10.1016/j.sigpro.2019.107299
McCullagh, P., & Nelder, J. A. (1989). *Generalized Linear Models* (2nd ed.). Chapman & Hall. (quasi-Poisson
dispersion)
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["FALSE_ALARM_RATE", "PENALTY_RULE", "ChangePoint", "change_points", "index_variances"]

#: The false-alarm rate the penalty is chosen for: the chance of a change point in a series with none.
FALSE_ALARM_RATE = 0.05
#: The penalty rule, in words, as results state it.
PENALTY_RULE = ("the 1 - alpha quantile of the largest single-split gain of the weighted least-squares cost on series "
                "simulated with no change and each period's quasi-Poisson variance (volume as exposure)")


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


def index_variances(cooperation: npt.ArrayLike, conflict: npt.ArrayLike, exposure: npt.ArrayLike
                    ) -> npt.NDArray[np.float64]:
    """Return each period's variance of the index ``(cooperation - conflict) / exposure`` under Poisson counts
    with the exposure as offset, at the pooled rate: ``r / exposure`` (the overdispersion is estimated in
    :func:`change_points`)."""
    import numpy as np

    exposed = np.asarray(exposure, dtype=float)
    events = np.asarray(cooperation, dtype=float) + np.asarray(conflict, dtype=float)
    rate = float(events.sum() / exposed.sum()) if exposed.sum() > 0 else 0.0
    with np.errstate(divide="ignore"):
        return np.where(exposed > 0, rate / exposed, np.inf)


def _robust_variance(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Return the variance of each row of ``values`` from its median absolute deviation (its variance where that
    is 0)."""
    import numpy as np

    if values.shape[1] == 0:
        return np.zeros(len(values))
    deviations = np.abs(values - np.median(values, axis=1, keepdims=True))
    mad = np.median(deviations, axis=1, overwrite_input=True) / 0.6745  # a temporary: sorted in place
    return np.where(mad > 0, mad**2, np.var(values, axis=1))


def _variance_model(values: npt.NDArray[np.float64], spread: npt.NDArray[np.float64], floor: float
                    ) -> npt.NDArray[np.float64]:
    """Return each period's variance, ``phi * spread + tau2``, for each row of ``values`` (series of the same
    periods): the Poisson variance scaled by the overdispersion ``phi`` (at least ``floor``) plus a variance
    ``tau2`` that does not shrink with volume (news cycles), both estimated robustly from first differences,
    ``Var(x_t - x_(t-1)) = phi * (s_t + s_(t-1)) + 2 * tau2``: from the differences of the lower and the upper half
    of ``s_t + s_(t-1)`` (their median absolute deviations, so that a change in mean, one large difference, does
    not inflate them)."""
    import numpy as np

    d = np.diff(values, axis=1)
    p = spread[1:] + spread[:-1]
    order = np.argsort(p, kind="stable")
    lower, upper = order[: len(order) // 2], order[len(order) // 2:]
    whole = _robust_variance(d)
    middle = float(np.median(p))
    pooled_phi = np.maximum(whole / middle, floor)
    if len(lower) < 4 or float(np.median(p[upper])) <= 1.25 * float(np.median(p[lower])):
        phi, tau2 = pooled_phi, np.zeros(len(values))
    else:
        s_low, s_high = _robust_variance(d[:, lower]), _robust_variance(d[:, upper])
        p_low, p_high = float(np.median(p[lower])), float(np.median(p[upper]))
        phi = (s_high - s_low) / (p_high - p_low)
        tau2 = (s_low - phi * p_low) / 2
        bad = (phi < floor) | (tau2 < 0)
        phi = np.where(bad, np.where(tau2 >= 0, np.maximum(phi, floor), pooled_phi), phi)
        tau2 = np.where(bad, np.maximum(0.0, (whole - phi * middle) / 2), tau2)
    return np.asarray(phi[:, None] * spread[None, :] + tau2[:, None], dtype=float)


def _split_gains(x: npt.NDArray[np.float64], w: npt.NDArray[np.float64], min_size: int
                 ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Return, for each row of ``x`` (weights ``w``, one row or one per row of ``x``), the largest drop in the
    weighted least-squares cost that one split achieves, and where it splits."""
    import numpy as np

    length = x.shape[1]
    splits = np.arange(min_size, length - min_size + 1)
    if not len(splits):
        return np.zeros(len(x)), np.zeros(len(x), dtype=np.int64)
    weights = np.broadcast_to(w, x.shape)
    sw, swx, swx2 = (np.cumsum(a, axis=1) for a in (weights, weights * x, weights * x * x))

    def cost(total_w: npt.NDArray[np.float64], total_wx: npt.NDArray[np.float64],
             total_wx2: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return total_wx2 - total_wx**2 / total_w

    whole = cost(sw[:, -1], swx[:, -1], swx2[:, -1])
    left = cost(sw[:, splits - 1], swx[:, splits - 1], swx2[:, splits - 1])
    right = cost(sw[:, -1:] - sw[:, splits - 1], swx[:, -1:] - swx[:, splits - 1], swx2[:, -1:] - swx2[:, splits - 1])
    gains = whole[:, None] - left - right
    best = np.argmax(gains, axis=1)
    return gains[np.arange(len(x)), best], splits[best]


def _pelt(signal: npt.NDArray[np.float64], weights: npt.NDArray[np.float64], penalty: float,
          min_size: int) -> list[int]:
    """Return the change points that minimise the weighted least-squares cost plus ``penalty`` each, every segment
    at least ``min_size`` long: PELT (Killick, Fearnhead & Eckley 2012), the candidates of each step costed at once
    from cumulative sums, and pruned when they cannot win again."""
    import numpy as np

    n = len(signal)
    if not math.isfinite(penalty) or n < 2 * min_size:
        return []
    sw = np.concatenate([[0.0], np.cumsum(weights)])
    swx = np.concatenate([[0.0], np.cumsum(weights * signal)])
    swx2 = np.concatenate([[0.0], np.cumsum(weights * signal**2)])
    best = np.full(n + 1, np.inf)
    best[0] = -penalty
    last = np.zeros(n + 1, dtype=np.int64)
    candidates = np.array([0], dtype=np.int64)
    for t in range(min_size, n + 1):
        newest = t - min_size
        if newest >= min_size and math.isfinite(best[newest]):
            candidates = np.append(candidates, newest)
        total = swx[t] - swx[candidates]
        cost = swx2[t] - swx2[candidates] - total * total / (sw[t] - sw[candidates])
        scores = best[candidates] + cost + penalty
        k = int(np.argmin(scores))
        best[t], last[t] = scores[k], candidates[k]
        candidates = candidates[best[candidates] + cost <= best[t]]  # pruning (Killick et al., K = 0)
    points = []
    t = n
    while last[t] > 0:
        t = int(last[t])
        points.append(t)
    return sorted(points)


def change_points(
    signal: npt.NDArray[np.float64],
    variances: npt.NDArray[np.float64] | None = None,
    *,
    alpha: float = FALSE_ALARM_RATE,
    replicates: int = 499,
    seed: int = 20230321,
    min_size: int = 2,
) -> tuple[list[ChangePoint], float]:
    """Return the change points of ``signal`` and the penalty used (see the module's notes).

    Parameters
    ----------
    variances : array, optional
        Each period's variance up to a common scale (:func:`index_variances`); the scale (overdispersion) is
        estimated, never below 1. Without them the periods weigh the same and the variance is estimated.
    alpha : float
        The false-alarm rate the penalty is chosen for.
    replicates, seed : int
        The parametric bootstrap's replicates (for the penalty and for each change point's support) and seed.
    """
    import numpy as np

    values = np.asarray(signal, dtype=float)
    n = len(values)
    given = variances is not None
    spread = np.ones(n) if variances is None else np.asarray(variances, dtype=float)
    if n < 2 * min_size or not np.all(np.isfinite(spread)) or np.any(spread <= 0):
        return [], math.inf
    var = _variance_model(values[None, :], spread, 1.0 if given else 0.0)[0]
    if not np.all(np.isfinite(var)) or np.any(var <= 0):
        return [], math.inf  # no noise to measure against: no change is called
    weights = 1.0 / var
    rng = np.random.default_rng(seed)
    null = rng.standard_normal((replicates, n)) * np.sqrt(var)
    # each null series weighed by the variances estimated from it, as the data are: the penalty then covers the
    # error of estimating them too
    refitted = 1.0 / _variance_model(null, spread, 1.0 if given else 0.0)
    gains, _ = _split_gains(null, refitted, min_size)
    penalty = float(np.quantile(gains, 1 - alpha))
    found = _pelt(values, weights, penalty, min_size)
    if not found:
        return [], penalty
    bounds = [0, *found, n]
    fitted = np.empty(n)
    means = []
    for lo, hi in itertools.pairwise(bounds):
        mean = float(np.sum(weights[lo:hi] * values[lo:hi]) / np.sum(weights[lo:hi]))
        fitted[lo:hi] = mean
        means.append(mean)
    simulated = fitted + rng.standard_normal((replicates, n)) * np.sqrt(var)
    points = []
    for k, tau in enumerate(found):
        lo, hi = bounds[k], bounds[k + 2]
        gain, where = _split_gains(simulated[:, lo:hi], weights[None, lo:hi], min_size)
        spots = (where[gain > penalty] + lo).tolist()
        low, high = (int(np.quantile(spots, 0.05, method="lower")), int(np.quantile(spots, 0.95, method="higher"))
                     ) if spots else (tau, tau)
        points.append(ChangePoint(index=tau, low=min(low, tau), high=max(high, tau), support=len(spots) / replicates,
                                  mean_before=means[k], mean_after=means[k + 1]))
    return points, penalty
