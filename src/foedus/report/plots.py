"""Figures: a pair's timeline above its cumulative breach probability with the 90% band."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from foedus.errors import FoedusError

if TYPE_CHECKING:
    from foedus.reliability.assess import Assessment

__all__ = ["plot_assessment"]

_COLOURS = {"violated": "#c0392b", "abrogated": "#e67e22", "in force": "#27ae60"}


def plot_assessment(result: Assessment, path: str | Path) -> Path:
    """Write the assessment's figure to ``path`` (``.png`` or ``.svg``) and return the path.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``) or the suffix is not .png or .svg.
    """
    target = Path(path)
    if target.suffix.lower() not in (".png", ".svg"):
        raise FoedusError(f"--plot takes a .png or .svg file, not {target.name!r}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise FoedusError("plots need matplotlib: pip install 'foedus[plot]'") from None
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(10, 7), gridspec_kw={"height_ratios": [1, 1.2]})
    coding = "curated" if result.coding == "all" else result.coding
    for row, spell in enumerate(reversed(result.record)):
        ending = spell["endings"].get(coding) or "in force"
        end = spell["end"] if spell["end"] is not None else result.as_of + 1
        top.barh(row, end - spell["start"], left=spell["start"], color=_COLOURS.get(ending, "#7f8c8d"),
                 alpha=1.0 if spell["bilateral"] else 0.5)
        label = spell["title"] if len(spell["title"]) <= 48 else spell["title"][:47] + "…"
        top.text(spell["start"], row, f" {label} — {ending.replace('_', ' ')}", va="center", fontsize=7)
    top.set_yticks([])
    top.set_title(f"{result.a.name} – {result.b.name}: alliances and how they ended ({coding} coding)")
    top.axvline(result.as_of + 1, color="black", linewidth=0.8, linestyle=":")
    curve = result.curve
    years = curve["years"]
    bottom.fill_between(years, curve["low"], curve["high"], alpha=0.3, label="90% interval")
    bottom.plot(years, curve["median"], label="median")
    bottom.set_ylim(0, max(0.05, max(curve["high"]) * 1.1))
    bottom.set_xlabel("year")
    bottom.set_ylabel("P(breached by then)")
    what = "a new alliance" if result.hypothetical else f"the {result.alliance['signed']} alliance"
    bottom.set_title(f"Probability that {what} is breached by each year (as of {result.as_of})")
    bottom.xaxis.get_major_locator().set_params(integer=True)
    bottom.legend(loc="upper left")
    figure.tight_layout()
    figure.savefig(target)
    plt.close(figure)
    return target
