"""Reviewed figures the suite pins: the README's backtest table and China–Russia's assessment.

The tests compare a fresh run with ``snapshots/*.json``. After a change that moves a figure on purpose, review the
difference, then update the files (and the README's table) with::

    .venv/bin/python -m tests.reliability.snapshots --update
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).with_name("snapshots")
BACKTEST = FOLDER / "backtest.json"
CHINA_RUSSIA = FOLDER / "china_russia.json"


def backtest_figures(store: Any) -> dict[str, Any]:
    """Return the README's backtest figures: the full rolling-origin backtest under the default options."""
    from foedus.reliability.backtest import backtest

    result = backtest(store)
    return {
        "origins": result.origins,
        "overall": {k: {m: round(v[m], 4) for m in ("brier", "log", "mean_predicted", "observed")}
                    for k, v in result.overall.items()},
        "weights": {k: round(v, 3) for k, v in result.weights.items()},
        "coverage": result.coverage,
        "cross_validation": {k: {m: round(v[m], 4) for m in ("brier", "log")}
                             for k, v in result.cross_validation.items()},
    }


def china_russia_figures(store: Any) -> dict[str, Any]:
    """Return China–Russia's figures under the default options and under every coding."""
    from foedus.reliability.assess import assess

    result = assess(store, "China", "Russia")
    return {
        "as_of": result.as_of,
        "probability": {str(h): {k: round(v[k], 4) for k in ("median", "low", "high")} for h, v in result.main.items()},
        "without_record": {str(h): round(v["median"], 4) for h, v in result.without_record.items()},
        "by_coding": {c: round(t[10]["median"], 4) for c, t in result.by_coding.items()},
        "weights": {k: round(v, 3) for k, v in result.evidence["weights"].items()},
    }


def readme_table(figures: dict[str, Any]) -> str:
    """Return the README's backtest table (markdown) from the backtest figures."""
    from foedus.reliability.baselines import BASELINES

    names = {"stacked": "stacked forecast (the headline)", "overall_rate": "overall rate",
             "stratified_aalen_johansen": "stratified Aalen–Johansen (era × bilateral × defense)",
             "cause_specific_cox": "cause-specific Cox (same covariates)",
             "own_record": "the pair's or state's own record, shrunk to the stratified rate"}
    lines = ["| forecaster | Brier | log score |", "|---|---|---|"]
    for key in ("stacked", *BASELINES):
        s = figures["overall"][key]
        lines.append(f"| {names[key]} | {s['brier']:.4f} | {s['log']:.4f} |")
    return "\n".join(lines)


def main() -> None:
    """Recompute both snapshots on a fresh store and write them (with ``--update``) or print them."""
    import tempfile

    from foedus.store import open_store

    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "foedus.duckdb") as store:
        figures = {BACKTEST: backtest_figures(store), CHINA_RUSSIA: china_russia_figures(store)}
    for path, value in figures.items():
        text = json.dumps(value, indent=2, sort_keys=True) + "\n"
        if "--update" in sys.argv:
            FOLDER.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
        else:
            print(text)
    print(readme_table(figures[BACKTEST]))


if __name__ == "__main__":
    main()
