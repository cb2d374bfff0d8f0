"""The dashboard's pages, rendered on the server from the same cached documents the API returns.

A pair page never waits for a model fit: it shows the history at once, and the assessment too when it is cached;
otherwise a panel that loads it from ``/pair/assessment`` (an HTML fragment) while showing how far the fits are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from foedus.errors import FoedusError
from foedus.queries import (
    LEDGER_FACETS,
    LEDGER_SORTS,
    LEDGER_SOURCES,
    LedgerQuery,
    browse_ledger,
    treaty_record,
)
from foedus.reliability.priors import DEFAULT_PRIOR, PRIORS
from foedus.store.facts import year_range
from foedus.text import DEFAULT_CODING, quoted_percent, words
from foedus.vocabulary import ENDINGS, OBLIGATIONS
from foedus.web.api import Fits, gate_of
from foedus.web.charts import (
    breach_curve_spec,
    end_of,
    ended_text,
    primary_obligation,
    similarity_spec,
    timeline_spec,
)
from foedus.web.errors import error_body
from foedus.web.formatting import link_of, percent
from foedus.web.gate import StoreGate
from foedus.web.results import (
    DEFAULT_HORIZONS,
    assessment_result,
    cached_assessment,
    history_result,
    ledger_table,
    tested_result,
)

if TYPE_CHECKING:
    from foedus.reliability.cache import FitCache

__all__ = ["LEDGER_PAGE_SIZE", "SWITCH_CODINGS", "error_page", "link_of", "page_router", "percent"]

#: The codings the pair view offers first; codings a user's ledger adds follow.
SWITCH_CODINGS: tuple[str, ...] = ("atop", "curated", "narrative-2023", "all")
#: Rows on one page of the ledger browser, unless asked for another number.
LEDGER_PAGE_SIZE = 50

Gate = Annotated[StoreGate, Depends(gate_of)]
Field = Annotated[str | None, Query(max_length=100)]
StateName = Annotated[str, Query(min_length=1, max_length=100)]
Coding = Annotated[str, Query(max_length=100)]
Prior = Annotated[str, Query(max_length=100)]


def _year(text: str | None, name: str) -> int | None:
    """Return a year typed into a form, or None for an empty field."""
    if text is None or not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise FoedusError(f"{name} must be a year such as 1950, not {text!r}") from None


def _number(text: str | None, name: str, default: int) -> int:
    if text is None or not text.strip():
        return default
    try:
        value = int(text.strip())
    except ValueError:
        raise FoedusError(f"{name} must be a whole number such as 2, not {text!r}") from None
    if value < 1:
        raise FoedusError(f"{name} must be 1 or more, not {value}")
    return value


def _blank(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def _bibtex(sources: list[dict[str, Any]], extra: list[dict[str, Any]] | None = None) -> str:
    """Return BibTeX for ``sources`` (and ``extra``) with the works foedus rests on, as `foedus cite` prints it."""
    from foedus.cite import bibtex

    def clean(source: dict[str, Any]) -> dict[str, Any]:
        # a reference foedus holds itself (ATOP's article on an ATOP-only alliance) keeps its own key
        return {k: v for k, v in source.items() if v is not None and not (k == "ledger" and v == "atop")}

    return bibtex([clean(s) for s in [*sources, *(extra or [])]])


def _for_coding(history: dict[str, Any], coding: str) -> dict[str, Any]:
    """Return the history with only the outcomes under ``coding`` (all of them for ``all``)."""
    if coding == "all":
        return history
    agreements = [{**a, "outcomes": [o for o in a["outcomes"] if o["coding"] == coding]}
                  for a in history["agreements"]]
    return {**history, "agreements": agreements}


def _pair_context(gate: StoreGate, a: str, b: str, coding: str, prior: str, year: int | None) -> dict[str, Any]:
    history = history_result(gate, a, b, coding="all").data
    with gate.reading() as store:
        first, latest = year_range(store)
    # a coding is offered where it reads one of the pair's agreements (ATOP's is read for every alliance, the
    # curated reading is the default, "all" mixes them): no button leads to a coding with nothing to say here
    used = {o["coding"] for ag in history["agreements"] for o in ag["outcomes"]}
    offered = [*SWITCH_CODINGS, *(c["name"] for c in history["codings"] if c["name"] not in SWITCH_CODINGS)]
    codings = [c for c in offered if c in ("atop", "curated", "all") or c in used or c == coding]
    query = {"a": a, "b": b, "prior": prior, **({"as_of": str(year)} if year is not None else {})}
    event_dates = {e["id"]: e["date"] for e in history["events"]}
    return {
        "a": a, "b": b, "names": [s["name"] for s in history["pair"]], "coding": coding, "prior": prior,
        "as_of": year, "priors": PRIORS, "codings": codings, "history": history, "first_year": first,
        "latest_year": latest,
        "switch": {c: "/pair?" + urlencode({**query, "coding": c}) for c in codings},
        "api": {"history": "/api/history?" + urlencode({"a": a, "b": b, "coding": coding}),
                "assessment": "/api/assessment?" + urlencode({**query, "coding": coding})},
        "fragment": "/pair/assessment?" + urlencode({**query, "coding": coding}),
        "wait": "/pair?" + urlencode({**query, "coding": coding, "wait": "1"}),
        "primary_obligation": primary_obligation, "ended_text": ended_text,
        "ends": {ag["slug"]: end_of(ag, event_dates) for ag in history["agreements"]},
        "bibtex": _bibtex(history["sources"]),
    }


def _similarity(gate: StoreGate, a: str, b: str) -> dict[str, Any] | None:
    """Return the chart of the pair's alliance-portfolio similarity, or None where there is none to draw."""
    from foedus.similarity.pair import pair_similarity

    try:
        with gate.reading() as store:
            document = pair_similarity(store, a, b).to_dict()
    except FoedusError:  # states outside the COW system (a historic name before 1816): the rest of the page stands
        return None
    return similarity_spec(document) if document["years"] else None


def _assessment_context(gate: StoreGate, context: dict[str, Any], assessment: dict[str, Any] | None,
                        problem: dict[str, Any] | None) -> dict[str, Any]:
    """Return what the assessment panel shows: the figure, its chart and its citation, or why there is none."""
    if assessment is None:
        return {"assessment": None, "problem": problem, "curve": None, "assessment_bibtex": None}
    from foedus.cite import imported_data_sources
    from foedus.store.tables import imported_files

    with gate.reading() as store:
        imported = imported_data_sources(imported_files(store))
    return {"assessment": assessment, "problem": None, "curve": breach_curve_spec(assessment),
            "assessment_bibtex": _bibtex(context["history"]["sources"], imported)}


def page_router(templates: Jinja2Templates) -> APIRouter:
    """Return the routes of the pages: home, pair view (and its assessment panel), treaty view, ledger browser."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def warm(request: Request) -> None:
        warmup = getattr(request.app.state, "warmup", None)
        if warmup is not None:
            warmup.start()

    def assess(gate: StoreGate, fits: FitCache, a: str, b: str, coding: str, prior: str, year: int | None,
               compute: bool) -> tuple[dict[str, Any] | None, dict[str, Any] | None, bool]:
        """Return the assessment (computed with ``fits`` only if ``compute``), the problem that stops one, and
        whether it is still to come."""
        options: dict[str, Any] = {"horizons": DEFAULT_HORIZONS, "coding": coding, "prior": prior, "as_of": year}
        if not compute:
            found = cached_assessment(gate, a, b, **options)
            return (found.data if found is not None else None), None, found is None
        try:
            return assessment_result(gate, a, b, fit_cache=fits, **options).data, None, False
        except FoedusError as exc:  # the history still stands: say why there is no figure
            return None, error_body(exc), False

    @router.get("/")
    def home(request: Request) -> Response:
        examples = [("China", "Russia"), ("Qing China", "Russian Empire"), ("Japan", "United Kingdom"),
                    ("France", "Russia"), ("Germany", "Austria-Hungary"), ("United States", "Japan")]
        warm(request)
        return render(request, "home.html", {"examples": examples})

    @router.get("/pair")
    def pair(request: Request, gate: Gate, fits: Fits, a: StateName, b: StateName, coding: Coding = DEFAULT_CODING,
             prior: Prior = DEFAULT_PRIOR, as_of: Field = None, wait: Field = None) -> Response:
        year = _year(as_of, "as of")
        warm(request)
        context = _pair_context(gate, a, b, coding, prior, year)
        if coding not in context["codings"]:  # say so at once, not after a fit
            known = ", ".join(context["codings"])
            problem: dict[str, Any] | None = error_body(FoedusError(
                f"unknown coding {coding!r}; choose one of: {known}"))
            assessment, pending = None, False
        elif prior not in PRIORS:
            problem = error_body(FoedusError(f"unknown prior {prior!r}; choose one of: {', '.join(PRIORS)}"))
            assessment, pending = None, False
        else:
            assessment, problem, pending = assess(gate, fits, a, b, coding, prior, year, compute=bool(wait))
        context.update(_assessment_context(gate, context, assessment, problem), pending=pending)
        context["timeline"] = (timeline_spec(_for_coding(context["history"], coding),
                                             assessment["as_of"] if assessment else context["latest_year"])
                               if context["history"]["agreements"] else None)
        context["similarity"] = _similarity(gate, a, b)
        return render(request, "pair.html", context)

    @router.get("/pair/assessment")
    def pair_assessment(request: Request, gate: Gate, fits: Fits, a: StateName, b: StateName,
                        coding: Coding = DEFAULT_CODING, prior: Prior = DEFAULT_PRIOR, as_of: Field = None) -> Response:
        """The assessment panel of a pair page, as an HTML fragment the page loads (it computes, if need be)."""
        year = _year(as_of, "as of")
        context = _pair_context(gate, a, b, coding, prior, year)
        assessment, problem, _ = assess(gate, fits, a, b, coding, prior, year, compute=True)
        context.update(_assessment_context(gate, context, assessment, problem), pending=False)
        return render(request, "_assessment.html", context)

    @router.get("/treaty/{slug}")
    def treaty(request: Request, gate: Gate, slug: str) -> Response:
        from foedus.records import atopid_of, ledger_slug_of_atop
        from foedus.store.tables import treaty_title

        with gate.reading() as store:
            named = atopid_of(slug)
            held = ledger_slug_of_atop(store, named) if named is not None else None
            if held is not None and treaty_title(store, slug) is None:
                return RedirectResponse(f"/treaty/{held}", status_code=307)
            record = treaty_record(store, slug).to_dict()
        by_coding: dict[str, list[dict[str, Any]]] = {}
        for outcome in record["outcomes"]:
            by_coding.setdefault(outcome["coding"], []).append(outcome)
        ended = any(o["ending"] != "in_force" for o in record["outcomes"] if o["member"] is None)
        atopid = record.get("atopid")
        tested = [c for c in tested_result(gate).data["cases"]
                  if c["alliance"] == slug or (atopid is not None and c["atopid"] == atopid)]
        extra = _treaty_links(gate, record)
        return render(request, "treaty.html", {"treaty": record, "by_coding": by_coding, "ended": ended, **extra,
                                               "events_by_id": {e["id"]: e for e in record["events"]},
                                               "bibtex": _bibtex(record["sources"]), "tested": tested})

    @router.get("/tested")
    def tested(request: Request, gate: Gate, q: Field = None, since: Field = None, until: Field = None,
               obligation: Field = None, outcome: Field = None) -> Response:
        """The universe's war test: its shares beside the published ones, and its cases, filtered."""
        from foedus.tested import OUTCOMES, RULE_SETS

        first, last = _year(since, "from"), _year(until, "to")
        report = tested_result(gate).data
        obligations = ("defense", "offense", "neutrality", "non_aggression", "consultation")
        if obligation and obligation not in obligations:
            raise FoedusError(f"unknown obligation {obligation!r}; choose one of: {', '.join(obligations)}")
        if outcome and outcome not in OUTCOMES:
            raise FoedusError(f"unknown outcome {outcome!r}; choose one of: {', '.join(OUTCOMES)}")
        words = (q or "").strip().lower()
        cases = [c for c in report["cases"]
                 if (first is None or c["year"] >= first) and (last is None or c["year"] <= last)
                 and (not obligation or c["obligation"] == obligation)
                 and (not outcome or c["outcome_llm"] == outcome)
                 and (not words or words in f"{c['title']} {c['member_name']} {c['atopid']} {c['war']}".lower())]
        by_group: dict[str, dict[str, Any]] = {}
        for rate in report["rates"]:
            by_group.setdefault(rate["group"], {})[rate["rule"]] = rate
        published: dict[str, list[str]] = {}
        for p in report["published"]:
            published.setdefault(p["group"], []).append(f"{p['study']}: {quoted_percent(p['share'])}")
        titles = {"llm": "LLM / B&F rules", "strict": "Strict per member", "lenient": "Lenient multilateral"}
        return render(request, "tested.html", {
            "rates": list(by_group.items()), "rules": list(RULE_SETS), "rule_titles": titles,
            "published": published, "shown": cases[:300], "total": len(cases), "obligations": obligations,
            "outcomes": OUTCOMES, "query": {"q": q, "since": first, "until": last, "obligation": obligation,
                                            "outcome": outcome},
        })

    @router.get("/ledger")
    def ledger(request: Request, gate: Gate, q: Field = None, since: Field = None, until: Field = None,
               obligation: Field = None, ending: Field = None, coding: Field = None, source: Field = None,
               sort: Field = None, order: Field = None, page: Field = None, per_page: Field = None) -> Response:
        query = LedgerQuery(
            since=_year(since, "since"), until=_year(until, "until"), obligation=_blank(obligation),
            ending=_blank(ending), coding=_blank(coding), source=_blank(source), q=_blank(q),
            sort=_blank(sort) or "signed", descending=_blank(order) == "desc",
            page=_number(page, "page", 1), per_page=min(_number(per_page, "per_page", LEDGER_PAGE_SIZE), 500))
        rows, codings = ledger_table(gate)
        query.check(codings)
        view = browse_ledger(rows, query)
        state = {"q": query.q, "since": query.since, "until": query.until, "obligation": query.obligation,
                 "ending": query.ending, "coding": query.coding, "source": query.source,
                 "sort": None if query.sort == "signed" else query.sort, "order": "desc" if query.descending else None,
                 "per_page": None if query.per_page == LEDGER_PAGE_SIZE else query.per_page}

        def url(path: str = "/ledger", **changes: Any) -> str:
            merged = {**state, **changes}
            shown = {k: str(v) for k, v in merged.items() if v is not None and v != ""}
            return path + ("?" + urlencode(shown) if shown else "")

        page_params = {"page": view.page, "per_page": view.per_page}
        return render(request, "ledger.html", {
            "view": view, "query": query, "state": state, "url": url, "obligations": OBLIGATIONS,
            "endings": ENDINGS, "codings": codings, "sources": LEDGER_SOURCES, "sorts": LEDGER_SORTS,
            "facets": LEDGER_FACETS, "page_size": LEDGER_PAGE_SIZE,
            "exports": {"csv": url("/api/ledger.csv", **page_params), "json": url("/api/ledger", **page_params),
                        "all_csv": url("/api/ledger.csv", per_page=None),
                        "all_json": url("/api/ledger", per_page=None)},
        })

    return router


def error_page(templates: Jinja2Templates) -> Any:
    """Return the function that renders an error as a page."""

    def render_error(request: Request, status: int, body: dict[str, Any]) -> Response:
        return templates.TemplateResponse(
            request, "error.html",
            {"status": status, "error": body, "suggestion_links": _suggestion_links(request, body)},
            status_code=status)

    return render_error


def _suggestion_links(request: Request, body: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Return each suggested name with the address of the same page with that name in place of the one not
    found (None where no parameter of the request names a state that cannot be found)."""
    from foedus.errors import FoedusError
    from foedus.states import resolve_state

    suggestions = [str(x) for x in body.get("suggestions") or []]
    params = dict(request.query_params)

    def unknown(value: str) -> bool:
        try:
            resolve_state(value)
        except FoedusError:
            return True
        return False

    wrong = next((k for k in ("a", "b", "state") if k in params and unknown(params[k])), None)
    return [(name, None if wrong is None else f"{request.url.path}?{urlencode({**params, wrong: name})}")
            for name in suggestions]


#: A treaty page links every pair of its members up to this many members (15 pairs); beyond, none.
_PAIR_LINKS_UP_TO = 6


def _treaty_links(gate: StoreGate, record: dict[str, Any]) -> dict[str, Any]:
    """Return what a treaty page adds to its record: the pair pages of its members, and for an alliance known only
    from ATOP the year and version its data end in, the provisions ATOP codes for each member and where ATOP's
    own record is."""
    from itertools import combinations

    members: dict[int, str] = {}
    for member in record["members"]:
        members.setdefault(int(member["ccode"]), str(member["name"]))
    pairs = ([(f"{members[x]} – {members[y]}", "/pair?" + urlencode({"a": x, "b": y}))
              for x, y in combinations(sorted(members), 2)] if len(members) <= _PAIR_LINKS_UP_TO else [])
    out: dict[str, Any] = {"pairs": pairs, "atop_data": None, "provisions": []}
    if record["ledger"] != "atop" or record.get("atopid") is None:
        return out
    from foedus.tested.records import atop_provisions
    from foedus.universe import universe_provenance

    with gate.reading() as store:
        data = next((d for d in universe_provenance(store, ("atop_members",))), None)
        provisions = atop_provisions(store, int(record["atopid"]))
    if data is not None:
        out["atop_data"] = {"version": data.get("version"), "last_year": (data.get("coverage") or [None, None])[1],
                            "shipped": data.get("kind") == "shipped"}
    from foedus.states import state_name

    for ccode, p in sorted(provisions.items()):
        conditions = "; ".join(f"{words(o)} {', '.join(c)}" for o, c in p["conditions"].items())
        named = ", ".join(_name_of(state_name, code) for code in p["named"])
        out["provisions"].append({"member": members.get(ccode) or _name_of(state_name, ccode),
                                  "obligations": ", ".join(words(o) for o in p["obligations"]) or "none",
                                  "conditions": conditions or "none coded", "named": named,
                                  "war": p["war"]})
    return out


def _name_of(state_name: Any, ccode: int) -> str:
    from foedus.errors import StateNotFoundError

    try:
        return str(state_name(ccode))
    except StateNotFoundError:  # a code the state list does not hold: shown as ATOP gives it
        return f"COW code {ccode}"
