"""Vega-Lite specs for the pages: the timeline of a pair's agreements and events, the cumulative breach curve, and
the similarity of the pair's alliance portfolios.

Each takes the JSON documents the library returns (``foedus.history/1``, ``foedus.assessment/3``,
``foedus.similarity/1``), so a chart shows exactly what the API and the command line say.
"""

from __future__ import annotations

import math
from typing import Any

from foedus.codings import coding_sort_key
from foedus.dates import PartialDate
from foedus.reliability.spells import midyear
from foedus.report.timeaxis import LONGEST_GAP, BrokenTimeAxis
from foedus.vocabulary import BREACH_ENDINGS, ENDINGS, OBLIGATIONS

__all__ = [
    "CODING_COLOURS", "ENDING_COLOURS", "EVENT_COLOUR", "MIXTURE_COLOUR", "SPAN_FILL", "SPAN_STROKE",
    "breach_curve_spec", "coding_colour", "curve_ceiling", "end_of", "ended_text", "primary_obligation",
    "similarity_spec", "timeline_spec",
]

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
#: How each ending is coloured: in the timeline, colour means the ending and nothing else.
ENDING_COLOURS = {"in_force": "#2b8cbe", "expired": "#6a6a6a", "replaced": "#8c6bb1", "violated": "#c51b1b",
                  "abrogated": "#f16913", "lost_independence": "#5c3a1e", "fulfilled": "#1a9850",
                  "defeated": "#000000", "dissolved_jointly": "#c7a600"}
#: The agreements' bars (pale, with a 3:1 outline on white) and the events' ticks: neutral, never an ending's colour.
SPAN_FILL, SPAN_STROKE, EVENT_COLOUR = "#cfd1d6", "#8d8d94", "#444444"
_CODING_SHAPES = ["circle", "square", "diamond", "triangle-up", "cross", "triangle-down"]
#: The years before ``until`` the timeline never cuts.
_UNCUT = 50
_WIDTH = 640  # pixels of the time axis: the labels take up to 280 more


def primary_obligation(obligations: list[str]) -> str:
    """Return the strongest obligation of an agreement (defense before offense ... before consultation), or none."""
    return next((o for o in OBLIGATIONS if o in obligations), "none")


def _year(text: str | None) -> float | None:
    return None if text is None else round(midyear(PartialDate.parse(text)), 3)


def _label(signed: str, title: str, seen: set[str]) -> str:
    short = title if len(title) <= 48 else title[:46].rstrip() + "…"
    label = f"{signed[:4]} {short}"
    base, n = label, 2
    while label in seen:
        label, n = f"{base} ({n})", n + 1
    seen.add(label)
    return label


def _ended(agreement: dict[str, Any]) -> bool:
    """Return True if the agreement has ended: it has an end date, or some coding gives it an ending."""
    return agreement["ended"] is not None or any(
        o["ending"] != "in_force" for o in agreement["outcomes"] if o["member"] is None)


def end_of(agreement: dict[str, Any], event_dates: dict[str, str]) -> tuple[str | None, bool]:
    """Return when an agreement ended, as far as the record says, and whether that is its recorded end date.

    An agreement with no end date that some coding ends ended at the latest dated event its endings rest on (the
    cession that replaced a border treaty); with none, its end is unknown (None, False).
    """
    if agreement["ended"] is not None:
        return agreement["ended"], True
    if not _ended(agreement):
        return None, False
    cited = [event_dates[e] for o in agreement["outcomes"] if o["member"] is None and o["ending"] != "in_force"
             for e in o["events"] if e in event_dates]
    return (max(cited, key=lambda d: PartialDate.parse(d).latest()), False) if cited else (None, False)


def ended_text(agreement: dict[str, Any]) -> str:
    """Return what the pages say of an agreement's end: its date, "ended, date not recorded", or "in force"."""
    if agreement["ended"] is not None:
        return str(agreement["ended"])
    return "ended, date not recorded" if _ended(agreement) else "in force"


def _time_scale(axis: BrokenTimeAxis) -> dict[str, Any]:
    """Return a Vega-Lite x scale that draws ``axis``: piecewise linear, each stretch of years at full scale and each
    long empty gap squeezed (the range in shares of the view's width, so a narrowed chart keeps the cuts)."""
    knots = axis.knots(pad=1.0)
    return {"domain": [year for year, _ in knots], "range": [{"expr": f"width * {share}"} for _, share in knots],
            "zero": False, "nice": False}


def timeline_spec(history: dict[str, Any], until: int) -> dict[str, Any]:
    """Return a Vega-Lite spec: each agreement a neutral bar from signature to end (or ``until`` while in force; its
    obligations in the tooltip), a mark at its end coloured by how each coding reads the ending (one row of marks
    per coding, so they never overlap; colour means the ending and nothing else), and the events below on the same
    axis. The time axis is cut where nothing happens for long (:class:`~foedus.report.timeaxis.BrokenTimeAxis`), so
    recent agreements are not squeezed against the edge by one of the 17th century.

    An agreement some coding ends but whose end date is not recorded runs to the latest event its ending rests on,
    drawn faint; with no such event it is a mark at its signature, never a bar to ``until``.
    """
    seen: set[str] = set()
    spans, endings, events = [], [], []
    event_dates = {e["id"]: e["date"] for e in history["events"]}
    codings = sorted({o["coding"] for a in history["agreements"] for o in a["outcomes"] if o["member"] is None},
                     key=coding_sort_key)
    for agreement in history["agreements"]:
        label = _label(agreement["signed"], agreement["title"], seen)
        start = _year(agreement["signed"])
        end_date, recorded = end_of(agreement, event_dates)
        if end_date is not None:
            end = _year(end_date)
        elif _ended(agreement):
            end = start
        else:
            end = float(until + 1)
        spans.append({
            "agreement": label, "start": start, "end": end, "certain": recorded or not _ended(agreement),
            "href": f"/treaty/{agreement['slug']}",
            "obligations": ", ".join(o.replace("_", " ") for o in agreement["obligations"])
                           or agreement["kind"].replace("_", " "),
            "signed": agreement["signed"], "ended": ended_text(agreement),
        })
        for outcome in agreement["outcomes"]:
            if outcome["member"] is not None:
                continue
            endings.append({
                "agreement": label, "at": end, "coding": outcome["coding"],
                "ending": outcome["ending"].replace("_", " "), "breach": outcome["ending"] in BREACH_ENDINGS,
                "rationale": outcome["rationale"][:200],
            })
    for event in history["events"]:
        events.append({"at": _year(event["date"]), "date": event["date"], "kind": event["kind"].replace("_", " "),
                       "description": event["description"][:200]})
    # The axis is cut where nothing begins, ends or happens for long: the instants, not the spans, so a continuous
    # record is still cut across its quiet centuries (a bar may run across a cut, as the treaty of 1689, in force
    # until 1860, does). The last half-century is never cut: an agreement in force is not shortened for quiet years.
    instants = {s["start"] for s in spans} | {s["end"] for s in spans} | {e["at"] for e in events}
    time_axis = BrokenTimeAxis([(t, t) for t in instants] + [(max(min(instants), until - _UNCUT), until + 1.0)])
    x = {"field": "start", "type": "quantitative", "title": None, "scale": _time_scale(time_axis),
         "axis": {"format": "d", "values": time_axis.tick_years(), "labelOverlap": "greedy"}}
    rows = max(1, len(codings))
    # each agreement's band holds one row of marks per coding, 12 px apart: 60 px² marks never overlap
    height = len(spans) * (22 if rows == 1 else 12 * rows + 8)
    y = {"field": "agreement", "type": "nominal", "sort": None, "title": None, "axis": {"labelLimit": 280},
         "scale": {"paddingInner": 0.15}}
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": spans},
            "mark": {"type": "bar", "height": 10, "cornerRadius": 2, "color": SPAN_FILL, "stroke": SPAN_STROKE,
                     "strokeWidth": 1},
            "encoding": {
                "y": y, "x": x, "x2": {"field": "end"},
                "opacity": {"condition": {"test": "datum.certain", "value": 1}, "value": 0.35},
                "href": {"field": "href"},
                "tooltip": [{"field": "agreement"}, {"field": "obligations"}, {"field": "signed"},
                            {"field": "ended"}],
            },
        },
        {
            "data": {"values": endings},
            "mark": {"type": "point", "filled": True, "size": 60, "stroke": "white", "strokeWidth": 0.8},
            "encoding": {
                "y": y,
                "x": {**x, "field": "at"},
                "yOffset": ({"field": "coding", "type": "nominal", "sort": codings,
                             "scale": {"domain": codings}} if rows > 1 else {"value": 0}),
                "fill": {"field": "ending", "type": "nominal", "title": "ending",
                         "scale": {"domain": [e.replace("_", " ") for e in ENDINGS],
                                   "range": [ENDING_COLOURS[e] for e in ENDINGS]}},
                "shape": {"field": "coding", "type": "nominal", "title": "coding",
                          "scale": {"domain": codings, "range": _CODING_SHAPES[:len(codings)] or ["circle"]}},
                "tooltip": [{"field": "agreement"}, {"field": "coding"}, {"field": "ending"},
                            {"field": "rationale"}],
            },
        },
    ]
    cuts = [{"at": round(year, 3)} for year in time_axis.cuts()]
    # where the axis is cut: a dashed rule across the agreements and the events
    cut_rules = [{"data": {"values": cuts}, "mark": {"type": "rule", "color": SPAN_STROKE, "strokeDash": [3, 3]},
                  "encoding": {"x": {**x, "field": "at"}}}] if cuts else []
    layers += cut_rules
    agreements_view: dict[str, Any] = {"width": _WIDTH, "height": height, "layer": layers}
    events_view: dict[str, Any] = {
        "width": _WIDTH, "height": max(40, 14 * len({e["kind"] for e in events})),
        "layer": [{
            "data": {"values": events},
            "mark": {"type": "tick", "thickness": 2, "color": EVENT_COLOUR},
            "encoding": {
                "x": {**x, "field": "at", "title": "year" + (" (the axis is cut at the dashed lines)" if cuts else "")},
                "y": {"field": "kind", "type": "nominal", "title": "events"},
                "tooltip": [{"field": "date"}, {"field": "kind"}, {"field": "description"}],
            },
        }, *cut_rules],
    }
    views = [agreements_view, events_view] if events else [agreements_view]
    return {"$schema": _SCHEMA, "vconcat": views, "resolve": {"scale": {"x": "shared"}},
            "usermeta": {"cuts": [c["at"] for c in cuts], "longest_gap": LONGEST_GAP, "uncut": _UNCUT},
            "config": {"view": {"stroke": None}, "legend": {"orient": "bottom", "columns": 4}}}


#: The colours of each coding's curve (Okabe & Ito's colour-blind-safe palette, the shades with at least 3:1
#: contrast on white), and the mixture's.
CODING_COLOURS: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00")
MIXTURE_COLOUR = "#1d1d1f"
_DASHES = ([1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3])


def curve_ceiling(assessment: dict[str, Any]) -> float:
    """Return the top of the breach curve's y-axis: the highest 95th percentile of any coding at the longest horizon
    (and of the curve's own band), rounded up to a tenth. Every coding's figures are in every assessment, so the
    axis is the same whichever coding is shown, and curves can be compared by eye across the switch."""
    longest = str(max(assessment["horizons"]))
    highs = [t[longest]["high"] for t in assessment["by_coding"].values() if longest in t]
    highs += list(assessment["curve"]["high"]) + [v for c in assessment["curve"]["codings"].values() for v in c]
    top = max([0.0, *(float(h) for h in highs)])
    tenths = math.ceil(round(top * 10, 6))
    return min(1.0, max(0.1, tenths / 10))


def coding_colour(assessment: dict[str, Any], coding: str) -> str:
    """Return the colour of ``coding``'s curve: its place among every coding the assessment gives figures for, so a
    coding keeps its colour whichever coding the page shows."""
    order = sorted(assessment["by_coding"], key=coding_sort_key)
    return CODING_COLOURS[order.index(coding) % len(CODING_COLOURS) if coding in order else 0]


def breach_curve_spec(assessment: dict[str, Any]) -> dict[str, Any]:
    """Return a Vega-Lite spec of the cumulative probability of a breach after ``as_of``, with its 90% band, on a
    y-axis fixed for the pair (:func:`curve_ceiling`); under the coding ``all``, each coding's median curve too,
    with a legend.

    One meaning per colour: the mixture is black (a broad, half-transparent line with its band), each coding has its
    own colour (:func:`coding_colour`, the same under every coding shown), dash and markers, drawn above the mixture
    so that a coding whose curve runs on the mixture's stays in view.
    """
    curve = assessment["curve"]
    coding = assessment["coding"]
    mixed = coding == "all"
    headline = "every coding, mixed" if mixed else f"coding {coding}"
    band_values = [{"year": y, "low": lo, "high": hi}
                   for y, lo, hi in zip(curve["years"], curve["low"], curve["high"], strict=True)]
    first = [{"year": y, "p": m, "series": headline} for y, m in zip(curve["years"], curve["median"], strict=True)]
    names, colours = [headline], [MIXTURE_COLOUR if mixed else coding_colour(assessment, coding)]
    codings: list[dict[str, Any]] = []
    if mixed:
        for name in sorted(curve["codings"], key=coding_sort_key):
            names.append(f"coding {name}")
            colours.append(coding_colour(assessment, name))
            codings += [{"year": y, "p": m, "series": f"coding {name}"}
                        for y, m in zip(curve["years"], curve["codings"][name], strict=True)]
    ceiling = curve_ceiling(assessment)
    x = {"field": "year", "type": "quantitative", "title": f"year (after {assessment['as_of']})",
         "axis": {"format": "d"}, "scale": {"zero": False, "nice": False}}
    y_scale = {"domain": [0, ceiling], "nice": False, "clamp": True}
    encoding = {"x": x, "y": {"field": "p", "type": "quantitative", "scale": y_scale},
                "color": {"field": "series", "type": "nominal", "title": None,
                          "scale": {"domain": names, "range": colours},
                          "legend": {"orient": "bottom", "direction": "vertical"}},
                "strokeDash": {"field": "series", "type": "nominal",
                               "scale": {"domain": names, "range": list(_DASHES[:len(names)])}},
                "tooltip": [{"field": "series", "title": "curve"}, {"field": "year"},
                            {"field": "p", "format": ".1%", "title": "median"}]}
    layers: list[dict[str, Any]] = [
        {"data": {"values": band_values},
         "mark": {"type": "area", "opacity": 0.18, "color": colours[0]},
         "encoding": {"x": x, "y": {"field": "low", "type": "quantitative", "axis": {"format": ".0%"},
                                    "title": "P(breached by then)", "scale": y_scale},
                      "y2": {"field": "high"}}},
        {"data": {"values": first},
         "mark": ({"type": "line", "strokeWidth": 4, "opacity": 0.5} if mixed else {"type": "line", "strokeWidth": 2}),
         "encoding": encoding},
    ]
    if codings:  # above the mixture: a coding that runs on the mixture's line is not hidden under it
        layers.append({"data": {"values": codings},
                       "mark": {"type": "line", "strokeWidth": 1.5, "point": {"filled": True, "size": 16}},
                       "encoding": encoding})
    return {"$schema": _SCHEMA, "width": "container", "height": 240, "layer": layers,
            "config": {"view": {"stroke": None}}}


def similarity_spec(document: dict[str, Any]) -> dict[str, Any]:
    """Return a Vega-Lite spec of a ``foedus.similarity/1`` document: S and Cohen's κ by year, with a rule where
    each of the pair's bilateral agreements began (solid) and ended (dotted), labelled."""
    scale = document["scale"]
    drawn = {f"s_{scale}": "S (Signorino & Ritter)", f"kappa_{scale}": "Cohen's κ (Häge)"}
    points = [{"year": row["year"], "measure": label, "value": row[column]}
              for row in document["years"] for column, label in drawn.items() if row.get(column) is not None]
    first, last = document["from"], document["to"]
    marks = []
    for agreement in document["agreements"]:
        if agreement["multilateral"]:
            continue
        title = agreement["title"] if len(agreement["title"]) <= 36 else agreement["title"][:34].rstrip() + "…"
        if first <= agreement["start"] <= last:
            marks.append({"year": agreement["start"], "kind": "began", "label": f"{agreement['start']} {title}"})
        if agreement["end"] is not None and first <= agreement["end"] <= last:
            marks.append({"year": agreement["end"], "kind": "ended",
                          "label": f"{agreement['end']} {agreement['ending'] or 'ended'}"})
    x = {"field": "year", "type": "quantitative", "title": None, "axis": {"format": "d"},
         "scale": {"domain": [first, last], "nice": False}}
    layers: list[dict[str, Any]] = [
        {"data": {"values": points}, "mark": {"type": "line", "point": {"size": 14}},
         "encoding": {"x": x, "y": {"field": "value", "type": "quantitative", "title": "similarity",
                                    "scale": {"domain": [-1, 1]}},
                      "color": {"field": "measure", "type": "nominal", "title": None,
                                "scale": {"range": ["#0072B2", "#D55E00"]}},
                      "tooltip": [{"field": "year", "type": "quantitative", "format": "d"},
                                  {"field": "measure", "type": "nominal"},
                                  {"field": "value", "type": "quantitative", "format": "+.3f"}]}},
        {"data": {"values": [{"zero": 0}]}, "mark": {"type": "rule", "color": "#000000", "strokeWidth": 0.6},
         "encoding": {"y": {"field": "zero", "type": "quantitative"}}},
    ]
    if marks:
        layers.append({"data": {"values": marks}, "mark": {"type": "rule", "color": "#009E73"},
                       "encoding": {"x": x, "strokeDash": {"field": "kind", "type": "nominal", "title": None,
                                                            "scale": {"domain": ["began", "ended"],
                                                                      "range": [[1, 0], [2, 3]]}},
                                    "tooltip": [{"field": "label", "type": "nominal"}]}})
        layers.append({"data": {"values": marks},
                       "mark": {"type": "text", "angle": 270, "align": "left", "baseline": "bottom", "dx": 4,
                                "dy": -2, "fontSize": 9, "color": "#555555"},
                       "encoding": {"x": x, "y": {"datum": -0.98}, "text": {"field": "label"}}})
    return {"$schema": _SCHEMA, "width": _WIDTH, "height": 260, "layer": layers,
            "config": {"legend": {"orient": "top"}}}
