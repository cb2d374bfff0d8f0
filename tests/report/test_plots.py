"""The assessment's figure, fit for a paper: full titles beside (never on) the bars, percent axes, legends outside
the plots, a source line with N, Okabe-Ito colours, 300 dpi PNG, and SVG and PDF with their text as text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from foedus.reliability.assess import Assessment, assess
from tests.extras import require

require("matplotlib", "plot")

from foedus.report.plots import _ENDING_COLOURS, _PALETTE, assessment_figure, plot_assessment  # noqa: E402


@pytest.fixture(scope="module")
def mixed(_prepared_store: Path) -> Assessment:
    from foedus.store import open_store

    with open_store(_prepared_store) as store:
        return assess(store, "China", "Russia", coding="all")


@pytest.fixture
def figure(mixed: Assessment) -> Iterator[Any]:
    import matplotlib.pyplot as plt

    drawn = assessment_figure(mixed)
    drawn.canvas.draw()  # lay it out, as saving does
    yield drawn
    plt.close(drawn)


def _axes(figure: Any, gid: str) -> Any:
    (found,) = [a for a in figure.get_axes() if a.get_gid() == gid]
    return found


def test_every_agreement_is_named_in_full_beside_its_bars_never_on_them(figure: Any, mixed: Assessment) -> None:
    top = _axes(figure, "agreements")
    renderer = figure.canvas.get_renderer()
    labels = [t for t in top.get_yticklabels() if t.get_text()]
    shown = sorted(" ".join(t.get_text().split()) for t in labels)
    expected = sorted(r["title"] + ("" if r["bilateral"] else " (multilateral)")
                      for r in mixed.record if r["in_model"])
    assert shown == expected and not any("…" in t for t in shown)  # wrapped, never cut
    frame = top.get_window_extent(renderer)
    bars = [p.get_window_extent(renderer) for p in top.patches]
    for label in labels:
        box = label.get_window_extent(renderer)
        assert box.x1 <= frame.x0 + 1  # left of the plotting area: it cannot run into the bars or past the frame
        assert not any(box.overlaps(bar) for bar in bars)


def test_legends_sit_outside_the_plots(figure: Any) -> None:
    renderer = figure.canvas.get_renderer()
    for gid in ("agreements", "curve"):
        axes = _axes(figure, gid)
        legend = axes.get_legend()
        assert legend is not None
        assert not legend.get_window_extent(renderer).overlaps(axes.get_window_extent(renderer))


def test_all_codings_show_the_mixture_and_each_coding_on_a_percent_axis(figure: Any, mixed: Assessment) -> None:
    curve = _axes(figure, "curve")
    entries = [t.get_text() for t in curve.get_legend().get_texts()]
    assert entries == ["90% interval", "median, every coding mixed equally",
                       *[f"median, {c} coding alone" for c in mixed.by_coding]]
    ticks = [t.get_text() for t in curve.get_yticklabels() if t.get_text()]
    assert ticks and all(t.endswith("%") for t in ticks)
    assert "(all codings)" in curve.get_title(loc="left") and "curated coding" not in curve.get_title(loc="left")
    assert "one stripe per coding" in _axes(figure, "agreements").get_title(loc="left")


def test_the_source_line_gives_the_data_and_n(figure: Any, mixed: Assessment) -> None:
    (source,) = [t for t in figure.findobj(lambda a: a.get_gid() == "source")]
    text = " ".join(source.get_text().split())
    assert text.startswith("Source: foedus, from ATOP 4.01") and f"N = {mixed.evidence['units']:,}" in text


def test_the_colours_are_okabe_itos(figure: Any) -> None:
    from matplotlib.colors import to_hex

    allowed = {c.lower() for c in (*_PALETTE.values(), *_ENDING_COLOURS.values())}
    used = {to_hex(p.get_facecolor()) for p in _axes(figure, "agreements").patches}
    used |= {to_hex(line.get_color()) for line in _axes(figure, "curve").get_lines()}
    assert used and used <= allowed
    assert "#ff0000" not in used and "#008000" not in used  # no red/green pair


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_the_figure_is_written_as_png_at_300_dpi_or_as_svg_and_pdf_with_text(mixed: Assessment, tmp_path: Path,
                                                                             suffix: str) -> None:
    path = plot_assessment(mixed, tmp_path / f"figure{suffix}")
    data = path.read_bytes()
    if suffix == ".png":
        from PIL import Image

        with Image.open(path) as image:
            assert [round(d) for d in image.info["dpi"]] == [300, 300] and image.size[0] >= 9 * 300
    elif suffix == ".svg":
        assert data.startswith(b"<?xml") and b"<text" in data and b"Li-Lobanov Treaty" in data
    else:
        assert data.startswith(b"%PDF") and b"/Subtype /Type3" not in data  # TrueType fonts, editable text
