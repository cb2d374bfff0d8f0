"""The shape of a rolling-origin backtest (``foedus.backtest/3``): :meth:`foedus.reliability.backtest.Backtest.to_dict`
dumps :class:`BacktestModel`, and ``foedus schema backtest`` prints its JSON Schema."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from foedus.results._base import Closed, Open
from foedus.results.names import BACKTEST_SCHEMA

__all__ = [
    "BACKTEST_SCHEMA", "BacktestModel", "CalibrationBinModel", "CountCoverageModel", "CountModel", "CoverageModel",
    "DifferenceModel", "EraModel", "OriginModel", "ReliabilityBinModel", "ScoreModel",
]


class ScoreModel(Open):
    """A forecaster's scores: Brier and log score, mean forecast and observed share."""

    brier: float
    log: float
    mean_predicted: float
    observed: float


class OriginModel(Open):
    """One origin of the backtest: its units, how many outcomes are known and breached, the stacking weights fitted
    before it, and each forecaster's scores."""

    origin: int
    units: int
    known: int
    breached: int
    weights: dict[str, float]
    scores: dict[str, ScoreModel]


class CalibrationBinModel(Open):
    """A decile of forecasts at one origin: forecast against observed, the 90% interval, PIT and coverage."""

    origin: int
    decile: int
    units: int
    predicted: float
    observed: float
    low: float
    high: float
    pit: float
    covered: bool
    inside: bool


class CoverageModel(Open):
    """How many calibration bins the 90% intervals cover."""

    bins: float
    covered: float
    share: float
    inside_share: float


class DifferenceModel(Open):
    """The headline's score minus another forecaster's (negative: the headline is better), with its 90% paired
    alliance-bootstrap interval."""

    difference: float
    low: float
    high: float


class EraModel(Open):
    """Observed over forecast breaches of the headline in one era of origins, with a 90% alliance-bootstrap
    interval."""

    era: str
    origins: list[int]
    forecasts: int
    observed: float
    forecast: float
    ratio: float
    low: float
    high: float


class CountModel(Open):
    """One origin's breach count against its 50% and 90% predictive intervals (simulated by alliance), and its
    randomised PIT."""

    origin: int
    observed: float
    mean: float
    low50: float
    high50: float
    low90: float
    high90: float
    inside50: bool
    inside90: bool
    pit: float


class CountCoverageModel(Open):
    """The share of origins whose breach count lies inside its 50% and 90% intervals, and the counts' PIT histogram
    (10 bins)."""

    origins: int
    inside50: float
    inside90: float
    pit_histogram: list[int]


class ReliabilityBinModel(Open):
    """A decile of the headline's forecasts: their mean, the observed share and its 90% Clopper-Pearson interval."""

    forecasts: int
    predicted: float
    observed: float
    low: float
    high: float


class BacktestModel(Closed):
    """A rolling-origin backtest: schema ``foedus.backtest/3``, as ``foedus backtest --json`` prints it."""

    schema_: Literal["foedus.backtest/3"] = Field(alias="schema")
    horizon: int = Field(ge=1)
    coding: str
    prior: str
    origins: list[int]
    per_origin: list[OriginModel]
    overall: dict[str, ScoreModel] = Field(description="stacked, spec:<name> and each baseline")
    weights: dict[str, float]
    calibration: list[CalibrationBinModel]
    coverage: CoverageModel
    cross_validation: dict[str, ScoreModel]
    specifications: dict[str, str]
    headline: str = Field(description="the forecaster with the lowest overall log score among the stacked, the "
                                      "recalibrated stacked and the logistic hazards")
    shift: float = Field(description="the recalibration's log-odds shift fitted on every origin")
    differences: dict[str, dict[str, DifferenceModel]] = Field(
        description="headline score minus each forecaster's, overall and from 1990, with 90% paired "
                    "alliance-bootstrap intervals")
    eras: list[EraModel] = Field(
        description="observed over forecast breaches of the headline by era of origin, with 90% alliance-bootstrap "
                    "intervals")
    counts: list[CountModel] = Field(
        description="each origin's breach count against its 50% and 90% predictive intervals (simulated by "
                    "alliance) and its randomised PIT")
    count_coverage: CountCoverageModel = Field(
        description="the share of origins whose count lies inside its 50% and 90% intervals, and the PIT histogram")
    reliability: list[ReliabilityBinModel] = Field(
        description="the headline's reliability diagram: deciles of forecast, observed share and 90% "
                    "Clopper-Pearson interval")
    all_weights_one: bool = Field(
        description="true when every forecast's censoring weight is 1 (every outcome known)")
