"""The JSON API's response models: the OpenAPI spec is built from these.

They mirror the library's JSON schemas (``foedus/schemas/history-1.json``, ``assessment-3.json``): an object that
schema closes (``additionalProperties: false``) forbids extra keys here too; one it leaves open allows them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = [
    "AssessmentModel",
    "ErrorBody",
    "HealthModel",
    "HistoryModel",
    "LedgerPage",
    "LedgerRowModel",
    "LoadReportModel",
    "ProblemModel",
    "StoredLedgerModel",
    "StoredLedgers",
    "SuggestionModel",
    "TreatyModel",
    "WarmupModel",
]

Ending = Literal[
    "in_force", "expired", "replaced", "violated", "abrogated", "lost_independence", "fulfilled", "defeated",
    "dissolved_jointly",
]
Obligation = Literal["defense", "offense", "neutrality", "non_aggression", "consultation"]
Probability = Annotated[float, Field(ge=0, le=1)]


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# --- errors ---------------------------------------------------------------------------------------------------
class ProblemModel(_Closed):
    """One problem in an uploaded ledger, or in a request's parameters."""

    file: str | None = Field(None, description="the file's name as uploaded")
    line: int | None = Field(None, description="1-based line number, where known")
    field: str = Field(description="the offending field, e.g. treaties[3].members[0].state, or a parameter")
    message: str


class ErrorBody(_Closed):
    """What every 4xx (and the rare 503) answer carries: a code, a message that says what to do next."""

    error: str = Field(description="a stable code: state_not_found, ambiguous_state, invalid_request, ...")
    message: str
    suggestions: list[str] | None = Field(None, description="close names, for an unknown state")
    options: list[str] | None = Field(None, description="the states a name may denote, for an ambiguous one")
    problems: list[ProblemModel] | None = Field(None, description="every problem found, for a ledger or a request")


class HealthModel(_Closed):
    """The server is up; the store's fingerprint (ledger and import checksums) and whether it accepts ledgers."""

    status: Literal["ok"]
    store: str = Field(description="the store's file name (never its folder)")
    fingerprint: str
    writable: bool


# --- states ---------------------------------------------------------------------------------------------------
class SuggestionModel(_Closed):
    """A name that denotes a state, with the period it applies to."""

    ccode: int = Field(description="COW state code")
    name: str = Field(description="the name that matched")
    state: str = Field(description="the state's present or last name")
    cow_abb: str
    iso3: str | None
    start: str | None = Field(description="first date the name applies (ISO, at its own precision); null: open")
    end: str | None = Field(description="last date the name applies; null: still in use")


# --- history (foedus.history/1) -------------------------------------------------------------------------------
class StateModel(_Closed):
    """A state as a record names it."""

    ccode: int
    name: str


class OutcomeModel(_Closed):
    """How an agreement ended under one coding."""

    coding: str
    ending: Ending
    breach: bool
    breached_by: list[StateModel]
    member: StateModel | None
    contested: bool
    rationale: str
    events: list[str]
    sources: list[str]
    termmode: int | None
    termcaus: int | None


class MemberModel(_Closed):
    """A member of an agreement and its dates."""

    ccode: int
    name: str
    entered: str
    exited: str | None


class AgreementModel(_Closed):
    """One agreement between the pair, with its outcomes under each coding."""

    slug: str
    ledger: str
    title: str
    kind: str
    obligations: list[Obligation]
    multilateral: bool
    signed: str
    in_force: str | None
    ended: str | None
    atopid: int | None
    disagrees_with_atop: str | None
    members: list[MemberModel]
    outcomes: list[OutcomeModel]
    sources: list[str]
    origin: Literal["ledger", "atop"] = Field(description="atop: known only from imported ATOP data")


class EventModel(_Closed):
    """An event between the pair or under one of their agreements."""

    id: str
    ledger: str
    date: str
    kind: str
    actors: list[StateModel]
    targets: list[StateModel]
    treaty: str | None
    description: str
    sources: list[str]
    place: str | None
    time_zone: str | None = Field(description="IANA time zone in which the date is the day, where in doubt")
    time_zone_note: str | None


class CodingModel(_Open):
    """A named coding of how alliances end."""

    name: str
    kind: str
    description: str


class HistorySummaryModel(_Open):
    """What the record holds and how the codings disagree."""

    text: str
    agreements: int
    bilateral: int
    military_bilateral: int
    multilateral: int
    breaches: dict[str, list[str]]
    in_force: list[str]


class SourceModel(_Open):
    """A source a record cites (BibTeX-like fields; only those set are present)."""

    ledger: str
    id: str
    type: str
    title: str


class HistoryModel(_Closed):
    """The history of a pair of states: schema ``foedus.history/1``, as ``foedus history --json`` prints it."""

    schema_: Literal["foedus.history/1"] = Field(alias="schema")
    pair: list[StateModel] = Field(min_length=2, max_length=2)
    coding: str
    since: int | None
    until: int | None
    codings: list[CodingModel]
    agreements: list[AgreementModel]
    events: list[EventModel]
    summary: HistorySummaryModel
    sources: list[SourceModel]
    tested: list[dict[str, Any]] = Field(description="the pair's war-tested cases (rows of foedus.tested-cases/1)")


# --- assessment (foedus.assessment/3) -------------------------------------------------------------------------
class IntervalModel(_Closed):
    """A probability: mean and median of its draws, and the 5th and 95th percentiles (the 90% interval)."""

    mean: float = Field(ge=0, le=1)
    median: float = Field(ge=0, le=1)
    low: float = Field(ge=0, le=1)
    high: float = Field(ge=0, le=1)


#: A horizon in years after as_of, as text ("10").
HorizonKey = Annotated[str, StringConstraints(pattern=r"^[0-9]+$")]

#: Horizon -> P(breached within it).
ByHorizon = dict[HorizonKey, IntervalModel]


class AllianceModel(_Open):
    """The alliance assessed: the pair's current one, or a hypothetical new bilateral defense pact."""

    slug: str | None
    title: str
    signed: str
    bilateral: bool
    source: str | None
    obligations: list[str]
    obliges: str = Field(description="what the alliance obliges, in words")
    breach_means: str = Field(description="what a breach of it means")
    unit: Literal["pair", "member"] = Field(
        description="pair: a bilateral alliance; member: two members of a multilateral one")


class SpecificationModel(_Open):
    """One declared specification's own figure and its stacking weight: a point of the specification curve."""

    name: str
    label: str
    description: str
    weight: float = Field(ge=0, le=1)
    horizons: ByHorizon


class RecordAgreementModel(_Open):
    """One agreement of the pair, whether it enters the model, and how each coding reads its ending."""

    alliance: str
    title: str
    signed: str
    ended: str | None
    has_ended: bool
    bilateral: bool
    military: bool
    in_model: bool
    in_model_by_coding: dict[str, bool] = Field(description="coding -> whether it enters that coding's model")
    breached: dict[str, bool] = Field(description="coding -> whether it reads it as breached by one of the pair")
    endings: dict[str, str | None] = Field(description="coding -> ending (null: not coded)")


class RecordCountsModel(_Open):
    """The pair's record counted under one coding: every agreement, those it reads as breached by one of the pair,
    those that enter the model under it and the breaches among them."""

    coding: str
    agreements: int = Field(ge=0)
    breached: int = Field(ge=0)
    in_model: int | None = Field(ge=0)
    breached_in_model: int | None = Field(ge=0)


class RatioModel(_Open):
    """A hazard ratio with its 90% interval."""

    ratio: float
    low: float
    high: float


class CapabilitiesModel(_Open):
    """How the two states' capability ratio has moved since signature, and how the model weighs it."""

    ratio_now: float | None
    ratio_at_start: float | None
    shift: float | None
    hazard_ratios: dict[str, RatioModel]
    note: str


class HazardRatioModel(_Open):
    """A covariate's hazard ratios for breach and for every other ending, in the specification named."""

    covariate: str
    breach: RatioModel
    other: RatioModel
    specification: str


class EvidenceModel(_Open):
    """What the figure rests on: the units, the backtest behind the stacking weights, and the data."""

    units: int
    pair_units: int
    member_units: int
    alliances: int
    groups: int
    unit_years: int
    breaches: int
    first_year: int
    last_year: int
    weights: dict[str, float]
    backtest: dict[str, Any]
    data: list[dict[str, Any]]
    interval: str


class CurveModel(_Open):
    """Cumulative P(breached by the end of each year after as_of): mean, median, the 90% band, and each coding's
    median."""

    years: list[int]
    mean: list[Probability]
    median: list[Probability]
    low: list[Probability]
    high: list[Probability]
    codings: dict[str, list[Probability]] = Field(description="each coding's median curve")


class AssessmentModel(_Closed):
    """The assessment of a pair's alliance: schema ``foedus.assessment/3``, as ``foedus assess --json`` prints it.

    ``probability`` maps each horizon (years after ``as_of``, as text) to P(breached within it), stacked over the
    specifications; ``without_record`` is the same with the pair's own record left out.
    """

    schema_: Literal["foedus.assessment/3"] = Field(alias="schema")
    pair: list[StateModel] = Field(min_length=2, max_length=2)
    as_of: int = Field(description="the last year the model saw")
    horizons: list[Annotated[int, Field(ge=1, le=50)]] = Field(min_length=1)
    coding: str = Field(description="a coding's name, or all for an equal mixture of every coding")
    prior: str
    prior_source: str
    alliance: AllianceModel
    hypothetical: bool = Field(
        description="true when no alliance is in force and the figures are for a new bilateral defense pact")
    probability: ByHorizon
    without_record: ByHorizon
    by_coding: dict[str, ByHorizon]
    by_specification: list[SpecificationModel]
    by_prior: dict[str, ByHorizon]
    record: list[RecordAgreementModel]
    record_counts: dict[str, RecordCountsModel]
    capabilities: CapabilitiesModel
    hazard_ratios: list[HazardRatioModel]
    frailty: dict[str, dict[str, float]] = Field(
        description="per kind of group (pair, state): the variance between groups, its 90% interval, and its prior's")
    evidence: EvidenceModel
    curve: CurveModel
    record_sentence: str
    sentence: str
    comparable: dict[str, Any] = Field(
        description="the observed breach share among comparable units in force since 1946")
    as_of_reason: str = Field(description="the year the forecast starts from and why")


# --- treaties and the ledger ----------------------------------------------------------------------------------
class TreatyModel(_Closed):
    """A treaty: members and dates, the events around it, how it ended under each coding, and its sources."""

    slug: str
    ledger: str
    title: str
    alt_titles: list[str]
    kind: str
    obligations: list[Obligation]
    multilateral: bool
    signed: str
    in_force: str | None
    ended: str | None
    term_years: int | None
    renewal: str | None
    atopid: int | None
    disagrees_with_atop: str | None
    description: str | None
    members: list[MemberModel]
    outcomes: list[OutcomeModel]
    events: list[EventModel]
    sources: list[SourceModel]


class LedgerRowModel(_Closed):
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


class FacetCountModel(_Closed):
    """A value of a filter and how many rows match with it chosen (and every other filter kept)."""

    value: str
    count: int


class LedgerPage(_Closed):
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


class WarmupModel(_Closed):
    """How far the server is in fitting the model to every alliance ahead of time."""

    state: Literal["off", "idle", "running", "done", "failed"]
    done: int
    total: int
    step: str | None = Field(description="what is being fitted now")
    message: str | None


class StoredLedgerModel(_Closed):
    """A ledger in the store."""

    name: str
    version: str
    title: str
    shipped: bool
    sha256: str
    treaties: int
    events: int
    outcomes: int


class StoredLedgers(_Closed):
    """The ledgers in the store, and whether this server accepts new ones."""

    writable: bool
    ledgers: list[StoredLedgerModel]


class LoadReportModel(_Closed):
    """What loading an uploaded ledger did."""

    ledger: str
    version: str
    status: Literal["loaded", "replaced", "unchanged"]
    counts: dict[str, int]
    fingerprint: str = Field(description="the store's fingerprint after the load")
