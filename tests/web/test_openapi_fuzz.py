"""Schemathesis over the OpenAPI spec: whatever it sends, inside the spec or outside it, never a 5xx.

Each operation gets the spec's examples, then up to 30 generated requests that fit the spec and 30 that do not.
The spec's bounds on ``as_of`` and ``horizon`` are narrowed for this run only, so that the valid assessments it
makes (each a fresh fit of the model, a second or two) stay few; every other parameter keeps its full range.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings

from foedus.web import create_app
from tests.web.conftest import TOKEN

schemathesis = pytest.importorskip("schemathesis")

OPERATIONS = ["GET /api/health", "GET /api/states", "GET /api/history", "GET /api/assessment",
              "GET /api/treaties/{slug}", "GET /api/ledger", "GET /api/ledger.csv", "GET /api/ledgers",
              "POST /api/ledgers"]


def _narrowed(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    for parameter in spec["paths"]["/api/assessment"]["get"]["parameters"]:
        schema = parameter["schema"]
        if parameter["name"] == "horizon":
            schema["items"].update({"minimum": 9, "maximum": 10})
        elif parameter["name"] == "as_of":
            for option in schema.get("anyOf", [schema]):
                if option.get("type") == "integer":
                    option["minimum"] = option["maximum"] - 1
    return spec


@pytest.fixture(scope="module")
def writable_app(web_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """Return an app that accepts ledgers with the token, over its own copy of the store."""
    path = tmp_path_factory.mktemp("fuzz") / "foedus.duckdb"
    shutil.copy(web_store_path, path)
    application = create_app(path, token=TOKEN)
    yield application
    application.state.gate.close()


def _operations(app: FastAPI) -> dict[str, Any]:
    loaded = schemathesis.openapi.from_dict(_narrowed(app.openapi()))
    loaded.app = app
    return {op.label: op for op in (result.ok() for result in loaded.get_all_operations())}


def test_the_spec_lists_the_operations_fuzzed(app: FastAPI) -> None:
    assert sorted(_operations(app)) == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_request_makes_the_api_answer_with_a_5xx(label: str, app: FastAPI, writable_app: FastAPI) -> None:
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import response_schema_conformance

    writes = label.startswith("POST")
    operation = _operations(writable_app if writes else app)[label]
    headers = {"Authorization": f"Bearer {TOKEN}"} if writes else None
    strategies = [operation.as_strategy(GenerationMode.POSITIVE)]
    if operation.query or operation.path_parameters or operation.body:
        strategies.append(operation.as_strategy(GenerationMode.NEGATIVE))
    examples = operation.get_strategies_from_examples()

    def check(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=[not_a_server_error, response_schema_conformance])

    for strategy in [*examples, *strategies]:
        @given(case=strategy)
        @settings(max_examples=30, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: Any) -> None:
            check(case)

        run()
