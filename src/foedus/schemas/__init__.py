"""The registry of the JSON Schemas of what foedus writes: ``foedus schema NAME`` prints one, and the tests validate
every output against it.

A shape declared by a result model (:mod:`foedus.results`, and the article check's :mod:`foedus.check.models`) has
its schema made from the model. A JSON document's schema is also written out in a file beside this module
(``history-1.json``, ...) for readers without foedus: a test keeps each file equal to its model's schema
(``foedus schema --from-model NAME > src/foedus/schemas/FILE`` rewrites one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from foedus.errors import FoedusError

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["SCHEMAS", "SchemaEntry", "UnknownSchemaError", "json_schema", "schema_text"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class UnknownSchemaError(FoedusError, LookupError):
    """No schema has this name; the message lists those there are."""


@dataclass(frozen=True)
class SchemaEntry:
    """A schema of the registry: its name, the ``schema`` value of the document it describes (None for an answer of
    the web API, which carries none), what it describes, where it comes from, and its file, if it has one."""

    name: str
    document: str | None
    title: str
    model: str | None = None
    file: str | None = None

    def model_class(self) -> type[BaseModel]:
        """Return the result model the schema is made from."""
        if self.model is None:
            raise FoedusError(f"the schema {self.name!r} is declared by its file {self.file}, not by a model")
        from foedus.check import models as check
        from foedus.results import assessment, backtest, history, monitor, panels, service, similarity, tested

        modules = {"history": history, "assessment": assessment, "backtest": backtest, "monitor": monitor,
                   "similarity": similarity, "tested": tested, "panels": panels, "service": service, "check": check}
        module, _, name = self.model.partition(".")
        found: type[BaseModel] = getattr(modules[module], name)
        return found


#: Every schema, by the name ``foedus schema`` takes. A model is named ``module.Class``: a module of
#: :mod:`foedus.results`, or ``check`` for :mod:`foedus.check.models`.
SCHEMAS: dict[str, SchemaEntry] = {entry.name: entry for entry in (
    SchemaEntry("history", "foedus.history/1", "The history of a pair of states (foedus history --json)",
                model="history.HistoryModel", file="history-1.json"),
    SchemaEntry("assessment", "foedus.assessment/3", "The assessment of a pair's alliance (foedus assess --json)",
                model="assessment.AssessmentModel", file="assessment-3.json"),
    SchemaEntry("backtest", "foedus.backtest/3", "A rolling-origin backtest (foedus backtest --json)",
                model="backtest.BacktestModel", file="backtest-3.json"),
    SchemaEntry("monitor", "foedus.monitor/1", "How two states treat each other, from event data "
                "(foedus monitor --json)", model="monitor.MonitorModel", file="monitor-1.json"),
    SchemaEntry("similarity", "foedus.similarity/1", "How alike two states' alliance portfolios were, year "
                "by year, beside their agreements (foedus similarity --json)", model="similarity.SimilarityModel",
                file="similarity-1.json"),
    SchemaEntry("tested-cases", "foedus.tested-cases/1", "Alliances tested by war: shares honoured and the cases "
                "(foedus tested --json, --cases FILE.json)", model="tested.TestedCasesModel",
                file="tested-cases-1.json"),
    SchemaEntry("check", "foedus.check/2", "An article's claims checked against the ledger (foedus check --json)",
                model="check.CheckResult", file="check-2.json"),
    SchemaEntry("tested-backtest", None, "Whether earlier violations help the breach forecast "
                "(foedus tested --backtest --json)", model="tested.ViolationBacktestModel"),
    SchemaEntry("panel", "foedus.panel/1", "A panel's metadata, written beside an exported panel "
                "(foedus panel ... --output FILE)", model="panels.PanelModel"),
    SchemaEntry("treaty", None, "A treaty (GET /api/treaties/{slug})", model="history.TreatyModel"),
    SchemaEntry("ledger-page", None, "The ledger browser's rows (GET /api/ledger)", model="history.LedgerPage"),
    SchemaEntry("ledgers", None, "The stored ledgers (GET /api/ledgers)", model="service.StoredLedgers"),
    SchemaEntry("load-report", None, "What loading a ledger did (POST /api/ledgers)", model="service.LoadReportModel"),
    SchemaEntry("suggestion", None, "A name that denotes a state (GET /api/states: a list of them)",
                model="service.SuggestionModel"),
    SchemaEntry("health", None, "The server's health (GET /api/health)", model="service.HealthModel"),
    SchemaEntry("warmup", None, "How far the server's warm-up is (GET /api/warmup)", model="service.WarmupModel"),
    SchemaEntry("error", None, "The body of every error answer of the web API", model="service.ErrorBody"),
)}


def _entry(name: str) -> SchemaEntry:
    try:
        return SCHEMAS[name]
    except KeyError:
        raise UnknownSchemaError(f"no schema is named {name!r}; there are: {', '.join(SCHEMAS)}") from None


def json_schema(name: str, *, from_model: bool = False) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) named ``name`` (a key of :data:`SCHEMAS`): its file's, where it has a
    file (equal to its model's, a test checks), else the one its model makes.

    Parameters
    ----------
    name : str
        The schema's name.
    from_model : bool, default False
        Make it from the model even where there is a file (what the file should hold).

    Raises
    ------
    UnknownSchemaError
        If no schema has that name.
    """
    entry = _entry(name)
    if entry.file is not None and not (from_model and entry.model is not None):
        loaded: dict[str, Any] = json.loads((resources.files(__name__) / entry.file).read_text(encoding="utf-8"))
        return loaded
    made = entry.model_class().model_json_schema(by_alias=True)
    head: dict[str, Any] = {"$schema": _DIALECT}
    if entry.document is not None:
        head["$id"] = entry.document
    return {**head, "title": entry.title, **{key: value for key, value in made.items() if key != "title"}}


def schema_text(name: str, *, from_model: bool = False) -> str:
    """Return the schema named ``name`` as ``foedus schema NAME`` prints it: its file's text where it has a file,
    else (or with ``from_model``) the schema made from its model, indented by one space."""
    entry = _entry(name)
    if entry.file is not None and not (from_model and entry.model is not None):
        return (resources.files(__name__) / entry.file).read_text(encoding="utf-8")
    return json.dumps(json_schema(name, from_model=from_model), indent=1, ensure_ascii=False) + "\n"
