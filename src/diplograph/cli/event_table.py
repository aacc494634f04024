"""`diplograph events`: merged events, readable at 80 columns; `--wide`
adds the mode, place, documents and each event's sentence."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from ..api.query.names import label, named
from ..api.query.rows import records
from ..vocabulary import STATUSES
from . import output
from .common import ALL, DB, DEFAULT_DB, JSON, note_cut, open_store

LIMIT = Annotated[int, typer.Option(min=1, help="rows to show")]
WIDE = Annotated[bool, typer.Option("--wide", "-w", help="also the mode, place, documents and sentence")]
COLUMNS = ["date", "type", "source", "target", "status", "docs"]
WIDE_COLUMNS = ["date", "type", "mode", "source", "target", "status", "location", "docs", "sentence"]


def events(
    actor: Annotated[
        list[str] | None, typer.Option("--actor", "-a", help="actor code; repeat: all must take part")
    ] = None,
    type: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER type, e.g. CONSULT")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="from date (YYYY[-MM[-DD]])")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="to date (YYYY[-MM[-DD]])")] = None,
    status: Annotated[str | None, typer.Option(help=", ".join(STATUSES))] = None,
    source: Annotated[str | None, typer.Option(help="publisher or document name")] = None,
    location: Annotated[str | None, typer.Option(help="country where it took place, e.g. RUS")] = None,
    limit: LIMIT = 100,
    show_all: ALL = False,
    wide: WIDE = False,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Events, each merged across the documents that report it, filtered."""
    with open_store(db) as g:
        filters = (actor or (), type, date_from, date_to, status, source)
        frame = g.merged_events(*filters, limit=None if show_all else limit, location=location)
        if not show_all and len(frame) >= limit:
            note_cut(len(frame), g.count_merged_events(*filters, location=location), "events")
        rows = named(records(frame), g.actor_name)
        if wide:
            sentences = g.event_sentences([r["merged_id"] for r in rows])
            rows = [{**r, "sentence": sentences.get(r["merged_id"])} for r in rows]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return
    columns = WIDE_COLUMNS if wide else COLUMNS
    flexible = ["source", "target", "docs", "sentence"] if wide else ["source", "target"]
    output.show_fitted([_shown(r) for r in rows], columns, flexible, "Events")


def _shown(r: dict[str, Any]) -> dict[str, str]:
    """An event as a person reads it: names beside codes."""
    return {
        "date": r["date"] or "",
        "type": r["type"] or "",
        "mode": r["mode"] or "",
        "source": actors(r["source"], r["source_names"]),
        "target": actors(r["target"], r["target_names"]),
        "status": r["status"] or "",
        "location": label(r["location"], r["location_name"]) if r["location"] else "",
        "docs": ", ".join(r["docs"] or []) if "sentence" in r else str(len(r["docs"] or [])),
        "sentence": r.get("sentence") or "",
    }


def actors(codes: list[str] | None, names: list[str] | None) -> str:
    """ "Russia (RUS), China (CHN)"."""
    return ", ".join(label(c, n) for c, n in zip(codes or [], names or [], strict=False))
