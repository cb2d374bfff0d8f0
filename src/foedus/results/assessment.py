"""The shape of an assessment (``foedus.assessment/3``): :meth:`foedus.reliability.assess.Assessment.to_dict` dumps
:class:`AssessmentModel`, the web API answers with it, and ``foedus schema assessment`` prints its JSON Schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from foedus.results._base import Closed, Open, Probability
from foedus.results.backtest import CountCoverageModel, CoverageModel, EraModel
from foedus.results.history import RecordCountModel, StateModel
from foedus.results.names import ASSESSMENT_SCHEMA

__all__ = [
    "ASSESSMENT_SCHEMA", "AllianceModel", "AssessmentModel", "ByHorizon", "CapabilitiesModel", "ComparableModel",
    "CurveModel", "EvidenceBacktestModel", "EvidenceModel", "HazardRatioModel", "IntervalModel", "RatioModel",
    "RecordAgreementModel", "SpecificationModel", "WarTestedCaseModel",
]


class IntervalModel(Closed):
    """A probability: mean and median of its draws, and the 5th and 95th percentiles (the 90% interval)."""

    mean: Probability
    median: Probability
    low: Probability
    high: Probability


#: A horizon in years after as_of, as text ("10").
HorizonKey = Annotated[str, StringConstraints(pattern=r"^[0-9]+$")]

#: Horizon -> P(breached within it).
ByHorizon = dict[HorizonKey, IntervalModel]


class AllianceModel(Open):
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


class SpecificationModel(Open):
    """One declared specification's own figure and its stacking weight: a point of the specification curve."""

    name: str
    label: str
    description: str
    weight: float = Field(ge=0, le=1)
    horizons: ByHorizon


class RecordAgreementModel(Open):
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


class RatioModel(Open):
    """A hazard ratio with its 90% interval."""

    ratio: float
    low: float
    high: float


class CapabilitiesModel(Open):
    """How the two states' capability ratio has moved since signature, and how the model weighs it."""

    ratio_now: float | None
    ratio_at_start: float | None
    shift: float | None
    hazard_ratios: dict[str, RatioModel]
    note: str


class HazardRatioModel(Open):
    """A covariate's hazard ratios for breach and for every other ending, in the specification named."""

    covariate: str
    breach: RatioModel
    other: RatioModel
    specification: str


class EvidenceBacktestModel(Open):
    """The backtest behind the stacking weights, in short: the headline's scores and the best simple baseline's, the
    calibration coverage, the eras and the breach counts' coverage."""

    horizon: int
    origins: list[int]
    headline: str
    stacked: dict[str, float] = Field(description="the headline's overall scores")
    best_baseline: str
    baseline: dict[str, float] = Field(description="the best simple baseline's overall scores")
    coverage: CoverageModel
    eras: list[EraModel]
    count_coverage: CountCoverageModel


class WarTestedCaseModel(Open):
    """A war that made the casus foederis of one of the pair's alliances arise (``foedus tested``), and its outcome
    under each rule set."""

    war: int
    year: int
    alliance: str
    title: str
    member: int
    obligation: str
    outcomes: dict[str, str] = Field(description="rule set -> honoured, violated or uncertain")
    timing_uncertain: bool


class EvidenceModel(Open):
    """What the figure rests on: the units, the backtest behind the stacking weights, and the data.

    A coding no ending uses yet adds ``coding``: what its figures rest on, in words.
    """

    units: int
    pair_units: int
    member_units: int
    alliances: int
    groups: int
    unit_years: int
    breaches: int
    first_year: int
    last_year: int
    breach_share: dict[str, float] = Field(description="the units that ended and the share of them breached")
    literature: list[dict[str, str | float]] = Field(description="the literature's shares of commitments broken "
                                                                 "when tested by war")
    weights: dict[str, float]
    top_specification: str
    backtest: EvidenceBacktestModel
    data: list[dict[str, Any]]
    interval: str
    tested: list[WarTestedCaseModel]

    @property
    def coding_note(self) -> str | None:
        """Return what the figures of a coding no ending uses yet rest on, in words (None for another coding)."""
        note = (self.model_extra or {}).get("coding")
        return None if note is None else str(note)


class ComparableModel(Open):
    """The observed breach share within the headline horizon among units comparable to the target (the same kind,
    obligation, major-power status and years in force), in force since 1946, with its 90% alliance-bootstrap
    interval."""

    bilateral: bool
    military: bool
    major_power: bool
    years_in_force: str
    since: int
    horizon: int
    unit_years: int
    breached: int
    alliances: int
    share: float | None
    low: float | None
    high: float | None


class CurveModel(Open):
    """Cumulative P(breached by the end of each year after as_of): mean, median, the 90% band, and each coding's
    median."""

    years: list[int]
    mean: list[Probability]
    median: list[Probability]
    low: list[Probability]
    high: list[Probability]
    codings: dict[str, list[Probability]] = Field(description="each coding's median curve")


class AssessmentModel(Closed):
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
    probability: ByHorizon = Field(description="the headline: stacked over specifications")
    without_record: ByHorizon = Field(
        description="the same with the pair's own record left out (its frailty drawn from the population)")
    by_coding: dict[str, ByHorizon]
    by_specification: list[SpecificationModel]
    by_prior: dict[str, ByHorizon]
    record: list[RecordAgreementModel]
    record_counts: dict[str, RecordCountModel] = Field(
        description="the pair's record counted under each coding (foedus.history.PairHistory.record_counts)")
    capabilities: CapabilitiesModel
    hazard_ratios: list[HazardRatioModel]
    frailty: dict[str, dict[str, float]] = Field(
        description="per kind of group (pair, state): the variance between groups, its 90% interval, and its prior's")
    evidence: EvidenceModel
    curve: CurveModel
    record_sentence: str
    sentence: str
    comparable: ComparableModel = Field(
        description="the observed breach share within the headline horizon among comparable units in force since "
                    "1946, with its count and 90% alliance-bootstrap interval")
    as_of_reason: str = Field(description="the year the forecast starts from and why")
