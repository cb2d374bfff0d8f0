"""GDP and population (Fariss et al. 2022): imported, shipped, listed, cited and merged into panels like any family."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.errors import DataFileError
from foedus.families.gdp import ESTIMATES, with_gdp
from foedus.importers import import_covariates
from foedus.panels import dyad_years, state_years


def _expected(frame: pd.DataFrame, data: Path, sides: list[tuple[str, str]]) -> dict[str, pd.Series]:
    raw = pd.read_csv(data / "covariates" / "cw_gdppop.csv", float_precision="round_trip")
    out = {}
    for estimate, column in ESTIMATES.items():
        for code, suffix in sides:
            merged = frame[[code, "year"]].merge(raw[["ccode", "year", estimate]].rename(columns={"ccode": code}),
                                                 on=[code, "year"], how="left")
            out[f"{column}{suffix}"] = merged[estimate].astype("Float64")
    return out


@pytest.mark.shared_data
@pytest.mark.parametrize("kind", ["state-years", "directed", "non-directed"])
def test_with_gdp_equals_the_file_on_every_row(kind: str, cow_store: Path, shared_data: Path) -> None:
    if kind == "state-years":
        panel, sides = state_years("cow", 1816, 2016, db=cow_store), [("ccode", "")]
    else:
        panel = dyad_years("cow", 1935, 1950, directed=kind == "directed", db=cow_store)
        sides = [("ccode1", "1"), ("ccode2", "2")]
    result = with_gdp(panel, db=cow_store)
    expected = _expected(panel.frame, shared_data, sides)
    assert [c for c in result.frame.columns if c not in panel.frame.columns] == list(expected)
    for column, values in expected.items():
        pd.testing.assert_series_equal(result.frame[column].reset_index(drop=True), values, check_names=False)
    assert result.provenance[-1]["cites"] == ["fariss2022gdp"]


@pytest.mark.shared_data
def test_an_import_replaces_the_shipped_table_with_the_same_values(cow_store: Path, shared_data: Path,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "foedus.duckdb"
    shutil.copy(cow_store, path)
    panel = state_years("cow", 1990, 2000, db=path)
    shipped = with_gdp(panel, db=path)
    (report,) = import_covariates("gdp", shared_data / "covariates" / "cw_gdppop.csv", db=path)
    assert report.rows_stored == 16_536 and report.coverage == (1816, 2019)
    imported = with_gdp(panel, db=path)
    assert shipped.provenance[-1]["layout"] == "shipped" and imported.provenance[-1]["layout"] == "imported"
    pd.testing.assert_frame_equal(shipped.frame, imported.frame)


def test_a_bad_row_is_named_by_line_and_column(store_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "cw_gdppop.csv"
    bad.write_text("ccode,year,mrgdppc,sd_mrgdppc,pwtrgdp,sd_pwtrgdp,pwtpop,sd_pwtpop\n"
                   "2,1816,2668.1,410.5,27951.0,12015.1,9.16,0.69\n"
                   "2,1817,-5,410.5,27951.0,12015.1,9.16,0.69\n")
    with pytest.raises(DataFileError) as caught:
        import_covariates("gdp", bad, db=store_path)
    problem = caught.value.problems[0]
    assert (problem.line, problem.field) == (3, "mrgdppc")
    other = tmp_path / "other.csv"
    other.write_text("ccode,year,cinc\n2,1816,0.1\n")
    with pytest.raises(DataFileError, match="not a GDP and population file"):
        import_covariates("gdp", other, db=store_path)


def test_the_family_is_listed_cited_and_merged_from_the_cli() -> None:
    listed = CliRunner().invoke(cli, ["data", "list"])
    assert listed.exit_code == 0 and "gdp_population" in listed.output
    cited = CliRunner().invoke(cli, ["cite"])
    assert "fariss2022gdp" in cited.output and "10.1177/00220027211054432" in cited.output
    helped = CliRunner().invoke(cli, ["import", "gdp", "--help"])
    assert helped.exit_code == 0 and "cw_gdppop.csv" in helped.output
    assert "gdp" in CliRunner().invoke(cli, ["panel", "state-years", "--help"]).output
