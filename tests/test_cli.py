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
    assert "ATOP codes 1" in result.output


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
    assert result.exit_code == 0 and result.output.startswith("710\tCHN")
    wrong = runner.invoke(cli, ["state", "Qing China", "--on", "1950"])
    assert wrong.exit_code == 1 and "1912" in wrong.output


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
    result = runner.invoke(cli, ["assess", "China", "Russia", "--horizon", "5,10", "--specs", "--plot", str(figure),
                                 "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("China – Russia: P(breach within 10 years after 2024) = ")
    assert "90% interval" in result.output and "record moves the estimate" in result.output
    assert "narrative-2023" in result.output and "Specification curve" in result.output
    assert "no defense clause" in result.output
    assert figure.read_bytes().startswith(b"\x89PNG")


def test_assess_json(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(cli, ["assess", "PRC", "Russian Federation", "--json", "--coding", "atop",
                                 "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["schema"] == "foedus.assessment/2" and document["coding"] == "atop"


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
