"""The panel verb with_similarity and `foedus panel ... --with similarity`, on the synthetic state system of the panel
tests (1900-1950) and the shipped ATOP."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from foedus.cite import bibtex
from foedus.cli import cli
from foedus.importers import import_states
from foedus.panels import PanelError, dyad_years, panel_sources, state_years
from foedus.similarity.dyads import portfolio_matrix
from foedus.similarity.measures import SimilarityError, portfolio_similarity
from foedus.similarity.panel import with_similarity
from foedus.similarity.portfolios import alliance_ties
from foedus.store import open_store
from tests.importers.synthetic import COW_STATES, GW_IISYSTEM, write

COLUMNS = ["s_valued", "s_squared_valued", "kappa_valued", "pi_valued", "taub_valued"]


@pytest.fixture(scope="module")
def world(_prepared_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the shipped ledgers and the synthetic COW and G-W state systems."""
    folder = tmp_path_factory.mktemp("similarity-world")
    path = folder / "foedus.duckdb"
    shutil.copy(_prepared_store, path)
    import_states(write(folder, "states2016.csv", COW_STATES), "cow", db=path)
    import_states(write(folder, "iisystem.dat", GW_IISYSTEM), "gw", db=path)
    return path


def test_directed_and_non_directed_panels_carry_the_same_values(world: Path) -> None:
    directed = with_similarity(dyad_years("cow", 1900, 1950, db=world))
    undirected = with_similarity(dyad_years("cow", 1900, 1950, directed=False, db=world))
    assert list(directed.frame.columns[-5:]) == COLUMNS
    both = directed.frame.merge(undirected.frame, on=["ccode1", "ccode2", "year"], suffixes=("", "_u"))
    assert len(both) == len(undirected)
    reverse = directed.frame.merge(directed.frame, left_on=["ccode1", "ccode2", "year"],
                                   right_on=["ccode2", "ccode1", "year"], suffixes=("", "_r"))
    for column in COLUMNS:
        np.testing.assert_array_equal(both[column], both[f"{column}_u"], err_msg=column)
        np.testing.assert_array_equal(reverse[column], reverse[f"{column}_r"], err_msg=column)
    assert directed.frame["s_valued"].notna().all()  # 1900-1950 is inside ATOP's years: nothing missing


def test_a_dyad_year_is_its_two_portfolios_over_the_states_of_the_panels_system(world: Path) -> None:
    panel = with_similarity(dyad_years("cow", 1914, 1914, db=world), weights="cinc")
    states = np.array(sorted(state_years("cow", 1914, 1914, db=world).frame["ccode"]))
    with open_store(world) as store:
        ties = alliance_ties(store, 1914, 1914)
    matrix = portfolio_matrix(states, ties.ccode1, ties.ccode2, ties.level, 3)
    row = panel.frame[(panel.frame["ccode1"] == 200) & (panel.frame["ccode2"] == 220)].iloc[0]
    i, j = list(states).index(200), list(states).index(220)
    assert matrix[i, j] == 2  # ATOP: Britain pledged France consultation in 1914, no defence before 1915
    with open_store(world) as store:
        shares = dict(store.connection.execute(
            "SELECT ccode, cinc FROM read_csv(?) WHERE year = 1914",
            [str(Path(__import__("foedus").__file__).parent / "data" / "capabilities.csv.gz")]).fetchall())
    weighted = portfolio_similarity(matrix[i], matrix[j], weights=[shares[c] for c in states])
    assert row["s_valued_cinc"] == pytest.approx(weighted["s"])
    assert "kappa_valued_cinc" not in panel.frame.columns


def test_a_gw_panel_uses_the_gw_system(world: Path) -> None:
    panel = with_similarity(dyad_years("gw", 1920, 1921, db=world), ["s"], scale="binary")
    assert "s_binary" in panel.frame.columns and panel.frame["s_binary"].between(-1, 1).all()


def test_the_verb_says_what_to_do_when_misused(world: Path) -> None:
    panel = dyad_years("cow", 1930, 1931, db=world)
    with pytest.raises(PanelError, match="needs a dyad-year panel"):
        with_similarity(state_years("cow", 1930, 1931, db=world))
    once = with_similarity(panel, ["s"])
    with pytest.raises(PanelError, match="already has s_valued"):
        with_similarity(once, ["s"])
    twice = with_similarity(once, ["s"], scale="binary")
    assert {"s_valued", "s_binary"} <= set(twice.frame.columns)
    with pytest.raises(SimilarityError, match="take no weights"):
        with_similarity(panel, ["kappa"], weights="cinc")


def test_the_panel_cites_atop_and_the_measures_papers(world: Path) -> None:
    panel = with_similarity(with_similarity(dyad_years("cow", 1930, 1930, db=world)), weights="cinc")
    ids = [s["id"] for s in panel_sources(panel)]
    for work in ("leeds2002atop", "signorino1999similarity", "hage2011similarity", "buenodemesquita1975polarity",
                 "singer1972capabilities"):
        assert work in ids
    similarity = [p for p in panel.provenance if p["role"] == "similarity"]
    assert len(similarity) == 1 and "s_valued_cinc" in similarity[0]["columns"]
    assert "doi = {10.1093/pan/mpr023}" in bibtex(panel_sources(panel), with_foedus=False)
    assert any("ledgers' treaties override ATOP" in n for n in panel.notes)


def test_the_panel_command_merges_similarity(world: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "ddy.csv"
    result = runner.invoke(cli, ["panel", "dyad-years", "--system", "cow", "--start", "1935", "--end", "1936",
                                 "--nondirected", "--with", "similarity", "--similarity-scale", "binary",
                                 "-o", str(out), "--db", str(world)])
    assert result.exit_code == 0, result.output
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[3:] == ["s_binary", "s_squared_binary", "kappa_binary", "pi_binary", "taub_binary",
                          "s_binary_cinc", "s_squared_binary_cinc"]
    metadata = json.loads(Path(f"{out}.foedus.json").read_text(encoding="utf-8"))
    assert any(p["role"] == "similarity" for p in metadata["provenance"])
    refused = runner.invoke(cli, ["panel", "state-years", "--system", "cow", "--start", "1935", "--end", "1936",
                                  "--with", "similarity", "-o", str(tmp_path / "sy.csv"), "--db", str(world)])
    assert refused.exit_code == 2 and "between states" in refused.output
    assert not math.isnan(float(out.read_text(encoding="utf-8").splitlines()[1].split(",")[3]))
