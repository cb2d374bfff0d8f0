"""Unit-years and design matrices: what each specification of the breach model sees, year by year.

Every unit (:mod:`foedus.reliability.units`) is cut into calendar years. Each row carries the years at risk in it,
whether the unit ended in a breach or otherwise in it, and the covariates of that year: each data family's part of
the spell-year query (:mod:`foedus.reliability.covariates`) gives its columns and the family's ``derive`` makes its
features from them (both declared in the family's module, :class:`foedus.families.ModelFeatures`). The table is
built once per coding; a fit at an origin year ``T`` uses its rows up to ``T`` (what was known then), and a forecast
from ``T`` carries each unit's row of ``T`` forward.

How missing covariates are carried (the model's decision, stated here and in every report):

* *conditions* (capability ratio and its shift, the weaker member's democracy and the larger democratic shift, a
  rivalry) are carried forward within the unit from their last known value, past a source's last year too, and
  otherwise set to the training rows' median (0 for a rivalry or a shift);
* *events of the year* (a new outside alliance, a dispute, a leader change, an irregular one) are set, where
  unknown, to their mean in the training rows: their expected value, not a guess that nothing happened;
* in a forecast, conditions are held at their value in the origin year and events at their training mean; years in
  force advance; calendar time is held at the origin year (the model never extrapolates a trend past its data).

A specification is a tuple of **terms** (and whether groups share a frailty); each term is one small class that
gives named columns from each row's values (:class:`Term`): :class:`Structure` (intercept, years in force as
``log(1 + years)`` centred on ten years, calendar time, bilateral, defense), calendar time as :class:`Eras` (1914,
1945 and 1990 as breaks) or a :class:`CalendarSpline` (knots 1850, 1900, 1945, 1975, 2000), the interactions
:class:`StructureByEra`, and :class:`Covariates` by data family (what each family gives the model is declared in its
module, :mod:`foedus.families`). The design's columns are the terms' in order. Which specification does better is
for the backtest to say (:mod:`foedus.reliability.stacking`).

References
----------
Harrell, F. E. (2015). *Regression Modeling Strategies* (2nd ed.). Springer. (Restricted cubic splines, ch. 2.)
Leeds, B. A., & Savun, B. (2007). Terminating alliances: Why do states abrogate agreements? *The Journal of
Politics*, 69(4), 1118-1132. https://doi.org/10.1111/j.1468-2508.2007.00612.x
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

import numpy as np
from numpy.typing import NDArray

from foedus.families import FAMILIES, Feature, ModelFeatures, family

if TYPE_CHECKING:
    import pandas as pd

    from foedus.reliability.spells import Alliance
    from foedus.store import Store

__all__ = [
    "CONDITIONS", "COVARIATES", "ERA_STRUCTURE", "EVENTS", "FEATURES", "SPECIFICATIONS", "CalendarSpline", "Covariates",
    "Design", "Eras", "Rows", "Specification", "Structure", "StructureByEra", "Term", "UnitYears",
    "declared_specification", "design_matrix", "forecast_rows", "get_specification", "new_alliance_rows",
    "pair_conditions", "unit_years",
]

Array = NDArray[np.float64]

#: Every covariate the data families give the model (each declared in its family's module), in registry order.
FEATURES: tuple[Feature, ...] = tuple(f for item in FAMILIES if item.model for f in item.model.features)
#: Covariates that describe a state of affairs: carried forward when unknown.
CONDITIONS: tuple[str, ...] = tuple(f.name for f in FEATURES if f.kind == "condition")
#: Covariates that record an event of the year: their training mean when unknown.
EVENTS: tuple[str, ...] = tuple(f.name for f in FEATURES if f.kind == "event")

_ERA_BREAKS = (1914, 1945, 1990)
_SPLINE_KNOTS = (1850.0, 1900.0, 1945.0, 1975.0, 2000.0)
_TEN_YEARS = float(np.log1p(10.0))
_KINDS = ("condition", "event", "fixed")  # the order of a Covariates term's columns


@dataclass(frozen=True)
class Rows:
    """What a term reads for each row of a design (or of a forecast).

    ``year`` is the calendar year (held at the fit's last year in a forecast), ``duration`` the years in force,
    ``values`` the unit's values: ``bilateral``, ``defense_or_offense`` and every feature in :data:`FEATURES` (NaN
    where unknown), and ``fill`` what stands for an unknown feature (from the training rows).
    """

    year: Array
    duration: Array
    values: Mapping[str, Array]
    fill: Mapping[str, float]


class Term(Protocol):
    """One part of a specification: named columns of the design made from each row's values, and its words.

    A new term is one class with these two members; a specification lists it in :attr:`Specification.terms`.
    """

    @property
    def words(self) -> str:
        """Return the term in words, as :meth:`Specification.describe` lists it."""
        ...

    def columns(self, rows: Rows) -> dict[str, Array]:
        """Return the term's columns for ``rows``, by name, in their order."""
        ...


@dataclass(frozen=True)
class Eras:
    """Calendar time as eras: an indicator ``era_B`` of the years from each break ``B`` to the next."""

    breaks: tuple[int, ...] = _ERA_BREAKS
    words: ClassVar[str] = "calendar eras"

    def columns(self, rows: Rows) -> dict[str, Array]:
        """Return one indicator per era."""
        year = rows.year
        return {f"era_{lo}": ((year >= lo) & (year < hi)).astype(float)
                for lo, hi in zip(self.breaks, (*self.breaks[1:], 10_000), strict=True)}


@dataclass(frozen=True)
class CalendarSpline:
    """Calendar time as a restricted cubic spline (Harrell 2015) in centuries from 1900: ``time_0`` ... ``time_k``.

    References
    ----------
    Harrell, F. E. (2015). *Regression Modeling Strategies* (2nd ed.). Springer. (Restricted cubic splines, ch. 2.)
    """

    knots: tuple[float, ...] = _SPLINE_KNOTS
    words: ClassVar[str] = "a calendar spline"

    def columns(self, rows: Rows) -> dict[str, Array]:
        """Return the spline's basis, one column per degree of freedom."""
        return {f"time_{j}": col for j, col in enumerate(_rcs_basis(rows.year.astype(float), self.knots).T)}


@dataclass(frozen=True)
class Structure:
    """What every specification has: an intercept, years in force (``log(1 + years)``, centred on ten years),
    calendar time (``time``: :class:`Eras` or :class:`CalendarSpline`), and whether the unit is bilateral and whether
    its alliance is a defense (or offense) pact."""

    time: Term

    @property
    def words(self) -> str:
        """Return calendar time's words, then the structure's."""
        return f"{self.time.words}; years in force; bilateral, defense"

    def columns(self, rows: Rows) -> dict[str, Array]:
        """Return the intercept, years in force, calendar time's columns, bilateral and defense."""
        return {
            "intercept": np.ones_like(rows.year, dtype=float),
            "log_years_in_force": np.log1p(np.maximum(rows.duration, 0.0)) - _TEN_YEARS,
            **self.time.columns(rows),
            "bilateral": rows.values["bilateral"],
            "defense_or_offense": rows.values["defense_or_offense"],
        }


@dataclass(frozen=True)
class StructureByEra:
    """The structure's interactions: bilateral × defense, and bilateral, defense and their product after 1945."""

    words: ClassVar[str] = "bilateral × defense × post-1945"

    def columns(self, rows: Rows) -> dict[str, Array]:
        """Return the four interaction columns."""
        bilateral, defense = rows.values["bilateral"], rows.values["defense_or_offense"]
        post = (rows.year >= 1945).astype(float)
        return {
            "bilateral_x_defense": bilateral * defense,
            "post1945_x_bilateral": post * bilateral,
            "post1945_x_defense": post * defense,
            "post1945_x_bilateral_x_defense": post * bilateral * defense,
        }


@dataclass(frozen=True)
class Covariates:
    """The covariates of data families, each family's declared in its module (:class:`foedus.families.ModelFeatures`).

    Columns: the families' conditions, then their events, then their fixed features, each in the order of
    ``families``; an unknown value is the training rows' fill (see the module docstring). The words name the families
    in the order of ``families``.
    """

    families: tuple[str, ...]

    def __post_init__(self) -> None:
        for name in self.families:
            _model_features(name)

    @property
    def features(self) -> tuple[Feature, ...]:
        """Return the features, in the order of their columns."""
        declared = [f for name in self.families for f in _model_features(name).features]
        return tuple(f for kind in _KINDS for f in declared if f.kind == kind)

    @property
    def words(self) -> str:
        """Return the families' words, in order."""
        return ", ".join(_model_features(name).words for name in self.families)

    def columns(self, rows: Rows) -> dict[str, Array]:
        """Return each feature, unknown values filled (a fixed feature is never unknown)."""
        out: dict[str, Array] = {}
        for feature in self.features:
            v = rows.values[feature.name]
            if feature.kind != "fixed":
                v = np.where(np.isnan(v), rows.fill.get(feature.name, 0.0), v)
            out[feature.name] = v
        return out


def _model_features(name: str) -> ModelFeatures:
    """Return what the family called ``name`` gives the model.

    Raises
    ------
    ValueError
        If there is no such family, or it gives the model nothing.
    """
    try:
        declared = family(name).model
    except KeyError as exc:
        raise ValueError(exc.args[0]) from None
    if declared is None:
        raise ValueError(f"the {name} family gives the breach model no covariates")
    return declared


@dataclass(frozen=True)
class Specification:
    """One declared specification of the breach model: its terms, whose columns make its design in their order, and
    whether the groups (pairs, states) share a frailty."""

    name: str
    label: str
    terms: tuple[Term, ...]
    frailty: bool = True

    @property
    def covariates(self) -> bool:
        """Return whether the specification reads the data families' covariates."""
        return any(isinstance(term, Covariates) for term in self.terms)

    def describe(self) -> str:
        """Return the specification in words."""
        return "; ".join([*(term.words for term in self.terms),
                          "shared frailty by pair or state" if self.frailty else "no frailty"])

    def columns(self, rows: Rows) -> dict[str, Array]:
        """Return the terms' columns, by name, in their order.

        Raises
        ------
        ValueError
            If two terms give a column of the same name.
        """
        out: dict[str, Array] = {}
        for term in self.terms:
            given = term.columns(rows)
            if twice := sorted(out.keys() & given.keys()):
                raise ValueError(f"specification {self.name!r}: more than one term gives {', '.join(twice)}")
            out.update(given)
        return out


#: The structure with calendar eras, which every specification but ``spline`` has.
ERA_STRUCTURE = Structure(Eras())
#: The covariates of the ``covariates`` and ``full`` specifications, by family (the order of their words).
COVARIATES = Covariates(("capabilities", "democracy", "atop", "rivalries", "disputes", "leaders", "state_systems"))

#: The declared specifications; the headline forecast weighs them by stacking on the rolling-origin log score.
SPECIFICATIONS: tuple[Specification, ...] = (
    Specification("base", "structure + eras + frailty", (ERA_STRUCTURE,)),
    Specification("base-no-frailty", "structure + eras, no frailty", (ERA_STRUCTURE,), frailty=False),
    Specification("spline", "structure + time spline + frailty", (Structure(CalendarSpline()),)),
    Specification("interactions", "structure × era + frailty", (ERA_STRUCTURE, StructureByEra())),
    Specification("covariates", "covariates + eras + frailty", (ERA_STRUCTURE, COVARIATES)),
    Specification("full", "covariates × era + frailty", (ERA_STRUCTURE, StructureByEra(), COVARIATES)),
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


def declared_specification(text: str) -> Specification:
    """Return the declared specification whose ``repr`` is ``text`` (how the fit cache stores a fit's).

    Raises
    ------
    ValueError
        If none is (a specification of the same name declared otherwise is not the same).
    """
    for spec in SPECIFICATIONS:
        if repr(spec) == text:
            return spec
    raise ValueError(f"no declared specification is {text}")


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
    """Return every feature of :data:`FEATURES`, as each family derives it from the spell-year columns.

    Raises
    ------
    ValueError
        If a family derives other features than it declares.
    """
    columns = _SpellYearColumns(frame, units, unit)
    raw: dict[str, Array] = {}
    for item in FAMILIES:
        if item.model is None:
            continue
        derived = item.model.derive(columns)
        declared = [f.name for f in item.model.features]
        if sorted(derived) != sorted(declared):
            raise ValueError(f"the {item.name} family derives {', '.join(derived) or 'nothing'} where it declares "
                             f"{', '.join(declared)}")
        raw.update(derived)
    return {f.name: raw[f.name] for f in FEATURES}


class _SpellYearColumns(Mapping[str, Array]):
    """The columns a family's ``derive`` reads, one value per unit-year, as floats (NaN where unknown): those of the
    spell-year query, else the unit's own (``major``, ...), each converted as it is read."""

    def __init__(self, frame: pd.DataFrame, units: pd.DataFrame, unit: NDArray[np.int64]) -> None:
        self._frame, self._units, self._unit = frame, units, unit

    def __getitem__(self, name: str) -> Array:
        if name in self._frame.columns:
            return _floats(self._frame[name])
        if name in self._units.columns:
            return _floats(self._units[name])[self._unit]
        raise KeyError(f"no spell-year column or unit column {name!r}")

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*map(str, self._frame.columns), *map(str, self._units.columns)]))

    def __len__(self) -> int:
        return len(list(iter(self)))


def _floats(series: pd.Series) -> Array:
    return np.asarray(series.astype("Float64").to_numpy(dtype=float, na_value=np.nan), dtype=np.float64)


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
    """Return what stands for an unknown feature in ``rows``: a condition's median (0 where its family declares so),
    an event's mean."""
    zero = {f.name for f in FEATURES if f.zero}
    fill: dict[str, float] = {}
    for name in CONDITIONS:
        values = table.covariates[name][rows]
        known = values[~np.isnan(values)]
        median = float(np.median(known)) if len(known) else 0.0
        fill[name] = 0.0 if name in zero else median
    for name in EVENTS:
        values = table.covariates[name][rows]
        known = values[~np.isnan(values)]
        fill[name] = float(np.mean(known)) if len(known) else 0.0
    return fill


def _rcs_basis(year: Array, knots_at: tuple[float, ...] = _SPLINE_KNOTS) -> Array:
    """Return the restricted cubic spline basis of calendar year (Harrell 2015), scaled to centuries."""
    knots = np.array(knots_at)
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
    return spec.columns(Rows(year, duration, values, fill))


def _unit_values(table: UnitYears, rows: NDArray[np.int64]) -> dict[str, Array]:
    units = table.units
    u = table.unit[rows]
    values = {feature.name: table.covariates[feature.name][rows] for feature in FEATURES}
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
    values.update({f.name: np.zeros(1) for f in FEATURES if f.since_start})
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
