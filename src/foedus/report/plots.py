"""Figures fit for a paper: a pair's record above its cumulative breach probability, and a backtest's calibration.

Percent axes, a legend, a source line with N, colour-blind-safe colours (Okabe & Ito), labels kept inside the
frame, 300 dpi PNG or vector SVG and PDF.

References
----------
Okabe, M., & Ito, K. (2008). *Color Universal Design (CUD): How to make figures and presentations that are friendly
to colorblind people*. J*Fly. https://jfly.uni-koeln.de/color/
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.errors import FoedusError

if TYPE_CHECKING:
    from foedus.reliability.assess import Assessment
    from foedus.reliability.backtest import Backtest

__all__ = ["plot_assessment", "plot_calibration"]

#: Okabe-Ito colours.
_PALETTE = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442", "blue": "#0072B2",
            "vermillion": "#D55E00", "purple": "#CC79A7", "grey": "#999999", "black": "#000000"}
_ENDING_COLOURS = {"violated": _PALETTE["vermillion"], "abrogated": _PALETTE["orange"], "in force": _PALETTE["blue"],
                   "expired": _PALETTE["grey"], "replaced": _PALETTE["sky"], "fulfilled": _PALETTE["green"]}
_CODING_COLOURS = {"atop": _PALETTE["sky"], "curated": _PALETTE["blue"], "narrative-2023": _PALETTE["vermillion"]}
_SUFFIXES = (".png", ".svg", ".pdf")


def _pyplot(target: Path) -> Any:
    if target.suffix.lower() not in _SUFFIXES:
        raise FoedusError(f"--plot takes a .png, .svg or .pdf file, not {target.name!r}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise FoedusError("plots need matplotlib: pip install 'foedus[plot]'") from None
    return plt


def _percent_axis(axis: Any) -> None:
    from matplotlib.ticker import PercentFormatter

    axis.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=None))


def _save(figure: Any, target: Path, plt: Any) -> Path:
    figure.savefig(target, dpi=300, bbox_inches="tight")
    plt.close(figure)
    return target


def plot_assessment(result: Assessment, path: str | Path) -> Path:
    """Write the assessment's figure to ``path`` (.png, .svg or .pdf) and return the path.

    Above: the pair's agreements as bars from signature to end, coloured by how the chosen coding ends them.
    Below: the cumulative probability of a breach with its 90% band; under ``--coding all``, the mixture with each
    coding's own curve beside it.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``) or the suffix is not .png, .svg or .pdf.
    """
    target = Path(path)
    plt = _pyplot(target)
    rows = [r for r in result.record if r["in_model"]] or result.record
    height = 2.0 + 0.28 * len(rows)
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(9, height + 3.6),
                                         gridspec_kw={"height_ratios": [height, 3.6]})
    coding = "curated" if result.coding == "all" else result.coding
    end_year = result.as_of + 1
    seen: dict[str, Any] = {}
    for i, row in enumerate(reversed(rows)):
        start = int(row["signed"][:4])
        end = int(row["ended"][:4]) if row["ended"] else end_year
        ending = (row["endings"].get(coding) or ("other" if row["has_ended"] else "in force")).split(" (")[0]
        ending = ending.replace("_", " ")
        colour = _ENDING_COLOURS.get(ending, _PALETTE["grey"])
        bar = top.barh(i, max(end - start, 0.6), left=start, color=colour, height=0.6,
                       hatch=None if row["bilateral"] else "//", edgecolor="white")
        seen.setdefault(ending, bar)
        title = textwrap.shorten(row["title"], 60, placeholder="…")
        top.text(start - 1, i, title, va="center", ha="right", fontsize=7)
    first = min(int(r["signed"][:4]) for r in rows)
    top.set_xlim(first - 0.5 * (end_year - first) - 5, end_year + 2)
    top.set_yticks([])
    top.set_title(f"{result.a.name} – {result.b.name}: agreements and how the {coding} coding ends them "
                  "(hatched: multilateral)", fontsize=9, loc="left")
    top.legend(list(seen.values()), list(seen), fontsize=7, loc="lower left", frameon=False, ncol=3)
    for side in ("top", "right", "left"):
        top.spines[side].set_visible(False)
    curve = result.curve
    years = curve["years"]
    label = "all codings, mixed" if result.coding == "all" else f"{result.coding} coding"
    bottom.fill_between(years, curve["low"], curve["high"], color=_PALETTE["blue"], alpha=0.2,
                        label="90% interval")
    bottom.plot(years, curve["median"], color=_PALETTE["blue"], linewidth=2, label=f"median ({label})")
    if result.coding == "all":
        for name, values in curve.get("codings", {}).items():
            bottom.plot(years, values, color=_CODING_COLOURS.get(name, _PALETTE["grey"]), linewidth=1,
                        linestyle="--", label=f"{name} coding alone")
    bottom.set_ylim(0, max(0.02, max(curve["high"]) * 1.1))
    _percent_axis(bottom)
    bottom.set_xlabel("year")
    bottom.xaxis.get_major_locator().set_params(integer=True)
    bottom.set_ylabel("probability breached by then")
    what = "a new alliance" if result.hypothetical else f"the {result.alliance['signed']} alliance"
    bottom.set_title(f"Probability that {what} is broken by one of them, as of {result.as_of}", fontsize=9,
                     loc="left")
    bottom.legend(fontsize=7, loc="upper left", frameon=False)
    for side in ("top", "right"):
        bottom.spines[side].set_visible(False)
    ev = result.evidence
    figure.text(0.01, -0.01, textwrap.fill(
        f"Source: foedus; ATOP 4.01 (Leeds et al. 2002) and foedus ledgers. N = {ev['units']:,} alliance units "
        f"({ev['breaches']:,} breaches), {ev['first_year']}–{ev['last_year']}. Stacked over "
        f"{len(result.by_spec)} specifications; interval covers parameters and specification, not coding.", 140),
        fontsize=6.5, va="top")
    figure.tight_layout()
    return _save(figure, target, plt)


def plot_calibration(result: Backtest, path: str | Path) -> Path:
    """Write the backtest's calibration figure: observed against predicted share per (origin, decile) bin.

    Raises
    ------
    FoedusError
        If matplotlib is not installed or the suffix is not .png, .svg or .pdf.
    """
    target = Path(path)
    plt = _pyplot(target)
    figure, axis = plt.subplots(figsize=(6, 6))
    bins = result.calibration
    predicted = [b["predicted"] for b in bins]
    observed = [b["observed"] for b in bins]
    low = [b["observed"] - b["low"] if b["observed"] >= b["low"] else 0 for b in bins]
    high = [b["high"] - b["observed"] if b["high"] >= b["observed"] else 0 for b in bins]
    colours = [_PALETTE["blue"] if b["covered"] else _PALETTE["vermillion"] for b in bins]
    top = max([*predicted, *observed, *(b["high"] for b in bins), 0.05]) * 1.05
    axis.plot([0, top], [0, top], color=_PALETTE["grey"], linewidth=1, label="perfect calibration")
    axis.errorbar(predicted, observed, yerr=[low, high], fmt="none", ecolor=_PALETTE["grey"], alpha=0.4,
                  linewidth=0.8)
    axis.scatter(predicted, observed, c=colours, s=14, zorder=3)
    axis.scatter([], [], c=_PALETTE["blue"], s=14, label="observed share inside the 90% interval")
    axis.scatter([], [], c=_PALETTE["vermillion"], s=14, label="outside")
    axis.set_xlim(0, top)
    axis.set_ylim(0, top)
    _percent_axis(axis)
    axis.xaxis.set_major_formatter(axis.yaxis.get_major_formatter())
    axis.set_xlabel(f"predicted P(breach within {result.horizon} years)")
    axis.set_ylabel("observed share breached")
    cover = result.coverage
    axis.set_title(f"Calibration by origin × risk decile: {cover['covered']:.0f} of {cover['bins']:.0f} bins "
                   f"covered ({cover['share'] * 100:.0f}%)", fontsize=9, loc="left")
    axis.legend(fontsize=7, loc="upper left", frameon=False)
    figure.text(0.01, -0.02, f"Source: foedus rolling-origin backtest, origins {result.origins[0]}–"
                f"{result.origins[-1]}, coding {result.coding}.", fontsize=6.5, va="top")
    return _save(figure, target, plt)
