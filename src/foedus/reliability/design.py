"""Unit-years and design matrices: what each specification of the breach model sees, year by year.

Every unit (:mod:`foedus.reliability.units`) is cut into calendar years. Each row carries the years at risk in it,
whether the unit ended in a breach or otherwise in it, and the covariates of that year
(:mod:`foedus.reliability.covariates`). The table is built once per coding; a fit at an origin year ``T`` uses its
rows up to ``T`` (what was known then), and a forecast from ``T`` carries each unit's row of ``T`` forward.

How missing covariates are carried (the model's decision, stated here and in every report):

* *conditions* (capability ratio and its shift, the weaker member's democracy and the larger democratic shift, a
  rivalry) are carried forward within the unit from their last known value, past a source's last year too, and
  otherwise set to the training rows' median (0 for a rivalry or a shift);
* *events of the year* (a new outside alliance, a dispute, a leader change, an irregular one) are set, where
  unknown, to their mean in the training rows: their expected value, not a guess that nothing happened;
* in a forecast, conditions are held at their value in the origin year and events at their training mean; years in
  force advance; calendar time is held at the origin year (the model never extrapolates a trend past its data).

Calendar time enters as eras (1914, 1945 and 1990 as breaks) or as a restricted cubic spline (knots 1850, 1900,
1945, 1975, 2000); years in force as ``log(1 + years)``, centred on ten years. Which does better is for the
backtest to say (:mod:`foedus.reliability.stacking`).

References
----------
Harrell, F. E. (2015). *Regression Modeling Strategies* (2nd ed.). Springer. (Restricted cubic splines, ch. 2.)
Leeds, B. A., & Savun, B. (2007). Terminating alliances: Why do states abrogate agreements? *The Journal of
Politics*, 69(4), 1118-1132. https://doi.org/10.1111/j.1468-2508.2007.00612.x
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    import pandas as pd

    from foedus.reliability.spells import Alliance
    from foedus.store import Store

__all__ = [
    "CONDITIONS", "EVENTS", "SPECIFICATIONS", "Design", "Specification", "UnitYears", "design_matrix",
    "forecast_rows", "get_specification", "new_alliance_rows", "pair_conditions", "unit_years",
]

Array = NDArray[np.float64]

#: Covariates that describe a state of affairs: carried forward when unknown.
CONDITIONS: tuple[str, ...] = (
    "log_capability_ratio", "capability_shift", "democracy_min", "democracy_shift", "rivalry",
)
#: Covariates that record an event of the year: their training mean when unknown.
EVENTS: tuple[str, ...] = ("outside_alliance", "dispute", "leader_change", "irregular_leader_change")

_ERA_BREAKS = (1914, 1945, 1990)
_SPLINE_KNOTS = (1850.0, 1900.0, 1945.0, 1975.0, 2000.0)
_TEN_YEARS = float(np.log1p(10.0))


@dataclass(frozen=True)
class Specification:
    """One declared specification of the breach model: what enters it and how."""

    name: str
    label: str
    frailty: bool = True
    time: Literal["eras", "spline"] = "eras"
    covariates: bool = False
    interactions: bool = False

    def describe(self) -> str:
        """Return the specification in words."""
        parts = ["calendar eras" if self.time == "eras" else "a calendar spline", "years in force",
                 "bilateral, defense"]
        if self.interactions:
            parts.append("bilateral × defense × post-1945")
        if self.covariates:
            parts.append("capabilities, democracy, outside alliances, rivalry, disputes, leader changes, "
                         "major power")
        parts.append("shared frailty by pair or state" if self.frailty else "no frailty")
        return "; ".join(parts)


#: The declared specifications; the headline forecast weighs them by stacking on the rolling-origin log score.
SPECIFICATIONS: tuple[Specification, ...] = (
    Specification("base", "structure + eras + frailty"),
    Specification("base-no-frailty", "structure + eras, no frailty", frailty=False),
    Specification("spline", "structure + time spline + frailty", time="spline"),
    Specification("interactions", "structure × era + frailty", interactions=True),
    Specification("covariates", "covariates + eras + frailty", covariates=True),
    Specification("full", "covariates × era + frailty", covariates=True, interactions=True),
)


def get_specification(name: str) -> Specification:
    """Return the declared specification called ``name``.

    Raises
    ------
    ValueError
        If there is none; the message lists those there are.
    """
    for spec in SPECIFICATIONS:
        if spec.name == name:
            return spec
    raise ValueError(f"unknown specification {name!r}; choose one of: {', '.join(s.name for s in SPECIFICATIONS)}")


@dataclass
class UnitYears:
    """Every unit cut into calendar years, with exposure, endings and covariates (see the module docstring)."""

    units: pd.DataFrame
    unit: NDArray[np.int64]  # row -> unit (position in ``units``)
    year: NDArray[np.int64]
    exposure: Array
    duration: Array  # years in force at the middle of the row's exposure
    breach: Array
    other: Array
    covariates: dict[str, Array]  # raw values (NaN where unknown), CONDITIONS carried forward within the unit
    group: NDArray[np.int64]  # row -> group (position in ``groups``)
    groups: list[str]
    alliance: NDArray[np.int64]  # row -> alliance cluster (position in ``alliances``)
    alliances: list[str]

    @property
    def rows(self) -> int:
        """Return the number of unit-years."""
        return len(self.year)

    def row_at(self, units: NDArray[np.int64], year: int) -> NDArray[np.int64]:
        """Return the row of each unit in ``year`` (each unit must be in force that year)."""
        first_row = np.searchsorted(self.unit, units)
        return first_row + (year - self.year[first_row])

    def group_kind(self) -> NDArray[np.int64]:
        """Return each group's kind: 0 for a pair, 1 for a state."""
        kinds: NDArray[np.int64] | None = self.__dict__.get("_group_kind")
        if kinds is None:
            kinds = np.array([0 if g.startswith("pair:") else 1 for g in self.groups], dtype=np.int64)
            self.__dict__["_group_kind"] = kinds
        return kinds


def unit_years(store: Store, units: pd.DataFrame, alliances: list[Alliance]) -> UnitYears:
    """Return the unit-year table of ``units`` with the covariates read from ``store``.

    Parameters
    ----------
    store : Store
        Where the covariate data are read (imports, else the tables shipped with foedus).
    units : pandas.DataFrame
        From :func:`foedus.reliability.units.alliance_units`.
    alliances : list of Alliance
        The same alliances, to tell which members joined which alliance when.
    """
    from foedus.reliability.covariates import alliance_entries, spell_year_covariates

    units = units.reset_index(drop=True)
    start = units["start"].to_numpy(float)
    end = units["end"].to_numpy(float)
    first = np.floor(start)
    counts = np.maximum(np.ceil(end) - first, 1).astype(np.int64)
    unit = np.repeat(np.arange(len(units)), counts)
    offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    year = (first[unit] + offset).astype(np.int64)
    lo = np.maximum(year, start[unit])
    hi = np.minimum(year + 1.0, end[unit])
    exposure = np.maximum(hi - lo, 1e-6)
    last = offset == counts[unit] - 1
    ended = ~units["censored"].to_numpy(bool)[unit] & last
    broke = units["breach"].to_numpy(bool)[unit]
    covariates = spell_year_covariates(store, units, alliance_entries(alliances))
    if len(covariates) != len(year) or not np.array_equal(covariates["spell"].to_numpy(), unit):
        raise AssertionError("the covariate rows do not line up with the unit-years")
    raw = _raw_covariates(covariates, units, unit)
    for name in CONDITIONS:
        raw[name] = _carry_forward(raw[name], unit)
    groups = sorted(set(units["group"]))
    group_index = {g: i for i, g in enumerate(groups)}
    alliance_keys = sorted(set(units["alliance"]))
    alliance_index = {a: i for i, a in enumerate(alliance_keys)}
    return UnitYears(
        units=units, unit=unit, year=year, exposure=exposure, duration=(lo + hi) / 2 - start[unit],
        breach=(ended & broke).astype(float), other=(ended & ~broke).astype(float), covariates=raw,
        group=np.array([group_index[g] for g in units["group"]], dtype=np.int64)[unit], groups=groups,
        alliance=np.array([alliance_index[a] for a in units["alliance"]], dtype=np.int64)[unit],
        alliances=alliance_keys,
    )


def _raw_covariates(frame: pd.DataFrame, units: pd.DataFrame, unit: NDArray[np.int64]) -> dict[str, Array]:
    def column(name: str) -> Array:
        return np.asarray(frame[name].astype("Float64").to_numpy(dtype=float, na_value=np.nan), dtype=np.float64)

    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.log(column("capability_ratio"))
    poly1, poly2 = column("polyarchy_1"), column("polyarchy_2")
    change1, change2 = np.abs(column("polyarchy_change_1")), np.abs(column("polyarchy_change_2"))
    both = ~np.isnan(poly1) & ~np.isnan(poly2)
    either_change = ~np.isnan(change1) | ~np.isnan(change2)
    major = units["major"].astype("boolean").fillna(False).to_numpy(bool).astype(float)[unit]
    return {
        "log_capability_ratio": ratio,
        "capability_shift": column("capability_shift"),
        "democracy_min": np.where(both, np.fmin(poly1, poly2), np.nan),
        "democracy_shift": np.where(either_change, np.fmax(change1, change2), np.nan),
        "rivalry": column("rivalry"),
        "outside_alliance": column("outside_alliance"),
        "dispute": column("dispute"),
        "leader_change": column("leader_change"),
        "irregular_leader_change": column("irregular_leader_change"),
        "major_power": major,
    }


def _carry_forward(values: Array, unit: NDArray[np.int64]) -> Array:
    """Return ``values`` with each NaN replaced by the unit's last earlier known value (rows are in year order)."""
    known = ~np.isnan(values)
    index = np.where(known, np.arange(len(values)), -1)
    np.maximum.accumulate(index, out=index)
    carried = np.where(index >= 0, values[np.maximum(index, 0)], np.nan)
    same_unit = (index >= 0) & (unit[np.maximum(index, 0)] == unit)
    return np.asarray(np.where(same_unit, carried, np.nan), dtype=np.float64)


@dataclass
class Design:
    """A specification's design matrix over the rows known at ``upto``, and how to build forecast rows alike."""

    spec: Specification
    upto: int
    names: list[str]
    x: Array
    rows: NDArray[np.int64]  # positions in the UnitYears table
    exposure: Array
    breach: Array
    other: Array
    group: NDArray[np.int64]
    group_kind: NDArray[np.int64]  # per group: 0 pair, 1 state
    cluster: NDArray[np.int64]
    fill: dict[str, float] = field(default_factory=dict)

    def features(self, year: Array, duration: Array, unit_values: dict[str, Array]) -> Array:
        """Return design rows for ``year`` and ``duration`` with covariate values (NaN filled as in training)."""
        columns = _features(self.spec, np.minimum(year, self.upto), duration, unit_values, self.fill)
        return np.column_stack([columns[n] for n in self.names])


def _fill_values(table: UnitYears, rows: NDArray[np.int64]) -> dict[str, float]:
    fill: dict[str, float] = {}
    for name in CONDITIONS:
        values = table.covariates[name][rows]
        known = values[~np.isnan(values)]
        median = float(np.median(known)) if len(known) else 0.0
        fill[name] = 0.0 if name in ("rivalry", "capability_shift", "democracy_shift") else median
    for name in EVENTS:
        values = table.covariates[name][rows]
        known = values[~np.isnan(values)]
        fill[name] = float(np.mean(known)) if len(known) else 0.0
    return fill


def _rcs_basis(year: Array) -> Array:
    """Return the restricted cubic spline basis of calendar year (Harrell 2015), scaled to centuries."""
    knots = np.array(_SPLINE_KNOTS)
    t = (year - 1900.0) / 100.0
    k = (knots - 1900.0) / 100.0
    last, before = k[-1], k[-2]
    columns = [t]
    for j in range(len(k) - 2):
        term = (np.maximum(t - k[j], 0) ** 3 - np.maximum(t - before, 0) ** 3 * (last - k[j]) / (last - before)
                + np.maximum(t - last, 0) ** 3 * (before - k[j]) / (last - before))
        columns.append(term / (last - k[0]) ** 2)
    return np.column_stack(columns)


def _features(spec: Specification, year: Array, duration: Array, values: dict[str, Array],
              fill: dict[str, float]) -> dict[str, Array]:
    """Return the specification's columns, by name, in their order."""
    columns: dict[str, Array] = {
        "intercept": np.ones_like(year, dtype=float),
        "log_years_in_force": np.log1p(np.maximum(duration, 0.0)) - _TEN_YEARS,
    }
    if spec.time == "eras":
        for lo, hi in zip(_ERA_BREAKS, (*_ERA_BREAKS[1:], 10_000), strict=True):
            columns[f"era_{lo}"] = ((year >= lo) & (year < hi)).astype(float)
    else:
        for j, col in enumerate(_rcs_basis(year.astype(float)).T):
            columns[f"time_{j}"] = col
    bilateral, defense = values["bilateral"], values["defense_or_offense"]
    columns["bilateral"] = bilateral
    columns["defense_or_offense"] = defense
    if spec.interactions:
        post = (year >= 1945).astype(float)
        columns["bilateral_x_defense"] = bilateral * defense
        columns["post1945_x_bilateral"] = post * bilateral
        columns["post1945_x_defense"] = post * defense
        columns["post1945_x_bilateral_x_defense"] = post * bilateral * defense
    if spec.covariates:
        for name in (*CONDITIONS, *EVENTS):
            v = values[name]
            columns[name] = np.where(np.isnan(v), fill.get(name, 0.0), v)
        columns["major_power"] = values["major_power"]
    return columns


def _unit_values(table: UnitYears, rows: NDArray[np.int64]) -> dict[str, Array]:
    units = table.units
    u = table.unit[rows]
    values = {name: table.covariates[name][rows] for name in (*CONDITIONS, *EVENTS, "major_power")}
    values["bilateral"] = (units["unit"].to_numpy() == "pair").astype(float)[u]
    values["defense_or_offense"] = (units["defense"].to_numpy(bool) | units["offense"].to_numpy(bool)).astype(
        float)[u]
    return values


def design_matrix(table: UnitYears, spec: Specification, upto: int, *, keep: NDArray[np.bool_] | None = None,
                  fill: dict[str, float] | None = None, names: list[str] | None = None) -> Design:
    """Return the design of ``spec`` over the unit-years up to the end of ``upto`` (optionally only ``keep``).

    Columns that do not vary in those rows are dropped (their effect could come from the prior alone), and
    missing covariates are filled from those rows, unless ``names`` and ``fill`` are given (those of a fit, to
    build rows alike for some of its groups).
    """
    mask = table.year <= upto
    if keep is not None:
        mask &= keep
    rows = np.flatnonzero(mask)
    fill = _fill_values(table, rows) if fill is None else fill
    values = _unit_values(table, rows)
    year = table.year[rows].astype(float)
    columns = _features(spec, year, table.duration[rows], values, fill)
    if names is None:
        names = [n for n, v in columns.items() if n == "intercept" or (len(v) and np.ptp(v) > 0)]
    kinds = table.group_kind()
    return Design(
        spec=spec, upto=upto, names=names, x=np.column_stack([columns[n] for n in names]), rows=rows,
        exposure=table.exposure[rows],
        breach=table.breach[rows], other=table.other[rows], group=table.group[rows], group_kind=kinds,
        cluster=table.alliance[rows], fill=fill,
    )


def forecast_rows(table: UnitYears, design: Design, units: NDArray[np.int64], origin: int, horizon: int) -> Array:
    """Return design rows for each of ``units`` over the ``horizon`` years after ``origin`` (units x years x p).

    Each unit's conditions are its values in the origin year, its events the training means, its years in force
    advance, and calendar time stays at the origin (see the module docstring).
    """
    at = table.row_at(units, origin)
    values = _unit_values(table, at)
    for name in EVENTS:
        values[name] = np.full(len(at), np.nan)  # unknown in the future: the training mean
    years = origin + 1.0 + np.arange(horizon, dtype=float)
    start = table.units["start"].to_numpy(float)[units]
    year_grid = np.tile(years, len(at))
    duration = (years[None, :] + 0.5 - start[:, None]).ravel()
    repeated = {k: np.repeat(v, horizon) for k, v in values.items()}
    x = design.features(year_grid, duration, repeated)
    return x.reshape(len(at), horizon, -1)


def new_alliance_rows(design: Design, covariates: dict[str, float], *, bilateral: bool, defense: bool,
                      major: bool, origin: int, horizon: int) -> Array:
    """Return design rows (1 x years x p) for a new alliance signed at the end of ``origin``.

    ``covariates`` are the pair's conditions in the origin year (as :func:`unit_years` derives them); a new
    alliance has had no capability or democratic shift yet, and its events are the training means.
    """
    values: dict[str, Array] = {name: np.array([covariates.get(name, np.nan)], dtype=float) for name in CONDITIONS}
    values["capability_shift"] = np.zeros(1)
    values["democracy_shift"] = np.zeros(1)
    values.update({name: np.full(1, np.nan) for name in EVENTS})
    values["major_power"] = np.array([float(major)])
    values["bilateral"] = np.array([float(bilateral)])
    values["defense_or_offense"] = np.array([float(defense)])
    years = origin + 1.0 + np.arange(horizon, dtype=float)
    repeated = {k: np.repeat(v, horizon) for k, v in values.items()}
    x = design.features(years, years + 0.5 - (origin + 1.0), repeated)
    return x.reshape(1, horizon, -1)


def pair_conditions(store: Store, ccode1: int, ccode2: int, year: int, *, lookback: int = 15) -> dict[str, float]:
    """Return two states' conditions (capability ratio, the weaker's democracy, rivalry) in ``year``, each carried
    forward from up to ``lookback`` years earlier where the year itself is unknown."""
    import pandas as pd

    from foedus.reliability.covariates import alliance_entries, spell_year_covariates

    frame = pd.DataFrame({"alliance": ["(new)"], "ccode1": [ccode1], "ccode2": [ccode2],
                          "start": [float(year - lookback)], "end": [float(year + 1)]})
    units = frame.assign(major=False)
    rows = spell_year_covariates(store, frame, alliance_entries([]))
    unit = np.zeros(len(rows), dtype=np.int64)
    raw = _raw_covariates(rows, units, unit)
    return {name: float(_carry_forward(raw[name], unit)[-1]) for name in CONDITIONS}
