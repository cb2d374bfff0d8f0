"""The shapes of a pair's history (``foedus.history/1``), of a treaty, and of the ledger browser's rows and pages.

:meth:`foedus.history.PairHistory.to_dict` and :meth:`foedus.treaties.TreatyRecord.to_dict` dump these models; the
web API answers with them, and ``foedus schema history`` prints the JSON Schema they make.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from foedus.results._base import Closed, Date, Open
from foedus.results.names import HISTORY_SCHEMA
from foedus.results.tested import CaseModel
from foedus.vocabulary import Ending, Obligation

__all__ = [
    "HISTORY_SCHEMA", "AgreementModel", "CodingModel", "EventModel", "FacetCountModel", "HistoryModel",
    "HistorySummaryModel", "LedgerPage", "LedgerRowModel", "MemberModel", "OutcomeModel", "RecordCountModel",
    "SourceModel", "StateModel", "TreatyModel",
]


class StateModel(Closed):
    """A state as a record names it."""

    ccode: int = Field(description="COW state code")
    name: str = Field(description="the name as the record gives it")


class OutcomeModel(Closed):
    """How an agreement ended under one coding."""

    coding: str
    ending: Ending
    breach: bool = Field(description="true for violated and abrogated")
    breached_by: list[StateModel]
    member: StateModel | None = Field(description="set when the outcome is one member's participation only")
    contested: bool
    rationale: str
    events: list[str]
    sources: list[str]
    termmode: int | None
    termcaus: int | None


class MemberModel(Closed):
    """A member of an agreement and its dates."""

    ccode: int
    name: str
    entered: Date
    exited: Date | None


class AgreementModel(Closed):
    """One agreement between the pair, with its outcomes under each coding."""

    slug: str
    ledger: str
    title: str
    kind: str
    obligations: list[Obligation]
    multilateral: bool
    signed: Date
    in_force: Date | None
    ended: Date | None
    atopid: int | None
    disagrees_with_atop: str | None
    members: list[MemberModel]
    outcomes: list[OutcomeModel]
    sources: list[str]
    origin: Literal["ledger", "atop"] = Field(
        description="atop: known only from imported ATOP data, coded by ATOP alone")


class EventModel(Closed):
    """An event between the pair or under one of their agreements."""

    id: str
    ledger: str
    date: Date
    kind: str
    actors: list[StateModel]
    targets: list[StateModel]
    treaty: str | None
    description: str
    sources: list[str]
    place: str | None = Field(description="where it happened, as the ledger gives it")
    time_zone: str | None = Field(description="IANA time zone in which the date is the day, where the day is in doubt")
    time_zone_note: str | None = Field(description="why the day is in doubt")


class CodingModel(Open):
    """A named coding of how alliances end."""

    name: str
    kind: str
    description: str


class RecordCountModel(Closed):
    """The pair's record counted under one coding (:meth:`foedus.history.PairHistory.record_counts`): every
    agreement, those it reads as breached by one of the pair, and, when the model was asked, those that enter the
    model under it and the breaches among them."""

    coding: str
    agreements: int = Field(ge=0)
    breached: int = Field(ge=0)
    in_model: int | None = Field(ge=0)
    breached_in_model: int | None = Field(ge=0)


class HistorySummaryModel(Open):
    """What the record holds and how the codings disagree."""

    text: str
    agreements: int
    bilateral: int
    military_bilateral: int
    multilateral: int
    breaches: dict[str, list[str]] = Field(description="coding -> keys of the agreements it reads as breached by "
                                                       "one of the pair")
    record_counts: dict[str, RecordCountModel]
    in_force: list[str]


class SourceModel(Open):
    """A source a record cites (BibTeX-like fields; only those set are present)."""

    ledger: str
    id: str
    type: str
    title: str


class HistoryModel(Closed):
    """The history of a pair of states: schema ``foedus.history/1``, as ``foedus history --json`` prints it."""

    schema_: Literal["foedus.history/1"] = Field(alias="schema")
    pair: list[StateModel] = Field(min_length=2, max_length=2)
    coding: str = Field(description="the coding asked for, or all")
    since: int | None
    until: int | None
    codings: list[CodingModel]
    agreements: list[AgreementModel]
    events: list[EventModel]
    summary: HistorySummaryModel
    sources: list[SourceModel]
    tested: list[CaseModel] = Field(
        description="the pair's war-tested cases: rows of foedus.tested-cases/1 (its cases' items)")


class TreatyModel(Closed):
    """A treaty: members and dates, the events around it, how it ended under each coding, and its sources."""

    slug: str
    ledger: str
    title: str
    alt_titles: list[str]
    kind: str
    obligations: list[Obligation]
    multilateral: bool
    signed: Date
    in_force: Date | None
    ended: Date | None
    term_years: int | None
    renewal: str | None
    atopid: int | None
    disagrees_with_atop: str | None
    description: str | None
    members: list[MemberModel]
    outcomes: list[OutcomeModel]
    events: list[EventModel]
    sources: list[SourceModel]


class LedgerRowModel(Closed):
    """One row of the ledger browser: a treaty (or an ATOP alliance no ledger holds) and, where coded, one outcome
    of it under one coding; with the ATOP id and the members' COW codes to merge on."""

    slug: str
    title: str
    source: Literal["ledger", "atop"] = Field(description="ledger: a ledger's treaty; atop: known only from ATOP")
    ledger: str
    atopid: int | None
    kind: str
    obligations: list[Obligation]
    multilateral: bool
    signed: str
    ended: str | None
    members: list[str]
    member_codes: list[int] = Field(description="the members' COW codes, in the order of members")
    coding: str | None
    member: str | None
    member_code: int | None = Field(description="the COW code of the member whose part the outcome is")
    ending: Ending | None
    breach: bool | None
    contested: bool | None


class FacetCountModel(Closed):
    """A value of a filter and how many rows match with it chosen (and every other filter kept)."""

    value: str
    count: int


class LedgerPage(Closed):
    """The ledger rows that match the filters and the search, sorted, with each filter's counts; one page of them
    when ``page`` or ``per_page`` is given, else every one."""

    filters: dict[str, int | str | None]
    count: int = Field(description="rows in this answer")
    total: int = Field(description="rows that match, on every page")
    page: int
    per_page: int | None = Field(description="rows per page; null: every row is in this answer")
    pages: int
    facets: dict[str, list[FacetCountModel]] = Field(
        description="source, coding, ending, obligation: each value's count with that filter chosen")
    rows: list[LedgerRowModel]
