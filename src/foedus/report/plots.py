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
from foedus.report.timeaxis import BrokenTimeAxis
from foedus.text import datasets_in_words, joined, plural, record_count_cells, words

if TYPE_CHECKING:
    from foedus.reliability.assess import Assessment
    from foedus.reliability.backtest import Backtest
    from foedus.results.assessment import RecordAgreementModel

__all__ = ["assessment_figure", "figure_rows", "plot_assessment", "plot_calibration"]

#: Okabe-Ito colours.
_PALETTE = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442", "blue": "#0072B2",
            "vermillion": "#D55E00", "purple": "#CC79A7", "grey": "#999999", "black": "#000000"}
#: One colour per ending (in words), so that no two endings look alike; "not coded" is left pale.
_ENDING_COLOURS = {"violated": _PALETTE["vermillion"], "abrogated": _PALETTE["orange"], "in force": _PALETTE["blue"],
                   "expired": _PALETTE["grey"], "replaced": _PALETTE["sky"], "fulfilled": _PALETTE["green"],
                   "dissolved jointly": _PALETTE["purple"], "lost independence": _PALETTE["yellow"],
                   "defeated": "#FFFFFF", "not coded": "#E8E8E8"}
#: Endings told apart by a pattern rather than a colour: black belongs to the probability curves below.
_ENDING_HATCHES = {"defeated": "xxxx"}
_ENDING_EDGES = {"defeated": _PALETTE["grey"]}
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


def _ending(row: RecordAgreementModel, coding: str) -> str:
    """Return how ``coding`` ends a record row, in words (an ending the coding falls back on is its own)."""
    ending = str(row.endings.get(coding) or "")
    if not ending:
        return "not coded" if row.has_ended else "in force"
    return words(ending.split(" (")[0])


def _source_line(result: Assessment) -> str:
    ev = result.evidence
    data = [d for d in ev.data if d.get("kind") in ("shipped", "imported")]
    ledgers = [d["name"] for d in ev.data if d.get("kind") == "ledger"]
    return (f"Source: foedus, from {datasets_in_words(data)}; and the ledgers {joined(ledgers)}. "
            f"N = {ev.units:,} alliance units ({ev.breaches:,} breaches), {ev.first_year}–{ev.last_year}. "
            f"Stacked over {len(result.specifications)} specifications; the band covers parameters and the choice of "
            "specification, not the coding.")


def _breached_anywhere(row: RecordAgreementModel, codings: list[str]) -> bool:
    return any(row.breached.get(c) for c in codings)


def _in_model(row: RecordAgreementModel, coding: str) -> bool:
    return bool(row.in_model_by_coding.get(coding, row.in_model))


def figure_rows(result: Assessment) -> tuple[list[RecordAgreementModel], list[RecordAgreementModel]]:
    """Return the record rows the figure draws and those it leaves out: it draws every agreement that enters the
    model under a coding it shows and every agreement such a coding counts as breached (a breach is never left
    out); it leaves out the others, and its title says how many."""
    codings = list(result.by_coding) if result.coding == "all" else [result.coding]
    drawn = [r for r in result.record if _breached_anywhere(r, codings) or any(_in_model(r, c) for c in codings)]
    if not drawn:
        return list(result.record), []
    left = [r for r in result.record if r not in drawn]
    return drawn, left


#: How long a bar is drawn for an agreement that ended on a date the record does not give (hatched).
_UNKNOWN_END = 2


def _end(row: RecordAgreementModel, end_year: int) -> int:
    """Return the year a row's bar ends: its end, the as-of year for one in force, a short hatched stub for one that
    ended on a date the record does not give."""
    if row.ended:
        return int(row.ended[:4])
    return int(row.signed[:4]) + _UNKNOWN_END if row.has_ended else end_year


def _row_label(row: RecordAgreementModel, codings: list[str]) -> str:
    notes = [] if row.bilateral else ["multilateral"]
    if row.has_ended and not row.ended:
        notes.append("end date not recorded: hatched")
    outside = [c for c in codings if not _in_model(row, c)]
    if outside and len(outside) == len(codings):
        notes.append("not in the model")
    elif outside:
        notes.append("not in the model under " + joined(outside))
    return textwrap.fill(row.title + (f" ({'; '.join(notes)})" if notes else ""), _TITLE_WIDTH)


def plot_assessment(result: Assessment, path: str | Path) -> Path:
    """Write the assessment's figure to ``path`` (.png at 300 dpi, .svg or .pdf) and return the path.

    Above: the pair's agreements as bars from signature to end, named in full on the left (wrapped, never cut),
    coloured by how the coding ends them, on a time axis cut where long stretches hold no agreement; under
    ``--coding all``, one stripe per coding. Every agreement the model counts and every breach the coding records is
    drawn; the title counts the record under each coding and says how many agreements it leaves out. Below: the
    cumulative probability of a breach with its 90% band on a percent axis, in black and grey only (the colours
    belong to the endings); under ``--coding all``, the mixture and each coding's own median, told apart by line
    style and marker. Legends sit outside the plotting area; a source line gives the data and N.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``) or the suffix is not .png, .svg or .pdf.
    """
    target = Path(path)
    plt = _pyplot(target)
    return _save(assessment_figure(result), target, plt)


#: How each coding's own median is drawn under ``--coding all``: line style and marker, never a colour of the endings.
_CODING_STYLES = (("--", "o"), (":", "s"), ("-.", "^"), ((0, (5, 1, 1, 1, 1, 1)), "D"), ((0, (1, 3)), "v"))


def assessment_figure(result: Assessment) -> Any:
    """Return the figure :func:`plot_assessment` writes (a matplotlib ``Figure``), to show or to adjust.

    Its artists carry ``gid``s: ``"agreements"`` and ``"curve"`` (the two panels), ``"source"`` (the source line),
    ``"counts"`` (the record counted under each coding), and each bar ``"bar:<agreement>:<coding>"``.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``).
    """
    plt = _pyplot(Path("figure.png"))
    from matplotlib.patches import Patch

    rows, left_out = figure_rows(result)
    codings = list(result.by_coding) if result.coding == "all" else [result.coding]
    labels = [_row_label(r, codings) for r in reversed(rows)]
    # each row as tall as its wrapped title or its stripes need, in inches: the axis counts in inches too
    heights = [max(0.12 * (label.count("\n") + 1), 0.1 * len(codings)) + 0.14 for label in labels]
    centres = [sum(heights[:i]) + h / 2 for i, h in enumerate(heights)]
    top_height = sum(heights) + 1.1
    counts = "; ".join(
        f"{c}: " + " ".join(record_count_cells(result.record_counts.get(c, {}))[:1]) + " breached"
        + (f" ({record_count_cells(result.record_counts[c])[1]} in the model)"
           if c in result.record_counts and result.record_counts[c].get("in_model") is not None else "")
        for c in codings)
    omitted = (f" Not drawn: {plural(len(left_out), 'agreement')} that no coding shown counts as breached and the "
               "model leaves out (foedus history lists them)." if left_out else "")
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
    spans = [(float(r.signed[:4]), float(_end(r, end_year))) for r in rows]
    axis = BrokenTimeAxis(spans)
    seen: dict[str, Any] = {}
    for row, centre, height in zip(reversed(rows), centres, heights, strict=True):
        start = int(row.signed[:4])
        end = _end(row, end_year)
        unknown_end = bool(row.has_ended and not row.ended)
        stripe = (height - 0.14) / len(codings)
        left, right = axis.x(start), axis.x(end)
        for k, coding in enumerate(codings):
            ending = _ending(row, coding)
            colour = _ENDING_COLOURS.get(ending, _PALETTE["grey"])
            hatch = _ENDING_HATCHES.get(ending) or ("////" if unknown_end else None)
            edge = _PALETTE["grey"] if ending == "not coded" else _ENDING_EDGES.get(ending, colour)
            y = centre + (height - 0.14) / 2 - stripe * (k + 0.5)
            bars = top.barh(y, max(right - left, 0.6), left=left, height=stripe * 0.9, color=colour,
                            edgecolor=edge, linewidth=0.4, hatch=hatch)
            bars.patches[0].set_gid(f"bar:{row.alliance}:{coding}")
            seen.setdefault(ending, Patch(facecolor=colour, edgecolor=_ENDING_EDGES.get(ending, _PALETTE["grey"]),
                                          linewidth=0.4, hatch=_ENDING_HATCHES.get(ending), label=ending))
    top.set_yticks(centres, labels, fontsize=7)
    top.set_ylim(0, sum(heights))
    places, years = axis.ticks()
    top.set_xticks(places, years, fontsize=7)
    top.set_xlim(axis.x(min(s for s, _ in spans)) - 2, axis.x(max(e for _, e in spans)) + 2)
    for cut in axis.breaks():
        top.axvline(cut, color=_PALETTE["grey"], linewidth=0.6, linestyle=(0, (2, 2)), zorder=0)
        top.text(cut, 0, "//", transform=top.get_xaxis_transform(), ha="center", va="center", fontsize=8,
                 color=_PALETTE["grey"], clip_on=False)
    top.tick_params(axis="y", length=0)
    reading = ("one stripe per coding, top to bottom: " + ", ".join(codings) if len(codings) > 1
               else f"under the {codings[0]} coding")
    cut_note = " The time axis is cut (//) where no agreement runs for a long stretch." if axis.breaks() else ""
    top.set_title(f"{result.a.name} – {result.b.name}: their agreements and how each ended ({reading})",
                  fontsize=9, loc="left")
    top.text(0.0, 1.0 + 0.35 / max(sum(heights), 0.5), textwrap.fill(
        f"Of all {plural(len(result.record), 'agreement')} in their record: {counts}.{omitted}{cut_note}", 120),
        transform=top.transAxes, fontsize=7, va="bottom", ha="left", gid="counts")
    order = [e for e in _ENDING_COLOURS if e in seen]
    top.legend([seen[e] for e in order], order, title="ending", fontsize=7, title_fontsize=7, frameon=False,
               loc="upper left", bbox_to_anchor=(1.01, 1.0))
    for side in ("top", "right", "left"):
        top.spines[side].set_visible(False)

    curve = result.curve
    years_ahead = curve.years
    mixed = result.coding == "all"
    ink = _PALETTE["black"]
    bottom.fill_between(years_ahead, curve.low, curve.high, color=ink, alpha=0.12, linewidth=0,
                        label="90% interval")
    if mixed:
        for (name, values), (style, marker) in zip(curve.codings.items(), _CODING_STYLES, strict=False):
            bottom.plot(years_ahead, values, color=ink, linewidth=1.1, linestyle=style, marker=marker, markersize=3.5,
                        markevery=max(1, len(years_ahead) // 8), markerfacecolor="white", zorder=3,
                        label=f"median, {name} coding alone")
    bottom.plot(years_ahead, curve.median, color=ink, linewidth=2.4 if mixed else 2, zorder=2,
                alpha=0.55 if mixed else 1.0,
                label="median, every coding mixed equally" if mixed else f"median, {result.coding} coding")
    if mixed:  # the mixture first in the legend, as the headline is
        handles, names = bottom.get_legend_handles_labels()
        order_idx = [0, len(names) - 1, *range(1, len(names) - 1)]
        bottom.legend([handles[i] for i in order_idx], [names[i] for i in order_idx], fontsize=7, frameon=False,
                      loc="upper left", bbox_to_anchor=(1.01, 1.0))
    else:
        bottom.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    bottom.set_xlim(years_ahead[0] - 0.5, years_ahead[-1] + 0.5)
    bottom.set_ylim(0, max(0.02, max(curve.high) * 1.1))
    _percent_axis(bottom)
    bottom.set_xlabel("year")
    bottom.xaxis.get_major_locator().set_params(integer=True)
    bottom.set_ylabel("probability broken by then")
    what = ("a new alliance between them" if result.hypothetical
            else with_year(result.alliance.title, result.alliance.signed[:4]))
    bottom.set_title(textwrap.fill(f"Probability that {what} is broken by one of them, after {result.as_of} "
                                   f"({'all codings' if mixed else result.coding + ' coding'})", 110),
                     fontsize=9, loc="left")
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
    predicted = [b.predicted for b in bins]
    observed = [b.observed for b in bins]
    low = [b.observed - b.low if b.observed >= b.low else 0 for b in bins]
    high = [b.high - b.observed if b.high >= b.observed else 0 for b in bins]
    colours = [_PALETTE["blue"] if b.covered else _PALETTE["vermillion"] for b in bins]
    top = max([*predicted, *observed, *(b.high for b in bins), 0.05]) * 1.05
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
    axis.set_title(f"Calibration by origin × risk decile: {cover.covered:.0f} of {cover.bins:.0f} bins "
                   f"covered ({cover.share * 100:.0f}%)", fontsize=9, loc="left")
    axis.legend(fontsize=7, loc="upper left", frameon=False)
    forecasts = sum(b.units for b in bins)
    figure.text(0.01, -0.02, f"Source: foedus rolling-origin backtest, origins {result.origins[0]}–"
                f"{result.origins[-1]}, coding {result.coding}. N = {forecasts:,} forecasts in {len(bins)} bins.",
                fontsize=6.5, va="top")
    return _save(figure, target, plt)
