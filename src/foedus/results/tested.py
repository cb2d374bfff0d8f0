"""The shape of the war test of alliance commitments (``foedus.tested-cases/1``): :func:`foedus.tested.tested_report`
returns :class:`TestedCasesModel` dumped, a pair's history carries its cases (:class:`CaseModel`), and
``foedus schema tested-cases`` prints the JSON Schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from foedus.results._base import Closed, Open
from foedus.vocabulary import Obligation

__all__ = [
    "CaseModel", "OriginScoresModel", "PublishedShareModel", "RateModel", "TestedCasesModel", "TestedFilterModel",
    "ViolationBacktestModel",
]

#: How a case came out under one rule set.
Outcome = Literal["honoured", "violated", "not_applicable", "untestable", "uncertain"]
#: A rule set that judges the cases.
Rule = Literal["llm", "strict", "lenient"]
#: A share of cases honoured (null: no case decided).
Share = Annotated[float | None, Field(ge=0, le=1)]


class TestedFilterModel(Closed):
    """What the cases were chosen by: a pair, an alliance, or neither (the whole universe)."""

    pair: Annotated[list[int], Field(min_length=2, max_length=2)] | None = Field(
        description="the COW codes of the two states asked for")
    alliance: str | None


class RateModel(Closed):
    """The share of decided cases honoured in one group under one rule set, with its 95% Wilson interval, with and
    without the cases whose timing is uncertain."""

    group: str = Field(description="all, 1816-1944, before 1945, defense, bilateral, ...")
    rule: Rule
    honoured: int = Field(ge=0)
    cases: int = Field(ge=0, description="cases decided (honoured or violated)")
    share: Share
    low: Share = Field(description="95% Wilson interval")
    high: Share
    certain_honoured: int = Field(ge=0)
    certain_cases: int = Field(ge=0, description="cases decided whose timing is certain")
    certain_share: Share
    uncertain: int = Field(ge=0, description="cases the data cannot decide (who attacked whom), left out of share")
    timing_uncertain: int = Field(ge=0, description="decided cases whose timing is uncertain, left out of "
                                  "certain_share")


class PublishedShareModel(Closed):
    """A share honoured that a study published, to set beside foedus's."""

    study: str
    group: str
    share: Share
    note: str


class CaseModel(Closed):
    """One member's obligation in one alliance in force when a partner fought a COW inter-state war, judged under
    each rule set."""

    alliance: str = Field(description="a ledger slug or atop-ID")
    atopid: int | None
    source: Literal["ledger", "atop"]
    title: str
    bilateral: bool
    war: int = Field(description="COW war number")
    war_start: int
    war_end: int
    member: int = Field(description="COW code of the member whose obligation is judged")
    member_name: str
    obligation: Obligation
    year: int = Field(description="the year the casus foederis arose (or was tested)")
    partners: list[int]
    arose: bool
    condition: str = Field(description="the condition that made the obligation apply, or why not")
    unverified: list[str] = Field(description="conditions the data cannot check, assumed met")
    timing_uncertain: bool = Field(description="the alliance began or ended in the year the casus arose")
    major: bool | None = Field(description="the member was a COW major power that year")
    outcome_llm: Outcome
    outcome_strict: Outcome
    outcome_lenient: Outcome
    reason_llm: str
    reason_strict: str
    reason_lenient: str
    member_parts: str = Field(description="the member's sides and years in the war")
    partner_parts: str
    war_lines: list[int] = Field(description="lines of cow_war_inter.csv the case rests on")
    atop_lines: list[int] = Field(
        description="lines of ATOP's member file (atop4_01m.csv) the member's commitment rests on")


class TestedCasesModel(Closed):
    """Alliances tested by war: shares honoured and the cases; schema ``foedus.tested-cases/1``, as
    ``foedus tested --json`` prints it and ``--cases FILE.json`` writes it."""

    schema_: Literal["foedus.tested-cases/1"] = Field(alias="schema")
    filter: TestedFilterModel
    rules: list[Rule]
    rates: list[RateModel]
    published: list[PublishedShareModel]
    cases: list[CaseModel]
    counts: dict[str, int]
    data: list[dict[str, Any]] = Field(description="the data used: shipped or imported, with sha256")


class OriginScoresModel(Open):
    """One origin of the violation backtest: its units and breaches, and the base and with-record scores."""

    origin: int
    units: int = Field(ge=0)
    breaches: int = Field(ge=0)
    base: dict[str, float] = Field(description="Brier and log score without the record")
    with_record: dict[str, float] = Field(description="Brier and log score with the record")


class ViolationBacktestModel(Closed):
    """Whether earlier war-tested violations help the breach forecast out of sample, as
    ``foedus tested --backtest --json`` prints it (a document without a schema name)."""

    horizon: int = Field(ge=1)
    origins: list[int]
    scored: int = Field(ge=0, description="unit-origins scored")
    scores: dict[str, dict[str, float]] = Field(
        description="base and with_record: Brier and log score; difference: the log score's, with its standard error")
    by_origin: list[OriginScoresModel]
    coefficients: dict[str, float] = Field(description="the with-record model fitted on every unit-year")
    helps: bool = Field(description="whether the record lowered (improved) the log score out of sample")
