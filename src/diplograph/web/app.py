"""`diplograph serve`: the JSON API and the web UI, read-only, loopback by
default."""

from __future__ import annotations

import importlib
from collections import Counter
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ..api.client import Diplograph
from ..api.validate import MAX_VALUES, InvalidQuery
from . import api
from .state import Shared

MAX_URL = 4096


def create_app(db: str | Path) -> FastAPI:
    app = FastAPI(
        title="diplograph",
        version="0.1.0",
        description="A sourced, temporal knowledge graph of the international system (read-only).",
        # Swagger UI and ReDoc load scripts from a CDN: the product fetches
        # nothing at run time. /openapi.json stays.
        docs_url=None,
        redoc_url=None,
    )
    app.state.shared = Shared(Diplograph(db))

    @app.middleware("http")
    async def limits(request: Request, call_next):  # type: ignore[no-untyped-def]
        if request.method not in {"GET", "HEAD", "OPTIONS"}:
            return JSONResponse({"detail": "read-only"}, status_code=405)
        if len(str(request.url)) > MAX_URL:
            return JSONResponse({"detail": "request too long"}, status_code=414)
        # Checked before any handler runs, so a flood of values costs no
        # query and never holds the store's lock.
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

    app.include_router(api.router)
    try:
        pages = importlib.import_module("diplograph.web.pages")
    except ModuleNotFoundError:  # the UI is optional; the API stands alone
        pages = None
    if pages is not None:
        pages.mount(app)
    return app


def static_dir() -> Path:
    return Path(str(resources.files("diplograph.web") / "static"))
