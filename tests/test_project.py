"""The project's own promises: the README's commands, CI running them, types and lint clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    title, sentence, commands = text.split("\n\n", 3)[:3]
    assert title == "# foedus", "the README opens with its title"
    assert sentence.count(". ") == 0 and sentence.endswith("."), "then one sentence"
    assert commands.startswith("```sh\n"), "then its two commands"
    return commands.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()


def test_readme_opens_with_exactly_two_commands() -> None:
    run, test = readme_commands()
    assert "foedus history China Russia" in run or "foedus assess China Russia" in run
    assert "pytest" in test


def test_ci_runs_the_readmes_test_command_with_shared_data_required() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci
    assert "export FOEDUS_REQUIRE_SHARED_DATA=1" in ci


def test_ruff_is_clean() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "src", "tests", "benchmarks"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run([str(BIN / "mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
