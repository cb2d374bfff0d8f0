"""Unit-years and design matrices: exposure, eras, how missing values are carried, forecast rows, and the terms that
make a specification."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from foedus.families import family
from foedus.reliability.cache import FitCache
from foedus.reliability.design import (
    CONDITIONS,
    COVARIATES,
    ERA_STRUCTURE,
    EVENTS,
    FEATURES,
    SPECIFICATIONS,
    Covariates,
    Eras,
    Rows,
    Specification,
    Structure,
    UnitYears,
    _carry_forward,
    _features,
    declared_specification,
    design_matrix,
    forecast_rows,
    get_specification,
    unit_years,
)
from foedus.reliability.spells import Alliance, Participation
from foedus.reliability.units import alliance_units
from foedus.store import Store


def _values(n: int) -> dict[str, np.ndarray]:
    zeros = np.zeros(n)
    return {name: zeros for name in (*CONDITIONS, *EVENTS, "major_power", "bilateral", "defense_or_offense")}


def test_eras_break_exactly_in_1914_1945_and_1990() -> None:
    years = np.array([1913.0, 1914.0, 1944.0, 1945.0, 1989.0, 1990.0])
    cols = _features(get_specification("base"), years, np.zeros(6), _values(6), {})
    assert cols["era_1914"].tolist() == [0, 1, 1, 0, 0, 0]
    assert cols["era_1945"].tolist() == [0, 0, 0, 1, 1, 0]
    assert cols["era_1990"].tolist() == [0, 0, 0, 0, 0, 1]
    inter = _features(get_specification("interactions"), years, np.zeros(6), {**_values(6), "bilateral": np.ones(6)},
                      {})
    assert inter["post1945_x_bilateral"].tolist() == [0, 0, 0, 1, 1, 1]


def test_years_in_force_enter_as_a_log_centred_on_ten_years() -> None:
    cols = _features(get_specification("base"), np.array([1950.0, 1950.0]), np.array([0.0, 10.0]), _values(2), {})
    assert cols["log_years_in_force"][1] == pytest.approx(0.0)
    assert cols["log_years_in_force"][0] == pytest.approx(-np.log(11.0))


def test_the_spline_is_linear_before_its_first_knot() -> None:
    years = np.array([1800.0, 1820.0, 1840.0])
    cols = _features(get_specification("spline"), years, np.zeros(3), _values(3), {})
    assert all(np.allclose(cols[f"time_{j}"], 0.0) for j in range(1, 4))
    assert np.allclose(np.diff(cols["time_0"]), 0.2)


def test_conditions_are_carried_forward_within_a_unit_only() -> None:
    values = np.array([0.5, np.nan, np.nan, np.nan, 0.7, np.nan])
    unit = np.array([0, 0, 0, 1, 1, 1])
    carried = _carry_forward(values, unit)
    assert carried[:3].tolist() == [0.5, 0.5, 0.5]
    assert np.isnan(carried[3]) and carried[4:].tolist() == [0.7, 0.7]


@pytest.fixture(scope="module")
def table(_prepared_store: object) -> UnitYears:
    from foedus.store import open_store

    alliances = [
        Alliance("a", "test", "A", frozenset({"defense"}), True,
                 [Participation(365, 2001.54, None, None, None, None),
                  Participation(710, 2001.54, None, None, None, None)], data_end=2025.0),
        Alliance("b", "test", "B", frozenset({"consultation"}), True,
                 [Participation(2, 1950.2, 1960.7, "violated", "curated", None),
                  Participation(20, 1950.2, 1960.7, "violated", "curated", None)]),
    ]
    with open_store(_prepared_store) as store:  # type: ignore[arg-type]
        return unit_years(store, alliance_units(alliances, as_of=2024), alliances)


def test_unit_years_sum_to_the_time_at_risk_and_end_in_the_last_row(table: UnitYears) -> None:
    units = table.units
    for u in range(len(units)):
        rows = table.unit == u
        assert table.exposure[rows].sum() == pytest.approx(units["end"].iloc[u] - units["start"].iloc[u])
        assert table.breach[rows].sum() == float(units["breach"].iloc[u])
        assert table.breach[rows][-1] == float(units["breach"].iloc[u])


def test_china_russia_capabilities_are_carried_past_the_last_year_nmc_covers(table: UnitYears) -> None:
    unit = int(table.units.index[table.units["group"] == "pair:365-710"][0])
    at = table.row_at(np.array([unit]), 2024)[0]
    ratio_2022 = table.row_at(np.array([unit]), 2022)[0]
    assert np.exp(table.covariates["log_capability_ratio"][ratio_2022]) == pytest.approx(6.13, abs=0.02)
    assert table.covariates["log_capability_ratio"][at] == table.covariates["log_capability_ratio"][ratio_2022]
    assert np.isnan(table.covariates["dispute"][at])  # disputes past 2014 stay unknown: not carried


def test_a_design_up_to_an_origin_sees_nothing_later(table: UnitYears) -> None:
    design = design_matrix(table, get_specification("covariates"), 1955)
    assert table.year[design.rows].max() == 1955
    assert design.breach.sum() == 0  # the 1960 breach is not known in 1955
    assert "era_1914" not in design.names  # constant in what the design sees


def test_forecast_rows_hold_conditions_and_the_calendar_at_the_origin(table: UnitYears) -> None:
    spec = get_specification("covariates")
    design = design_matrix(table, spec, 2024)
    unit = int(table.units.index[table.units["group"] == "pair:365-710"][0])
    rows = forecast_rows(table, design, np.array([unit]), 2024, 5)[0]
    names = design.names
    ratio = names.index("log_capability_ratio")
    assert np.allclose(rows[:, ratio], rows[0, ratio])
    assert np.allclose(rows[:, names.index("dispute")], design.fill["dispute"])  # events: the training mean
    assert np.all(np.diff(rows[:, names.index("log_years_in_force")]) > 0)
    assert rows[0, names.index("intercept")] == 1.0


@pytest.mark.parametrize("spec", SPECIFICATIONS, ids=lambda s: s.name)
def test_every_specification_builds_a_full_rank_design(spec: object, store: Store, fit_cache: FitCache) -> None:
    from foedus.reliability.fits import universe_table

    table = universe_table(store, "curated", 2016, cache=fit_cache)
    design = design_matrix(table, spec, 2016)  # type: ignore[arg-type]
    assert np.linalg.matrix_rank(design.x) == design.x.shape[1]


#: Every declared specification's columns, in order, before constant ones are dropped: pinned, because every fitted
#: coefficient, forecast and figure rests on them (as they were when a specification was a set of flags).
_ERA_STRUCTURE = ["intercept", "log_years_in_force", "era_1914", "era_1945", "era_1990", "bilateral",
                  "defense_or_offense"]
_INTERACTIONS = ["bilateral_x_defense", "post1945_x_bilateral", "post1945_x_defense",
                 "post1945_x_bilateral_x_defense"]
_COVARIATES = ["log_capability_ratio", "capability_shift", "democracy_min", "democracy_shift", "rivalry",
               "outside_alliance", "dispute", "leader_change", "irregular_leader_change", "major_power"]
_COVARIATE_WORDS = "capabilities, democracy, outside alliances, rivalry, disputes, leader changes, major power"
PINNED = {
    "base": ("structure + eras + frailty", _ERA_STRUCTURE,
             "calendar eras; years in force; bilateral, defense; shared frailty by pair or state"),
    "base-no-frailty": ("structure + eras, no frailty", _ERA_STRUCTURE,
                        "calendar eras; years in force; bilateral, defense; no frailty"),
    "spline": ("structure + time spline + frailty",
               ["intercept", "log_years_in_force", "time_0", "time_1", "time_2", "time_3", "bilateral",
                "defense_or_offense"],
               "a calendar spline; years in force; bilateral, defense; shared frailty by pair or state"),
    "interactions": ("structure × era + frailty", _ERA_STRUCTURE + _INTERACTIONS,
                     "calendar eras; years in force; bilateral, defense; bilateral × defense × post-1945; shared "
                     "frailty by pair or state"),
    "covariates": ("covariates + eras + frailty", _ERA_STRUCTURE + _COVARIATES,
                   f"calendar eras; years in force; bilateral, defense; {_COVARIATE_WORDS}; shared frailty by pair "
                   "or state"),
    "full": ("covariates × era + frailty", _ERA_STRUCTURE + _INTERACTIONS + _COVARIATES,
             f"calendar eras; years in force; bilateral, defense; bilateral × defense × post-1945; "
             f"{_COVARIATE_WORDS}; shared frailty by pair or state"),
}


def test_every_specification_keeps_its_name_label_columns_in_order_words_and_frailty() -> None:
    assert [s.name for s in SPECIFICATIONS] == list(PINNED)
    for spec in SPECIFICATIONS:
        label, columns, words = PINNED[spec.name]
        assert spec.label == label
        assert list(_features(spec, np.array([1900.0, 1950.0]), np.zeros(2), _values(2), {})) == columns
        assert spec.describe() == words
        assert spec.frailty == (spec.name != "base-no-frailty")
        assert spec.covariates == (spec.name in ("covariates", "full"))
    # every family's conditions and events: the declared specifications' and GDP's, which none of them takes
    assert list(CONDITIONS) == [*_COVARIATES[:5], "log_gdppc_min"] and list(EVENTS) == _COVARIATES[5:9]


@dataclass(frozen=True)
class _AfterTheColdWar:
    """A term declared here, as a new one would be: one class with its words and its columns."""

    words: ClassVar[str] = "after the Cold War"

    def columns(self, rows: Rows) -> dict[str, np.ndarray]:
        return {"post_1990": (rows.year >= 1990).astype(float)}


def test_a_new_term_is_one_class_whose_columns_follow_the_specifications(table: UnitYears) -> None:
    base = get_specification("base")
    spec = Specification("cold-war", "structure + eras + after the Cold War", (*base.terms, _AfterTheColdWar()))
    assert spec.describe() == ("calendar eras; years in force; bilateral, defense; after the Cold War; shared frailty "
                               "by pair or state")
    design = design_matrix(table, spec, 2024)
    assert design.names == [*design_matrix(table, base, 2024).names, "post_1990"]
    assert np.array_equal(design.x[:, -1], (table.year[design.rows] >= 1990).astype(float))
    assert np.array_equal(design.x[:, :-1], design_matrix(table, base, 2024).x)
    unit = int(table.units.index[table.units["group"] == "pair:365-710"][0])
    forecast = forecast_rows(table, design, np.array([unit]), 2024, 3)
    assert forecast.shape == (1, 3, len(design.names)) and np.all(forecast[0, :, -1] == 1.0)


def test_a_covariate_term_takes_the_features_a_family_declares() -> None:
    capabilities = Covariates(("capabilities",))
    values = _values(2)
    values["log_capability_ratio"] = np.array([np.nan, 1.5])
    columns = capabilities.columns(Rows(np.zeros(2), np.zeros(2), values, {"log_capability_ratio": 0.25}))
    assert list(columns) == ["log_capability_ratio", "capability_shift"]
    assert columns["log_capability_ratio"].tolist() == [0.25, 1.5]  # unknown: the training rows' fill
    assert capabilities.words == family("capabilities").model.words == "capabilities"  # type: ignore[union-attr]
    # conditions first, then events, then fixed features, whatever the order of the families
    assert [f.name for f in Covariates(("state_systems", "leaders", "rivalries")).features] == [
        "rivalry", "leader_change", "irregular_leader_change", "major_power"]
    with pytest.raises(ValueError, match="wars family gives the breach model no covariates"):
        Covariates(("wars",))
    with pytest.raises(ValueError, match="no data family 'gold'"):
        Covariates(("gold",))


def test_two_terms_may_not_give_the_same_column() -> None:
    spec = Specification("twice", "eras twice", (ERA_STRUCTURE, Eras()))
    with pytest.raises(ValueError, match="more than one term gives era_1914, era_1945, era_1990"):
        _features(spec, np.array([1950.0]), np.zeros(1), _values(1), {})


def test_the_families_declare_every_covariate_of_the_unit_years(table: UnitYears) -> None:
    assert sorted(f.name for f in FEATURES) == sorted(table.covariates)
    # the declared specifications take every family's features but GDP's, which a specification may ask for
    gdp = family("gdp").model
    assert gdp is not None
    assert {f.name for f in FEATURES} - {f.name for f in COVARIATES.features} == {f.name for f in gdp.features}
    assert not any("log_gdppc_min" in columns for _, columns, _ in PINNED.values())


@pytest.mark.shared_data
def test_a_specification_takes_the_poorer_members_gdp_per_capita_from_the_gdp_family(
        table: UnitYears, shared_data: Path) -> None:
    import pandas as pd

    spec = Specification("gdp", "structure + eras + GDP", (ERA_STRUCTURE, Covariates(("gdp",))))
    assert spec.describe().startswith("calendar eras; years in force; bilateral, defense; GDP per capita;")
    design = design_matrix(table, spec, 2024)
    column = design.x[:, design.names.index("log_gdppc_min")]
    # Fariss et al.'s estimates as isard ships them, read independently of foedus
    gdppc = pd.read_csv(shared_data / "covariates" / "cw_gdppop.csv").set_index(["ccode", "year"])["mrgdppc"]
    for pair, years in (((365, 710), (2001, 2010, 2019)), ((2, 20), (1950, 1955, 1960))):
        unit = int(table.units.index[table.units["group"] == f"pair:{pair[0]}-{pair[1]}"][0])
        for year in years:
            row = int(np.searchsorted(design.rows, table.row_at(np.array([unit]), year)[0]))
            expected = np.log(min(gdppc[(pair[0], year)], gdppc[(pair[1], year)]))
            assert column[row] == pytest.approx(expected, rel=1e-12), (pair, year)
    # past the data's last year (2019) the condition is carried forward
    unit = int(table.units.index[table.units["group"] == "pair:365-710"][0])
    last, later = np.searchsorted(design.rows, table.row_at(np.array([unit]), 2019)[0]), np.searchsorted(
        design.rows, table.row_at(np.array([unit]), 2024)[0])
    assert column[later] == column[last]


def test_a_family_must_derive_the_features_it_declares(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    from foedus.families import Family, Feature, ModelFeatures
    from foedus.reliability import design

    def derive(columns: object) -> dict[str, np.ndarray]:
        return {"silver": np.zeros(1)}

    gold = Family("gold", "gold", None, "", None, (), model=ModelFeatures("gold", (Feature("gold", "condition"),),
                                                                           derive))
    monkeypatch.setattr(design, "FAMILIES", (gold,))
    with pytest.raises(ValueError, match="the gold family derives silver where it declares gold"):
        design._raw_covariates(pd.DataFrame({"spell": [0]}), pd.DataFrame({"major": [True]}),
                               np.zeros(1, dtype=np.int64))


def test_a_cached_fit_names_a_declared_specification_exactly() -> None:
    for spec in SPECIFICATIONS:
        assert declared_specification(repr(spec)) is spec
    other = Specification("base", "structure + eras + frailty", (Structure(Eras((1914, 1945))),))
    with pytest.raises(ValueError, match="no declared specification"):
        declared_specification(repr(other))
