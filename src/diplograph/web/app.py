"""`diplograph serve`: the JSON API and the web UI, read-only, loopback by
default."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from ..api.query.served import ServedGraph
from ..api.query.validate import MAX_VALUES, InvalidQuery
from ..store import StoreError
from . import api
from .hosts import LOOPBACK, HeadAsGet, HostNames
from .state import Shared

MAX_URL = 4096


def create_app(db: str | Path, hosts: Iterable[str] = LOOPBACK) -> FastAPI:
    """The app over the store `db`. `hosts` are the Host header values it
    answers (a page on another name that resolves to this machine must not
    read the store): a name for any port, or name:port; "*" for any."""
    graph = ServedGraph(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        graph.close()

    app = FastAPI(
        title="diplograph",
        version="0.1.0",
        description="A sourced, temporal knowledge graph of the international system (read-only).",
        # Swagger UI and ReDoc load scripts from a CDN: the product fetches
        # nothing at run time. /openapi.json stays.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.shared = Shared(graph)
    allowed = HostNames(hosts)

    @app.middleware("http")
    async def limits(request: Request, call_next):  # type: ignore[no-untyped-def]
        host = request.headers.get("host", "")
        if not allowed.accepts(host):
            detail = f"host {host!r} is not served here (start the server with --allow-host to add a name)"
            return JSONResponse({"detail": detail}, status_code=400)
        if request.method not in {"GET", "HEAD", "OPTIONS"}:
            return JSONResponse({"detail": "read-only"}, status_code=405)
        if len(str(request.url)) > MAX_URL:
            return JSONResponse({"detail": "request too long"}, status_code=414)
        # Checked before any handler runs, so a flood of values costs no
        # query.
        repeated = Counter(k for k, _ in request.query_params.multi_items())
        for name, n in repeated.items():
            if n > MAX_VALUES:
                detail = f"too many values for query parameter {name!r}: {n} (at most {MAX_VALUES})"
                return JSONResponse({"detail": detail}, status_code=422)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.exception_handler(InvalidQuery)
    async def invalid_query(request: Request, exc: InvalidQuery) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, exc: StoreError) -> Response:
        # Removed, replaced and not yet readable, or damaged: nothing to
        # serve until it is whole again.
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=503)
        return PlainTextResponse(str(exc), status_code=503)

    app.include_router(api.router)
    try:
        pages = importlib.import_module("diplograph.web.pages")
    except ModuleNotFoundError:  # the UI is optional; the API stands alone
        pages = None
    if pages is not None:
        pages.mount(app)
    app.add_middleware(HeadAsGet)
    return app


def static_dir() -> Path:
    return Path(str(resources.files("diplograph.web") / "static"))
