"""The "relations now" panel of the pair page: the event monitor's cooperation index with its band, change points
and the ledger's events, served as JSON (with its Vega-Lite chart) at ``/api/relations`` for the page to draw.

When no event data has been imported, the answer says so and names the command that imports some.
"""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from foedus.events.monitor import FREQUENCIES, NoEventDataError, monitor
from foedus.web.api import gate_of
from foedus.web.gate import StoreGate

__all__ = ["GET_DATA", "GET_GDELT", "STALE_DAYS", "relations_caption", "relations_router", "relations_spec"]

#: What to run when the store has no event data, the small samples of a development checkout first, then a day of
#: GDELT (each with ``foedus serve`` stopped: it keeps the store open).
GET_DATA = "foedus import events icews ../shared/data/events/icews_events_2018_sample.tab"
GET_GDELT = "foedus download gdelt --from 2017-07-01 --to 2017-07-01"
#: Data whose last day is more than this many days before the as-of day are said to be stale.
STALE_DAYS = 30
_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"

Gate = Annotated[StoreGate, Depends(gate_of)]
StateName = Annotated[str, Query(min_length=1, max_length=100)]
Day = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$")]


def relations_spec(document: dict[str, Any]) -> dict[str, Any]:
    """Return a Vega-Lite spec of a ``foedus.monitor/1`` document: the index by period with its 90% band, each
    change point with its interval, and the ledger's events as labelled rules."""
    a, b = (p["name"] for p in document["pair"])
    periods = [{"start": p["start"], "index": p["index"]["value"], "low": p["index"]["low"],
                "high": p["index"]["high"], "events": p["counts"]["both"]["total"]}
               for p in document["periods"]]
    changes = [{"date": c["date"], "low": c["low"], "high": c["high"], "support": c["support"]}
               for c in document["change_points"]]
    ledger = [{"date": e["date"], "label": e["description"], "kind": e["kind"]} for e in document["ledger_events"]]
    time = {"field": "start", "type": "temporal", "title": None}
    layers: list[dict[str, Any]] = [
        {"data": {"values": periods}, "mark": {"type": "area", "opacity": 0.3, "interpolate": "step-after"},
         "encoding": {"x": time, "y": {"field": "low", "type": "quantitative",
                                       "title": "net cooperation per 1,000 events"},
                      "y2": {"field": "high"}}},
        {"data": {"values": periods}, "mark": {"type": "line", "interpolate": "step-after", "point": True},
         "encoding": {"x": time, "y": {"field": "index", "type": "quantitative"},
                      "tooltip": [{"field": "start", "type": "temporal"}, {"field": "index", "format": ".1f"},
                                  {"field": "low", "format": ".1f"}, {"field": "high", "format": ".1f"},
                                  {"field": "events", "title": f"{a}–{b} events"}]}},
    ]
    if changes:
        layers += [
            {"data": {"values": changes}, "mark": {"type": "rect", "color": "#8e44ad", "opacity": 0.15},
             "encoding": {"x": {"field": "low", "type": "temporal"}, "x2": {"field": "high"}}},
            {"data": {"values": changes}, "mark": {"type": "rule", "color": "#8e44ad", "strokeWidth": 2},
             "encoding": {"x": {"field": "date", "type": "temporal"},
                          "tooltip": [{"field": "date", "title": "change point"}, {"field": "support"}]}},
        ]
    if ledger:
        layers += [
            {"data": {"values": ledger}, "mark": {"type": "rule", "color": "#c0392b", "strokeDash": [4, 3]},
             "encoding": {"x": {"field": "date", "type": "temporal"},
                          "tooltip": [{"field": "date"}, {"field": "kind"}, {"field": "label"}]}},
            {"data": {"values": ledger}, "mark": {"type": "text", "angle": 270, "align": "right", "dx": -4, "dy": 8,
                                                  "fontSize": 9, "color": "#c0392b", "limit": 200},
             "encoding": {"x": {"field": "date", "type": "temporal"}, "y": {"value": 4}, "text": {"field": "label"}}},
        ]
    return {"$schema": _SCHEMA, "width": 640, "height": 220, "layer": layers,
            "title": f"{a} – {b}: cooperation index by {document['frequency']}"}


def relations_caption(document: dict[str, Any], as_of: _dt.date) -> dict[str, Any]:
    """Return what the panel says of a ``foedus.monitor/1`` document: the data's days and sources (and that they
    are the development samples), whether they are stale on ``as_of``, and a sentence describing only what the
    chart shows."""
    data = document.get("data", [])
    through = max((d["to"] for d in data), default=document["to"])
    since = min((d["from"] for d in data), default=document["from"])
    samples = bool(data) and all(d["samples"] for d in data)
    behind = (as_of - _dt.date.fromisoformat(through)).days
    stale = behind > STALE_DAYS
    sources = ", ".join(d["title"] for d in data) or ", ".join(document["sources"])
    dated = f"Event data from {since} to {through} ({sources})"
    if samples:
        dated += ": the small samples of a development checkout, not a record of the pair's relations"
    warning = (f"These data end {behind:,} days before {as_of}: they say how the two treated each other then, "
               "not now." if stale else None)
    shown = ["the cooperation index (net cooperation per 1,000 events each state took part in) by "
             f"{document['frequency']}, each period a point, with its 90% bootstrap band"]
    if document["change_points"]:
        shown.append("change points in violet with their intervals")
    if document["ledger_events"]:
        shown.append("the ledger's events in red")
    return {"dated": dated + ".", "through": through, "as_of": as_of.isoformat(), "stale": stale,
            "warning": warning, "samples": samples, "describes": "The chart shows " + "; ".join(shown) + "."}


def relations_router() -> APIRouter:
    """Return the route of the panel's data (not in the API's spec: it serves the dashboard)."""
    router = APIRouter(prefix="/api", include_in_schema=False)

    @router.get("/relations")
    def relations(gate: Gate, a: StateName, b: StateName, start: Day = None, end: Day = None,
                  freq: Annotated[str, Query(max_length=5)] = "week", as_of: Day = None) -> dict[str, Any]:
        """The monitor of ``a`` and ``b`` (``foedus.monitor/1``), its chart and what the panel says of it (dated,
        stale or not on ``as_of``, the server's day by default), or what to run to get event data."""
        if freq not in FREQUENCIES:
            freq = "week"
        try:
            with gate.reading() as store:
                result = monitor(store, a, b, start=start, end=end, frequency=freq)
        except NoEventDataError as exc:
            return {"available": False, "message": str(exc), "command": GET_DATA, "commands": [GET_DATA, GET_GDELT],
                    "how": "With foedus serve stopped (it keeps the store open), import the small ICEWS sample of a "
                           "development checkout, or download a day of GDELT; then start foedus serve again."}
        document = result.to_dict()
        day = _dt.date.fromisoformat(as_of) if as_of else _dt.date.today()
        return {"available": True, "monitor": document, "chart": relations_spec(document),
                "caption": relations_caption(document, day)}

    return router
