"""The project's own promises: the README's commands, CI running them, types and lint clean."""

from __future__ import annotations

import os
import re
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


def test_ci_runs_the_readmes_own_commands_with_shared_data_required() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "export FOEDUS_REQUIRE_SHARED_DATA=1" in ci
    extraction = next(line for line in ci.splitlines() if line.startswith("mapfile -t COMMANDS"))
    read = subprocess.run(["bash", "-c", f'{extraction}\nprintf "%s\\n" "${{COMMANDS[@]}}"'], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.splitlines()
    assert read == readme_commands()  # CI runs what the README says, read out of the README
    for step in ('bash -c "$COMMAND_1"', 'bash -c "$COMMAND_2"', 'bash -c "$INSTALL_2"', "HOME=\"$(mktemp -d)\""):
        assert step in ci


def test_the_base_install_pins_what_every_extra_accepts() -> None:
    """Installing an extra after the base install must not move a base package (lifelines needs pandas < 3...)."""
    import importlib.metadata as md
    import re
    import tomllib

    from packaging.requirements import Requirement
    from packaging.version import Version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    ours = {Requirement(r).name.lower(): Requirement(r).specifier for r in project["dependencies"]}
    conflicts = []
    for dist in md.distributions():
        for text in dist.requires or []:
            theirs = Requirement(text)
            name = re.sub(r"[-_.]+", "-", theirs.name).lower()
            if name not in ours or (theirs.marker is not None and not theirs.marker.evaluate({"extra": ""})):
                continue
            for spec in theirs.specifier:
                bound = Version(spec.version.replace("*", "0"))
                probes = [bound, Version(f"{bound.major + 1}"), Version(f"{bound.major}.{bound.minor + 1}")]
                if any(v in ours[name] and v not in theirs.specifier for v in probes):
                    conflicts.append(f"{dist.metadata['Name']} needs {text}; foedus allows {ours[name]}")
    assert not conflicts, conflicts


def test_ruff_is_clean() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "src", "tests", "benchmarks"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_readmes_test_command_runs_each_file_whole_in_one_worker(tmp_path: Path) -> None:
    """``-n 2 --dist loadgroup`` never splits a test file between the workers (tests/conftest.py's scheduler), so
    its module fixtures and the session fixtures it needs are built in one worker only."""
    files = ["tests/test_dates.py", "tests/test_states.py", "tests/test_cite.py"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    result = subprocess.run([sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-v", "-p",
                             "no:cacheprovider", "--basetemp", str(tmp_path / "inner"), *files],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    workers: dict[str, set[str]] = {}
    for worker, module in re.findall(r"^\[(gw\d+)\] \[ *\d+%\] PASSED (\S+?)::", result.stdout, re.MULTILINE):
        workers.setdefault(module, set()).add(worker)
    assert set(workers) == set(files), result.stdout[-3000:]
    assert all(len(seen) == 1 for seen in workers.values()), workers


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
