"""The assessment's figure, fit for a paper: full titles beside (never on) the bars, percent axes, legends outside
the plots, a source line with N, Okabe-Ito colours, 300 dpi PNG, and SVG and PDF with their text as text."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from foedus.reliability.assess import Assessment, assess
from tests.extras import require

require("matplotlib", "plot")

from foedus.report.plots import (  # noqa: E402
    _ENDING_COLOURS,
    _PALETTE,
    assessment_figure,
    figure_rows,
    plot_assessment,
)


@pytest.fixture(scope="module")
def mixed(_prepared_store: Path) -> Assessment:
    from foedus.store import open_store

    with open_store(_prepared_store) as store:
        return assess(store, "China", "Russia", coding="all")


@pytest.fixture(scope="module")
def figure(mixed: Assessment) -> Iterator[Any]:
    """The figure of :func:`mixed`, drawn once for the tests that read it (none changes it)."""
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
    drawn, _ = figure_rows(mixed)
    assert len(shown) == len(drawn) and not any("…" in t for t in shown)  # wrapped, never cut
    for row in drawn:
        assert sum(label.startswith(row.title) for label in shown) >= 1
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
    assert text.startswith("Source: foedus, from ATOP 4.01") and f"N = {mixed.evidence.units:,}" in text


def test_every_breach_a_coding_records_is_drawn_and_the_rest_is_counted(figure: Any, mixed: Assessment) -> None:
    _, left = figure_rows(mixed)
    codings = list(mixed.by_coding)
    bars = {p.get_gid() for p in _axes(figure, "agreements").patches}
    for coding in codings:
        breached = [r for r in mixed.record if r.breached[coding]]
        assert len(breached) == mixed.record_counts[coding]["breached"]
        assert all(f"bar:{r.alliance}:{coding}" in bars for r in breached)
    assert not any(r.breached[c] for r in left for c in codings)
    (counts,) = [t for t in figure.findobj(lambda a: a.get_gid() == "counts")]
    text = " ".join(counts.get_text().split())
    assert f"Not drawn: {len(left)} agreements" in text
    for coding in codings:
        n = mixed.record_counts[coding]
        assert f"{coding}: {n['breached']} of {n['agreements']} breached ({n['breached_in_model']} of {n['in_model']}" \
            in text


def test_one_meaning_per_colour_the_curves_are_black_and_grey(figure: Any) -> None:
    from matplotlib.colors import to_hex

    fills = {to_hex(p.get_facecolor()) for p in _axes(figure, "agreements").patches}
    lines = {to_hex(line.get_color()) for line in _axes(figure, "curve").get_lines()}
    assert lines == {"#000000"} and not lines & fills
    styles = [(line.get_linestyle(), line.get_marker()) for line in _axes(figure, "curve").get_lines()]
    assert len(set(styles)) == len(styles)  # the mixture and each coding told apart without colour


def test_a_long_empty_stretch_of_years_is_cut_from_the_time_axis() -> None:
    from foedus.report.timeaxis import BrokenTimeAxis

    axis = BrokenTimeAxis([(1689.0, 1691.0), (1727.0, 1729.0), (1896.0, 1900.0), (1990.0, 2025.0)])
    assert axis.x(2025) - axis.x(1990) == 35  # recent years at full scale
    assert axis.x(2025) - axis.x(1689) < 2025 - 1689 - 200
    assert len(axis.breaks()) == 3
    places, labels = axis.ticks()
    assert places == sorted(places) and "2000" in labels and "1727" in labels


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


def test_no_two_year_labels_run_into_each_other() -> None:
    from foedus.report.timeaxis import BrokenTimeAxis

    # China and Russia's drawn record: 1896 begins a stretch whose first round year, 1900, is close by
    axis = BrokenTimeAxis([(1896.0, 1900.0), (1902.0, 1903.0), (1924.0, 1936.0), (1937.0, 2025.0)])
    places, labels = axis.ticks()
    length = axis.x(2025) - axis.x(1896)
    assert all(b - a >= 0.045 * length for a, b in pairwise(places)), labels
    assert labels[0] == "1896" and "2000" in labels
