"""Panels: state-years and dyad-years from day-precise spells (no false dyads), ATOP's pledges placed one way or
both, coverage gaps missing rather than 0, unplaced pledges counted and returned, provenance carried."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import gzip
import itertools
import shutil
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foedus.cite import bibtex
from foedus.importers import import_atop, import_states
from foedus.panel_files import read_panel_metadata
from foedus.panels import (
    ALLIANCE_COLUMNS,
    MissingDependencyError,
    Panel,
    PanelError,
    UnplacedPledgesWarning,
    dyad_years,
    panel_sources,
    state_years,
    with_alliances,
    with_majors,
)
from foedus.store import Store
from tests.importers.helpers import import_real_data
from tests.importers.synthetic import (
    ATOP_MEMBERS,
    COW_MAJORS,
    COW_STATES,
    GW_IISYSTEM,
    SPELLS,
    atop_dyad_years,
    write,
)

Spell = tuple[int, dt.date, dt.date]


def oracle_dyad_years(spells: list[Spell], start: int, end: int, directed: bool = True) -> set[tuple[int, int, int]]:
    """The dyad-years by brute force: two states whose days in the system share one in the year."""
    found = set()
    for year in range(start, end + 1):
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        days: dict[int, list[tuple[dt.date, dt.date]]] = {}
        for code, s, e in spells:
            if max(s, first) <= min(e, last):
                days.setdefault(code, []).append((max(s, first), min(e, last)))
        pairs = itertools.permutations(days, 2) if directed else itertools.combinations(sorted(days), 2)
        for a, b in pairs:
            if any(s1 <= e2 and s2 <= e1 for s1, e1 in days[a] for s2, e2 in days[b]):
                found.add((a, b, year))
    return found


def triples(panel: Panel) -> set[tuple[int, int, int]]:
    first, second = panel.code_columns
    return set(zip(panel.frame[first], panel.frame[second], panel.frame["year"], strict=True))


SYNTHETIC_SPELLS = [(c, dt.date.fromisoformat(s), dt.date.fromisoformat(e)) for c, s, e in SPELLS]


@pytest.fixture(scope="module")
def new_store(_prepared_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    """Return a maker of fresh copies of a prepared store."""

    def make() -> Path:
        path = tmp_path_factory.mktemp("store") / "foedus.duckdb"
        shutil.copy(_prepared_store, path)
        return path

    return make


def synthetic_world(db: Path, folder: Path) -> Path:
    """Import the synthetic COW world, its major powers, a G-W list and ATOP's directed dyad-years into ``db``."""
    import_states([write(folder, "states2016.csv", COW_STATES), write(folder, "majors2016.csv", COW_MAJORS)],
                  "cow", db=db)
    import_states(write(folder, "iisystem.dat", GW_IISYSTEM), "gw", db=db)
    import_atop(write(folder, "atop4_01ddyr.csv", atop_dyad_years()), db=db)
    return db


@pytest.fixture(scope="module")
def world(new_store: Callable[[], Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the synthetic world (read only by the tests that use it)."""
    return synthetic_world(new_store(), tmp_path_factory.mktemp("world"))


def quietly(panel: Panel, **kwargs: Any) -> Panel:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnplacedPledgesWarning)
        return with_alliances(panel, **kwargs)


# --- the units ---------------------------------------------------------------------------------------------------
def test_false_dyads_are_excluded(world: Path) -> None:
    found = triples(dyad_years("cow", 1900, 1950, db=world))
    assert (300, 305, 1918) in found  # Austria-Hungary ends the day Austria begins: one day shared
    assert (300, 310, 1918) not in found and (310, 300, 1918) not in found  # same year, never the same day
    assert (344, 345, 1941) not in found  # Croatia lives in Yugoslavia's gap
    assert (344, 349, 1941) in found and (349, 345, 1941) in found


def test_a_state_that_exits_and_reenters_is_absent_in_between(world: Path) -> None:
    years = state_years("cow", 1900, 1950, db=world).frame
    france = set(years.loc[years["ccode"] == 220, "year"])
    assert {1940, 1944} <= france and not {1941, 1942, 1943} & france
    dyads = dyad_years("cow", 1900, 1950, db=world).frame
    assert not ((dyads["ccode1"] == 220) & dyads["year"].between(1941, 1943)).any()


def test_a_state_back_within_the_year_makes_one_dyad_not_two(world: Path) -> None:
    frame = dyad_years("cow", 1941, 1941, db=world).frame
    assert len(frame) == len(frame.drop_duplicates())
    assert ((frame["ccode1"] == 349) & (frame["ccode2"] == 345)).sum() == 1


@pytest.mark.parametrize("directed", [True, False])
def test_dyad_years_equal_the_brute_force_count(world: Path, directed: bool) -> None:
    panel = dyad_years("cow", 1900, 1950, directed=directed, db=world)
    assert triples(panel) == oracle_dyad_years(SYNTHETIC_SPELLS, 1900, 1950, directed)
    assert len(panel) == len(triples(panel))


def test_rows_are_ordered_by_year_then_codes(world: Path) -> None:
    for panel in (dyad_years("cow", 1900, 1950, db=world), dyad_years("cow", 1900, 1950, directed=False, db=world)):
        frame = panel.frame
        assert frame.equals(frame.sort_values(["year", "ccode1", "ccode2"]).reset_index(drop=True))
    years = state_years("cow", 1900, 1950, db=world).frame
    assert years.equals(years.sort_values(["year", "ccode"]).reset_index(drop=True))


def test_one_code_path_reads_gleditsch_ward(world: Path) -> None:
    panel = dyad_years("gw", 1900, 1950, db=world)
    assert panel.code_columns == ("gwcode1", "gwcode2") and list(panel.frame.columns) == ["gwcode1", "gwcode2", "year"]
    found = triples(panel)
    assert (2, 200, 1900) in found and (260, 2, 1949) in found and (260, 2, 1948) not in found
    assert state_years("gw", 1900, 1950, db=world).code_columns == ("gwcode",)


# --- errors that say what to run -----------------------------------------------------------------------------------
def test_a_panel_without_a_state_system_says_what_to_import(store_path: Path) -> None:
    with pytest.raises(PanelError, match=r"run `foedus import states --system cow FILE` first"):
        dyad_years("cow", 1816, 2016, db=store_path)
    with pytest.raises(PanelError, match=r"--system gw"):
        state_years("gw", 1816, 2016, db=store_path)


def test_merges_on_the_wrong_unit_or_without_data_say_what_to_run(
    world: Path, new_store: Callable[[], Path], tmp_path: Path
) -> None:
    with pytest.raises(PanelError, match=r"dyad-year panel: build one first with dyad_years"):
        with_alliances(state_years("cow", 1900, 1950, db=world))
    with pytest.raises(PanelError, match="'atop'"):
        with_alliances(dyad_years("cow", 1900, 1950, db=world), source="cow")
    bare = new_store()
    import_states(write(tmp_path, "s.csv", COW_STATES), "cow", db=bare)
    with pytest.raises(PanelError, match=r"foedus import atop FILE"):
        with_alliances(dyad_years("cow", 1900, 1950, db=bare))
    with pytest.raises(PanelError, match=r"majors2016.csv"):
        with_majors(dyad_years("cow", 1900, 1950, db=bare))
    twice = quietly(dyad_years("cow", 1900, 1950, db=world))
    with pytest.raises(PanelError, match="already"):
        with_alliances(twice)


@pytest.mark.parametrize(("start", "end", "message"), [
    (1890, 1950, "covers 1900–1950"), (1900, 1960, "covers 1900–1950"), (1950, 1900, "after"),
    (None, 1950, "must be a year"), (1900.0, 1950, "must be a year"), (True, 1950, "must be a year"),
])
def test_years_are_explicit_and_within_the_data(world: Path, start: Any, end: Any, message: str) -> None:
    with pytest.raises(PanelError, match=message):
        dyad_years("cow", start, end, db=world)


# --- alliances -----------------------------------------------------------------------------------------------------
def test_atop_one_way_pledge_is_directed(world: Path) -> None:
    frame = quietly(dyad_years("cow", 1900, 1950, db=world)).frame.set_index(["ccode1", "ccode2", "year"])
    assert (frame.loc[(200, 220, 1910), "atop_defense"], frame.loc[(200, 220, 1910), "atop_consul"]) == (1, 0)
    assert (frame.loc[(220, 200, 1910), "atop_defense"], frame.loc[(220, 200, 1910), "atop_consul"]) == (0, 1)
    assert frame.loc[(220, 200, 1910), "atop_any"] == 1 and frame.loc[(2, 220, 1910), "atop_any"] == 0
    both = quietly(dyad_years("cow", 1900, 1950, directed=False, db=world)).frame
    both = both.set_index(["ccode1", "ccode2", "year"])
    assert (both.loc[(200, 220, 1910), "atop_defense"], both.loc[(200, 220, 1910), "atop_consul"]) == (1, 1)


def test_years_outside_the_data_are_missing_not_zero(world: Path) -> None:
    frame = quietly(dyad_years("cow", 1900, 1950, db=world)).frame
    outside = ~frame["year"].between(1904, 1941)  # the synthetic ATOP covers 1904-1941
    for column in ALLIANCE_COLUMNS:
        assert str(frame[column].dtype) == "Int8"
        assert frame.loc[outside, column].isna().all() and frame.loc[~outside, column].notna().all()
    usa_france_1910 = (frame["ccode1"] == 2) & (frame["ccode2"] == 220) & (frame["year"] == 1910)
    assert frame.loc[usa_france_1910, "atop_any"].item() == 0


def test_adding_alliances_never_adds_rows_and_reports_the_pledges_it_cannot_place(world: Path) -> None:
    panel = dyad_years("cow", 1900, 1950, db=world)
    with pytest.warns(UnplacedPledgesWarning, match="10 rows of ATOP 4.01"):
        merged = with_alliances(panel)
    assert len(merged) == len(panel)
    assert merged.frame[["ccode1", "ccode2", "year"]].equals(panel.frame)
    assert merged.unplaced is not None and len(merged.unplaced) == 10
    reasons = {(r.ccode1, r.ccode2, r.year): r.reason for r in merged.unplaced.itertuples()}
    assert reasons[(344, 345, 1941)] == "never in the system on the same day"
    assert reasons[(200, 390, 1911)] == "state 2 not in the system"
    assert reasons[(220, 200, 1941)] == "state 1 not in the system"  # France is out from June 1940 to 1944
    assert any("10 rows" in note for note in merged.notes)


def test_pledges_derived_from_member_phases_match_the_dyad_year_data(
    world: Path, new_store: Callable[[], Path], tmp_path: Path
) -> None:
    members = new_store()
    import_states(write(tmp_path, "states2016.csv", COW_STATES), "cow", db=members)
    import_atop(write(tmp_path, "atop4_01m.csv", ATOP_MEMBERS), db=members)
    derived = quietly(dyad_years("cow", 1900, 1950, db=members))
    direct = quietly(dyad_years("cow", 1900, 1950, db=world))
    assert derived.frame.equals(direct.frame)
    assert derived.provenance[-1]["derived_from_member_phases"] is True
    assert direct.provenance[-1]["derived_from_member_phases"] is False
    assert derived.unplaced is not None and direct.unplaced is not None
    key = ["ccode1", "ccode2", "year"]
    assert sorted(map(tuple, derived.unplaced[key].values.tolist())) == sorted(
        map(tuple, direct.unplaced[key].values.tolist()))


@pytest.mark.parametrize(("entered", "shared"), [("1925,6,30", True), ("1925,7,1", False)])
def test_derived_pledges_hold_on_a_single_shared_day_and_not_without_one(
    new_store: Callable[[], Path], tmp_path: Path, entered: str, shared: bool
) -> None:
    """The UK leaves alliance 2001 on 30 June 1925; the USA joins it that day (both in it for one day) or the next
    (never in it together): the pledges of 1925 stand or fall on that one day, in both directions."""
    header = ATOP_MEMBERS.splitlines()[0]
    rows = ["2001,,,200,1,1920,1,1,1925,6,30,0,1,1,1,1,1,0,0,0,0,4.01",
            f"2001,,,2,1,{entered},1930,12,31,0,1,1,1,1,1,0,0,0,0,4.01"]
    members = new_store()
    import_states(write(tmp_path, "states2016.csv", COW_STATES), "cow", db=members)
    import_atop(write(tmp_path, "atop4_01m.csv", "\n".join([header, *rows]) + "\n"), db=members)
    frame = quietly(dyad_years("cow", 1920, 1930, db=members)).frame.set_index(["ccode1", "ccode2", "year"])
    assert frame.loc[(200, 2, 1925), "atop_defense"] == frame.loc[(2, 200, 1925), "atop_defense"] == int(shared)
    assert frame.loc[(200, 2, 1924), "atop_defense"] == 0 and frame.loc[(2, 200, 1926), "atop_defense"] == 0


def test_the_directed_dyad_years_are_preferred_and_the_version_can_be_chosen(
    new_store: Callable[[], Path], tmp_path: Path
) -> None:
    world = synthetic_world(new_store(), tmp_path)
    import_atop(write(tmp_path, "atop5_1m.csv", ATOP_MEMBERS.replace(",4.01\n", ",5.1\n")), db=world)
    newest = quietly(dyad_years("cow", 1900, 1950, db=world))
    assert newest.provenance[-1]["version"] == "5.1" and newest.provenance[-1]["derived_from_member_phases"]
    older = quietly(dyad_years("cow", 1900, 1950, db=world), version="4.01")
    assert older.provenance[-1]["layout"] == "dyad-years"
    with pytest.raises(PanelError, match=r"no ATOP 3\.0 in the store; it has: 4\.01, 5\.1"):
        quietly(dyad_years("cow", 1900, 1950, db=world), version="3.0")


def test_major_powers_are_flagged_by_year(world: Path) -> None:
    frame = with_majors(dyad_years("cow", 1900, 1950, db=world)).frame.set_index(["ccode1", "ccode2", "year"])
    assert tuple(frame.loc[(220, 2, 1940), ["major1", "major2"]]) == (1, 1)
    assert tuple(frame.loc[(220, 2, 1945), ["major1", "major2"]]) == (0, 1)
    assert tuple(frame.loc[(310, 300, 1918), ["major1", "major2"]]) == (0, 0) if (310, 300, 1918) in frame.index \
        else True
    years = with_majors(state_years("cow", 1900, 1950, db=world)).frame
    assert years.loc[years["major"] == 1, "ccode"].unique().tolist() == [2, 200, 220]


@pytest.mark.parametrize("directed", [True, False])
def test_a_panel_in_another_row_order_gets_the_same_values_on_each_row(world: Path, directed: bool) -> None:
    """Verbs place data by dyad-year, not by position: the rows of a panel reordered by hand (which the verbs index
    anew) get what the same rows of the panel dyad_years built get, and the same pledges are left unplaced."""
    panel = dyad_years("cow", 1900, 1950, directed=directed, db=world)
    order = np.random.default_rng(18).permutation(len(panel))
    reordered = dataclasses.replace(panel, frame=panel.frame.iloc[order].reset_index(drop=True))
    expected, got = quietly(with_majors(panel)), quietly(with_majors(reordered))
    assert got.frame.equals(expected.frame.iloc[order].reset_index(drop=True))
    assert got.unplaced is not None and expected.unplaced is not None and got.unplaced.equals(expected.unplaced)


def test_rows_read_from_the_store_are_read_again_after_the_file_is_imported_again(
    new_store: Callable[[], Path], tmp_path: Path
) -> None:
    """The spells and pledges a panel reads are kept for the next panel of the process only while the imports they
    came from stand: files imported again (here without the UK's 1910 pledge to France, and France in the system
    through 1950) are read again."""
    db = new_store()
    import_states(write(tmp_path, "states2016.csv", COW_STATES), "cow", db=db)
    import_atop(write(tmp_path, "atop4_01ddyr.csv", atop_dyad_years()), db=db)

    def panel() -> pd.DataFrame:
        return quietly(dyad_years("cow", 1900, 1950, db=db)).frame.set_index(["ccode1", "ccode2", "year"])

    for _ in range(2):
        assert panel().loc[(200, 220, 1910), "atop_defense"] == 1 and (2, 220, 1942) not in panel().index
    without = "".join(line for line in atop_dyad_years().splitlines(keepends=True)
                      if not line.startswith("200220,200,220,1910,"))
    import_atop(write(tmp_path, "atop4_01ddyr.csv", without), db=db)
    france = COW_STATES.replace("1940,6,22,2016\nFRN,220,France,1944,8,25,1950", "1950")
    import_states(write(tmp_path, "states2016.csv", france), "cow", db=db)
    assert panel().loc[(200, 220, 1910), "atop_defense"] == 0 and (2, 220, 1942) in panel().index


# --- provenance, output --------------------------------------------------------------------------------------------
def test_a_panel_carries_its_sources_versions_and_sha256(world: Path) -> None:
    panel = with_majors(quietly(dyad_years("cow", 1900, 1950, db=world)))
    roles = [(p["role"], p["dataset"], p["layout"], p["version"]) for p in panel.provenance]
    assert roles == [("state system", "cow", "states", "2016"), ("alliances", "atop", "dyad-years", "4.01"),
                     ("major powers", "cow", "majors", "2016")]
    assert all(len(p["sha256"]) == 64 for p in panel.provenance)
    sources = panel_sources(panel)
    assert [s["id"] for s in sources] == ["cow2017states", "leeds2002atop"]
    allowed = {"id", "type", "author", "title", "journal", "year", "volume", "issue", "pages", "doi", "url", "note"}
    assert all(set(s) <= allowed for s in sources)
    assert panel.provenance[1]["sha256"] in sources[1]["note"]
    assert "10.1080/03050620213653" in bibtex(sources)


def test_frames_out_pandas_and_polars(world: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = quietly(dyad_years("cow", 1900, 1950, db=world))
    assert isinstance(panel.to_pandas(), pd.DataFrame)
    polars = panel.to_polars()
    assert polars.shape == panel.frame.shape and polars["atop_defense"].null_count() > 0
    import polars as pl

    assert polars.equals(pl.from_pandas(panel.frame))  # the same as polars's own conversion, without the copies
    arrow = panel.to_arrow()
    assert arrow.column_names == list(panel.frame.columns)
    assert [arrow.column(c).null_count for c in arrow.column_names] == panel.frame.isna().sum().tolist()
    assert arrow.to_pandas().astype("Int64").equals(panel.frame.astype("Int64"))
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'foedus\[polars\]'"):
        panel.to_polars()
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependencyError, match=r"pyarrow: install it with pip install 'foedus\[polars\]'"):
        panel.to_arrow()


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_a_written_panel_keeps_its_provenance(world: Path, tmp_path: Path, suffix: str) -> None:
    panel = quietly(dyad_years("cow", 1900, 1950, db=world))
    path = panel.write(tmp_path / f"panel{suffix}")
    reader = "read_csv" if suffix == ".csv" else "read_parquet"
    back = duckdb.connect().execute(f"SELECT * FROM {reader}($p)", {"p": str(path)}).df()
    assert len(back) == len(panel) and list(back.columns) == list(panel.frame.columns)
    meta = read_panel_metadata(path)
    assert meta["provenance"] == [dict(p) for p in panel.provenance] and meta["rows"] == len(panel)
    assert meta["sources"] == panel_sources(panel)


# --- properties ----------------------------------------------------------------------------------------------------
def memory_store() -> Store:
    store = Store(Path(":memory:"), duckdb.connect(), False)
    store.migrate()
    return store


def put_spells(store: Store, spells: list[Spell]) -> None:
    con = store.connection
    con.execute("DELETE FROM state_spells; DELETE FROM imported_files")
    for i, (code, s, e) in enumerate(spells):
        con.execute("INSERT INTO state_spells VALUES ('x', 'cow', ?, ?, NULL, NULL, ?, ?)", [i + 2, code, s, e])
    con.execute(
        "INSERT INTO imported_files VALUES ('x', 's.csv', 's.csv', 0, 'cow', 'states', NULL, 'state_spells', ?, ?, 0, "
        "1900, 1905, now())", [len(spells), len(spells)],
    )


@st.composite
def spell_lists(draw: st.DrawFn) -> list[Spell]:
    """A few states with one or two spells each, within 1900-1905, some ending and starting the same year."""
    spells: list[Spell] = []
    days = st.dates(dt.date(1900, 1, 1), dt.date(1905, 12, 31))
    for code in draw(st.lists(st.integers(2, 990), min_size=1, max_size=6, unique=True)):
        a, b = sorted(draw(st.tuples(days, days)))
        spells.append((code, a, b))
        if draw(st.booleans()):
            later = draw(st.dates(b + dt.timedelta(days=1), dt.date(1906, 12, 31)))
            c, d = later, draw(st.dates(later, dt.date(1906, 12, 31)))
            if c.year <= 1905:
                spells.append((code, c, min(d, dt.date(1905, 12, 31))))
    return spells


@pytest.fixture(scope="module")
def scratch() -> Iterator[Store]:
    store = memory_store()
    yield store
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spells=spell_lists())
def test_every_dyad_year_is_two_states_in_the_system_on_one_day(scratch: Store, spells: list[Spell]) -> None:
    put_spells(scratch, spells)
    directed = dyad_years("cow", 1900, 1905, db=scratch)
    assert triples(directed) == oracle_dyad_years(spells, 1900, 1905)
    rows = list(zip(*(state_years("cow", 1900, 1905, db=scratch).frame[k] for k in ("ccode", "year")), strict=True))
    assert rows == sorted({(c, y) for c, s, e in spells for y in range(max(s.year, 1900), min(e.year, 1905) + 1)},
                          key=lambda r: (r[1], r[0]))
    years = set(rows)
    assert all((a, y) in years and (b, y) in years for a, b, y in triples(directed))
    one_way = triples(dyad_years("cow", 1900, 1905, directed=False, db=scratch))
    assert all(a < b for a, b, _ in one_way)
    assert triples(directed) == one_way | {(b, a, y) for a, b, y in one_way}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spells=spell_lists(), data=st.data())
def test_adding_alliances_never_changes_the_rows(scratch: Store, spells: list[Spell], data: st.DataObject) -> None:
    put_spells(scratch, spells)
    codes = [*sorted({c for c, _, _ in spells}), 999]
    pledges = data.draw(st.lists(st.tuples(st.sampled_from(codes), st.sampled_from(codes), st.integers(1899, 1906),
                                           st.integers(0, 1)), max_size=25, unique_by=lambda p: p[:3]))
    pledges = [p for p in pledges if p[0] != p[1]]
    con = scratch.connection
    con.execute("DELETE FROM atop_dyad_years")
    for a, b, year, flag in pledges:
        con.execute("INSERT INTO atop_dyad_years VALUES ('p', '5.1', 0, ?, ?, ?, ?, false, false, false, false)",
                    [a, b, year, bool(flag)])
    con.execute("INSERT INTO imported_files VALUES ('p', 'p.csv', 'p.csv', 0, 'atop', 'dyad-years', '5.1', "
                "'atop_dyad_years', ?, ?, 0, 1899, 1906, now())", [len(pledges), len(pledges)])
    for directed in (True, False):
        panel = dyad_years("cow", 1900, 1905, directed=directed, db=scratch)
        merged = quietly(panel)
        assert merged.frame[list(panel.frame.columns)].equals(panel.frame)
        cells = triples(panel)
        in_years = [p for p in pledges if 1900 <= p[2] <= 1905]
        placed = [p for p in in_years if (p[:3] if directed else (min(p[:2]), max(p[:2]), p[2])) in cells]
        assert merged.unplaced is not None and len(merged.unplaced) == len(in_years) - len(placed)
        assert int(merged.frame["atop_defense"].sum()) == len({
            (p[:3] if directed else (min(p[:2]), max(p[:2]), p[2])) for p in placed if p[3]})


# --- the real data ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return import_real_data(shared_data, tmp_path_factory.mktemp("real") / "foedus.duckdb")


def _cow_spells(shared_data: Path) -> list[Spell]:
    with (shared_data / "cow" / "states2016.csv").open(encoding="utf-8", newline="") as handle:
        return [(int(r["ccode"]), dt.date(int(r["styear"]), int(r["stmonth"]), int(r["stday"])),
                 dt.date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"]))) for r in csv.DictReader(handle)]


def _same_day_pairs(spells: list[Spell], start: int, end: int) -> tuple[int, set[tuple[int, int, int]]]:
    """Count the non-directed pairs that share a day in each year; return the count and the false ones (same year,
    no shared day)."""
    count, false = 0, set()
    for year in range(start, end + 1):
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        days: dict[int, list[tuple[dt.date, dt.date]]] = {}
        for code, s, e in spells:
            if max(s, first) <= min(e, last):
                days.setdefault(code, []).append((max(s, first), min(e, last)))
        for a, b in itertools.combinations(sorted(days), 2):
            if any(s1 <= e2 and s2 <= e1 for s1, e1 in days[a] for s2, e2 in days[b]):
                count += 1
            else:
                false.add((a, b, year))
    return count, false


@pytest.mark.shared_data
def test_cow_directed_dyad_years_1816_2016_match_an_independent_count(shared_data: Path, real: Path) -> None:
    panel = dyad_years("cow", 1816, 2016, db=real)
    pairs, false = _same_day_pairs(_cow_spells(shared_data), 1816, 2016)
    assert len(panel) == 2 * pairs
    assert len(panel.frame[["ccode1", "ccode2", "year"]].drop_duplicates()) == len(panel)
    assert len(false) == 30  # e.g. the two Germanys (255, 260) in 1990, the Yemens in 1990

    # system2016.csv's state-years make exactly these dyad-years, and the false dyads besides
    con = duckdb.connect()
    con.register("panel_frame", panel.frame)
    extra = con.execute(
        """WITH sy AS (SELECT ccode::INTEGER AS c, year::INTEGER AS y FROM read_csv($path, all_varchar = true)),
                pairs AS (SELECT a.c AS c1, b.c AS c2, a.y FROM sy a JOIN sy b ON a.y = b.y AND a.c <> b.c)
           SELECT (SELECT count(*) FROM (SELECT ccode1, ccode2, year FROM panel_frame EXCEPT SELECT * FROM pairs)),
                  (SELECT list((c1, c2, y)) FROM (
                      SELECT * FROM pairs EXCEPT SELECT ccode1, ccode2, year FROM panel_frame) WHERE c1 < c2)""",
        {"path": str(shared_data / "cow" / "system2016.csv")},
    ).fetchone()
    assert extra is not None and extra[0] == 0
    assert {tuple(t.values()) if isinstance(t, dict) else tuple(t) for t in extra[1]} == false


@pytest.mark.shared_data
def test_china_russia_atop_flags_by_year_equal_the_processed_dyad_years(shared_data: Path, real: Path) -> None:
    merged = quietly(dyad_years("cow", 1816, 2016, db=real), version="5.1")
    obligations = ("defense", "offense", "neutral", "nonagg", "consul")
    with gzip.open(shared_data / "atop" / "atop5_1_ddy_processed.csv.gz", "rt", encoding="utf-8") as handle:
        expected = {
            (int(float(r["ccode1"])), int(float(r["ccode2"])), int(float(r["year"]))):
                tuple(int(float(r[f"atop_{o}"])) for o in obligations)
            for r in csv.DictReader(handle)
            if {int(float(r["ccode1"])), int(float(r["ccode2"]))} == {365, 710} and 1816 <= float(r["year"]) <= 2016
        }
    frame = merged.frame
    pair = frame[frame["ccode1"].isin([365, 710]) & frame["ccode2"].isin([365, 710])]
    assert len(pair) == 2 * (2016 - 1860 + 1)  # China is in the system from 1860
    got = {(r.ccode1, r.ccode2, r.year): tuple(getattr(r, f"atop_{o}") for o in obligations)
           for r in pair.itertuples()}
    assert {k: v for k, v in got.items() if any(v)} == expected
    assert got[(710, 365, 1950)][0] == 1 and got[(365, 710, 1896)][:2] == (1, 1)


@pytest.mark.shared_data
def test_5768_processed_atop_pledges_fall_outside_the_cow_panel(real: Path) -> None:
    with pytest.warns(UnplacedPledgesWarning, match="5,768 rows"):
        merged = with_alliances(dyad_years("cow", 1816, 2016, db=real), version="5.1")
    assert merged.unplaced is not None and len(merged.unplaced) == 5768
    assert {221, 331, 223} <= set(merged.unplaced["ccode1"])  # Monaco, San Marino, Liechtenstein
    assert set(merged.unplaced["reason"]) <= {
        "state 1 not in the system", "state 2 not in the system", "neither state in the system"}


@pytest.mark.shared_data
def test_pledges_derived_from_atop_401_members_place_the_1950_sino_soviet_alliance(real: Path) -> None:
    merged = quietly(dyad_years("cow", 1945, 1985, db=real), version="4.01")
    frame = merged.frame.set_index(["ccode1", "ccode2", "year"])
    assert merged.provenance[-1]["derived_from_member_phases"] is True
    assert all(frame.loc[(a, b, y), "atop_defense"] == 1 for a, b in ((710, 365), (365, 710)) for y in (1951, 1979))
    assert frame.loc[(710, 365, 1985), "atop_defense"] == 0
