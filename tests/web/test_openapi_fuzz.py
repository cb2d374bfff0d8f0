"""Schemathesis over the OpenAPI spec, as its command line runs it: every phase, every check, no failure.

The engine sends each operation the spec's examples, then requests built to cover each parameter's boundaries and
each way to break the spec (missing, wrong type, out of range, a method the path does not serve), then up to
:data:`MAX_EXAMPLES` generated requests that fit the spec and as many that do not, then sequences of requests.
Every default check runs on every answer, among them: never a 5xx; the answer's status, content type, headers and
body are the ones the spec documents; data the spec forbids is refused (4xx); data the spec allows is not refused
as malformed; a method a path does not serve is a 405 whose ``Allow`` lists the methods it does.

A request that fits the spec may still name things that do not fit together or do not exist (the same state
twice, since after until, an unknown state): those answers are 404 or 422, which the positive-data check accepts;
a 400 means "outside what the spec allows", which it does not.

The spec's bounds on ``as_of`` and ``horizon``, and the priors it offers, are narrowed for this run only, so that
the valid assessments it makes stay few: one not yet cached fits every specification and runs the rolling backtest
behind the stacking weights for its year, coding and prior (ten seconds or more), so the engine waits up to
:data:`REQUEST_TIMEOUT` for an answer. Every other parameter keeps its full range, and every assessment still
reports its figure under every prior (``by_prior``).
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from foedus.reliability.priors import DEFAULT_PRIOR
from foedus.web import create_app
from tests.extras import require
from tests.web.conftest import TOKEN

schemathesis = require("schemathesis", "test")

OPERATIONS = ["GET /api/health", "GET /api/warmup", "GET /api/states", "GET /api/history", "GET /api/assessment",
              "GET /api/treaties/{slug}", "GET /api/ledger", "GET /api/ledger.csv", "GET /api/ledgers",
              "POST /api/ledgers"]
#: Generated requests per operation and mode (positive, negative) in the fuzzing phase.
MAX_EXAMPLES = 30
#: What a request the spec allows may be answered with: success, an unknown state or treaty (404), or values that
#: do not fit together or a ledger with problems (422). Never a 400: that says the request is outside the spec.
POSITIVE_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]
#: Seconds the engine waits for an answer: an assessment not yet cached takes a fit of every specification.
REQUEST_TIMEOUT = 600


def _narrowed(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    for parameter in spec["paths"]["/api/assessment"]["get"]["parameters"]:
        schema = parameter["schema"]
        if parameter["name"] == "horizon":
            schema["items"].update({"minimum": 9, "maximum": 10})
        elif parameter["name"] == "as_of":
            for option in schema.get("anyOf", [schema]):
                if option.get("type") == "integer":
                    option["minimum"] = option["maximum"]
        elif parameter["name"] == "prior":
            for option in schema.get("anyOf", [schema]):
                if "enum" in option:
                    option["enum"] = [DEFAULT_PRIOR]
    return spec


@pytest.fixture(scope="module")
def writable_app(web_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """Return an app that accepts ledgers with the token, over its own copy of the store."""
    path = tmp_path_factory.mktemp("fuzz") / "foedus.duckdb"
    shutil.copy(web_store_path, path)
    application = create_app(path, token=TOKEN)
    yield application
    application.state.gate.close()


def _schema(app: FastAPI) -> Any:
    from schemathesis.config import SchemathesisConfig

    config = SchemathesisConfig.from_dict({
        "base-url": "http://localhost",  # a Host the app answers (it refuses any other)
        "headers": {"Authorization": f"Bearer {TOKEN}"},
        "workers": 1,
        "request-timeout": REQUEST_TIMEOUT,
        "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True},
        "checks": {"positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES}},
    })
    loaded = schemathesis.openapi.from_dict(_narrowed(app.openapi()), config=config)
    loaded.app = app
    return loaded


def _failures(app: FastAPI) -> tuple[list[str], set[str]]:
    """Run the engine over the app; return a line per failed check (or error), and the operations it tested."""
    from schemathesis.engine import events, from_schema

    found: list[str] = []
    tested: set[str] = set()
    for event in from_schema(_schema(app)).execute():
        if isinstance(event, events.ScenarioFinished):
            tested.add(event.label)
            for case_id, checks in event.recorder.checks.items():
                for check in checks:
                    if check.failure_info is None:
                        continue
                    case = event.recorder.cases[case_id].value
                    response = event.recorder.find_response(case_id=case_id)
                    found.append(f"{event.label} [{event.phase}] {check.name}: "
                                 f"{(check.failure_info.failure.message or '').splitlines()[0]} | {case.method} "
                                 f"{case.formatted_path} {case.query} -> {response.status_code if response else None}")
        elif isinstance(event, events.NonFatalError):
            found.append(f"{event.label}: error {event.value!r}")
        elif isinstance(event, events.FatalError):
            found.append(f"fatal error {event.exception!r}")
    return found, tested


def test_the_spec_lists_the_operations_fuzzed(app: FastAPI) -> None:
    operations = _schema(app).get_all_operations()
    assert sorted(result.ok().label for result in operations) == sorted(OPERATIONS)


def test_schemathesis_finds_no_failure_in_any_phase(writable_app: FastAPI) -> None:
    failures, tested = _failures(writable_app)
    assert failures == [], "\n".join(sorted(set(failures)))
    assert set(OPERATIONS) <= tested
