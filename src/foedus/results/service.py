"""The shapes of the web API's own answers: errors, the server's health and warm-up, name suggestions, the stored
ledgers and what loading one did. The documents the library makes (history, assessment, ...) have their own modules.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from foedus.results._base import Closed

__all__ = [
    "ErrorBody", "HealthModel", "LoadReportModel", "ProblemModel", "StoredLedgerModel", "StoredLedgers",
    "SuggestionModel", "WarmupModel",
]


class ProblemModel(Closed):
    """One problem in an uploaded ledger, or in a request's parameters."""

    file: str | None = Field(None, description="the file's name as uploaded")
    line: int | None = Field(None, description="1-based line number, where known")
    field: str = Field(description="the offending field, e.g. treaties[3].members[0].state, or a parameter")
    message: str


class ErrorBody(Closed):
    """What every 4xx (and the rare 503) answer carries: a code, a message that says what to do next."""

    error: str = Field(description="a stable code: state_not_found, ambiguous_state, invalid_request, ...")
    message: str
    suggestions: list[str] | None = Field(None, description="close names, for an unknown state")
    options: list[str] | None = Field(None, description="the states a name may denote, for an ambiguous one")
    problems: list[ProblemModel] | None = Field(None, description="every problem found, for a ledger or a request")


class HealthModel(Closed):
    """The server is up; the store's fingerprint (ledger and import checksums) and whether it accepts ledgers."""

    status: Literal["ok"]
    store: str = Field(description="the store's file name (never its folder)")
    fingerprint: str
    writable: bool


class SuggestionModel(Closed):
    """A name that denotes a state, with the period it applies to."""

    ccode: int = Field(description="COW state code")
    name: str = Field(description="the name that matched")
    state: str = Field(description="the state's present or last name")
    cow_abb: str
    iso3: str | None
    start: str | None = Field(description="first date the name applies (ISO, at its own precision); null: open")
    end: str | None = Field(description="last date the name applies; null: still in use")


class WarmupModel(Closed):
    """How far the server is in fitting the model to every alliance ahead of time."""

    state: Literal["off", "idle", "running", "done", "failed"]
    done: int
    total: int
    step: str | None = Field(description="what is being fitted now")
    message: str | None


class StoredLedgerModel(Closed):
    """A ledger in the store."""

    name: str
    version: str
    title: str
    shipped: bool
    sha256: str
    treaties: int
    events: int
    outcomes: int


class StoredLedgers(Closed):
    """The ledgers in the store, and whether this server accepts new ones."""

    writable: bool
    ledgers: list[StoredLedgerModel]


class LoadReportModel(Closed):
    """What loading an uploaded ledger did."""

    ledger: str
    version: str
    status: Literal["loaded", "replaced", "unchanged"]
    counts: dict[str, int]
    fingerprint: str = Field(description="the store's fingerprint after the load")
