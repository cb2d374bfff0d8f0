"""The results the API and the pages share, computed by the library as result models (:mod:`foedus.results`), cached.

A page and the API asked the same question get the same cached document, so what a page shows is what the API
says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus.states import resolve_state
from foedus.text import DEFAULT_CODING

if TYPE_CHECKING:
    from foedus.queries import LedgerRow
    from foedus.reliability.cache import FitCache
    from foedus.store import Store
    from foedus.web.gate import StoreGate

__all__ = [
    "DEFAULT_HORIZONS", "Result", "assessment_key", "assessment_result", "cached_assessment", "history_result",
    "ledger_table",
]

#: The horizons (years after as_of) the assessment gives unless asked for others.
DEFAULT_HORIZONS: tuple[int, ...] = (5, 10, 20)


@dataclass(frozen=True)
class Result:
    """A JSON document as a dictionary and as the bytes the API sends."""

    data: dict[str, Any]
    body: bytes


def history_result(
    gate: StoreGate, a: str, b: str, *, coding: str = "all", since: int | None = None, until: int | None = None
) -> Result:
    """Return the history of states ``a`` and ``b`` (``foedus.history/1``), from the cache if it is there."""
    from foedus.history import pair_history

    key = ("history", resolve_state(a).ccode, resolve_state(b).ccode, coding, since, until)

    def compute(store: Store) -> Result:
        model = pair_history(store, a, b, coding=coding, since=since, until=until).to_model()
        return Result(model.model_dump(by_alias=True), model.model_dump_json(by_alias=True).encode())

    return gate.cached(key, compute)


def assessment_result(
    gate: StoreGate,
    a: str,
    b: str,
    *,
    horizons: tuple[int, ...] = DEFAULT_HORIZONS,
    coding: str = DEFAULT_CODING,
    prior: str | None = None,
    as_of: int | None = None,
    treaty: str | None = None,
    fit_cache: FitCache,
) -> Result:
    """Return the assessment of the alliance of ``a`` and ``b`` (``foedus.assessment/3``), cached, fitted with the
    app's ``fit_cache``."""
    from foedus.reliability.assess import assess
    from foedus.reliability.priors import DEFAULT_PRIOR

    chosen_prior = prior or DEFAULT_PRIOR
    steps = tuple(sorted(set(horizons)))
    key = assessment_key(a, b, horizons=steps, coding=coding, prior=chosen_prior, as_of=as_of, treaty=treaty)

    def compute(store: Store) -> Result:
        model = assess(store, a, b, treaty=treaty, as_of=as_of, horizons=list(steps), coding=coding,
                       prior=chosen_prior, cache=fit_cache).to_model()
        return Result(model.model_dump(by_alias=True), model.model_dump_json(by_alias=True).encode())

    return gate.cached(key, compute)


def assessment_key(
    a: str, b: str, *, horizons: tuple[int, ...] = DEFAULT_HORIZONS, coding: str = DEFAULT_CODING,
    prior: str | None = None, as_of: int | None = None, treaty: str | None = None,
) -> tuple[object, ...]:
    """Return the key an assessment is cached under (the store's fingerprint is added by the gate)."""
    from foedus.reliability.priors import DEFAULT_PRIOR

    steps = tuple(sorted(set(horizons)))
    return ("assessment", resolve_state(a).ccode, resolve_state(b).ccode, steps, coding, prior or DEFAULT_PRIOR,
            as_of, treaty)


def tested_result(gate: StoreGate) -> Result:
    """Return the war test of the store's universe (``foedus.tested-cases/1``), cached until the store changes."""
    from foedus.tested import tested_report

    def compute(store: Store) -> Result:
        document = tested_report(store)
        return Result(document, json.dumps(document, ensure_ascii=False).encode())

    return gate.cached(("tested",), compute)


def cached_assessment(gate: StoreGate, a: str, b: str, **options: Any) -> Result | None:
    """Return the assessment :func:`assessment_result` would, if it is already computed; never computes one."""
    found = gate.peek(assessment_key(a, b, **options))
    return found if isinstance(found, Result) else None


def ledger_table(gate: StoreGate) -> tuple[list[LedgerRow], list[str]]:
    """Return every row of the ledger browser (:func:`foedus.queries.all_ledger_rows`) and the codings it may be
    filtered by, cached until the store changes."""
    from foedus.queries import all_ledger_rows, ledger_codings

    def compute(store: Store) -> tuple[list[LedgerRow], list[str]]:
        return all_ledger_rows(store), ledger_codings(store)

    return gate.cached(("ledger-rows",), compute)
