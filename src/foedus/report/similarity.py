"""A pair's alliance-portfolio similarity as a table and a figure, with the agreements of its record marked."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.report.plots import _PALETTE, _pyplot, _save

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.similarity.pair import PairAgreement, PairSimilarity

__all__ = ["plot_similarity", "print_similarity"]

_SHORT = {"s": "S", "s_squared": "S²", "kappa": "κ", "pi": "π", "taub": "τb"}
#: The measures the figure draws: S and Cohen's κ (the others are in the table and the JSON).
_DRAWN = (("s", _PALETTE["blue"], "-"), ("kappa", _PALETTE["vermillion"], "-"))


def _short(column: str, scale: str) -> str:
    measure = column.removesuffix("_cinc").removesuffix(f"_{scale}")
    return _SHORT.get(measure, measure) + (" (CINC)" if column.endswith("_cinc") else "")


def _cell(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:+.3f}"


def _span(agreement: PairAgreement) -> str:
    return f"{agreement.start}–{agreement.end if agreement.end is not None else ''}"


def print_similarity(result: PairSimilarity, console: Console) -> None:
    """Print one row per year (each measure, and the agreements binding both states), then the notes."""
    from rich.table import Table

    table = Table(*["year", *(_short(c, result.scale) for c in result.values), "in force (from; * multilateral)"],
                  title=f"{result.title}: alliance-portfolio similarity ({result.scale} scale, "
                        f"{result.system.upper()} system)")
    for index, year in enumerate(result.years):
        binding = ", ".join(f"{a.start}{'*' if a.multilateral else ''}" for a in result.in_force(year))
        table.add_row(str(year), *(_cell(v[index]) for v in result.values.values()), binding)
    console.print(table)
    for agreement in sorted(result.agreements, key=lambda a: (a.start, a.slug)):
        ending = f", {agreement.ending}" if agreement.ending else (", in force" if agreement.end is None else "")
        console.print(f"{_span(agreement)}  {agreement.title}{ending}", highlight=False)
    for note in result.notes:
        console.print(f"note: {note}", highlight=False)


def similarity_figure(result: PairSimilarity) -> Any:
    """Return the figure: S and κ by year above, the agreements binding both states below, sharing the years."""
    import matplotlib.pyplot as plt

    agreements = sorted(result.agreements, key=lambda a: (a.start, a.slug))
    rows = max(len(agreements), 1)
    figure, (top, bottom) = plt.subplots(
        2, 1, figsize=(10, 5.2 + 0.32 * rows), sharex=True,
        gridspec_kw={"height_ratios": [4.2, 0.6 + 0.32 * rows], "hspace": 0.08})
    first, last = result.start, result.end
    for measure, colour, style in _DRAWN:
        column = f"{measure}_{result.scale}"
        if column in result.values:
            top.plot(result.years, result.values[column], color=colour, linestyle=style, linewidth=2,
                     marker="o", markersize=2.5, label=result.label(column))
    top.axhline(0, color=_PALETTE["black"], linewidth=0.6)
    top.set_ylim(-1.05, 1.05)
    top.set_ylabel("similarity (−1 to 1)")
    top.grid(axis="y", color="#dddddd", linewidth=0.6)
    bilateral = [a for a in agreements if not a.multilateral]
    for agreement in bilateral:  # the pair's own treaties: where each began and ended, across the measures
        if first <= agreement.start <= last:
            top.axvline(agreement.start, color=_PALETTE["green"], linewidth=1.3, linestyle="--")
            top.annotate(f" {agreement.start}: {textwrap.shorten(agreement.title, 24, placeholder='…')}",
                         (agreement.start, -1.0), rotation=90, fontsize=7.5, va="bottom", ha="left",
                         color=_PALETTE["green"])
        if agreement.end is not None and first <= agreement.end <= last:
            top.axvline(agreement.end, color=_PALETTE["grey"], linewidth=1.3, linestyle=":")
            top.annotate(f"{agreement.end}: {agreement.ending or 'ended'} ", (agreement.end, -1.0), rotation=90,
                         fontsize=7.5, va="bottom", ha="right", color="#555555")
    top.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    top.set_title(f"{result.title}: alliance-portfolio similarity, {first}–{last}", fontsize=11, loc="left")
    for row, agreement in enumerate(agreements):
        begin, end = max(agreement.start, first), agreement.end if agreement.end is not None else last
        colour = _PALETTE["green"] if not agreement.multilateral else _PALETTE["sky"]
        bottom.barh(row, max(end - begin, 0) + 1, left=begin - 0.5, height=0.6, color=colour)
        kind = "" if not agreement.multilateral else " (multilateral)"
        label = f"{_span(agreement)} {agreement.title}"
        bottom.text(1.01, row, textwrap.shorten(label, 64, placeholder="…") + kind, fontsize=7,
                    va="center", transform=bottom.get_yaxis_transform())
    bottom.set_yticks([])
    bottom.set_ylim(rows - 0.5, -0.5)
    bottom.set_xlim(first - 1, last + 1)
    bottom.set_xlabel("year")
    bottom.set_ylabel("in force", fontsize=8)
    ledgers = "ATOP with the ledgers overriding the members they list" if result.ledgers else "ATOP only"
    figure.text(0.01, -0.01, textwrap.fill(
        f"Source: foedus; portfolios on the {result.scale} scale over the {result.system.upper()} system's states "
        f"each year ({ledgers}); S: Signorino & Ritter (1999), κ: Häge (2011); agreements: the pair's record. "
        f"Missing years: outside ATOP's coverage ({result.coverage[0]}–{result.coverage[1]}) or either state "
        "outside the system.", 150), fontsize=7, color="#555555", va="top")
    return figure


def plot_similarity(result: PairSimilarity, path: str | Path) -> Path:
    """Write the figure (:func:`similarity_figure`) to ``path`` (.png, .svg or .pdf) and return the path.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``) or the suffix is not one of those.
    """
    target = Path(path)
    plt = _pyplot(target)
    return _save(similarity_figure(result), target, plt)
