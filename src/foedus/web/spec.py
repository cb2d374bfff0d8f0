"""The OpenAPI spec the app serves, with the values each enumerated parameter takes, read from the store.

A coding, an obligation, an ending and a prior are each one of a known list: the library checks them, and the spec
lists them, so that a client (or a fuzzer) sending a value the spec allows is never refused. The codings depend on
the ledgers stored, so the spec is made again when the store's fingerprint changes.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from foedus.queries import LEDGER_SORTS, LEDGER_SOURCES
from foedus.reliability.priors import PRIORS
from foedus.store.facts import codings
from foedus.vocabulary import ENDINGS, OBLIGATIONS

if TYPE_CHECKING:
    from fastapi import FastAPI

    from foedus.store import Store
    from foedus.web.gate import StoreGate

__all__ = ["install_spec", "parameter_values"]


def parameter_values(store: Store) -> dict[tuple[str, str], list[str]]:
    """Return the values each enumerated query parameter takes, by (path, parameter name)."""
    stored = codings(store)
    known = [c.name for c in stored if c.declared]
    used = [c.name for c in stored if c.used]
    filters = {"coding": used, "obligation": [*OBLIGATIONS, "none"], "ending": list(ENDINGS),
               "source": list(LEDGER_SOURCES), "sort": list(LEDGER_SORTS), "order": ["asc", "desc"]}
    values = {("/api/history", "coding"): ["all", *known], ("/api/assessment", "coding"): ["all", *known],
              ("/api/assessment", "prior"): list(PRIORS)}
    for path in ("/api/ledger", "/api/ledger.csv"):
        values.update({(path, name): listed for name, listed in filters.items()})
    return values


def _with_values(spec: dict[str, Any], values: dict[tuple[str, str], list[str]]) -> dict[str, Any]:
    for (path, name), listed in values.items():
        for parameter in spec["paths"].get(path, {}).get("get", {}).get("parameters", []):
            if parameter["name"] != name:
                continue
            schema = parameter["schema"]
            for option in schema.get("anyOf", [schema]):
                if option.get("type") == "string":
                    option["enum"] = list(listed)
    return spec


def install_spec(app: FastAPI, gate: StoreGate) -> None:
    """Make ``app`` serve its spec with the enumerated values of the store ``gate`` serves, made again when the
    store changes."""
    from fastapi import FastAPI

    made: dict[str, Any] = {}
    lock = threading.Lock()

    def openapi() -> dict[str, Any]:
        with gate.reading() as store, lock:
            if made.get("fingerprint") != gate.fingerprint:
                app.openapi_schema = None
                spec = _with_values(FastAPI.openapi(app), parameter_values(store))
                made.update(fingerprint=gate.fingerprint, spec=spec)
            spec = made["spec"]
            assert isinstance(spec, dict)
            return spec

    app.openapi = openapi  # type: ignore[method-assign]
