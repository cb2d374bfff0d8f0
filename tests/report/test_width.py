"""Terminal width: $COLUMNS is respected when piped, no table header is cut at 80 or 100 columns, and the default
assessment is a short answer."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from foedus.cli import cli

CODINGS = ("atop", "curated", "narrative-2023")


def _run(args: list[str], columns: int) -> list[str]:
    result = CliRunner().invoke(cli, args, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("args", [["assess", "China", "Russia"], ["assess", "China", "Russia", "--full"],
                                  ["history", "China", "Russia"], ["assess", "Japan", "Germany"]])
def test_no_header_is_cut_and_no_line_is_wider_than_the_terminal(args: list[str], columns: int) -> None:
    lines = _run(args, columns)
    assert max(len(line.rstrip()) for line in lines) <= columns
    headers = [line for line in lines if line.startswith("┃") or line.startswith(("reading ", "signed "))]
    assert headers and not [line for line in headers if "…" in line]
    if args[0] == "assess" and "Japan" not in args:
        header_text = " ".join(headers)
        assert all(coding in header_text for coding in CODINGS)


def test_the_default_assessment_is_a_short_answer_at_100_columns() -> None:
    lines = _run(["assess", "China", "Russia"], 100)
    agreements = [line for line in lines if line[:4].isdigit()]  # the record, one line per agreement
    assert len(agreements) >= 20 and len(lines) - len(agreements) <= 17  # a short head above the record
    assert lines[0].startswith("China – Russia: P(breach within 10 years")
    text = "\n".join(lines)
    assert "without their record" in text and "Li-Lobanov Treaty" in text and "--full" in text
    assert "What moves the hazards" not in text  # the drivers are for --full
    assert "like it, 1946 on" in text and "why 2024" in text  # the comparable base rate; where the as-of is explained
    full = "\n".join(_run(["assess", "China", "Russia", "--full"], 100))
    assert "What moves the hazards" in full and "rolling-origin backtest" in full
    assert "can differ from it in the third or fourth decimal" in " ".join(full.split())  # says which backtest
    assert "The forecast starts from the end of 2024" in full and "What happened to alliances like this one" in full


def test_piped_output_without_columns_keeps_its_old_width(monkeypatch: pytest.MonkeyPatch) -> None:
    from foedus.cli import _width

    class Pipe:
        def isatty(self) -> bool:
            return False

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr("sys.stderr", Pipe())
    monkeypatch.setattr("sys.stdin", Pipe())
    assert _width(Pipe()) == 160
    monkeypatch.setenv("COLUMNS", "93")
    assert _width(Pipe()) == 93
