"""A time axis cut across long empty stretches, shared by the ``--plot`` figure and the pages' timeline.

Each stretch of years that holds an agreement (or an event) is drawn at full scale; a gap of more than
:data:`LONGEST_GAP` years between two stretches is cut to :data:`GAP_SHOWN` years and marked, so that an agreement
of 1689 does not squeeze those signed after 1990 against the right edge.
"""

from __future__ import annotations

__all__ = ["GAP_SHOWN", "LONGEST_GAP", "BrokenTimeAxis"]

#: A stretch of years with nothing drawn that is longer than this is cut to :data:`GAP_SHOWN` years.
LONGEST_GAP = 15
GAP_SHOWN = 4.0


def _segments(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the stretches of years the spans cover (merged across gaps of up to :data:`LONGEST_GAP`)."""
    merged: list[list[float]] = []
    for start, end in sorted(spans):
        if merged and start - merged[-1][1] <= LONGEST_GAP:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


class BrokenTimeAxis:
    """A broken time axis over ``spans`` (pairs of years, start and end; an instant is a span of length 0).

    :meth:`x` gives where a year is drawn, in years of the compressed axis: what matplotlib plots. :meth:`knots`
    gives the same mapping as a piecewise-linear scale (what a Vega-Lite spec takes), :meth:`cuts` where the axis is
    cut and :meth:`tick_years` the years to label.

    Raises
    ------
    ValueError
        If ``spans`` is empty.
    """

    def __init__(self, spans: list[tuple[float, float]]) -> None:
        if not spans:
            raise ValueError("a time axis needs at least one span of years")
        self.segments = _segments([(min(a, b), max(a, b)) for a, b in spans])
        self.offsets: list[float] = []
        shift = 0.0
        for k, (start, _end) in enumerate(self.segments):
            if k:
                shift += start - self.segments[k - 1][1] - GAP_SHOWN
            self.offsets.append(shift)

    def x(self, year: float) -> float:
        """Return where ``year`` is drawn: at full scale inside a stretch, linearly squeezed inside a cut gap (as
        the piecewise-linear scale of :meth:`knots` draws it)."""
        k = max((i for i, (start, _end) in enumerate(self.segments) if year >= start), default=0)
        end = self.segments[k][1]
        if year <= end or k == len(self.segments) - 1:
            return year - self.offsets[k]
        return end - self.offsets[k] + (year - end) / (self.segments[k + 1][0] - end) * GAP_SHOWN

    def breaks(self) -> list[float]:
        """Return where the axis is cut (the middle of each shortened gap), in drawn units."""
        return [self.x(year) for year in self.cuts()]

    def cuts(self) -> list[float]:
        """Return where the axis is cut, in years: the middle of each gap that is cut."""
        return [(end + nxt[0]) / 2 for (_start, end), nxt in zip(self.segments[:-1], self.segments[1:], strict=True)]

    def knots(self, pad: float = 0.0) -> list[tuple[float, float]]:
        """Return the axis as a piecewise-linear scale: (year, share of the axis's length) at each end of each stretch,
        rising strictly from (first year - ``pad``, 0) to (last year + ``pad``, 1)."""
        years: list[float] = []
        for start, end in self.segments:
            years += [start, end] if end > start else [start]
        years[0] -= pad
        years[-1] += pad
        first, last = self.x(years[0]), self.x(years[-1])
        length = last - first or 1.0
        return [(year, round((self.x(year) - first) / length, 6)) for year in years]

    def tick_years(self, spacing: float = 0.045) -> list[int]:
        """Return the years to label: round years inside each stretch, and its first year where none is near; a
        year drawn closer than ``spacing`` (a share of the axis's length) to the one before is left out, so that no
        two labels run into each other."""
        candidates: list[int] = []
        for start, end in self.segments:
            length = end - start
            step = 5 if length <= 25 else 10 if length <= 60 else 25 if length <= 150 else 50
            inside = list(range(int(start // step + 1) * step, int(end) + 1, step))
            if not inside or inside[0] - start > step / 2:
                inside.insert(0, int(start))
            candidates += inside
        room = spacing * (self.x(self.segments[-1][1]) - self.x(self.segments[0][0]))
        years: list[int] = []
        for year in candidates:
            if not years or self.x(year) - self.x(years[-1]) >= room:
                years.append(year)
        return years

    def ticks(self) -> tuple[list[float], list[str]]:
        """Return tick positions (drawn units) and labels, for :meth:`tick_years`."""
        years = self.tick_years()
        return [self.x(y) for y in years], [str(y) for y in years]
