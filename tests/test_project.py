"""The project's own promises: the README's commands, CI running them, types and lint clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


def test_a_missing_test_extra_skips_but_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.extras import require

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="pip install"):
        require("foedus_no_such_module", "test")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        require("foedus_no_such_module", "test")
    assert require("json", "test").__name__ == "json"


def test_no_test_skips_a_missing_extra_silently() -> None:
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "tests").rglob("*.py")
                 if "importorskip(" in path.read_text(encoding="utf-8") and path.name != "test_project.py"]
    assert offenders == [], "use tests.extras.require, which fails under CI"
