"""Designs drawn from a known process, for tests of the breach model."""

from __future__ import annotations

import numpy as np
import pandas as pd

from foedus.reliability.design import Design, Specification, UnitYears

#: The synthetic designs' specifications: their columns (an intercept and one flag) are made here, not by terms.
SPEC = Specification("synthetic", "intercept and one flag", (), frailty=True)
NO_FRAILTY = Specification("synthetic-plain", "intercept and one flag", (), frailty=False)


def synthetic_design(
    units: int = 400, breach_rate: float = 0.03, other_rate: float = 0.08, flag_ratio: float = 1.0,
    frailty_variance: float = 0.0, groups: int = 100, years: int = 40, seed: int = 7, frailty: bool = True,
) -> Design:
    """Return unit-years of units with constant hazards (the breach hazard times ``flag_ratio`` for flagged units
    and times a gamma frailty of the unit's group), each followed from year 0 until it ends or ``years`` pass."""
    rng = np.random.default_rng(seed)
    group = rng.integers(0, groups, size=units)
    if frailty_variance > 0:
        shape = 1.0 / frailty_variance
        u = rng.gamma(shape, 1.0 / shape, size=groups)
    else:
        u = np.ones(groups)
    flag = rng.random(units) < 0.5
    rate_b = breach_rate * np.where(flag, flag_ratio, 1.0) * u[group]
    to_breach = rng.exponential(1.0 / rate_b)
    to_other = rng.exponential(1.0 / other_rate, size=units)
    end = np.minimum(np.minimum(to_breach, to_other), float(years))
    rows_x, exposure, breach, other, row_group, cluster = [], [], [], [], [], []
    for i in range(units):
        for year in range(int(np.ceil(end[i])) or 1):
            exposed = min(end[i], year + 1.0) - year
            last = year + 1.0 >= end[i]
            rows_x.append([1.0, float(flag[i])])
            exposure.append(max(exposed, 1e-6))
            breach.append(float(last and end[i] < years and to_breach[i] < to_other[i]))
            other.append(float(last and end[i] < years and to_other[i] <= to_breach[i]))
            row_group.append(group[i])
            cluster.append(i)
    return Design(
        spec=SPEC if frailty else NO_FRAILTY, upto=years, names=["intercept", "flag"], x=np.array(rows_x),
        rows=np.arange(len(exposure)), exposure=np.array(exposure), breach=np.array(breach), other=np.array(other),
        group=np.array(row_group, dtype=np.int64), group_kind=np.zeros(groups, dtype=np.int64),
        cluster=np.array(cluster, dtype=np.int64), fill={},
    )


def units_only_table(units: pd.DataFrame) -> UnitYears:
    """Return a universe table holding only ``units`` (no unit-years): enough for origins, outcomes and strata."""
    empty = np.zeros(0)
    return UnitYears(units=units, unit=np.zeros(0, dtype=np.int64), year=np.zeros(0, dtype=np.int64),
                     exposure=empty, duration=empty, breach=empty, other=empty, covariates={},
                     group=np.zeros(0, dtype=np.int64), groups=[], alliance=np.zeros(0, dtype=np.int64),
                     alliances=[])
