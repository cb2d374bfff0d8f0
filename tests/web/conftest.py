"""Fixtures for the web app: an app over a private copy of the prepared store, a client, a live server."""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.extras import require

require("fastapi", "web")

from fastapi import FastAPI  # noqa: E402 - after the check that the web extra is there
from fastapi.testclient import TestClient  # noqa: E402

from foedus.web import create_app  # noqa: E402

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def web_store_path(_prepared_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the prepared store that the read-only tests of this folder share."""
    path = tmp_path_factory.mktemp("web") / "foedus.duckdb"
    shutil.copy(_prepared_store, path)
    return path


@pytest.fixture(scope="session")
def app(web_store_path: Path) -> Iterator[FastAPI]:
    """Return one read-only app for the session, so its cache of assessments is shared by the tests."""
    application = create_app(web_store_path)
    yield application
    application.state.gate.close()


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    """Return a client of the session's read-only app."""
    with TestClient(app, base_url="http://localhost") as test_client:
        yield test_client


@pytest.fixture
def writable_client(store_path: Path) -> Iterator[TestClient]:
    """Return a client of an app over a fresh store that accepts ledgers with :data:`TOKEN`."""
    application = create_app(store_path, token=TOKEN)
    with TestClient(application, base_url="http://localhost") as test_client:
        yield test_client
    application.state.gate.close()


@dataclass
class LiveServer:
    """A uvicorn server in a thread, on a free port of 127.0.0.1."""

    url: str
    app: FastAPI


@pytest.fixture(scope="session")
def live_server(app: FastAPI) -> Iterator[LiveServer]:
    """Serve the session's app on 127.0.0.1 from a background thread."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    started = threading.Event()

    def wait_started() -> None:
        while not server.started and thread.is_alive():
            threading.Event().wait(0.02)
        started.set()

    wait_started()
    if not server.started:
        pytest.fail("the test server did not start")
    yield LiveServer(f"http://127.0.0.1:{port}", app)
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def api(client: TestClient, url: str, **params: Any) -> Any:
    """Return the JSON of a successful GET."""
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()
