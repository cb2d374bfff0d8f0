"""The API answers with the library's result models (foedus.results), and the schema files are those models'."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from foedus.results.assessment import AssessmentModel, IntervalModel
from foedus.results.history import AgreementModel, EventModel, HistoryModel, MemberModel, OutcomeModel


def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((resources.files("foedus") / "schemas" / name).read_text(encoding="utf-8"))
    return loaded


def _fields(model: type[BaseModel]) -> set[str]:
    return {field.alias or name for name, field in model.model_fields.items()}


HISTORY = _schema("history-1.json")
ASSESSMENT = _schema("assessment-3.json")


@pytest.mark.parametrize(
    ("model", "schema"),
    [
        (HistoryModel, HISTORY),
        (AgreementModel, HISTORY["$defs"]["AgreementModel"]),
        (MemberModel, HISTORY["$defs"]["MemberModel"]),
        (OutcomeModel, HISTORY["$defs"]["OutcomeModel"]),
        (EventModel, HISTORY["$defs"]["EventModel"]),
        (AssessmentModel, ASSESSMENT),
        (IntervalModel, ASSESSMENT["$defs"]["IntervalModel"]),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else "",
)
def test_a_closed_model_has_exactly_the_schemas_properties(model: type[BaseModel], schema: dict[str, Any]) -> None:
    assert schema.get("additionalProperties") is False
    assert model.model_config.get("extra") == "forbid"
    assert _fields(model) == set(schema["properties"]) == set(schema["required"])


def test_every_json_answer_of_the_api_is_a_result_model(client: TestClient) -> None:
    """The OpenAPI spec's answers are the classes of :mod:`foedus.results`, and nothing else declares one."""
    from foedus.results import assessment, history, service

    spec = client.get("/openapi.json").json()
    answered = {}
    for path, operations in spec["paths"].items():
        for operation in operations.values():
            content = operation["responses"].get("200", {}).get("content", {}).get("application/json")
            if content:
                schema = content["schema"]
                ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
                answered[path] = ref.rpartition("/")[2]
    assert {"/api/history", "/api/assessment", "/api/treaties/{slug}", "/api/ledger", "/api/health"} <= set(answered)
    for path, name in answered.items():
        assert any(isinstance(getattr(m, name, None), type) for m in (history, assessment, service)), (path, name)
    open_models = {name: schema for name, schema in spec["components"]["schemas"].items()
                   if name.partition("-")[0] in ("SourceModel", "HistorySummaryModel", "AllianceModel")}
    assert len(open_models) >= 3
    for name, schema in open_models.items():  # an open model's output keeps its declared fields in the spec
        assert schema.get("properties"), name
