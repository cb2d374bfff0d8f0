"""The JSON API under ``/api``: states, pair histories, assessments, treaties, the ledger, and loading ledgers.

No ``from __future__ import annotations`` here: FastAPI reads the routes' annotations. The routes are made once, at
import; what depends on the store (the bounds of ``as_of``) is read at each request by a dependency
(:func:`checked_as_of`).
"""

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import Field

from foedus.errors import FoedusError
from foedus.queries import (
    LEDGER_SORTS,
    LedgerQuery,
    LedgerView,
    browse_ledger,
    ledger_csv,
    read_uploaded_ledger,
    stored_ledgers,
    suggest_states,
    treaty_record,
    uploaded_path,
)
from foedus.reliability.cache import FitCache
from foedus.reliability.priors import DEFAULT_PRIOR, PRIORS
from foedus.results.assessment import AssessmentModel
from foedus.results.history import HistoryModel, LedgerPage, TreatyModel
from foedus.results.service import (
    ErrorBody,
    HealthModel,
    LoadReportModel,
    StoredLedgers,
    SuggestionModel,
    WarmupModel,
)
from foedus.store.facts import as_of_year
from foedus.text import DEFAULT_CODING
from foedus.web.errors import MediaTypeError, ReadOnlyServerError, TokenError, UploadTooLargeError
from foedus.web.gate import StoreGate
from foedus.web.results import DEFAULT_HORIZONS, assessment_result, history_result, ledger_table
from foedus.web.settings import Settings

__all__ = ["api_router"]

_YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")
_RETRY_AFTER = {"Retry-After": {"description": "seconds to wait before asking again", "schema": {"type": "integer"}}}
_DESCRIPTIONS = {
    400: "a value outside those the spec lists: an unknown coding, prior, obligation or ending",
    404: "an unknown state or treaty",
    422: "a malformed parameter, or values that do not fit together: a name that denotes several states, the "
         "same state twice, since after until, a treaty that is not the pair's",
    503: "another process is writing to the store: retry after Retry-After seconds",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text, **({"headers": _RETRY_AFTER} if status == 503 else {})}
    for status, text in _DESCRIPTIONS.items()
}
#: The CSV download answers its errors as plain text: "code: message", then one line per problem.
_TEXT_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": text,
             **({"headers": _RETRY_AFTER} if status == 503 else {})}
    for status, text in _DESCRIPTIONS.items()
}
_bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token, $FOEDUS_TOKEN).")

StateName = Annotated[str, Query(min_length=1, max_length=100, examples=["China", "Russia"],
                                 description="any name, ISO3, COW abbreviation or COW code: China, Soviet Union, "
                                             "RUS, 365")]
Year = Annotated[int | None, Query(ge=1, le=9999, description="a year")]
Horizon = Annotated[int, Field(ge=1, le=100)]
Text = Annotated[str | None, Query(max_length=100)]
Search = Annotated[str | None, Query(max_length=200, description="words that must all appear (case and accents "
                                                                  "aside): in a title, slug, ATOP id or member")]
Sort = Annotated[str, Query(max_length=20, description="the column to sort by: " + ", ".join(LEDGER_SORTS))]
Order = Annotated[str, Query(max_length=4, description="asc or desc")]
PageNumber = Annotated[int | None, Query(ge=1, le=100_000, description="the page, from 1 (past the last: the last)")]
PageSize = Annotated[int | None, Query(ge=1, le=1000, description="rows per page (50 if only page is given)")]

#: Rows on a page when only ``page`` is given.
LEDGER_PER_PAGE = 50


def gate_of(request: Request) -> StoreGate:
    """Return the app's store gate."""
    gate: StoreGate = request.app.state.gate
    return gate


def settings_of(request: Request) -> Settings:
    """Return the app's settings."""
    settings: Settings = request.app.state.settings
    return settings


def fit_cache_of(request: Request) -> FitCache:
    """Return the cache of fits the app holds (made by :func:`foedus.web.create_app`): every route and the warm-up
    fit into it."""
    cache: FitCache = request.app.state.fit_cache
    return cache


Gate = Annotated[StoreGate, Depends(gate_of)]
Fits = Annotated[FitCache, Depends(fit_cache_of)]


def checked_as_of(
    gate: Gate,
    as_of: Annotated[int | None, Query(ge=1, le=9999, description="the last year the model sees, one of the years "
                                       "the store covers (default: the latest)")] = None,
) -> int | None:
    """Return ``as_of`` once it is within the years the store covers now (:func:`foedus.store.as_of_year`): read at
    each request, so that a ledger loaded while the server runs moves the bounds.

    Raises
    ------
    IncompatibleInputError
        If ``as_of`` is outside the years the store covers (a 422 naming ``as_of``).
    """
    if as_of is not None:
        with gate.reading() as store:
            as_of_year(store, as_of)
    return as_of


AsOf = Annotated[int | None, Depends(checked_as_of)]


def _json(body: bytes) -> Response:
    return Response(content=body, media_type="application/json")


class CSVResponse(PlainTextResponse):
    """A CSV document."""

    media_type = "text/csv"


#: The API's routes. ``as_of`` is checked against the years the store covers when the request comes (a ledger loaded
#: while the server runs can move them: :func:`checked_as_of`), not when the server started.
router = APIRouter(prefix="/api", responses=_ERRORS)


@router.get("/health", response_model=HealthModel, tags=["server"])
def health(request: Request) -> dict[str, Any]:
    """The server is up and can read its store (a 503 while another process writes it): the store's file
    name, its fingerprint, and whether the server accepts ledgers."""
    gate, settings = gate_of(request), settings_of(request)
    with gate.reading():
        fingerprint = gate.fingerprint
    return {"status": "ok", "store": gate.path.name, "fingerprint": fingerprint,
            "writable": settings.token is not None}


@router.get("/states", response_model=list[SuggestionModel], tags=["states"])
def states(
    q: Annotated[str, Query(max_length=100, description="what was typed: part of a name, or a code")] = "",
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, Any]]:
    """Names of states that match ``q``, with the period each name applies to (for suggestions)."""
    return [vars(s) for s in suggest_states(q, limit)]


@router.get("/history", response_model=HistoryModel, tags=["pairs"])
def history(
    gate: Gate, a: StateName, b: StateName,
    coding: Annotated[str, Query(max_length=100, description="a coding (atop, curated, narrative-2023, ...) "
                                                             "or all")] = "all",
    since: Year = None, until: Year = None,
) -> Response:
    """The agreements between ``a`` and ``b``, how each ended under each coding, and the events
    (schema ``foedus.history/1``)."""
    return _json(history_result(gate, a, b, coding=coding, since=since, until=until).body)


@router.get("/assessment", response_model=AssessmentModel, tags=["pairs"])
def assessment(
    gate: Gate, fits: Fits, a: StateName, b: StateName, as_of: AsOf,
    horizon: Annotated[list[Horizon], Query(max_length=10, description="years after as_of, 1 to 100; repeat "
                                            "for several")] = list(DEFAULT_HORIZONS),  # noqa: B006
    coding: Annotated[str, Query(max_length=100, description="a coding, or all for an equal mixture")] = DEFAULT_CODING,
    prior: Annotated[str, Query(max_length=100, description="a named prior: " + ", ".join(PRIORS))] = DEFAULT_PRIOR,
    treaty: Annotated[str | None, Query(max_length=200, description="the slug of the alliance to assess "
                                        "(default: the pair's current one)")] = None,
) -> Response:
    """The probability that the alliance of ``a`` and ``b`` is breached within each horizon, with 90%
    intervals, the record it rests on, and how it moves with the coding and the prior
    (schema ``foedus.assessment/3``)."""
    result = assessment_result(gate, a, b, horizons=tuple(horizon), coding=coding, prior=prior, as_of=as_of,
                               treaty=treaty, fit_cache=fits)
    return _json(result.body)


@router.get("/treaties/{slug}", response_model=TreatyModel, tags=["ledger"])
def treaty(gate: Gate, slug: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    """A treaty: members and dates, events, how it ended under each coding, and its sources."""
    with gate.reading() as store:
        return treaty_record(store, slug).to_dict()


def _browse(gate: StoreGate, since: int | None, until: int | None, obligation: str | None, ending: str | None,
            coding: str | None, source: str | None, q: str | None, sort: str, order: str, page: int | None,
            per_page: int | None) -> tuple[LedgerQuery, LedgerView]:
    query = LedgerQuery(since=since, until=until, obligation=obligation, ending=ending, coding=coding,
                        source=source, q=q or None, sort=sort,
                        descending=order == "desc", page=page if page is not None or per_page is None else 1,
                        per_page=per_page if per_page is not None or page is None else LEDGER_PER_PAGE)
    if order not in ("asc", "desc"):
        raise FoedusError(f"unknown order {order!r}; choose asc or desc")
    rows, codings = ledger_table(gate)
    query.check(codings)
    return query, browse_ledger(rows, query)


@router.get("/ledger", response_model=LedgerPage, tags=["ledger"])
def ledger(gate: Gate, since: Year = None, until: Year = None, obligation: Text = None, ending: Text = None,
           coding: Text = None, source: Text = None, q: Search = None, sort: Sort = "signed",
           order: Order = "asc", page: PageNumber = None, per_page: PageSize = None) -> dict[str, Any]:
    """The ledger's treaties and the ATOP alliances no ledger holds, one row per outcome: filtered by years in
    force, obligation, ending, coding and source, searched (``q``: every word in the title, slug, ATOP id or
    members), sorted, with each filter's counts (``facets``) and, given ``page`` or ``per_page``, one page of
    them (50 rows a page by default). Rows carry COW codes and ATOP ids to merge on."""
    query, view = _browse(gate, since, until, obligation, ending, coding, source, q, sort, order, page, per_page)
    filters = {"since": since, "until": until, "obligation": query.obligation, "ending": query.ending,
               "coding": query.coding, "source": query.source, "q": query.q, "sort": sort, "order": order}
    return {"filters": filters, "count": len(view.rows), "total": view.total, "page": view.page,
            "per_page": view.per_page, "pages": view.pages,
            "facets": {k: [{"value": v, "count": n} for v, n in listed] for k, listed in view.facets.items()},
            "rows": [vars(r) for r in view.rows]}


@router.head("/ledger.csv", include_in_schema=False)  # for clients that ask for a download's headers first
@router.get("/ledger.csv", response_class=CSVResponse, tags=["ledger"],
                  responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                                   "description": "the rows as CSV, with a header"}, **_TEXT_ERRORS})
def ledger_as_csv(gate: Gate, since: Year = None, until: Year = None, obligation: Text = None,
                  ending: Text = None, coding: Text = None, source: Text = None, q: Search = None,
                  sort: Sort = "signed", order: Order = "asc", page: PageNumber = None,
                  per_page: PageSize = None) -> Response:
    """The same rows as ``/api/ledger`` with the same parameters, as CSV: what the ledger browser shows (with
    ``page`` and ``per_page``) or every row that matches (without). Columns include ``atopid``,
    ``member_codes`` and ``member_code`` (COW codes) to merge on. A cell that starts like a spreadsheet formula
    (``=``, ``+``, ``-``, ``@``) gets a leading apostrophe. Errors come as plain text."""
    _, view = _browse(gate, since, until, obligation, ending, coding, source, q, sort, order, page, per_page)
    return CSVResponse(ledger_csv(view.rows), media_type="text/csv; charset=utf-8",
                       headers={"Content-Disposition": 'attachment; filename="foedus-ledger.csv"'})


@router.get("/warmup", response_model=WarmupModel, tags=["server"])
def warmup(request: Request) -> dict[str, Any]:
    """How far the server is in fitting the model to every alliance ahead of time (after which any pair's
    assessment takes about a second): idle, running (steps done of total, and the current one), done or
    failed."""
    runner = getattr(request.app.state, "warmup", None)
    if runner is None:
        return {"state": "off", "done": 0, "total": 0, "step": None,
                "message": "this server fits on demand only (started without warm-up)"}
    status: dict[str, Any] = runner.status().to_dict()
    return status


@router.get("/ledgers", response_model=StoredLedgers, tags=["ledger"])
def ledgers(request: Request) -> dict[str, Any]:
    """The ledgers in the store, and whether this server accepts new ones."""
    with gate_of(request).reading() as store:
        stored = stored_ledgers(store)
    return {"writable": settings_of(request).token is not None, "ledgers": stored}


@router.post(
    "/ledgers", response_model=LoadReportModel, tags=["ledger"],
    responses={401: {"model": ErrorBody, "description": "no token, or not the server's"},
               403: {"model": ErrorBody, "description": "the server is read-only: started without a token"},
               413: {"model": ErrorBody, "description": "the upload is larger than the server accepts"},
               415: {"model": ErrorBody, "description": "neither a multipart form with a file nor YAML"},
               422: {"model": ErrorBody, "description": "the ledger's problems, each with line and field"}},
    openapi_extra={"requestBody": {"required": True, "content": {
        "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                           "properties": {"file": {"type": "string", "format": "binary"}}}},
        "application/yaml": {"schema": {"type": "string"}},
    }}},
)
async def load_ledger(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> dict[str, Any]:
    """Load a ledger file (a multipart form's ``file``, or a YAML body): checked, then stored in one
    transaction, replacing an earlier version of the same ledger. Needs the server's token."""
    settings = settings_of(request)
    _authorise(settings.token, credentials)
    filename, data = await _upload(request, settings.max_upload)
    gate = gate_of(request)
    kept = uploaded_path(data, filename, gate.uploads)
    new = not kept.exists()
    document = await run_in_threadpool(read_uploaded_ledger, data, filename, gate.uploads)
    try:
        report = await run_in_threadpool(gate.load, document, filename)
    except BaseException:
        if new:  # not stored: the file the store would have pointed at goes too
            kept.unlink(missing_ok=True)
        raise
    runner = getattr(request.app.state, "warmup", None)
    if runner is not None:  # the store changed: fit it again ahead of time
        runner.start()
    return {"ledger": report.ledger, "version": report.version, "status": report.status,
            "counts": report.counts, "fingerprint": gate.fingerprint}


def api_router() -> APIRouter:
    """Return the API's routes (:data:`router`)."""
    return router


def _authorise(token: str | None, credentials: HTTPAuthorizationCredentials | None) -> None:
    if token is None:
        raise ReadOnlyServerError(
            "this server is read-only: it was started without a token. Restart it with --token TOKEN "
            "(or FOEDUS_TOKEN set) to load ledgers over the API, or use `foedus ledger load PATH`."
        )
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise TokenError("loading a ledger needs the server's token: send the header 'Authorization: Bearer TOKEN'")


async def _upload(request: Request, limit: int) -> tuple[str, bytes]:
    """Return the uploaded file's name and bytes, refusing anything larger than ``limit`` before it is all read."""
    too_large = UploadTooLargeError(f"the upload is larger than {limit // 1024} KiB: split the ledger")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + 64 * 1024:  # room for the multipart envelope
        raise too_large
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "multipart/form-data" and content_type not in _YAML_TYPES:
        raise MediaTypeError("send the ledger as a multipart form's 'file' field, or as a body of type "
                             "application/yaml")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit + 64 * 1024:
            raise too_large
        chunks.append(chunk)
    body = b"".join(chunks)
    if content_type in _YAML_TYPES:
        data, filename = body, request.query_params.get("filename", "ledger.yaml")
    else:
        data, filename = await _form_file(request, body)
    if len(data) > limit:
        raise too_large
    return filename, data


async def _form_file(request: Request, body: bytes) -> tuple[bytes, str]:
    from starlette.datastructures import UploadFile
    from starlette.requests import Request as StarletteRequest
    from starlette.types import Message

    from foedus.errors import FoedusError

    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await StarletteRequest(request.scope, replay).form(max_files=1, max_fields=10)
    except Exception as exc:  # the multipart parser's own errors: a malformed form is bad input
        raise FoedusError(f"cannot read the multipart form: {exc}") from None
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise FoedusError("the form has no file: send the ledger as the form field 'file'")
    return await upload.read(), upload.filename or "ledger.yaml"
