"""The web UI: server-rendered page shells; our own JS in static/ fetches the
JSON API under /api/. Routes only, no SQL. Every HTML response carries a
Content-Security-Policy that allows nothing but this server."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from ..vocabulary import METRICS
from .app import static_dir
from .state import graph_of

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

CODE = re.compile(r"[A-Za-z0-9:_]{2,16}")

env = Environment(
    loader=PackageLoader("diplograph.web", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)

NAV = [
    ("network", "/network", "Network"),
    ("timeline", "/timeline", "Timeline"),
    ("map", "/map", "Map"),
    ("documents", "/documents", "Documents"),
    ("search", "/search", "Search"),
    ("figures", "/figures", "Figures"),
    ("sources", "/sources", "Sources"),
    ("members", "/members", "Membership"),
]


def render(template: str, page: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = env.get_template(template).render(nav=NAV, page=page, **context)
    response = HTMLResponse(html, status_code=status_code)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Frame-Options"] = "DENY"
    return response


def _not_found(what: str) -> HTMLResponse:
    return render("error.html", "", status_code=404, message=what)


def mount(app: FastAPI) -> None:
    """Add the pages and the /static mount (the package's static folder only)."""
    app.mount("/static", StaticFiles(directory=static_dir(), follow_symlink=False), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network() -> HTMLResponse:
        return render("network.html", "network", title="Network")

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline() -> HTMLResponse:
        return render("timeline.html", "timeline", title="Timeline")

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def world_map() -> HTMLResponse:
        return render("map.html", "map", title="Map")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(q: str = "") -> HTMLResponse:
        return render("search.html", "search", title="Search", q=q[:500])

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures() -> HTMLResponse:
        return render("figures.html", "figures", title="Figures", metrics=METRICS)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents() -> HTMLResponse:
        return render("documents.html", "documents", title="Documents")

    @app.get("/documents/{key}", response_class=HTMLResponse, include_in_schema=False)
    def document(request: Request, key: str) -> HTMLResponse:
        with graph_of(request) as g:
            doc = g.document(key) if len(key) <= 300 else None
        if doc is None:
            return _not_found(f"No document {key!r}.")
        title = doc.get("title") or doc["name"]
        return render("document.html", "documents", title=title, doc=doc)

    @app.get("/events/{merged_id}", response_class=HTMLResponse, include_in_schema=False)
    def event(request: Request, merged_id: str) -> HTMLResponse:
        with graph_of(request) as g:
            found = g.event(merged_id) if len(merged_id) <= 64 else None
        if found is None:
            return _not_found(f"No event {merged_id!r}.")
        return render("event.html", "", title=f"Event {found['type']}", merged_id=merged_id)

    @app.get("/sources", response_class=HTMLResponse, include_in_schema=False)
    def sources(actor: str = "RUS") -> HTMLResponse:
        code = actor.upper() if CODE.fullmatch(actor) else "RUS"
        return render("sources.html", "sources", title="Sources", actor=code)

    @app.get("/members", response_class=HTMLResponse, include_in_schema=False)
    def members_chooser(request: Request, org: str | None = None) -> Any:
        if org:
            return RedirectResponse(f"/members/{quote(org.upper()[:16], safe='')}", status_code=303)
        with graph_of(request) as g:
            orgs = [(code, g.actor_name(code)) for code in sorted(g.kb.organisations)]
        return render("members_chooser.html", "members", title="Membership", orgs=orgs)

    @app.get("/members/{org}", response_class=HTMLResponse, include_in_schema=False)
    def members(request: Request, org: str) -> HTMLResponse:
        code = org.upper()
        with graph_of(request) as g:
            if code not in g.kb.organisations:
                return _not_found(f"Unknown organisation {org!r}.")
            name = g.actor_name(code)
            orgs = [(c, g.actor_name(c)) for c in sorted(g.kb.organisations)]
        return render("members.html", "members", title=f"{name} membership", org=code, name=name, orgs=orgs)
