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
    assert call["app"].state.warmup is not None  # fits the model in the background once it serves
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


def test_serve_on_every_interface_warns_shows_the_real_address_and_keeps_the_host_check(
    served: list[dict[str, Any]], store_path: Path
) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--host", "0.0.0.0", "--token", "t",
                                      "--allow-host", "dashboard.lan"])
    assert result.exit_code == 0, result.output
    assert "http://0.0.0.0:8000/" in result.output and "127.0.0.1" not in result.output.splitlines()[0]
    assert "warning: listening on every network interface" in result.output
    assert "clear text" in result.output and "--allow-host" in result.output
    app = served[-1]["app"]
    assert served[-1]["host"] == "0.0.0.0"
    assert app.state.settings.allowed_hosts == ("localhost", "127.0.0.1", "::1", "dashboard.lan")
    app.state.gate.close()


def test_serve_on_one_address_allows_that_address(served: list[dict[str, Any]], store_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--host", "192.0.2.7"])
    assert "http://192.0.2.7:8000/" in result.output and "warning: listening on the address 192.0.2.7" in result.output
    assert "192.0.2.7" in served[-1]["app"].state.settings.allowed_hosts
    served[-1]["app"].state.gate.close()


def test_serve_on_loopback_gives_no_warning(served: list[dict[str, Any]], store_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_path)])
    assert "warning" not in result.output
    served[-1]["app"].state.gate.close()
