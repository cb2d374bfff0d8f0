"""The dashboard's pages, rendered on the server from the same cached documents the API returns."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from foedus.errors import FoedusError
from foedus.queries import ledger_rows, treaty_record
from foedus.reliability.assess import year_range
from foedus.reliability.priors import DEFAULT_PRIOR, PRIORS
from foedus.vocabulary import ENDINGS, OBLIGATIONS
from foedus.web.api import gate_of
from foedus.web.charts import breach_curve_spec, primary_obligation, timeline_spec
from foedus.web.errors import error_body
from foedus.web.gate import StoreGate
from foedus.web.results import DEFAULT_HORIZONS, assessment_result, history_result

__all__ = ["link_of", "page_router", "percent"]

#: The codings the pair view offers first; codings a user's ledger adds follow.
SWITCH_CODINGS: tuple[str, ...] = ("atop", "curated", "narrative-2023", "all")

Gate = Annotated[StoreGate, Depends(gate_of)]
Field = Annotated[str | None, Query(max_length=100)]


def link_of(url: str | None) -> str | None:
    """Return the address a source's ``url`` may link to: an ``http``/``https`` one as it is, a ``doi:`` one through
    doi.org; None for any other (``javascript:``, ``data:``...), which the page shows as text, never as a link."""
    if not url:
        return None
    text = url.strip()
    scheme = urlsplit(text).scheme.lower() if ":" in text else ""
    if scheme in ("http", "https"):
        return text
    if scheme == "doi":
        return "https://doi.org/" + quote(text.split(":", 1)[1].lstrip("/"), safe="/:;()._-")
    return None


def percent(value: float) -> str:
    """Return a probability as the pages show it: one decimal of a percent (``0.1102`` -> ``11.0%``)."""
    return f"{value * 100:.1f}%"


def _year(text: str | None, name: str) -> int | None:
    """Return a year typed into a form, or None for an empty field."""
    if text is None or not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise FoedusError(f"{name} must be a year such as 1950, not {text!r}") from None


def _blank(text: str | None) -> str | None:
    return text if text and text.strip() else None


def page_router(templates: Jinja2Templates) -> APIRouter:
    """Return the routes of the pages: home, pair view, treaty view, ledger browser."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    @router.get("/")
    def home(request: Request) -> Response:
        examples = [("China", "Russia"), ("Qing China", "Russian Empire"), ("Japan", "United Kingdom"),
                    ("France", "Russia"), ("Germany", "Austria-Hungary"), ("United States", "Japan")]
        return render(request, "home.html", {"examples": examples})

    @router.get("/pair")
    def pair(
        request: Request, gate: Gate,
        a: Annotated[str, Query(min_length=1, max_length=100)],
        b: Annotated[str, Query(min_length=1, max_length=100)],
        coding: Annotated[str, Query(max_length=100)] = "curated",
        prior: Annotated[str, Query(max_length=100)] = DEFAULT_PRIOR,
        as_of: Field = None,
    ) -> Response:
        year = _year(as_of, "as of")
        history = history_result(gate, a, b, coding=coding).data
        assessment: dict[str, Any] | None = None
        problem: dict[str, Any] | None = None
        try:
            assessment = assessment_result(gate, a, b, horizons=DEFAULT_HORIZONS, coding=coding, prior=prior,
                                           as_of=year).data
        except FoedusError as exc:  # the history still stands: say why there is no figure
            problem = error_body(exc)
        with gate.reading() as store:
            first, latest = year_range(store)
        codings = [*SWITCH_CODINGS, *(c["name"] for c in history["codings"] if c["name"] not in SWITCH_CODINGS)]
        names = [s["name"] for s in history["pair"]]
        query = {"a": a, "b": b, "prior": prior, **({"as_of": str(year)} if year is not None else {})}
        charts: dict[str, Any] = {}
        if history["agreements"]:
            charts["timeline"] = timeline_spec(history, assessment["as_of"] if assessment else latest)
        if assessment is not None:
            charts["curve"] = breach_curve_spec(assessment)
        return render(request, "pair.html", {
            "a": a, "b": b, "names": names, "coding": coding, "prior": prior, "as_of": year, "priors": PRIORS,
            "codings": codings, "history": history, "assessment": assessment, "problem": problem,
            "first_year": first, "latest_year": latest, "charts": charts,
            "switch": {c: "/pair?" + urlencode({**query, "coding": c}) for c in codings},
            "api": {"history": "/api/history?" + urlencode({"a": a, "b": b, "coding": coding}),
                    "assessment": "/api/assessment?" + urlencode({**query, "coding": coding})},
            "primary_obligation": primary_obligation,
        })

    @router.get("/treaty/{slug}")
    def treaty(request: Request, gate: Gate, slug: str) -> Response:
        with gate.reading() as store:
            record = treaty_record(store, slug).to_dict()
        by_coding: dict[str, list[dict[str, Any]]] = {}
        for outcome in record["outcomes"]:
            by_coding.setdefault(outcome["coding"], []).append(outcome)
        return render(request, "treaty.html", {"treaty": record, "by_coding": by_coding,
                                               "events_by_id": {e["id"]: e for e in record["events"]}})

    @router.get("/ledger")
    def ledger(request: Request, gate: Gate, since: Field = None, until: Field = None, obligation: Field = None,
               ending: Field = None, coding: Field = None) -> Response:
        first, last = _year(since, "since"), _year(until, "until")
        kept = {"obligation": _blank(obligation), "ending": _blank(ending), "coding": _blank(coding)}
        filters: dict[str, Any] = {"since": first, "until": last, **kept}
        with gate.reading() as store:
            rows = ledger_rows(store, since=first, until=last, obligation=kept["obligation"], ending=kept["ending"],
                               coding=kept["coding"])
            codings = sorted({r["coding"] for r in store.query("SELECT DISTINCT coding FROM outcomes")})
        shown = {k: str(v) for k, v in filters.items() if v is not None}
        return render(request, "ledger.html", {
            "rows": rows, "filters": filters, "obligations": OBLIGATIONS, "endings": ENDINGS, "codings": codings,
            "csv": "/api/ledger.csv" + ("?" + urlencode(shown) if shown else ""),
        })

    return router


def error_page(templates: Jinja2Templates) -> Any:
    """Return the function that renders an error as a page."""

    def render_error(request: Request, status: int, body: dict[str, Any]) -> Response:
        return templates.TemplateResponse(request, "error.html", {"status": status, "error": body},
                                          status_code=status)

    return render_error
