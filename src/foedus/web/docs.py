"""The API's documentation pages: Swagger UI at ``/docs`` and ReDoc at ``/redoc``, FastAPI's own, served with their
scripts and styles from ``static/vendor`` (copied from npm's ``swagger-ui-dist`` and ``redoc``): nothing is fetched
from a CDN.

FastAPI's Swagger UI page starts the UI from an inline script, which the pages' Content-Security-Policy forbids; here
the same call, with FastAPI's default parameters, runs from ``static/docs.js``. ReDoc's page is FastAPI's
:func:`~fastapi.openapi.docs.get_redoc_html`, without Google's fonts, with a line of links back to foedus's home
page and to Swagger UI above it; its policy lets ReDoc start its search worker from a blob. The vendored bundle no
longer draws Redocly's logo from their CDN (``static/vendor/README.md`` says what was changed): nothing is asked of
another host.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, swagger_ui_default_parameters
from fastapi.responses import HTMLResponse, Response

from foedus.web.settings import REDOC_CSP

if TYPE_CHECKING:
    from fastapi.templating import Jinja2Templates

__all__ = ["SWAGGER_PARAMETERS", "docs_router"]

#: What Swagger UI is started with: FastAPI's defaults, and no call to the online validator.
SWAGGER_PARAMETERS = {**swagger_ui_default_parameters, "validatorUrl": None}


def docs_router(templates: Jinja2Templates, openapi_url: str = "/openapi.json") -> APIRouter:
    """Return the routes of ``/docs`` (Swagger UI) and ``/redoc`` (ReDoc) over the spec at ``openapi_url``."""
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def swagger(request: Request) -> Response:
        return templates.TemplateResponse(request, "docs.html", {
            "openapi_url": openapi_url, "parameters": json.dumps(SWAGGER_PARAMETERS),
        })

    @router.get("/redoc", response_class=HTMLResponse)
    def redoc(request: Request) -> Response:
        page = get_redoc_html(openapi_url=openapi_url, title="foedus API · ReDoc",
                              redoc_js_url=str(request.url_for("static", path="vendor/redoc.standalone.js").path),
                              redoc_favicon_url="data:,", with_google_fonts=False)
        body = bytes(page.body).decode("utf-8").replace(
            "<body>", '<body>\n<nav class="home" style="font: 14px/1.4 sans-serif; padding: 6px 12px; '
            'border-bottom: 1px solid #ddd"><a href="/">foedus home</a> · <a href="/docs">the API in Swagger UI</a>'
            "</nav>", 1)
        response = HTMLResponse(body)
        response.headers["Content-Security-Policy"] = REDOC_CSP
        return response

    return router
