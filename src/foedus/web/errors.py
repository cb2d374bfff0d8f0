"""The web app's errors, and the one place that turns a :class:`~foedus.errors.FoedusError` into an answer.

The API answers with JSON (:class:`foedus.results.service.ErrorBody`); the CSV download answers with plain text, as its
spec says; a page answers with the error page. A value outside what the spec allows is a 400, values that do not
fit together (the same state twice, since after until) or a ledger with problems a 422, and a store another
process holds a 503 with ``Retry-After``. A method a path does not serve is a 405 whose ``Allow`` lists every
method the path does serve.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from foedus.errors import (
    AmbiguousStateError,
    FoedusError,
    IncompatibleInputError,
    LedgerError,
    StateNotFoundError,
    StoreBusyError,
)

if TYPE_CHECKING:
    from fastapi import FastAPI, Request
    from starlette.responses import Response

__all__ = [
    "RETRY_AFTER",
    "MediaTypeError",
    "ReadOnlyServerError",
    "TokenError",
    "UploadTooLargeError",
    "error_status",
    "install_error_handlers",
]


#: Seconds a client is asked to wait before it asks again when the store is busy.
RETRY_AFTER = 2


class ReadOnlyServerError(FoedusError):
    """The server was started without a token: it does not accept ledgers."""


class TokenError(FoedusError):
    """A write came without the server's token, or with another."""


class UploadTooLargeError(FoedusError):
    """An upload is larger than the server accepts."""


class MediaTypeError(FoedusError):
    """An upload is neither a multipart form with a file nor YAML."""


def error_status(exc: FoedusError) -> tuple[int, str]:
    """Return the HTTP status and the stable error code for ``exc``."""
    if isinstance(exc, StateNotFoundError):
        return 404, "state_not_found"
    if isinstance(exc, AmbiguousStateError):
        return 422, "ambiguous_state"
    if isinstance(exc, IncompatibleInputError):
        return 422, "incompatible_input"
    if isinstance(exc, LedgerError):
        return 422, "ledger_problems"
    if isinstance(exc, ReadOnlyServerError):
        return 403, "read_only"
    if isinstance(exc, TokenError):
        return 401, "token_required"
    if isinstance(exc, UploadTooLargeError):
        return 413, "upload_too_large"
    if isinstance(exc, MediaTypeError):
        return 415, "unsupported_media_type"
    if isinstance(exc, StoreBusyError):
        return 503, "store_busy"
    if isinstance(exc, LookupError):
        return 404, "not_found"
    return 400, "invalid_request"


def error_body(exc: FoedusError) -> dict[str, Any]:
    """Return the JSON body for ``exc``: code, message, and the suggestions, options or problems it carries."""
    _, code = error_status(exc)
    body: dict[str, Any] = {"error": code, "message": str(exc)}
    if isinstance(exc, StateNotFoundError):
        body["suggestions"] = exc.suggestions
    elif isinstance(exc, AmbiguousStateError):
        body["options"] = exc.options
    elif isinstance(exc, LedgerError):
        count = len(exc.problems)
        body["message"] = f"{count} problem{'s' if count != 1 else ''} found; nothing was stored"
        body["problems"] = [{"file": p.file, "line": p.line, "field": p.field, "message": p.message}
                            for p in exc.problems]
    return body


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _wants_text(request: Request) -> bool:
    return request.url.path.endswith(".csv")


def _as_text(body: dict[str, Any]) -> str:
    lines = [f"{body['error']}: {body['message']}"]
    lines += [f"{p.get('field') or ''}: {p['message']}".lstrip(": ") for p in body.get("problems", [])]
    return "\n".join(lines) + "\n"


#: The methods a route may serve, in the order ``Allow`` lists them.
_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Return every method some route of the app serves at the request's path (asking each route, as routing does)."""
    from starlette.routing import Match

    routes = request.app.router.routes
    return [method for method in _METHODS
            if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)]


def install_error_handlers(app: FastAPI, render_error: Any) -> None:
    """Answer every FoedusError (and the framework's own 4xx): plain text for a CSV, JSON elsewhere under /api, and
    the error page elsewhere.

    ``render_error(request, status, body)`` renders the page.
    """
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse, PlainTextResponse
    from starlette.exceptions import HTTPException

    def answer(request: Request, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
        if _wants_text(request):
            return PlainTextResponse(_as_text(body), status_code=status, headers=headers)
        if _wants_json(request):
            return JSONResponse(body, status_code=status, headers=headers)
        response: Response = render_error(request, status, body)
        if headers:
            response.headers.update(headers)
        return response

    async def on_foedus_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, FoedusError)
        status, _ = error_status(exc)
        headers = ({"Retry-After": str(RETRY_AFTER)} if status == 503 else
                   {"WWW-Authenticate": "Bearer"} if status == 401 else None)
        return answer(request, status, error_body(exc), headers)

    async def on_invalid_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = [_validation_problem(e) for e in exc.errors()]
        summary = "; ".join(f"{p['field']}: {p['message']}" for p in problems)
        return answer(request, 422, {"error": "invalid_request", "message": summary or "invalid request",
                                     "problems": problems})

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers) if exc.headers else {}
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request))
        return answer(request, exc.status_code, {"error": code, "message": str(exc.detail)}, headers or None)

    app.add_exception_handler(FoedusError, on_foedus_error)
    app.add_exception_handler(RequestValidationError, on_invalid_request)
    app.add_exception_handler(HTTPException, on_http_error)


def _validation_problem(error: Any) -> dict[str, Any]:
    location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body", "header")]
    return {"file": None, "line": None, "field": ".".join(location), "message": str(error.get("msg", "invalid"))}

