"""Fitting ahead of time in the server: progress, done once per store content, again after a change, and failures
said, with steps that stand in for the fits (tests/reliability/test_precompute.py checks the real ones)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from foedus.reliability.cache import FitCache
from foedus.reliability.fits import FitStep
from foedus.store import Store
from foedus.web import create_app
from foedus.web import warmup as warmup_module
from foedus.web.gate import StoreGate
from foedus.web.warmup import Warmup
from tests.ledgers import TINY
from tests.web.conftest import TOKEN


def _wait(condition: Any, limit: float = 20.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the background work did not get there in time"
        time.sleep(0.01)


@pytest.fixture
def gate(store_path: Path) -> Iterator[StoreGate]:
    opened = StoreGate(store_path)
    yield opened
    opened.close()


def test_the_work_reports_each_step_and_is_done_once(gate: StoreGate) -> None:
    release = threading.Event()
    ran: list[str] = []

    def step(name: str) -> FitStep:
        def run(store: Store) -> object:
            release.wait(10)
            ran.append(name)
            return store.query("SELECT count(*) AS n FROM treaties")

        return FitStep(name, run)

    warmup = Warmup(gate, steps=lambda store: [step("a table"), step("a fit")])
    assert warmup.status().state == "idle"
    assert warmup.start() is True and warmup.start() is False  # one thread at a time
    _wait(lambda: warmup.status().step == "a table")
    status = warmup.status()
    assert (status.state, status.done, status.total) == ("running", 0, 2)
    release.set()
    _wait(lambda: warmup.status().state == "done")
    assert ran == ["a table", "a fit"] and warmup.status().to_dict()["done"] == 2
    assert warmup.start() is False and ran == ["a table", "a fit"]  # done for this store: not again


def test_a_failure_is_said_and_the_work_can_start_again(gate: StoreGate) -> None:
    def broken(store: Store) -> object:
        raise ValueError("singular matrix")

    warmup = Warmup(gate, steps=lambda store: [FitStep("a fit", broken)])
    warmup.start()
    _wait(lambda: warmup.status().state == "failed")
    assert warmup.status().message == "ValueError: singular matrix"
    assert warmup.start() is True


def test_a_server_that_warms_starts_at_once_and_again_after_a_load(store_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    planned: list[FitCache] = []

    def steps(store: Store, cache: FitCache) -> list[FitStep]:
        planned.append(cache)
        return [FitStep("a stand-in fit", lambda s: None)]

    monkeypatch.setattr(warmup_module, "_default_steps", steps)
    application = create_app(store_path, token=TOKEN, warm=True)
    try:
        with TestClient(application, base_url="http://localhost") as client:
            _wait(lambda: client.get("/api/warmup").json()["state"] == "done")
            assert client.get("/api/warmup").json() == {"state": "done", "done": 1, "total": 1, "step": None,
                                                        "message": None}
            loaded = client.post("/api/ledgers", content=TINY.encode(),
                                 headers={"Content-Type": "application/yaml", "Authorization": f"Bearer {TOKEN}"})
            assert loaded.status_code == 200, loaded.text
            _wait(lambda: len(planned) == 2 and client.get("/api/warmup").json()["state"] == "done")
        assert planned == [application.state.fit_cache] * 2, "the warm-up fills the app's own cache of fits"
    finally:
        application.state.gate.close()
