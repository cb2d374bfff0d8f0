"""Vega-Lite specs for the pages: the timeline of a pair's agreements and events, and the cumulative breach curve.

Each takes the JSON documents the API returns (``foedus.history/1``, ``foedus.assessment/2``), so a chart shows
exactly what the API says.
"""

from __future__ import annotations

from typing import Any

from foedus.dates import PartialDate
from foedus.reliability.spells import midyear
from foedus.vocabulary import BREACH_ENDINGS, ENDINGS, OBLIGATIONS

__all__ = ["breach_curve_spec", "primary_obligation", "timeline_spec"]

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
_OBLIGATION_COLOURS = {"defense": "#1f5f99", "offense": "#7b3294", "neutrality": "#4dac26", "non_aggression": "#b8860b",
                       "consultation": "#5e9fd6", "none": "#9e9e9e"}
_ENDING_COLOURS = {"in_force": "#2b8cbe", "expired": "#6a6a6a", "replaced": "#8c6bb1", "violated": "#c51b1b",
                   "abrogated": "#f16913", "lost_independence": "#5c3a1e", "fulfilled": "#1a9850",
                   "defeated": "#000000", "dissolved_jointly": "#c7a600"}
_CODING_SHAPES = ["circle", "square", "diamond", "triangle-up", "cross", "triangle-down"]
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


def timeline_spec(history: dict[str, Any], until: int) -> dict[str, Any]:
    """Return a Vega-Lite spec: each agreement a bar from signature to end (or ``until``) coloured by obligation,
    a mark at its end coloured by how each coding reads the ending, and the events below on the same axis."""
    seen: set[str] = set()
    spans, endings, events = [], [], []
    codings = sorted({o["coding"] for a in history["agreements"] for o in a["outcomes"]})
    for agreement in history["agreements"]:
        label = _label(agreement["signed"], agreement["title"], seen)
        start = _year(agreement["signed"])
        end = _year(agreement["ended"])
        spans.append({
            "agreement": label, "start": start,
            "end": end if end is not None else until,
            "href": f"/treaty/{agreement['slug']}" if agreement.get("origin", "ledger") == "ledger" else None,
            "obligation": primary_obligation(agreement["obligations"]).replace("_", " "),
            "obligations": ", ".join(agreement["obligations"]) or agreement["kind"],
            "signed": agreement["signed"], "ended": agreement["ended"] or "in force",
        })
        for outcome in agreement["outcomes"]:
            if outcome["member"] is not None:
                continue
            endings.append({
                "agreement": label, "at": end if end is not None else until, "coding": outcome["coding"],
                "ending": outcome["ending"], "breach": outcome["ending"] in BREACH_ENDINGS,
                "rationale": outcome["rationale"][:200],
            })
    for event in history["events"]:
        events.append({"at": _year(event["date"]), "date": event["date"], "kind": event["kind"].replace("_", " "),
                       "description": event["description"][:200]})
    x = {"field": "start", "type": "quantitative", "title": None, "scale": {"zero": False, "nice": False},
         "axis": {"format": "d"}}
    height = max(60, 18 * len(spans))
    agreements_view: dict[str, Any] = {
        "width": _WIDTH, "height": height,
        "layer": [
            {
                "data": {"values": spans},
                "mark": {"type": "bar", "height": 10, "cornerRadius": 2},
                "encoding": {
                    "y": {"field": "agreement", "type": "nominal", "sort": None, "title": None,
                          "axis": {"labelLimit": 280}},
                    "x": x, "x2": {"field": "end"},
                    "color": {"field": "obligation", "type": "nominal", "title": "obligation",
                              "scale": {"domain": [o.replace("_", " ") for o in _OBLIGATION_COLOURS],
                                        "range": list(_OBLIGATION_COLOURS.values())}},
                    "href": {"field": "href"},
                    "tooltip": [{"field": "agreement"}, {"field": "obligations"}, {"field": "signed"},
                                {"field": "ended"}],
                },
            },
            {
                "data": {"values": endings},
                "mark": {"type": "point", "filled": True, "size": 90, "stroke": "white", "strokeWidth": 0.8},
                "encoding": {
                    "y": {"field": "agreement", "type": "nominal", "sort": None},
                    "x": {"field": "at", "type": "quantitative"},
                    "yOffset": {"field": "coding", "type": "nominal"} if len(codings) > 1 else {"value": 0},
                    "fill": {"field": "ending", "type": "nominal", "title": "ending",
                             "scale": {"domain": list(ENDINGS), "range": [_ENDING_COLOURS[e] for e in ENDINGS]}},
                    "shape": {"field": "coding", "type": "nominal", "title": "coding",
                              "scale": {"domain": codings, "range": _CODING_SHAPES[:len(codings)] or ["circle"]}},
                    "tooltip": [{"field": "agreement"}, {"field": "coding"}, {"field": "ending"},
                                {"field": "rationale"}],
                },
            },
        ],
        "resolve": {"scale": {"color": "independent"}},
    }
    events_view: dict[str, Any] = {
        "width": _WIDTH, "height": max(40, 14 * len({e["kind"] for e in events})),
        "data": {"values": events},
        "mark": {"type": "tick", "thickness": 2},
        "encoding": {
            "x": {"field": "at", "type": "quantitative", "title": "year", "axis": {"format": "d"}},
            "y": {"field": "kind", "type": "nominal", "title": "events"},
            "color": {"value": "#444"},
            "tooltip": [{"field": "date"}, {"field": "kind"}, {"field": "description"}],
        },
    }
    views = [agreements_view, events_view] if events else [agreements_view]
    return {"$schema": _SCHEMA, "vconcat": views, "resolve": {"scale": {"x": "shared"}},
            "config": {"view": {"stroke": None}, "legend": {"orient": "bottom", "columns": 5}}}


def breach_curve_spec(assessment: dict[str, Any]) -> dict[str, Any]:
    """Return a Vega-Lite spec of the cumulative probability of a breach after ``as_of``, with its 90% band."""
    curve = assessment["curve"]
    values = [{"year": y, "median": m, "low": lo, "high": hi}
              for y, m, lo, hi in zip(curve["years"], curve["median"], curve["low"], curve["high"], strict=True)]
    x = {"field": "year", "type": "quantitative", "title": f"year (after {assessment['as_of']})",
         "axis": {"format": "d"}, "scale": {"zero": False, "nice": False}}
    return {
        "$schema": _SCHEMA, "width": "container", "height": 220, "data": {"values": values},
        "layer": [
            {"mark": {"type": "area", "opacity": 0.25, "color": "#c51b1b"},
             "encoding": {"x": x, "y": {"field": "low", "type": "quantitative", "axis": {"format": ".0%"},
                                        "title": "P(breached by then)"},
                          "y2": {"field": "high"}}},
            {"mark": {"type": "line", "color": "#c51b1b", "strokeWidth": 2},
             "encoding": {"x": x, "y": {"field": "median", "type": "quantitative"},
                          "tooltip": [{"field": "year"}, {"field": "median", "format": ".1%", "title": "median"},
                                      {"field": "low", "format": ".1%", "title": "5%"},
                                      {"field": "high", "format": ".1%", "title": "95%"}]}},
        ],
        "config": {"view": {"stroke": None}},
    }
