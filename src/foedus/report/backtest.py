"""A rolling-origin backtest for the terminal: scores per origin and overall, weights, calibration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

from foedus.reliability.backtest import HEADLINE_CANDIDATES, RECALIBRATED, STACKED
from foedus.reliability.forecasters import BASELINES
from foedus.report.tables import add_column

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.reliability.backtest import Backtest
    from foedus.results.backtest import DifferenceModel

__all__ = ["print_backtest"]


def _name(key: str) -> str:
    return key.removeprefix("spec:").replace("_", " ")


def _difference(entry: DifferenceModel | None) -> str:
    if entry is None:
        return ""
    return f"{entry.difference:+.4f} ({entry.low:+.4f} to {entry.high:+.4f})"


def print_backtest(result: Backtest, console: Console, *, per_origin: bool = True) -> None:
    """Print the overall scores, the scores at each origin, the stacking weights and the calibration."""
    console.print(
        f"Rolling-origin backtest: at each of {len(result.origins)} origins ({result.origins[0]}–"
        f"{result.origins[-1]}), every specification was fitted on what was known then and forecast P(breach within "
        f"{result.horizon} years) for every unit in force; coding {result.coding}, prior {result.prior}. Lower is "
        "better. " + ("Every outcome is known (no unit is cut by the end of the data before its horizon), so every "
                      "forecast counts once: the scores are plain means." if result.all_weights_one else
                      "Scores are weighted by the inverse probability of the outcome being observed."))
    candidates = ", ".join(_name(k) for k in HEADLINE_CANDIDATES)
    console.print(f"Headline: {_name(result.headline)}, the candidate ({candidates}) with the lowest overall log "
                  "score.")
    overall = Table(title="Overall (every forecast at every origin)")
    for column in ("forecaster", "Brier", "log score", "mean predicted", "observed"):
        add_column(overall, column, justify="left" if column == "forecaster" else "right")
    add_column(overall, "Δ log vs headline (90%)", justify="right")
    add_column(overall, "Δ log from 1990 (90%)", justify="right")
    add_column(overall, "Δ Brier vs headline (90%)", justify="right")
    order = [STACKED, RECALIBRATED, *[k for k in result.overall if k.startswith("spec:") and "@" not in k],
             *BASELINES]
    for key in order:
        if key not in result.overall:
            continue
        s = result.overall[key]
        diff = result.differences.get(key, {})
        overall.add_row(_name(key) + (" (headline)" if key == result.headline else ""), f"{s['brier']:.4f}",
                        f"{s['log']:.4f}", f"{s['mean_predicted']:.3f}", f"{s['observed']:.3f}",
                        _difference(diff.get("overall_log")), _difference(diff.get("from_1990_log")),
                        _difference(diff.get("overall_brier")))
    console.print(overall)
    console.print("Δ is the headline's score minus the forecaster's (negative: the headline is better), with a 90% "
                  "paired bootstrap interval over alliances (each alliance's forecasts resampled together).")
    if result.eras:
        eras = Table(title="Observed / forecast breaches of the headline by era of origin (90% alliance bootstrap)")
        for column in ("era", "forecasts", "observed", "forecast", "observed / forecast"):
            add_column(eras, column, justify="left" if column == "era" else "right")
        for e in result.eras:
            eras.add_row(e.era, str(e.forecasts), f"{e.observed:.0f}", f"{e.forecast:.1f}",
                         f"{e.ratio:.2f} ({e.low:.2f}–{e.high:.2f})")
        console.print(eras)
    if per_origin:
        table = Table(title="At each origin: log score (Brier)")
        add_column(table, "origin", justify="right")
        add_column(table, "units", justify="right")
        add_column(table, "breached", justify="right")
        shown = [result.headline, *[b for b in (STACKED, *BASELINES) if b in result.overall and b != result.headline]]
        for key in shown:
            add_column(table, _name(key), justify="right")
        for row in result.per_origin:
            cells = [f"{row.scores[k].log:.3f} ({row.scores[k].brier:.3f})" for k in shown if k in row.scores]
            table.add_row(str(row.origin), str(row.known), str(row.breached), *cells)
        console.print(table)
    weights = ", ".join(f"{k} {v:.2f}" for k, v in sorted(result.weights.items(), key=lambda kv: -kv[1]))
    console.print(f"Stacking weights over all origins: {weights}. (The stacked forecast scored above uses, at each "
                  f"origin T, weights fitted only on the origins whose outcomes were known by T, T' + {result.horizon} "
                  f"≤ T.) Recalibration shift (log odds) fitted on every origin: {result.shift:+.3f}.")
    c = result.count_coverage
    console.print(f"Breach counts: each origin's number of breaches lies inside its 90% predictive interval at "
                  f"{c.inside90 * 100:.0f}% of {c.origins} origins and inside its 50% interval at "
                  f"{c.inside50 * 100:.0f}% (simulated by alliance: parameter and frailty draws, one fate per "
                  f"alliance). PIT histogram of the counts (10 bins): {c.pit_histogram}.")
    if result.reliability:
        rel = Table(title="Reliability diagram of the headline (deciles of forecast, 90% Clopper–Pearson intervals)")
        for column in ("forecasts", "mean forecast", "observed share", "90% interval"):
            add_column(rel, column, justify="right")
        for b in result.reliability:
            rel.add_row(str(b.forecasts), f"{b.predicted:.3f}", f"{b.observed:.3f}", f"{b.low:.3f}–{b.high:.3f}")
        console.print(rel)
    cover = result.coverage
    console.print(f"Calibration: the 90% predictive intervals cover the observed share of breaches in "
                  f"{cover.covered:.0f} of {cover.bins:.0f} (origin × risk-decile) bins "
                  f"({cover.share * 100:.0f}%; ties at an interval's end split at random, Czado et al. 2009). "
                  f"Counting every share on an interval's end as inside: {cover.inside_share * 100:.0f}%.")
    if result.cross_validation:
        cv = Table(title="Leave-alliances-out cross-validation (10 folds of alliances, every origin, out of time)")
        for column in ("forecaster", "Brier", "log score"):
            add_column(cv, column, justify="left" if column == "forecaster" else "right")
        for key, s in result.cross_validation.items():
            cv.add_row(_name(key), f"{s['brier']:.4f}", f"{s['log']:.4f}")
        console.print(cv)
