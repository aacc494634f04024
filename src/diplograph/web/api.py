"""The JSON API under /api/. Every route calls one Python API method; no
SQL here. Inputs are validated so that bad requests get 4xx, never 500:
shapes here, meaning (real dates, known codes) by the Python API, whose
InvalidQuery the app answers with 400."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from ..api.query.names import named
from ..api.query.rows import records
from ..api.query.validate import MAX_VALUES
from ..vocabulary import EVENT_TYPES, STATUSES, pattern
from . import tables
from .state import graph_of

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CODE = r"^[A-Za-z0-9:_]{2,16}$"
TYPES = pattern(EVENT_TYPES, ignore_case=True)
STATUS = pattern(STATUSES)
MAX_PAGE = 1000

router = APIRouter(prefix="/api", tags=["api"])
Date = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Actors = Annotated[
    list[str] | None,
    Query(
        max_length=MAX_VALUES, description=f"actor code; repeat (at most {MAX_VALUES}): all must take part"
    ),
]
Format = Annotated[Literal["json", "csv"], Query(description="csv: the same rows as a CSV download")]


@router.get("/stats")
def stats(request: Request) -> dict[str, int]:
    with graph_of(request) as g:
        return g.stats()


@router.get("/documents")
def documents(request: Request) -> list[dict[str, Any]]:
    with graph_of(request) as g:
        return records(g.documents())


@router.get("/documents/{key}")
def document(request: Request, key: str) -> dict[str, Any]:
    with graph_of(request) as g:
        doc = g.document(key) if len(key) <= 300 else None
        if doc is None:
            raise HTTPException(404, f"no document {key!r}")
        doc["events"] = named(doc["events"], g.actor_name)
        doc["mentions"] = named(doc["mentions"], g.actor_name)
        return doc


@router.get("/actors")
def actors(request: Request) -> list[dict[str, Any]]:
    with graph_of(request) as g:
        return records(g.actors())


@router.get("/actors/{code}")
def actor(request: Request, code: str) -> dict[str, Any]:
    with graph_of(request) as g:
        found = g.actor(code) if len(code) <= 16 else None
    if found is None:
        raise HTTPException(404, f"no actor {code!r}")
    return found


@router.get("/events", response_model=None)
def events(
    request: Request,
    actor: Actors = None,
    type: Annotated[str | None, Query(pattern=TYPES)] = None,
    status: Annotated[str | None, Query(pattern=STATUS)] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
    source: Annotated[str | None, Query(max_length=200, description="publisher or document name")] = None,
    location: Annotated[str | None, Query(pattern=CODE, description="country where it took place")] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_PAGE, description="JSON: 100 unless given; CSV: every row")
    ] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    format: Format = "json",
) -> dict[str, Any] | Response:
    filters = (actor or [], type, date_from, date_to, status, source)
    if format == "csv":
        with graph_of(request) as g:
            rows = named(
                records(g.merged_events(*filters, limit=limit, offset=offset, location=location)),
                g.actor_name,
            )
            sentences = g.event_sentences([r["merged_id"] for r in rows])
        return tables.csv_response(
            ({**r, "sentence": sentences.get(r["merged_id"])} for r in rows), tables.EVENTS, "events"
        )
    size = limit or 100
    with graph_of(request) as g:
        page = g.merged_events(*filters, limit=size + 1, offset=offset, location=location)
        rows = named(records(page), g.actor_name)
    return {"items": rows[:size], "limit": size, "offset": offset, "more": len(rows) > size}


@router.get("/events/{merged_id}")
def event(request: Request, merged_id: str) -> dict[str, Any]:
    with graph_of(request) as g:
        found = g.event(merged_id) if len(merged_id) <= 64 else None
        if found is None:
            raise HTTPException(404, f"no event {merged_id!r}")
        found["mentions"] = named(found["mentions"], g.actor_name)
        return named([found], g.actor_name)[0]


@router.get("/organisations")
def organisations(request: Request) -> list[dict[str, Any]]:
    with graph_of(request) as g:
        return records(g.organisations())


@router.get("/members/{org}", response_model=None)
def members(request: Request, org: str, as_of: Date = None, format: Format = "json") -> Any:
    with graph_of(request) as g:
        try:
            rows = records(g.members(org, as_of))
        except KeyError as exc:
            raise HTTPException(404, str(exc.args[0])) from None
    if format == "csv":
        return tables.csv_response(rows, tables.MEMBERS, f"{org.upper()[:16]}-members")
    return rows


@router.get("/timeline/{org}")
def membership_timeline(request: Request, org: str) -> list[dict[str, Any]]:
    with graph_of(request) as g:
        if org.upper() not in g.kb.organisations:
            raise HTTPException(404, f"unknown organisation {org!r}")
        return records(g.membership_timeline(org))


@router.get("/figures", response_model=None)
def figures(
    request: Request,
    actor: Actors = None,
    metric: Annotated[str | None, Query(pattern=r"^[a-z_]{2,32}$", description="trade, aid, ...")] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE, description="period overlaps")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
    format: Format = "json",
) -> Any:
    with graph_of(request) as g:
        rows = named(records(g.figures(actor or [], metric, date_from, date_to)), g.actor_name)
    if format == "csv":
        return tables.csv_response(rows, tables.FIGURES, "figures")
    return rows


@router.get("/conflicts")
def conflicts(request: Request) -> list[dict[str, Any]]:
    with graph_of(request) as g:
        return named(g.conflicts(), g.actor_name)


@router.get("/graph")
def graph(
    request: Request,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
) -> dict[str, Any]:
    with graph_of(request) as g:
        edges = records(g.graph(actor, date_from, date_to))
        codes = sorted({c for e in edges for c in (e["source"], e["target"])})
        nodes = [{"code": c, "name": g.actor_name(c), "kind": g.actor_kind(c)} for c in codes]
    return {"nodes": nodes, "edges": edges}


@router.get("/places")
def places(
    request: Request,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    type: Annotated[str | None, Query(pattern=TYPES)] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
) -> list[dict[str, Any]]:
    with graph_of(request) as g:
        return records(g.places(date_from, date_to, type, actor))


@router.get("/stance")
def stance(request: Request, actor: Annotated[str, Query(pattern=CODE)]) -> list[dict[str, Any]]:
    with graph_of(request) as g:
        return records(g.stance(actor))


@router.get("/search", response_model=None)
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    format: Format = "json",
) -> Any:
    """Sentences ranked by BM25, each with the records coded from it."""
    with graph_of(request) as g:
        rows = records(g.search(q, limit, coded=True))
    if format == "csv":
        return tables.csv_response(rows, tables.HITS, "search")
    return rows
