"""The pair page's "relations now" panel: its data route, its chart, and what it says without event data."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from foedus.web import create_app
from foedus.web.relations import GET_DATA
from tests.events.conftest import _dyad_store, dyad_store  # noqa: F401  (fixtures: a store with event data)


def test_without_event_data_the_panel_names_the_command(client: TestClient) -> None:
    answer = client.get("/api/relations", params={"a": "China", "b": "Russia"})
    assert answer.status_code == 200
    assert answer.json() == {"available": False, "message": answer.json()["message"], "command": GET_DATA}
    assert "foedus import events" in answer.json()["message"]
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
    assert [e["date"] for e in layers[4]["data"]["values"]] == ["2022-02-04", "2023-03-21"]
    assert layers[3]["data"]["values"][0]["date"] == body["monitor"]["change_points"][0]["date"]
