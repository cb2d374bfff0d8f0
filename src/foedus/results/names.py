"""The names and versions of the JSON documents foedus writes (each a ``schema`` key's value), apart from their models
so that naming one imports no pydantic."""

from __future__ import annotations

__all__ = [
    "ASSESSMENT_SCHEMA", "BACKTEST_SCHEMA", "HISTORY_SCHEMA", "MONITOR_SCHEMA", "PANEL_SCHEMA", "SIMILARITY_SCHEMA",
    "TESTED_CASES_SCHEMA",
]

#: A pair's history (:class:`foedus.results.history.HistoryModel`).
HISTORY_SCHEMA = "foedus.history/1"
#: An assessment (:class:`foedus.results.assessment.AssessmentModel`).
ASSESSMENT_SCHEMA = "foedus.assessment/3"
#: A rolling-origin backtest (:class:`foedus.results.backtest.BacktestModel`).
BACKTEST_SCHEMA = "foedus.backtest/3"
#: How two states treat each other, from event data (:class:`foedus.results.monitor.MonitorModel`).
MONITOR_SCHEMA = "foedus.monitor/1"
#: How alike two states' alliance portfolios were (:class:`foedus.results.similarity.SimilarityModel`).
SIMILARITY_SCHEMA = "foedus.similarity/1"
#: Alliances tested by war (:class:`foedus.results.tested.TestedCasesModel`).
TESTED_CASES_SCHEMA = "foedus.tested-cases/1"
#: A panel's metadata (:class:`foedus.results.panels.PanelModel`).
PANEL_SCHEMA = "foedus.panel/1"
