"""The web app: a FastAPI application over one store, opened read-only; ledgers load only with the token."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from foedus.store.facts import year_range
from foedus.web.api import api_router
from foedus.web.check import check_router
from foedus.web.docs import docs_router
from foedus.web.errors import install_error_handlers
from foedus.web.formatting import install_filters
from foedus.web.gate import StoreGate
from foedus.web.pages import error_page, page_router
from foedus.web.relations import relations_router
from foedus.web.settings import LOOPBACK_HOSTS, MAX_UPLOAD, OTHER_CSP, PAGE_CSP, Settings, host_name
from foedus.web.spec import install_spec
from foedus.web.warmup import Warmup

if TYPE_CHECKING:
    from foedus.reliability.cache import FitCache

__all__ = ["OTHER_CSP", "PAGE_CSP", "create_app"]



def create_app(
    db: str | Path | None = None,
    *,
    token: str | None = None,
    cache_size: int = 256,
    max_upload: int = MAX_UPLOAD,
    allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
    warm: bool = False,
    fit_cache: FitCache | None = None,
) -> FastAPI:
    """Return the dashboard and JSON API over the store at ``db``, opened read-only.

    Parameters
    ----------
    db : path, optional
        The store (default: ``$FOEDUS_DB``, or ``foedus.duckdb`` in the user's data directory); created and
        prepared with the shipped ledgers on first use.
    token : str, optional
        The token that authorises ``POST /api/ledgers`` (``Authorization: Bearer TOKEN``). Without one the
        server is read-only.
    cache_size : int
        How many histories and assessments to keep computed.
    max_upload : int
        The largest ledger file accepted, in bytes.
    allowed_hosts : iterable of str
        The host names a request's ``Host`` header may carry (default: this machine's loopback names). Any other
        is refused with a 400, which keeps pages on other sites from reaching the server by DNS rebinding.
    warm : bool
        Fit the model to every alliance under every coding in a background thread when the app starts (or at its
        first page, and again after a ledger load), so that any pair's assessment then takes about a second
        (:mod:`foedus.web.warmup`; progress at ``/api/warmup``). ``foedus serve`` does. Without it, each assessment
        fits what it needs when first asked.
    fit_cache : FitCache, optional
        The cache of fits the app holds for its life (``app.state.fit_cache``), which every route and the warm-up
        use (default: a new one in the default folder, ``$FOEDUS_CACHE`` or the user's cache folder).

    The store stays open for the app's life (``app.state.gate.close()`` closes it): an app may be served, stopped
    and served again, as tests do.

    Raises
    ------
    StoreError
        If the store cannot be opened.
    """
    gate = StoreGate(db, cache_size=cache_size)
    with gate.reading() as store:
        year_range(store)  # the store opens and holds records now, not at the first request

    from foedus import __version__
    from foedus.reliability.cache import FitCache

    fits = fit_cache if fit_cache is not None else FitCache()
    warmup = Warmup(gate, cache=fits) if warm else None

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warmup is not None:
            warmup.start()
        yield
        if warmup is not None:
            warmup.stop(timeout=0)

    app = FastAPI(
        title="foedus",
        version=__version__,
        description="The history and reliability of alliances between states: the sourced ledger, pair histories "
                    "under each coding, and breach assessments with intervals. Results never depend on today's "
                    "date: an assessment's default as_of is the latest year in the store.",
        docs_url=None,  # served by foedus.web.docs with the scripts vendored: FastAPI's would load them from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.gate = gate
    app.state.fit_cache = fits
    app.state.warmup = warmup
    settings = Settings(token=token or None, max_upload=max_upload,
                        allowed_hosts=tuple(host_name(h) for h in allowed_hosts))
    app.state.settings = settings
    folder = resources.files("foedus.web")
    templates = Jinja2Templates(directory=str(folder / "templates"))
    install_filters(templates.env)
    templates.env.globals["version"] = __version__
    app.mount("/static", StaticFiles(directory=str(folder / "static")), name="static")
    app.include_router(api_router())
    app.include_router(relations_router())
    app.include_router(page_router(templates))
    app.include_router(check_router(templates))
    app.include_router(docs_router(templates))
    install_error_handlers(app, error_page(templates))
    install_spec(app, gate)

    @app.middleware("http")
    async def allowed_host(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Any:
        host = host_name(request.headers.get("host", ""))
        if host not in settings.allowed_hosts:
            message = (f"this server does not answer for the host {host or '(none)'!r}: use "
                       f"{', '.join(settings.allowed_hosts)}, or start it with --allow-host {host or 'NAME'}")
            return JSONResponse({"error": "host_not_allowed", "message": message}, status_code=400)
        return await call_next(request)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Any:
        response = await call_next(request)
        page = response.headers.get("content-type", "").startswith("text/html")
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP if page else OTHER_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return app
