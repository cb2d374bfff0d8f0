"""Spell-year covariates: hand-built cases with a known answer, and China–Russia on the real data."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from foedus.reliability.covariates import COVARIATE_COLUMNS, alliance_entries, spell_year_covariates
from foedus.reliability.spells import Alliance, Participation
from foedus.store import Store
from foedus.universe import Relation


def _relation(family: str, columns: str, rows: list[str], last: int, first: int = 1800) -> Relation:
    values = ", ".join(rows)
    return Relation(family, f"(SELECT * FROM (VALUES {values}) t({columns}))", "test", (first, last), ())


SOURCES = {
    "capabilities": _relation("capabilities", "ccode, year, cinc", [
        "(2, 2000, 0.2)", "(20, 2000, 0.05)", "(2, 2001, 0.2)", "(2, 2002, 0.2)", "(20, 2002, 0.1)"], 2022),
    "regime_scores": _relation("regime_scores", "ccode, year, measure, value", [
        "(2, 2000, 'v2x_polyarchy', 0.8)", "(2, 2003, 'v2x_polyarchy', 0.9)", "(20, 2000, 'polity2', -7.0)",
        "(20, 2003, 'polity2', 6.0)", "(20, 2003, 'euds', 0.5)"], 2025),
    "rivalries": _relation("rivalries", "rivalry, ccode1, ccode2, start_year, end_year", [
        "(1, 2, 20, 1990, NULL::INTEGER)"], 2001),
    "dispute_dyad_years": _relation("dispute_dyad_years", "dispute, ccode1, ccode2, year, onset, hostility", [
        "(7, 20, 2, 2002, true, 3)", "(9, 2, 300, 1999, true, 2)"], 2002),
    "leaders": _relation("leaders", "leader_id, ccode, start_date, end_date, entry, exit", [
        "('A', 2, DATE '1990-01-20', DATE '2001-03-04', 'Regular', 'Irregular')",
        "('B', 2, DATE '2001-03-04', NULL::DATE, 'Irregular', 'Still in Office')",
        "('C', 20, DATE '1995-05-01', DATE '2003-02-01', 'Regular', 'Regular')",
        "('D', 20, DATE '2003-02-01', NULL::DATE, 'Regular', 'Still in Office')"], 2003),
}


def _spells() -> pd.DataFrame:
    return pd.DataFrame({"alliance": ["x"], "ccode1": [2], "ccode2": [20], "start": [2000.5], "end": [2003.5]})


def _entries() -> pd.DataFrame:
    def member(ccode: int, start: float) -> Participation:
        return Participation(ccode, start, None, None, None, None)

    return alliance_entries([
        Alliance("x", "test", "X", frozenset({"defense"}), True, [member(2, 2000.5), member(20, 2000.5)]),
        Alliance("y", "test", "Y", frozenset({"defense"}), True, [member(2, 2002.3), member(30, 2002.3)]),
        Alliance("z", "test", "Z", frozenset({"consultation"}), True, [member(2, 2001.2), member(20, 2001.2)]),
    ])


@pytest.fixture
def rows(store: Store) -> pd.DataFrame:
    return spell_year_covariates(store, _spells(), _entries(), SOURCES).set_index("year")


def test_one_row_per_spell_and_year_in_force(store: Store) -> None:
    rows = spell_year_covariates(store, _spells(), _entries(), SOURCES)
    assert list(rows.columns) == list(COVARIATE_COLUMNS)
    assert list(rows["year"]) == [2000, 2001, 2002, 2003]
    assert set(rows["spell"]) == {0}


def test_capability_ratio_and_its_shift_since_the_spell_began(rows: pd.DataFrame) -> None:
    assert rows.loc[2000, "capability_ratio"] == pytest.approx(4.0)
    assert rows.loc[2002, "capability_ratio"] == pytest.approx(2.0)
    assert rows.loc[2002, "capability_ratio_start"] == pytest.approx(4.0)
    assert rows.loc[2002, "capability_shift"] == pytest.approx(math.log(2.0))
    assert rows.loc[2000, "capability_shift"] == pytest.approx(0.0)
    assert pd.isna(rows.loc[2001, "capability_ratio"])  # state 20 has no capability score in 2001: missing
    assert pd.isna(rows.loc[2001, "capability_shift"])


def test_each_members_democracy_and_its_change(rows: pd.DataFrame) -> None:
    assert rows.loc[2003, "polyarchy_1"] == pytest.approx(0.9)
    assert rows.loc[2003, "polyarchy_change_1"] == pytest.approx(0.1)
    assert rows.loc[2003, "polity2_change_2"] == pytest.approx(13.0)
    assert pd.isna(rows.loc[2003, "uds_change_2"])  # no score when the spell began: no change can be known
    assert pd.isna(rows.loc[2001, "polyarchy_1"])


def test_a_new_alliance_with_an_outside_state(rows: pd.DataFrame) -> None:
    assert list(rows["outside_alliance"]) == [False, False, True, False]  # z binds only the pair: not outside


def test_rivalry_is_missing_after_the_rivalry_data_ends(rows: pd.DataFrame) -> None:
    assert rows.loc[2000, "rivalry"] and rows.loc[2001, "rivalry"]
    assert pd.isna(rows.loc[2002, "rivalry"]) and pd.isna(rows.loc[2003, "rivalry"])


def test_disputes_either_way_and_missing_past_the_data(rows: pd.DataFrame) -> None:
    assert list(rows["dispute"].iloc[:3]) == [False, False, True]
    assert rows.loc[2002, "dispute_onset"]
    assert pd.isna(rows.loc[2003, "dispute"])


def test_leader_changes_and_irregular_ones(rows: pd.DataFrame) -> None:
    assert not rows.loc[2000, "leader_change"]
    assert rows.loc[2001, "leader_change"] and rows.loc[2001, "irregular_leader_change"]
    assert not rows.loc[2002, "leader_change"]
    assert rows.loc[2003, "leader_change"] and not rows.loc[2003, "irregular_leader_change"]


def test_a_spell_begun_and_ended_in_one_year_has_one_row(store: Store) -> None:
    spells = pd.DataFrame({"alliance": ["x"], "ccode1": [2], "ccode2": [20], "start": [2000.2], "end": [2000.6]})
    rows = spell_year_covariates(store, spells, _entries(), SOURCES)
    assert list(rows["year"]) == [2000]


@pytest.mark.shared_data
@pytest.mark.parametrize("imported", [False, True], ids=["shipped", "imported"])
def test_china_russia_capabilities_in_2022_on_the_real_data(store_path: Path, shared_data: Path,
                                                             imported: bool) -> None:
    from foedus.importers import import_covariates
    from foedus.store import open_store

    if imported:
        import_covariates("nmc", [shared_data / "covariates" / "cow_nmc.csv"], db=store_path)
    spells = pd.DataFrame({"alliance": ["cn-ru-2001"], "ccode1": [365], "ccode2": [710], "start": [2001.54],
                           "end": [2023.0]})
    with open_store(store_path) as store:
        sources = {k: v for k, v in SOURCES.items() if k != "capabilities"}
        rows = spell_year_covariates(store, spells, _entries(), sources).set_index("year")
    assert rows.loc[2022, "cinc_1"] == pytest.approx(0.0382, abs=5e-4)  # Russia
    assert rows.loc[2022, "cinc_2"] == pytest.approx(0.2341, abs=5e-4)  # China
    assert rows.loc[2001, "capability_ratio"] == pytest.approx(3.09, abs=0.01)
    assert rows.loc[2022, "capability_ratio"] == pytest.approx(6.13, abs=0.01)
    assert rows.loc[2022, "capability_shift"] == pytest.approx(math.log(6.129 / 3.093), abs=0.01)


def test_an_outside_alliance_counts_only_members_there_when_the_state_joined(store: Store) -> None:
    def member(ccode: int, start: float) -> Participation:
        return Participation(ccode, start, None, None, None, None)

    entries = alliance_entries([
        Alliance("x", "test", "X", frozenset({"defense"}), True, [member(2, 2000.5), member(20, 2000.5)]),
        Alliance("v", "test", "V", frozenset({"defense"}), False, [member(2, 2001.2), member(40, 2005.0)]),
    ])
    assert entries.loc[entries["alliance"] == "v", "members"].tolist() == [[2], [2, 40]]
    rows = spell_year_covariates(store, _spells(), entries, SOURCES)
    assert not rows["outside_alliance"].any()  # state 40 joined v four years after state 2 did


def test_a_familys_part_must_select_the_columns_it_declares(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from foedus.families import SpellYearSQL
    from foedus.reliability import covariates

    parts = {**covariates.SPELL_YEAR_PARTS,
             "gold": SpellYearSQL(reads=(), columns=("gold_1",), select="sy.ccode1 AS silver_1")}
    monkeypatch.setattr(covariates, "SPELL_YEAR_PARTS", parts)
    with pytest.raises(ValueError, match="gold family's spell-year SQL selects silver_1 where it declares gold_1"):
        spell_year_covariates(store, _spells(), _entries(), SOURCES)


def test_each_family_reads_only_the_relations_it_declares_and_a_placeholder_names_one() -> None:
    from foedus.reliability.covariates import SPELL_YEAR_PARTS

    for name, part in SPELL_YEAR_PARTS.items():
        text = part.ctes + part.select + part.joins
        values = {r: "(r)" for r in part.reads} | {f"{r}_last": "0" for r in part.reads}
        text.format_map(values)  # a placeholder naming a relation the family does not declare raises KeyError
        assert len(part.columns) == len(set(part.columns)), name
    columns = [c for part in SPELL_YEAR_PARTS.values() for c in part.columns]
    assert len(columns) == len(set(columns))  # no two families give a column of the same name
