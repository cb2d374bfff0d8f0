"""Every JSON answer of the API follows its schema in the registry (foedus schema NAME)."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from foedus.schemas import json_schema


@pytest.mark.parametrize(("path", "params", "name"), [
    ("/api/health", {}, "health"),
    ("/api/warmup", {}, "warmup"),
    ("/api/ledgers", {}, "ledgers"),
    ("/api/ledger", {"per_page": 20, "coding": "curated"}, "ledger-page"),
    ("/api/treaties/1955-warsaw-pact", {}, "treaty"),
    ("/api/treaties/atop-4170", {}, "treaty"),
    ("/api/history", {"a": "France", "b": "Russia", "coding": "all"}, "history"),
])
def test_an_answer_follows_its_schema(client: TestClient, path: str, params: dict[str, Any], name: str) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    jsonschema.validate(response.json(), json_schema(name))


def test_the_states_and_an_error_follow_their_schemas(client: TestClient) -> None:
    states = client.get("/api/states", params={"q": "china"})
    assert states.status_code == 200 and states.json()
    for suggestion in states.json():
        jsonschema.validate(suggestion, json_schema("suggestion"))
    missing = client.get("/api/treaties/no-such-treaty")
    assert missing.status_code == 404
    jsonschema.validate(missing.json(), json_schema("error"))
