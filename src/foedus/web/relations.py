"""The "relations now" panel of the pair page: the event monitor's cooperation index with its band, change points
and the ledger's events, served as JSON (with its Vega-Lite chart) at ``/api/relations`` for the page to draw.

When no event data has been imported, the answer says so and names the command that imports some.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from foedus.events.monitor import FREQUENCIES, NoEventDataError, monitor
from foedus.web.api import gate_of
from foedus.web.gate import StoreGate

__all__ = ["GET_DATA", "relations_router", "relations_spec"]

#: What to run when the store has no event data.
GET_DATA = "foedus download gdelt --from 2022-01-01 --to 2023-12-31"
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


def relations_router() -> APIRouter:
    """Return the route of the panel's data (not in the API's spec: it serves the dashboard)."""
    router = APIRouter(prefix="/api", include_in_schema=False)

    @router.get("/relations")
    def relations(gate: Gate, a: StateName, b: StateName, start: Day = None, end: Day = None,
                  freq: Annotated[str, Query(max_length=5)] = "week") -> dict[str, Any]:
        """The monitor of ``a`` and ``b`` (``foedus.monitor/1``) and its chart, or what to run to get event data."""
        if freq not in FREQUENCIES:
            freq = "week"
        try:
            with gate.reading() as store:
                result = monitor(store, a, b, start=start, end=end, frequency=freq)
        except NoEventDataError as exc:
            return {"available": False, "message": str(exc), "command": GET_DATA}
        document = result.to_dict()
        return {"available": True, "monitor": document, "chart": relations_spec(document)}

    return router
