"""The pair page's "relations now" panel: its data route, its chart, and what it says without event data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from foedus.web import create_app
from foedus.web.relations import GET_DATA, GET_GDELT
from tests.events.conftest import (  # noqa: F401  (fixtures: stores with event data)
    _dyad_store,
    _sample_store,
    dyad_store,
    sample_store,
)


def test_without_event_data_the_panel_names_the_command(client: TestClient) -> None:
    answer = client.get("/api/relations", params={"a": "China", "b": "Russia"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["available"] is False and body["command"] == GET_DATA == body["commands"][0]  # the samples first
    assert body["commands"] == [GET_DATA, GET_GDELT] and "icews_events_2018_sample" in GET_DATA
    assert "foedus serve stopped" in body["how"] and "start foedus serve again" in body["how"]
    assert "foedus import events" in body["message"]
    page = client.get("/pair", params={"a": "China", "b": "Russia"})
    assert page.status_code == 200 and 'id="relations"' in page.text and "relations.js" in page.text


def test_bad_input_is_a_clean_4xx(client: TestClient) -> None:
    assert client.get("/api/relations", params={"a": "Chna", "b": "Russia"}).status_code == 404
    assert client.get("/api/relations", params={"a": "China", "b": "Russia", "start": "2023"}).status_code == 422
    assert client.get("/api/relations", params={"a": "China"}).status_code == 422


def test_with_event_data_the_panel_draws_the_index_change_points_and_ledger_events(
    dyad_store: Path,  # noqa: F811
) -> None:
    app = create_app(dyad_store)
    try:
        with TestClient(app, base_url="http://localhost") as client:
            body = client.get("/api/relations", params={"a": "China", "b": "Russia", "start": "2022-01-01",
                                                        "end": "2023-12-31"}).json()
    finally:
        app.state.gate.close()
    assert body["available"] is True and body["monitor"]["schema"] == "foedus.monitor/1"
    layers = body["chart"]["layer"]
    marks = [layer["mark"]["type"] for layer in layers]
    assert marks == ["area", "line", "rect", "rule", "rule", "text"]
    dates = [e["date"] for e in layers[4]["data"]["values"]]  # the pair's ledger events in the window, in order
    assert {"2022-02-04", "2023-03-21"} <= set(dates) and dates == sorted(dates)
    assert all("2022-01-01" <= d <= "2023-12-31" for d in dates)
    assert layers[3]["data"]["values"][0]["date"] == body["monitor"]["change_points"][0]["date"]


def _relations(store: Path, **params: str) -> dict[str, Any]:
    app = create_app(store)
    try:
        with TestClient(app, base_url="http://localhost") as client:
            answer = client.get("/api/relations", params={"a": "China", "b": "Russia", **params})
            assert answer.status_code == 200, answer.text
            body: dict[str, Any] = answer.json()
            return body
    finally:
        app.state.gate.close()


def test_the_panel_dates_its_data_and_warns_when_they_are_stale(dyad_store: Path) -> None:  # noqa: F811
    fresh = _relations(dyad_store, as_of="2024-01-15")["caption"]
    assert fresh["through"] == "2023-12-31" and fresh["stale"] is False and fresh["warning"] is None
    assert fresh["dated"].startswith("Event data from 2022-01-01 to 2023-12-31 (GDELT 2.0)")
    assert not fresh["samples"]
    assert "change points in violet" in fresh["describes"] and "ledger's events in red" in fresh["describes"]
    late = _relations(dyad_store, as_of="2026-12-03")["caption"]
    assert late["stale"] is True and late["warning"].startswith("These data end 1,068 days before 2026-12-03")


@pytest.mark.shared_data
def test_on_the_samples_the_panel_says_so_and_describes_only_what_it_shows(sample_store: Path) -> None:  # noqa: F811
    body = _relations(sample_store, as_of="2018-06-30")
    caption = body["caption"]
    assert caption["samples"] is True and "the small samples of a development checkout" in caption["dated"]
    assert caption["through"] == "2018-06-02" and not caption["stale"]
    assert not body["monitor"]["change_points"] and "change points" not in caption["describes"]
