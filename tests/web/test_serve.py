"""`foedus serve`: loopback by default, the token from --token or $FOEDUS_TOKEN, web libraries imported lazily."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from foedus.cli import cli


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record what `foedus serve` hands to uvicorn instead of serving."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append({"app": app, **options}))
    return calls


def test_serve_binds_loopback_by_default_and_is_read_only_without_a_token(
    served: list[dict[str, Any]], store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOEDUS_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    (call,) = served
    assert (call["host"], call["port"]) == ("127.0.0.1", 8000)
    assert call["app"].state.settings.token is None
    assert call["app"].state.gate.path == store_path and "read-only" in result.output
    call["app"].state.gate.close()


def test_serve_takes_the_token_from_the_environment_or_the_option(
    served: list[dict[str, Any]], store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOEDUS_TOKEN", "from-the-environment")
    assert CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--port", "8123"]).exit_code == 0
    assert served[-1]["app"].state.settings.token == "from-the-environment" and served[-1]["port"] == 8123
    served[-1]["app"].state.gate.close()
    assert CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--token", "given"]).exit_code == 0
    assert served[-1]["app"].state.settings.token == "given"
    served[-1]["app"].state.gate.close()


def test_importing_the_cli_imports_no_web_library() -> None:
    code = ("import sys, foedus.cli; print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'jinja2', "
            "'multipart', 'foedus.web') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
