"""The names and versions of the JSON documents foedus writes (each a ``schema`` key's value), apart from their models
so that naming one imports no pydantic."""

from __future__ import annotations

__all__ = ["ASSESSMENT_SCHEMA", "BACKTEST_SCHEMA", "HISTORY_SCHEMA"]

#: A pair's history (:class:`foedus.results.history.HistoryModel`).
HISTORY_SCHEMA = "foedus.history/1"
#: An assessment (:class:`foedus.results.assessment.AssessmentModel`).
ASSESSMENT_SCHEMA = "foedus.assessment/3"
#: A rolling-origin backtest (:class:`foedus.results.backtest.BacktestModel`).
BACKTEST_SCHEMA = "foedus.backtest/3"
