"""Does the make-up of the alliances in force explain why forecasts into the post-1990 era run high? (issue 19)

The study behind docs/backtest-1990.md. Three steps, each printing the tables quoted there:

* ``describe``: breaches per 1,000 unit-years by era and by features known when a unit starts (kind, members at
  entry, obligations, ATOP's institutional provisions of the alliance's *first* phase, years in force), and the
  1990-on breaches expected at the 1975-1989 rates of each stratum (direct standardisation);
* ``backtest TERMS``: the leak-free rolling backtest of the two logistic hazards with candidate terms added to the
  ``covariates`` design, on the README's origins (1900, 1905, ..., h = 10) and on the offset origins of
  tests/reliability/test_backtest_off_grid.py (1902, 1907, ..., h = 5, 10, 20), with the same draws (100) and
  baselines; writes its figures and forecasts to ``--out``;
* ``compare``: the paired alliance-bootstrap difference (90%) in log score of every candidate against the shipped
  headline (the recency-weighted logistic hazard without added terms), overall and from 1990.

The terms are added by wrapping :func:`foedus.reliability.design._features` and ``_unit_values`` (a study, not the
model: nothing here changes what foedus forecasts). Institutional provisions are read from ATOP's member file
(``atop4_01m.csv``), each alliance's first phase, since the alliance file's ``hinst``/``minst``/``formorg`` record
the highest level an alliance ever reached (a look-ahead). Measured at commit 843cc42.

Run (from the repository root, a few minutes per candidate on 2 shared cores)::

    PYTHONPATH=src .venv/bin/python benchmarks/composition_1990.py describe --atop ../shared/data/atop
    PYTHONPATH=src .venv/bin/python benchmarks/composition_1990.py backtest base --atop ../shared/data/atop
    PYTHONPATH=src .venv/bin/python benchmarks/composition_1990.py backtest members --atop ../shared/data/atop
    ...  (composition, institutions, leeds_anac, composition_la)
    PYTHONPATH=src .venv/bin/python benchmarks/composition_1990.py compare

References
----------
Leeds, B. A., & Anac, S. (2005). Alliance institutionalization and alliance performance. *International
Interactions*, 31(3), 183-202 (the DOI is left out: it could not be checked here).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

#: Candidate term sets; ``composition`` was declared as the candidate before any backtest was run.
TERM_SETS: dict[str, tuple[str, ...]] = {
    "base": (),
    "members": ("log_members",),
    "institutions": ("organ", "military_inst"),
    "leeds_anac": ("hinst", "minst", "formorg"),
    "composition": ("log_members", "organ", "military_inst", "non_aggression", "consultation"),
    "composition_la": ("log_members", "hinst", "minst", "formorg", "non_aggression", "consultation"),
}
_HORIZONS = (("on", 10, 1900), ("off", 5, 1902), ("off", 10, 1902), ("off", 20, 1902))
_ERAS = [0, 1914, 1946, 1975, 1990, 2100]
_ERA_LABELS = ["<1914", "1914-45", "1946-74", "1975-89", "1990+"]


def _table() -> Any:
    from foedus.reliability.fits import universe_table
    from foedus.store import open_store

    path = Path(tempfile.mkdtemp()) / "foedus.duckdb"
    with open_store(path) as store:
        table = universe_table(store, "curated")
        treaties = store.query("SELECT slug, atopid FROM treaties WHERE atopid IS NOT NULL")
    slug = {r["slug"]: int(r["atopid"]) for r in treaties}
    table.units["atopid"] = pd.array([int(k[5:]) if k.startswith("atop-") else slug.get(k)
                                      for k in table.units["alliance"]], dtype="Int64")
    return table


def unit_features(units: pd.DataFrame, atop: Path) -> dict[str, np.ndarray]:
    """Return each unit's candidate terms: members at entry and obligations (from the unit), and the institutional
    provisions of its alliance's first ATOP phase (0 where the alliance has no ATOP id)."""
    m = pd.read_csv(atop / "atop4_01m.csv", low_memory=False)
    first = m[m["phase"] == m.groupby("atopid")["phase"].transform("min")]
    g = first.groupby("atopid").max(numeric_only=True)
    hinst = (g["milcon"] == 3) | (g["intcom"] == 1) | (g["base"] > 0)
    milorg = g["orgpurp1"].isin([1, 4]) | g["orgpurp2"].isin([1, 4])
    minst = ((g["milcon"] == 2) | ((g["milaid"] > 2) & (g["milaid"] < 5)) | (g["subord"] > 0) | (g["contrib"] == 1)
             | milorg) & ~hinst
    per_alliance = pd.DataFrame({
        "organ": g["organ1"] > 0,
        "military_inst": (g["milcon"] > 0) | (g["base"] > 0) | (g["contrib"] > 0) | (g["intcom"] > 0),
        "hinst": hinst, "minst": minst,
        "formorg": g["organ1"].isin([2, 3]) | g["organ2"].isin([2, 3]),
    }).astype(float)
    joined = units[["atopid"]].join(per_alliance, on="atopid").fillna(0.0)
    out = {name: joined[name].to_numpy(float) for name in per_alliance.columns}
    out["log_members"] = np.log(np.maximum(units["members"].to_numpy(float), 2.0) / 2.0)
    out["non_aggression"] = units["non_aggression"].to_numpy(bool).astype(float)
    out["consultation"] = units["consultation"].to_numpy(bool).astype(float)
    return out


def describe(atop: Path) -> None:
    """Print breaches per 1,000 unit-years by era and feature, and the direct standardisation."""
    table = _table()
    units = table.units
    features = unit_features(units, atop)
    uy = pd.DataFrame({"unit": table.unit, "year": table.year, "exp": table.exposure, "breach": table.breach})
    uy = uy[uy["year"] >= 1900]
    u = uy["unit"].to_numpy()
    uy["era"] = pd.cut(uy["year"], _ERAS, right=False, labels=_ERA_LABELS)
    uy["kind"] = np.where(units["bilateral"].to_numpy(bool)[u], "bilateral", "multilateral")
    uy["members"] = pd.cut(units["members"].to_numpy(float)[u], [0, 2, 3, 5, 10, 20, 1000],
                           labels=["2", "3", "4-5", "6-10", "11-20", "21+"])
    uy["military_inst"] = np.select([features["hinst"][u] == 1, features["minst"][u] == 1],
                                    ["high", "moderate"], "none")
    uy["formal_org"] = np.where(features["formorg"][u] == 1, "yes", "no")
    defense = (units["defense"] | units["offense"]).to_numpy(bool)[u]
    uy["obligation"] = np.select(
        [defense, units["neutrality"].to_numpy(bool)[u],
         units["non_aggression"].to_numpy(bool)[u] & units["consultation"].to_numpy(bool)[u],
         units["non_aggression"].to_numpy(bool)[u]],
        ["defense/offense", "neutrality", "non-aggr.+consult.", "non-aggr."], "consultation")
    uy["major"] = np.where(units["major"].astype("boolean").fillna(False).to_numpy(bool)[u], "major", "none")
    uy["years_in_force"] = pd.cut(uy["year"] - units["start"].to_numpy(float)[u], [-1, 5, 15, 30, 1000],
                                  labels=["<5", "5-15", "15-30", "30+"])
    for by in ("kind", "members", "obligation", "military_inst", "formal_org", "major", "years_in_force"):
        g = uy.groupby(["era", by], observed=True).agg(unit_years=("exp", "sum"), breaches=("breach", "sum"))
        g["per_1000"] = 1000 * g["breaches"] / g["unit_years"]
        print(f"\n== {by}\n{g.unstack(by).round(1).to_string()}")
    uy["members4"] = pd.cut(units["members"].to_numpy(float)[u], [0, 2, 4, 10, 1000],
                            labels=["2", "3-4", "5-10", "11+"])
    ref, late = uy[(uy["year"] >= 1975) & (uy["year"] < 1990)], uy[uy["year"] >= 1990]
    print("\n== 1990 on at the 1975-1989 rate of each stratum (strata with few unit-years shrunk to the pooled rate,"
          " 200 pseudo unit-years)")
    for cols in (["kind"], ["kind", "members4"], ["kind", "members4", "military_inst", "formal_org"],
                 ["kind", "members4", "military_inst", "formal_org", "obligation", "major"]):
        r = ref.groupby(cols, observed=True).agg(e=("exp", "sum"), b=("breach", "sum"))
        pooled = r["b"].sum() / r["e"].sum()
        r["rate"] = (r["b"] + 200 * pooled) / (r["e"] + 200)
        t = late.groupby(cols, observed=True).agg(e=("exp", "sum"), b=("breach", "sum")).join(r["rate"])
        expected = float((t["e"] * t["rate"].fillna(pooled)).sum())
        print(f"{' x '.join(cols)}: expected {1000 * expected / t['e'].sum():.2f} per 1,000 "
              f"({expected:.1f} breaches), observed {1000 * t['b'].sum() / t['e'].sum():.2f} ({int(t['b'].sum())}); "
              f"1975-1989 crude {1000 * pooled:.2f}")


def backtest(terms: str, atop: Path, out: Path) -> None:
    """Run the leak-free backtests of the logistic hazards with ``terms`` added; write figures and forecasts."""
    from tests.reliability import snapshots

    import foedus.reliability.design as design
    from foedus.reliability.backtest import origin_years, rolling_forecasts, summarise
    from foedus.reliability.forecasters import LOGISTIC, LOGISTIC_RECENT, Training
    from foedus.reliability.priors import DEFAULT_PRIOR

    table = _table()
    features = unit_features(table.units, atop)
    names = TERM_SETS[terms]
    unit_values, feature_columns = design._unit_values, design._features

    def with_terms_values(tab: Any, rows: Any) -> dict[str, Any]:
        values = unit_values(tab, rows)
        values.update({n: features[n][tab.unit[rows]] for n in names})
        return values

    def with_terms_columns(spec: Any, year: Any, duration: Any, values: Any, fill: Any) -> dict[str, Any]:
        columns = feature_columns(spec, year, duration, values, fill)
        if spec.covariates:
            columns.update({n: values[n] for n in names})
        return columns

    design._unit_values, design._features = with_terms_values, with_terms_columns  # type: ignore[assignment]
    out.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {}
    trainings: dict[str, dict[int, Training]] = {}
    for grid, horizon, first in _HORIZONS:
        results = rolling_forecasts(table, horizon=horizon, origins=origin_years(table, horizon, first=first),
                                    specs=(), cox=False, draws=100, trainings=trainings.setdefault(grid, {}))
        for headline in (LOGISTIC_RECENT, LOGISTIC):
            summary = summarise(results, horizon=horizon, coding="curated", prior=DEFAULT_PRIOR, specs=(),
                                cross_validation={}, headline=headline)
            figures[f"{grid}{horizon}/{headline}"] = snapshots.figures_of(summary)
        np.savez_compressed(out / f"{terms}_{grid}{horizon}.npz",
                            origin=np.concatenate([np.full(len(r.units), r.origin) for r in results]),
                            outcome=np.concatenate([r.outcome for r in results]),
                            weight=np.concatenate([r.weight for r in results]),
                            alliance=np.concatenate([r.alliance for r in results]),
                            recent=np.concatenate([r.baselines[LOGISTIC_RECENT] for r in results]),
                            plain=np.concatenate([r.baselines[LOGISTIC] for r in results]))
        for headline in (LOGISTIC_RECENT, LOGISTIC):
            f = figures[f"{grid}{horizon}/{headline}"]
            late = next(e for e in f["eras"] if e["era"] == "1990 on")
            print(f"{terms} {grid} h={horizon} {headline}: log {f['overall'][headline]['log']:.4f} "
                  f"(from 1990 {f['overall'][headline + '@from_1990']['log']:.4f}), O/F from 1990 "
                  f"{late['ratio']:.2f} ({late['low']:.2f}-{late['high']:.2f}), 90% count coverage "
                  f"{f['count_coverage']['inside90']:.2f}, 50% {f['count_coverage']['inside50']:.2f}", flush=True)
    (out / f"{terms}.json").write_text(json.dumps(figures, indent=1, default=str), encoding="utf-8")


def compare(out: Path, seed: int = 19, reps: int = 1000) -> None:
    """Print each candidate's log score minus the shipped headline's, with 90% paired alliance-bootstrap intervals."""
    rng = np.random.default_rng(seed)

    def loss(p: np.ndarray, y: np.ndarray) -> np.ndarray:
        q = np.clip(p, 1e-12, 1 - 1e-12)
        return np.asarray(-(y * np.log(q) + (1 - y) * np.log(1 - q)))

    for _, horizon, first in _HORIZONS:
        grid = "on" if first == 1900 else "off"
        base = np.load(out / f"base_{grid}{horizon}.npz")
        reference = loss(base["recent"], base["outcome"])
        for terms in TERM_SETS:
            path = out / f"{terms}_{grid}{horizon}.npz"
            if not path.exists():
                continue
            run = np.load(path)
            for name in ("recent", "plain"):
                diff = loss(run[name], run["outcome"]) - reference
                cells = []
                for mask in (np.ones(len(diff), bool), run["origin"] >= 1990):
                    d, w, a = diff[mask], run["weight"][mask], run["alliance"][mask]
                    ids, index = np.unique(a, return_inverse=True)
                    sd, sw = np.bincount(index, d * w, len(ids)), np.bincount(index, w, len(ids))
                    draws = [float((k * sd).sum() / (k * sw).sum())
                             for k in (np.bincount(rng.integers(0, len(ids), len(ids)), minlength=len(ids))
                                       for _ in range(reps))]
                    low, high = np.percentile(draws, [5, 95])
                    cells.append(f"{np.average(d, weights=w):+.4f} ({low:+.4f} to {high:+.4f})")
                print(f"{grid} h={horizon:<2} {terms + '/' + name:22s} overall {cells[0]:32s} from 1990 {cells[1]}")


def main() -> None:
    """Parse the command line and run one step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("step", choices=("describe", "backtest", "compare"))
    parser.add_argument("terms", nargs="?", default="base", choices=tuple(TERM_SETS))
    parser.add_argument("--atop", type=Path, default=Path("../shared/data/atop"))
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "foedus-composition-1990")
    args = parser.parse_args()
    if args.step == "describe":
        describe(args.atop)
    elif args.step == "backtest":
        backtest(args.terms, args.atop, args.out)
    else:
        compare(args.out)


if __name__ == "__main__":
    main()
