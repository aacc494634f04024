"""`diplograph serve`: the JSON API and the web UI, read-only, loopback by
default."""

from __future__ import annotations

import importlib
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ..api.client import Diplograph
from . import api
from .state import Shared

MAX_URL = 4096


def create_app(db: str | Path) -> FastAPI:
    app = FastAPI(
        title="diplograph",
        version="0.1.0",
        description="A sourced, temporal knowledge graph of the international system (read-only).",
    )
    app.state.shared = Shared(Diplograph(db))

    @app.middleware("http")
    async def limits(request: Request, call_next):  # type: ignore[no-untyped-def]
        if request.method not in {"GET", "HEAD", "OPTIONS"}:
            return JSONResponse({"detail": "read-only"}, status_code=405)
        if len(str(request.url)) > MAX_URL:
            return JSONResponse({"detail": "request too long"}, status_code=414)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

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
