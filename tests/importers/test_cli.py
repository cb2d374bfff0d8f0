"""The import and panel commands, through click's CliRunner: reports, problems by line, clean errors, files out."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from foedus.cli import cli
from tests.importers.synthetic import COW_MAJORS, COW_STATES, atop_dyad_years, write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def world(runner: CliRunner, store_path: Path, tmp_path: Path) -> Path:
    files = [write(tmp_path, "states2016.csv", COW_STATES), write(tmp_path, "majors2016.csv", COW_MAJORS)]
    states = runner.invoke(cli, ["import", "states", "--system", "cow", *map(str, files), "--db", str(store_path)])
    assert states.exit_code == 0, states.output
    atop = runner.invoke(cli, ["import", "atop", str(write(tmp_path, "atop4_01ddyr.csv", atop_dyad_years())),
                               "--db", str(store_path)])
    assert atop.exit_code == 0, atop.output
    assert "atop 4.01 dyad-years: imported" in atop.output
    return store_path


def test_import_reports_each_file_and_lists_them(runner: CliRunner, world: Path) -> None:
    listed = runner.invoke(cli, ["import", "list", "--db", str(world)])
    assert listed.exit_code == 0
    for name in ("states2016.csv", "majors2016.csv", "atop4_01ddyr.csv", "1904–1941"):
        assert name in listed.output


def test_a_bad_file_prints_each_problem_by_line_and_exits_1(
    runner: CliRunner, store_path: Path, tmp_path: Path
) -> None:
    bad = write(tmp_path, "states2016.csv", COW_STATES.replace("USA,2,United States of America,1900,1,1",
                                                               "USA,2,United States of America,1900,13,1"))
    result = runner.invoke(cli, ["import", "states", "--system", "cow", str(bad), "--db", str(store_path)])
    assert result.exit_code == 1
    assert f"{bad}:2: stmonth: is '13', not between 1 and 12" in result.stderr
    assert result.stderr.strip().endswith("error: 1 problem found") and "Traceback" not in result.output
    skipped = runner.invoke(cli, ["import", "states", "--system", "cow", str(bad), "--skip-bad-rows",
                                  "--db", str(store_path)])
    assert skipped.exit_code == 0 and "imported 10 of 11 rows, 1 bad rows skipped" in skipped.stdout
    assert f"skipped: {bad}:2: stmonth" in skipped.stderr


def test_panel_dyad_years_writes_the_file_and_notes_the_unplaced_pledges(
    runner: CliRunner, world: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dyads.parquet"
    result = runner.invoke(cli, ["panel", "dyad-years", "--system", "cow", "--start", "1900", "--end", "1950",
                                 "--with", "atop,majors", "-o", str(out), "--db", str(world)])
    assert result.exit_code == 0, result.output
    assert "atop_defense" in result.stdout and "major2" in result.stdout
    assert "note: 10 rows of ATOP 4.01" in result.stderr
    frame = duckdb.connect().execute("SELECT * FROM read_parquet($p)", {"p": str(out)}).df()
    assert {"ccode1", "ccode2", "year", "atop_any", "major1"} <= set(frame.columns)
    cited = runner.invoke(cli, ["panel", "cite", str(out)])
    assert cited.exit_code == 0 and "@article{leeds2002atop," in cited.output and "atop4\\_01ddyr.csv" in cited.output

    nondirected = runner.invoke(cli, ["panel", "dyad-years", "--system", "cow", "--start", "1900", "--end", "1950",
                                      "--nondirected", "-o", str(tmp_path / "nd.csv"), "--db", str(world)])
    assert nondirected.exit_code == 0 and (tmp_path / "nd.csv.foedus.json").exists()


def test_panel_state_years_and_usage_errors(runner: CliRunner, world: Path, tmp_path: Path) -> None:
    ok = runner.invoke(cli, ["panel", "state-years", "--system", "cow", "--start", "1900", "--end", "1950",
                             "--with", "majors", "-o", str(tmp_path / "sy.csv"), "--db", str(world)])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "sy.csv").read_text(encoding="utf-8").startswith("ccode,year,major\n")
    for flags in (["--with", "nope"], ["--with", "atop"]):
        bad = runner.invoke(cli, ["panel", "state-years", "--system", "cow", "--start", "1900", "--end", "1950",
                                  *flags, "-o", str(tmp_path / "x.csv"), "--db", str(world)])
        assert bad.exit_code == 2


def test_a_panel_before_any_import_says_what_to_run(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["panel", "dyad-years", "--system", "cow", "--start", "1816", "--end", "2016",
                                 "-o", str(tmp_path / "x.parquet"), "--db", str(store_path)])
    assert result.exit_code == 1
    assert "run `foedus import states --system cow FILE` first" in result.stderr and "Traceback" not in result.output


def test_the_progress_bar_shows_only_on_a_terminal_and_never_with_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from foedus.cli import _Progress

    with _Progress("importing", total=3) as piped:
        assert not piped.enabled  # CliRunner and pytest capture stderr: no bar
        piped.advance("read x.csv")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with _Progress("importing", total=3, quiet=True) as quiet:
        assert not quiet.enabled
    with _Progress("importing", total=3) as shown:
        assert shown.enabled and not shown.started
        shown._start()  # what the half-second timer does
        shown.advance("read x.csv")
        assert shown.started and shown.bar.tasks[0].completed == 1
    assert shown.stopped
    with _Progress("importing", total=3) as late:
        pass
    late._start()  # a timer firing after the work ended shows nothing
    assert not late.started


def test_covariate_commands_are_the_covariate_datasets() -> None:
    from foedus.cli import _COVARIATE_COMMANDS
    from foedus.importers.covariates import COVARIATE_DATASETS

    assert list(_COVARIATE_COMMANDS) == list(COVARIATE_DATASETS)


def test_import_a_covariate_prints_the_report_and_its_notes_and_cite_names_it(
    runner: CliRunner, store_path: Path, tmp_path: Path
) -> None:
    from tests.importers.synthetic_covariates import MIDB, archigos_original

    before = runner.invoke(cli, ["cite", "--db", str(store_path)])
    assert before.exit_code == 0 and "1March\\_Archigos" not in before.output
    path = write(tmp_path, "1March_Archigos_4.1.txt", archigos_original())
    result = runner.invoke(cli, ["import", "archigos", str(path), "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert f"{path}: archigos 4.1 original: imported 15 of 15 rows, 1875–2015" in result.stdout
    assert "note: 1 spells have a G-W code no COW state corresponds to" in result.stderr
    mids = runner.invoke(cli, ["import", "mids", str(write(tmp_path, "MIDB 5.0.csv", MIDB)), "--db", str(store_path)])
    assert mids.exit_code == 0 and "imported 11 of 11 rows as 8 dyad-years" in mids.stdout
    listed = runner.invoke(cli, ["import", "list", "--db", str(store_path)])
    assert "1March_Archigos_4.1.txt" in listed.output and "MIDB 5.0.csv" in listed.output
    cited = runner.invoke(cli, ["cite", "--db", str(store_path)])
    assert "@article{goemans2009archigos," in cited.output and "@article{palmer2022mid5," in cited.output
    assert "imported: 1March\\_Archigos\\_4.1.txt 4.1, sha256" in cited.output  # BibTeX escapes the _


def test_a_bad_covariate_file_prints_its_problems_and_exits_1(
    runner: CliRunner, store_path: Path, tmp_path: Path
) -> None:
    from tests.importers.synthetic_covariates import RIVALRIES

    bad = write(tmp_path, "td_rivalries.csv", RIVALRIES.replace(",1816,1949,", ",1816,1749,"))
    result = runner.invoke(cli, ["import", "rivalries", str(bad), "--db", str(store_path)])
    assert result.exit_code == 1
    assert f"{bad}:2: endyear: ends (1749) before it begins (1816)" in result.stderr
