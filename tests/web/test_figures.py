"""The pair page's figures, read from their Vega-Lite specs (not pixels): one meaning per colour, the mixture and each
coding in view, a time axis cut where nothing happens, probabilities set as numbers. Small synthetic documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from foedus.web.charts import (
    ENDING_COLOURS,
    MIXTURE_COLOUR,
    breach_curve_spec,
    coding_colour,
    timeline_spec,
)

STATIC = Path(__file__).resolve().parents[2] / "src" / "foedus" / "web" / "static"


def _agreement(slug: str, signed: str, ended: str | None, endings: dict[str, str],
               obligations: list[str]) -> dict[str, Any]:
    return {"slug": slug, "title": f"Treaty {slug}", "signed": signed, "ended": ended, "kind": "alliance",
            "obligations": obligations, "outcomes": [
                {"coding": c, "ending": e, "member": None, "rationale": "why", "events": []}
                for c, e in endings.items()]}


#: A record like China and Russia's: one agreement of the 17th century, a quiet stretch, then recent ones.
HISTORY: dict[str, Any] = {
    "agreements": [
        _agreement("old", "1689-09-07", "1700-01-01", {"curated": "replaced", "atop": "expired"}, ["defense"]),
        _agreement("mid", "1950-02-14", "1980-04-11", {"curated": "expired", "atop": "violated"}, ["consultation"]),
        _agreement("new", "1996-04-26", None, {"curated": "in_force", "atop": "in_force"}, ["non_aggression"]),
        _agreement("newer", "2001-07-16", None, {"curated": "in_force", "atop": "in_force"}, ["neutrality"]),
    ],
    "events": [{"id": "e1", "date": "2014-03-18", "kind": "statement", "description": "a statement"}],
}


def _layers(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for view in spec.get("vconcat", [spec]):
        yield from view.get("layer", [view])


def _x_scales(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [layer["encoding"]["x"]["scale"] for layer in _layers(spec) if "scale" in layer["encoding"].get("x", {})]


def test_in_the_timeline_colour_means_the_ending_and_nothing_else() -> None:
    spec = timeline_spec(HISTORY, 2024)
    coloured = {layer["encoding"][channel]["field"] for layer in _layers(spec)
                for channel in ("color", "fill", "stroke") if "field" in layer["encoding"].get(channel, {})}
    assert coloured == {"ending"}  # the bars are not coloured by obligation as well
    fixed = {str(layer["mark"].get(k)).lower() for layer in _layers(spec) for k in ("color", "fill", "stroke")
             if isinstance(layer["mark"], dict) and layer["mark"].get(k) not in (None, "white")}
    assert fixed and not fixed & {c.lower() for c in ENDING_COLOURS.values()}
    bars = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "bar")
    assert "obligations" in [t["field"] for t in bars["encoding"]["tooltip"]]  # said in words instead


def _share(scale: dict[str, Any], year: float) -> float:
    """Return where ``year`` falls on a piecewise-linear scale, as a share of the axis."""
    domain = scale["domain"]
    shares = [float(r["expr"].split("*")[1]) for r in scale["range"]]
    for (y0, s0), (y1, s1) in zip(zip(domain, shares, strict=True), zip(domain[1:], shares[1:], strict=True),
                                  strict=False):
        if y0 <= year <= y1:
            return s0 + (year - y0) / (y1 - y0) * (s1 - s0)
    raise AssertionError(f"{year} is off the axis")


def test_the_timeline_axis_is_cut_so_recent_agreements_have_room() -> None:
    spec = timeline_spec(HISTORY, 2024)
    scales = _x_scales(spec)
    assert len({repr(s) for s in scales}) == 1  # one axis for the agreements, their endings, the cuts and events
    scale = scales[0]
    assert len(scale["domain"]) == len(scale["range"]) > 2 and scale["domain"] == sorted(scale["domain"])
    # 1990-2025 is a tenth of 1689-2025 on a plain axis; cut, it takes well over a third of it
    assert _share(scale, 2025) - _share(scale, 1990) > 0.35
    # the recent stretch at one scale: nothing cut among its years
    assert (_share(scale, 2001) - _share(scale, 1997)) / 4 == pytest.approx(
        (_share(scale, 2020) - _share(scale, 2005)) / 15)
    cuts = spec["usermeta"]["cuts"]
    assert any(1700 < c < 1950 for c in cuts) and all(1700 < c < 1996 for c in cuts)  # never among recent years
    rules = [layer for layer in _layers(spec) if layer["mark"]["type"] == "rule"]
    assert len(rules) == 2 and all([v["at"] for v in r["data"]["values"]] == cuts for r in rules)  # in both panels
    values = spec["vconcat"][0]["layer"][0]["encoding"]["x"]["axis"]["values"]
    assert values[0] <= 1690 and 2000 in values and values == sorted(values)


def test_a_record_with_no_quiet_stretch_keeps_a_plain_axis() -> None:
    history = {"agreements": HISTORY["agreements"][2:], "events": []}
    spec = timeline_spec(history, 2024)
    assert spec["usermeta"]["cuts"] == [] and not [x for x in _layers(spec) if x["mark"]["type"] == "rule"]
    assert len(_x_scales(spec)[0]["domain"]) == 2


def _assessment(coding: str) -> dict[str, Any]:
    years = list(range(2025, 2035))
    codings = {"atop": [0.010 * (i + 1) for i in range(10)], "curated": [0.011 * (i + 1) for i in range(10)],
               "narrative-2023": [0.02 * (i + 1) for i in range(10)]}
    mixture = [sum(v[i] for v in codings.values()) / 3 for i in range(10)]
    table = {"10": {"median": 0.1, "low": 0.05, "high": 0.2}}
    return {"coding": coding, "as_of": 2024, "horizons": [10],
            "by_coding": {c: table for c in codings},
            "curve": {"years": years, "median": mixture if coding == "all" else codings[coding],
                      "low": [m / 2 for m in mixture], "high": [m * 2 for m in mixture],
                      "codings": codings if coding == "all" else {}}}


def test_the_mixture_and_each_coding_are_in_view_each_in_its_own_colour() -> None:
    spec = breach_curve_spec(_assessment("all"))
    lines = [layer for layer in spec["layer"] if layer["mark"]["type"] == "line"]
    assert len(lines) == 2
    mixture, codings = lines  # the codings drawn after, so above, the mixture: none hides under it
    assert {v["series"] for v in mixture["data"]["values"]} == {"every coding, mixed"}
    assert {v["series"] for v in codings["data"]["values"]} == {"coding atop", "coding curated",
                                                                 "coding narrative-2023"}
    assert mixture["mark"]["strokeWidth"] > codings["mark"]["strokeWidth"] and mixture["mark"]["opacity"] < 1
    assert codings["mark"]["point"]  # markers: a coding on the mixture's line is still seen
    colour = codings["encoding"]["color"]["scale"]
    assert colour["range"][colour["domain"].index("every coding, mixed")] == MIXTURE_COLOUR
    assert len(set(colour["range"])) == len(colour["range"])  # one colour, one curve
    dashes = codings["encoding"]["strokeDash"]["scale"]["range"]
    assert len({tuple(d) for d in dashes}) == len(dashes)  # and told apart without colour too


def test_a_coding_keeps_its_colour_whichever_coding_the_page_shows() -> None:
    mixed = breach_curve_spec(_assessment("all"))["layer"][1]["encoding"]["color"]["scale"]
    for coding in ("atop", "curated", "narrative-2023"):
        alone = breach_curve_spec(_assessment(coding))
        shown = alone["layer"][1]["encoding"]["color"]["scale"]
        assert shown["range"] == [coding_colour(_assessment(coding), coding)]
        assert shown["range"][0] == mixed["range"][mixed["domain"].index(f"coding {coding}")]
        assert alone["layer"][0]["mark"]["color"] == shown["range"][0]  # its band in its colour


def test_probabilities_are_set_as_numbers_not_alarms() -> None:
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    rules = re.findall(r"([^{}]*\.probabilit[^{}]*)\{([^}]*)\}", css)
    assert rules
    for _selector, body in rules:
        assert "--breach" not in body and not re.search(r"color:\s*(red|#c51b1b|#d55e00)", body, flags=re.I)
        assert not re.search(r"font-weight:\s*(bold|[7-9]00)", body)
        size = re.search(r"font-size:\s*([\d.]+)rem", body)
        assert size is None or float(size.group(1)) <= 1.1
    spec = breach_curve_spec(_assessment("curated"))
    assert spec["layer"][0]["encoding"]["y"]["axis"]["format"] == ".0%"  # a plain percent on the axis
