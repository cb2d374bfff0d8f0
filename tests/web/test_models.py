"""The API's response models name exactly the fields of the library's JSON schemas, so a change to one shows here."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from foedus.web.models import (
    AgreementModel,
    AssessmentModel,
    EventModel,
    HistoryModel,
    IntervalModel,
    MemberModel,
    OutcomeModel,
)
from pydantic import BaseModel


def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((resources.files("foedus") / "schemas" / name).read_text(encoding="utf-8"))
    return loaded


def _fields(model: type[BaseModel]) -> set[str]:
    return {field.alias or name for name, field in model.model_fields.items()}


HISTORY = _schema("history-1.json")
ASSESSMENT = _schema("assessment-3.json")
AGREEMENT = HISTORY["properties"]["agreements"]["items"]


@pytest.mark.parametrize(
    ("model", "schema"),
    [
        (HistoryModel, HISTORY),
        (AgreementModel, AGREEMENT),
        (MemberModel, AGREEMENT["properties"]["members"]["items"]),
        (OutcomeModel, HISTORY["$defs"]["outcome"]),
        (EventModel, HISTORY["properties"]["events"]["items"]),
        (AssessmentModel, ASSESSMENT),
        (IntervalModel, ASSESSMENT["$defs"]["interval"]),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else "",
)
def test_a_closed_model_has_exactly_the_schemas_properties(model: type[BaseModel], schema: dict[str, Any]) -> None:
    assert schema.get("additionalProperties") is False
    assert model.model_config.get("extra") == "forbid"
    assert _fields(model) == set(schema["properties"]) == set(schema["required"])
