"""Figures fit for a paper: a pair's record above its cumulative breach probability, and a backtest's calibration.

Percent axes, legends outside the plots, a source line with N, colour-blind-safe colours (Okabe & Ito), titles in
full beside the bars (wrapped, never cut), 300 dpi PNG, or SVG and PDF whose text stays editable text.

References
----------
Okabe, M., & Ito, K. (2008). *Color Universal Design (CUD): How to make figures and presentations that are friendly
to colorblind people*. J*Fly. https://jfly.uni-koeln.de/color/
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.alliance_titles import with_year
from foedus.errors import FoedusError

if TYPE_CHECKING:
    from foedus.reliability.assess import Assessment
    from foedus.reliability.backtest import Backtest

__all__ = ["assessment_figure", "plot_assessment", "plot_calibration"]

#: Okabe-Ito colours.
_PALETTE = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442", "blue": "#0072B2",
            "vermillion": "#D55E00", "purple": "#CC79A7", "grey": "#999999", "black": "#000000"}
#: One colour per ending (in words), so that no two endings look alike; "not coded" is left pale.
_ENDING_COLOURS = {"violated": _PALETTE["vermillion"], "abrogated": _PALETTE["orange"], "in force": _PALETTE["blue"],
                   "expired": _PALETTE["grey"], "replaced": _PALETTE["sky"], "fulfilled": _PALETTE["green"],
                   "dissolved jointly": _PALETTE["purple"], "lost independence": _PALETTE["yellow"],
                   "defeated": _PALETTE["black"], "not coded": "#E8E8E8"}
_CODING_COLOURS = {"atop": _PALETTE["sky"], "curated": _PALETTE["blue"], "narrative-2023": _PALETTE["vermillion"]}
_EXTRA_CODING_COLOURS = (_PALETTE["green"], _PALETTE["purple"], _PALETTE["orange"], _PALETTE["yellow"])
_SUFFIXES = (".png", ".svg", ".pdf")
#: Where a title wraps, in characters: titles are wrapped, never cut.
_TITLE_WIDTH = 56


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
    import matplotlib

    # text stays text in SVG and PDF (TrueType), so that a journal or a newsroom can edit and search it
    with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        figure.savefig(target, dpi=300, bbox_inches="tight", pad_inches=0.1)
    plt.close(figure)
    return target


def _coding_colour(name: str, order: list[str]) -> str:
    if name in _CODING_COLOURS:
        return _CODING_COLOURS[name]
    extra = [c for c in order if c not in _CODING_COLOURS]
    if name not in extra:
        return _PALETTE["grey"]
    return _EXTRA_CODING_COLOURS[extra.index(name) % len(_EXTRA_CODING_COLOURS)]


def _ending(row: dict[str, Any], coding: str) -> str:
    """Return how ``coding`` ends a record row, in words (an ending the coding falls back on is its own)."""
    ending = str(row["endings"].get(coding) or "")
    if not ending:
        return "not coded" if row["has_ended"] else "in force"
    return ending.split(" (")[0].replace("_", " ")


def _source_line(result: Assessment) -> str:
    ev = result.evidence
    data = [f"{d['dataset']} {d['version']}" for d in ev["data"] if d.get("kind") in ("shipped", "imported")]
    ledgers = [d["name"] for d in ev["data"] if d.get("kind") == "ledger"]
    return (f"Source: foedus, from {', '.join(data)} and the ledgers {', '.join(ledgers)}. "
            f"N = {ev['units']:,} alliance units ({ev['breaches']:,} breaches), {ev['first_year']}–{ev['last_year']}. "
            f"Stacked over {len(result.by_spec)} specifications; the band covers parameters and the choice of "
            "specification, not the coding.")


def plot_assessment(result: Assessment, path: str | Path) -> Path:
    """Write the assessment's figure to ``path`` (.png at 300 dpi, .svg or .pdf) and return the path.

    Above: the pair's agreements as bars from signature to end, named in full on the left (wrapped, never cut),
    coloured by how the coding ends them; under ``--coding all``, one stripe per coding. Below: the cumulative
    probability of a breach with its 90% band on a percent axis; under ``--coding all``, the mixture with each
    coding's own curve. Legends sit outside the plotting area; a source line gives the data and N.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``) or the suffix is not .png, .svg or .pdf.
    """
    target = Path(path)
    plt = _pyplot(target)
    return _save(assessment_figure(result), target, plt)


def assessment_figure(result: Assessment) -> Any:
    """Return the figure :func:`plot_assessment` writes (a matplotlib ``Figure``), to show or to adjust.

    Its artists carry ``gid``s: ``"agreements"`` and ``"curve"`` (the two panels), ``"source"`` (the source line).

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``).
    """
    plt = _pyplot(Path("figure.png"))
    from matplotlib.patches import Patch

    rows = [r for r in result.record if r["in_model"]] or result.record
    codings = list(result.by_coding) if result.coding == "all" else [result.coding]
    labels = [textwrap.fill(r["title"] + ("" if r["bilateral"] else " (multilateral)"), _TITLE_WIDTH)
              for r in reversed(rows)]
    # each row as tall as its wrapped title or its stripes need, in inches: the axis counts in inches too
    heights = [max(0.12 * (label.count("\n") + 1), 0.1 * len(codings)) + 0.14 for label in labels]
    centres = [sum(heights[:i]) + h / 2 for i, h in enumerate(heights)]
    top_height = sum(heights) + 0.9
    source = textwrap.fill(_source_line(result), 190)
    footer = 0.12 * (source.count("\n") + 1) + 0.1
    figure = plt.figure(figsize=(10, top_height + 4.4 + footer), layout="constrained")
    # a sub-figure per panel: each lays out its own labels and legend, so the curve is not narrowed by the titles
    upper, lower, foot = figure.subfigures(3, 1, height_ratios=[top_height, 4.4, footer])
    top, bottom = upper.subplots(), lower.subplots()
    foot.text(0.0, 0.5, source, fontsize=6.5, va="center", ha="left", gid="source")
    top.set_gid("agreements")
    bottom.set_gid("curve")
    end_year = result.as_of + 1
    seen: dict[str, Any] = {}
    for row, centre, height in zip(reversed(rows), centres, heights, strict=True):
        start = int(row["signed"][:4])
        end = int(row["ended"][:4]) if row["ended"] else end_year
        stripe = (height - 0.14) / len(codings)
        for k, coding in enumerate(codings):
            ending = _ending(row, coding)
            colour = _ENDING_COLOURS.get(ending, _PALETTE["grey"])
            y = centre + (height - 0.14) / 2 - stripe * (k + 0.5)
            top.barh(y, max(end - start, 0.6), left=start, height=stripe * 0.9, color=colour,
                     edgecolor=_PALETTE["grey"] if ending == "not coded" else colour, linewidth=0.4)
            seen.setdefault(ending, Patch(facecolor=colour, edgecolor=_PALETTE["grey"], linewidth=0.4, label=ending))
    top.set_yticks(centres, labels, fontsize=7)
    top.set_ylim(0, sum(heights))
    first = min(int(r["signed"][:4]) for r in rows)
    top.set_xlim(first - 2, end_year + 2)
    top.tick_params(axis="y", length=0)
    reading = ("one stripe per coding, top to bottom: " + ", ".join(codings) if len(codings) > 1
               else f"under the {codings[0]} coding")
    top.set_title(f"{result.a.name} – {result.b.name}: their agreements and how each ended ({reading})",
                  fontsize=9, loc="left")
    order = [e for e in _ENDING_COLOURS if e in seen]
    top.legend([seen[e] for e in order], order, title="ending", fontsize=7, title_fontsize=7, frameon=False,
               loc="upper left", bbox_to_anchor=(1.01, 1.0))
    for side in ("top", "right", "left"):
        top.spines[side].set_visible(False)

    curve = result.curve
    years = curve["years"]
    mixed = result.coding == "all"
    main_colour = _PALETTE["black"] if mixed else _coding_colour(result.coding, codings)
    bottom.fill_between(years, curve["low"], curve["high"], color=main_colour, alpha=0.15, linewidth=0,
                        label="90% interval")
    bottom.plot(years, curve["median"], color=main_colour, linewidth=2,
                label="median, every coding mixed equally" if mixed else f"median, {result.coding} coding")
    if mixed:
        for name, values in curve.get("codings", {}).items():
            bottom.plot(years, values, color=_coding_colour(name, codings), linewidth=1.2, linestyle="--",
                        label=f"median, {name} coding alone")
    bottom.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    bottom.set_ylim(0, max(0.02, max(curve["high"]) * 1.1))
    _percent_axis(bottom)
    bottom.set_xlabel("year")
    bottom.xaxis.get_major_locator().set_params(integer=True)
    bottom.set_ylabel("probability broken by then")
    what = ("a new alliance between them" if result.hypothetical
            else with_year(result.alliance["title"], result.alliance["signed"][:4]))
    bottom.set_title(textwrap.fill(f"Probability that {what} is broken by one of them, after {result.as_of} "
                                   f"({'all codings' if mixed else result.coding + ' coding'})", 110),
                     fontsize=9, loc="left")
    bottom.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    for side in ("top", "right"):
        bottom.spines[side].set_visible(False)
    return figure


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
    forecasts = sum(int(b.get("units", 0)) for b in bins)
    figure.text(0.01, -0.02, f"Source: foedus rolling-origin backtest, origins {result.origins[0]}–"
                f"{result.origins[-1]}, coding {result.coding}. N = {forecasts:,} forecasts in {len(bins)} bins.",
                fontsize=6.5, va="top")
    return _save(figure, target, plt)
