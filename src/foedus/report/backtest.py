"""A rolling-origin backtest for the terminal: scores per origin and overall, weights, calibration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

from foedus.reliability.backtest import STACKED
from foedus.reliability.baselines import BASELINES
from foedus.report.tables import add_column

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.reliability.backtest import Backtest

__all__ = ["print_backtest"]


def _name(key: str) -> str:
    return key.removeprefix("spec:").replace("_", " ")


def print_backtest(result: Backtest, console: Console, *, per_origin: bool = True) -> None:
    """Print the overall scores, the scores at each origin, the stacking weights and the calibration."""
    console.print(
        f"Rolling-origin backtest: at each of {len(result.origins)} origins ({result.origins[0]}–"
        f"{result.origins[-1]}), every specification was fitted on what was known then and forecast P(breach within "
        f"{result.horizon} years) for every unit in force; coding {result.coding}, prior {result.prior}. Scores are "
        "weighted by the inverse probability of the outcome being observed; lower is better.")
    overall = Table(title="Overall (every forecast at every origin)")
    for column in ("forecaster", "Brier", "log score", "mean predicted", "observed"):
        add_column(overall, column, justify="left" if column == "forecaster" else "right")
    order = [STACKED, *[k for k in result.overall if k.startswith("spec:")], *BASELINES]
    for key in order:
        if key not in result.overall:
            continue
        s = result.overall[key]
        overall.add_row(_name(key) + (" (headline)" if key == STACKED else ""), f"{s['brier']:.4f}",
                        f"{s['log']:.4f}", f"{s['mean_predicted']:.3f}", f"{s['observed']:.3f}")
    console.print(overall)
    if per_origin:
        table = Table(title="At each origin: log score (Brier)")
        add_column(table, "origin", justify="right")
        add_column(table, "units", justify="right")
        add_column(table, "breached", justify="right")
        shown = [STACKED, *[b for b in BASELINES if b in result.overall]]
        for key in shown:
            add_column(table, _name(key), justify="right")
        for row in result.per_origin:
            cells = [f"{row['scores'][k]['log']:.3f} ({row['scores'][k]['brier']:.3f})" for k in shown
                     if k in row["scores"]]
            table.add_row(str(row["origin"]), str(row["known"]), str(row["breached"]), *cells)
        console.print(table)
    weights = ", ".join(f"{k} {v:.2f}" for k, v in sorted(result.weights.items(), key=lambda kv: -kv[1]))
    console.print(f"Stacking weights over all origins: {weights}. (The stacked forecast scored above uses, at each "
                  "origin, weights fitted on the earlier origins only.)")
    cover = result.coverage
    console.print(f"Calibration: the 90% predictive intervals cover the observed share of breaches in "
                  f"{cover['covered']:.0f} of {cover['bins']:.0f} (origin × risk-decile) bins "
                  f"({cover['share'] * 100:.0f}%; ties at an interval's end split at random, Czado et al. 2009). "
                  f"Counting every share on an interval's end as inside: {cover['inside_share'] * 100:.0f}%.")
    if result.cross_validation:
        cv = Table(title="Leave-alliances-out cross-validation (10 folds of alliances, every origin)")
        for column in ("forecaster", "Brier", "log score"):
            add_column(cv, column, justify="left" if column == "forecaster" else "right")
        for key, s in result.cross_validation.items():
            cv.add_row(_name(key), f"{s['brier']:.4f}", f"{s['log']:.4f}")
        console.print(cv)
