"""A backtest as rich tables: scores of the model and its baselines, and the calibration table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.reliability.backtest import Backtest

__all__ = ["print_backtest"]


def print_backtest(result: Backtest, console: Console) -> None:
    """Print the training and test sets, the scores, and the calibration with its interval coverage."""
    train, test = result.training, result.test
    console.print(
        f"Fitted on {train['spells']} spells that began {train['first_year']}–{train['last_year']} "
        f"({train['breaches']} breaches); scored on {test['spells']} spells that began {result.split_year}–"
        f"{test['last_year']} ({test['breaches_within_horizon']} breached within {result.horizon} years). "
        f"Coding {result.coding}, prior {result.prior}; spells weighted 1/(members - 1)."
    )
    scores = Table(title=f"Scores for P(breach within {result.horizon} years of the start) — lower is better")
    scores.add_column("model")
    scores.add_column("Brier", justify="right")
    scores.add_column("log score", justify="right")
    scores.add_column("mean predicted", justify="right")
    observed = test["weighted_breaches"] / test["weighted_spells"]
    for name, row in result.scores.items():
        scores.add_row(name.replace("_", " "), f"{row['brier']:.4f}", f"{row['log']:.4f}",
                       f"{row['mean_predicted']:.3f}")
    scores.add_row("(observed share)", "", "", f"{observed:.3f}")
    console.print(scores)
    calibration = Table(title="Calibration of the model: predicted vs observed, with 90% predictive intervals")
    for column in ("predicted bin", "spells", "predicted", "observed", "90% interval", "covered"):
        calibration.add_column(column, justify="right")
    for row in result.calibration:
        calibration.add_row(f"{row['from']:.2f}–{row['to']:.2f}", str(row["spells"]), f"{row['predicted']:.3f}",
                            f"{row['observed']:.3f}", f"{row['low']:.3f}–{row['high']:.3f}",
                            "yes" if row["covered"] else "no")
    console.print(calibration)
    cover = result.coverage
    console.print(f"The 90% intervals cover the observed share in {cover['covered']} of {cover['bins']} bins.")
