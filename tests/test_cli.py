"""The command line, through click's CliRunner: output, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from foedus.cli import cli
from tests.ledgers import TINY, write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_history_prints_a_table_and_the_summary(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["history", "China", "Russia", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "China (710) – Russia (365)" in result.output
    assert "narrative-2023" in result.output
    assert "ATOP 2" in result.output


def test_history_json(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["history", "PRC", "USSR", "--json", "--coding", "atop", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["schema"] == "foedus.history/1" and document["coding"] == "atop"
    assert document["pair"][0]["ccode"] == 710


def test_unknown_state_is_a_clean_error(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["history", "Chna", "Russia", "--db", str(store_path)])
    assert result.exit_code == 1
    assert "unknown state 'Chna'" in result.output and "China" in result.output
    assert "Traceback" not in result.output


def test_ledger_validate_reports_every_problem_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    bad = write(tmp_path, TINY.replace("coding: skeptic", "coding: cynic").replace("kind: lease", "kind: leased"))
    result = runner.invoke(cli, ["ledger", "validate", str(bad)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len([line for line in lines if line.startswith(str(bad))]) == 2
    assert lines[-1] == "error: 2 problems found"


def test_ledger_validate_ok(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["ledger", "validate", str(write(tmp_path))])
    assert (result.exit_code, result.output.strip()) == (0, "ok: 1 ledger file, no problems")


def test_ledger_load_then_list(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path)
    loaded = runner.invoke(cli, ["ledger", "load", str(path), "--db", str(store_path)])
    assert loaded.exit_code == 0 and "tiny 1: loaded" in loaded.output
    again = runner.invoke(cli, ["ledger", "load", str(path), "--db", str(store_path)])
    assert "unchanged" in again.output
    listed = runner.invoke(cli, ["ledger", "list", "--db", str(store_path)])
    assert listed.exit_code == 0 and "tiny" in listed.output and "shipped with foedus" in listed.output


def test_ledger_load_of_a_bad_file_exits_1(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    bad = write(tmp_path, TINY.replace("Qing China", "Qing Chyna"))
    result = runner.invoke(cli, ["ledger", "load", str(bad), "--db", str(store_path)])
    assert result.exit_code == 1 and "Qing Chyna" in result.output


def test_cite_a_pair_and_a_ledger(runner: CliRunner, store_path: Path) -> None:
    pair = runner.invoke(cli, ["cite", "China", "Russia", "--db", str(store_path)])
    assert pair.exit_code == 0 and pair.output.count("@") >= 3 and "leeds2002atop" in pair.output
    unknown = runner.invoke(cli, ["cite", "--ledger", "nope", "--db", str(store_path)])
    assert unknown.exit_code == 1 and "no ledger named 'nope'" in unknown.output


def test_state_command(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["state", "Qing China", "--on", "1896"])
    assert result.exit_code == 0
    assert result.output.splitlines() == ["ccode\tcow\tiso3\tname\tperiod",
                                          "710\tCHN\tCHN\tQing China\t1644–1912-02-12"]
    wrong = runner.invoke(cli, ["state", "Qing China", "--on", "1950"])
    assert wrong.exit_code == 1 and "1912" in wrong.output


def test_state_shows_the_period_of_the_name_asked_for(runner: CliRunner) -> None:
    soviet = runner.invoke(cli, ["state", "Soviet Union"]).output.splitlines()
    assert soviet[1] == "365\tRUS\tRUS\tSoviet Union\t1922-12-30–1991-12-26"  # not Russia's 1547
    by_code = runner.invoke(cli, ["state", "365", "--on", "1950"]).output.splitlines()
    assert by_code[1].endswith("\tSoviet Union\t1922-12-30–1991-12-26")
    republic = runner.invoke(cli, ["state", "French Republic"]).output.splitlines()
    assert len(republic) == 5 and republic[-1].endswith("\tFrench Republic\t1944-06-03–")


def test_history_is_titled_with_the_names_given(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["history", "Qing China", "Russian Empire", "--until", "1911", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "Qing China (710) – Russian Empire (365)" in result.output


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["history", "China"]).exit_code == 2
    assert runner.invoke(cli, ["cite", "China"]).exit_code == 2


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")

    def walk(group: object, prefix: str) -> list[str]:
        import click

        names = []
        assert isinstance(group, click.Group)
        for name, command in group.commands.items():
            names.append(f"{prefix}{name}")
            if isinstance(command, click.Group):
                names += walk(command, f"{prefix}{name} ")
        return names

    for command in walk(cli, "foedus "):
        assert command in readme, f"{command!r} is not in the README"


def test_assess_prints_the_headline_first_then_the_codings_and_specifications(runner: CliRunner, store_path: Path,
                                                                            tmp_path: Path) -> None:
    figure = tmp_path / "cr.png"
    result = runner.invoke(cli, ["assess", "China", "Russia", "--horizon", "5,10", "--specs", "--full", "--plot",
                                 str(figure), "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("China – Russia: P(breach within 10 years after 2024) = ")
    assert "90% interval" in result.output
    assert "record moves the estimate" in result.output or "record does not move the estimate" in result.output
    assert "narrative-2023" in result.output and "Specification curve" in result.output
    assert "no defense clause" in result.output
    assert figure.read_bytes().startswith(b"\x89PNG")


def test_assess_json(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["assess", "PRC", "Russian Federation", "--json", "--coding", "atop",
                                 "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["schema"] == "foedus.assessment/3" and document["coding"] == "atop"


def test_assess_bad_horizon_and_plot_suffix(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    bad = runner.invoke(cli, ["assess", "China", "Russia", "--horizon", "ten", "--db", str(store_path)])
    assert bad.exit_code == 2 and "whole years" in bad.output
    suffix = runner.invoke(cli, ["assess", "China", "Russia", "--plot", str(tmp_path / "x.gif"),
                                 "--db", str(store_path)])
    assert suffix.exit_code == 1 and ".png, .svg or .pdf" in suffix.output
    far = runner.invoke(cli, ["assess", "China", "Russia", "--horizon", "40", "--db", str(store_path)])
    assert far.exit_code == 0 and "rough extrapolation" in far.stderr


def test_backtest_and_priors(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    figure = tmp_path / "calibration.svg"
    result = runner.invoke(cli, ["backtest", "--origin", "1950", "--origin", "1980", "--spec", "base",
                                 "--spec", "covariates", "--no-cv", "--plot", str(figure), "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "stratified" in result.output and "Calibration" in result.output
    assert "cause specific" in result.output and figure.read_text().startswith("<?xml")
    listed = runner.invoke(cli, ["priors"])
    assert listed.exit_code == 0 and "leeds-2003 (default)" in listed.output and "Frailty variance" in listed.output


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["rich table", "plain echo"])
def test_a_reader_that_stops_early_ends_the_command_quietly_with_0(store_path: Path, extra: list[str]) -> None:
    """`foedus history China Russia | head -1`: the reader goes away, foedus exits 0 without a traceback."""
    import fcntl
    import os
    import subprocess
    import sys

    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("needs Linux's F_SETPIPE_SZ to make the pipe smaller than the output")
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)  # the output is larger: foedus must write after we close
    process = subprocess.Popen([sys.executable, "-m", "foedus", "history", "China", "Russia", *extra,
                                "--db", str(store_path)], stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        assert reader.readline()
    _, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr.decode()) == (0, "")


def test_errors_name_the_options_not_the_python_arguments(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["assess", "China", "Russia", "--as-of", "1689", "--db", str(store_path)])
    assert result.exit_code == 1, result.output
    assert "choose a later --as-of" in result.stderr and "as_of" not in result.stderr


def test_every_snake_case_option_is_named_as_the_command_line_spells_it() -> None:
    from foedus.cli import _option_names

    message = "choose a later as_of; ask for atop_version or skip_bad_rows; a non_aggression pact; as_of2"
    assert _option_names(message, cli) == (
        "choose a later --as-of; ask for --atop-version or --skip-bad-rows; a non_aggression pact; as_of2")


def test_the_example_ledger_is_valid_loads_and_reads_two_ways(runner: CliRunner, tmp_path: Path) -> None:
    printed = runner.invoke(cli, ["ledger", "example"])
    assert printed.exit_code == 0
    path = tmp_path / "my_ledger.yaml"
    path.write_text(printed.stdout, encoding="utf-8")
    assert runner.invoke(cli, ["ledger", "validate", str(path)]).exit_code == 0
    loaded = runner.invoke(cli, ["ledger", "load", str(path)])
    assert loaded.exit_code == 0 and "1 treaties, 2 events, 2 outcomes, 4 sources" in loaded.output
    history = runner.invoke(cli, ["history", "France", "Soviet Union", "--json"])
    readings = {r["coding"]: r["ending"] for a in json.loads(history.stdout)["agreements"]
                if a["slug"] == "fr-su-1935-mutual-assistance" for r in a["outcomes"]}
    assert readings.get("my-reading") == "violated" and readings.get("atop") == "abrogated"
