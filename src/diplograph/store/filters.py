"""The event filter and its one SQL builder, for event mentions (each
document's events) and for merged events alike; the figure filter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EventFilter:
    actors: tuple[str, ...] = ()  # all must take part
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    status: str | None = None
    source: str | None = None  # publisher or document name
    doc: str | None = None
    limit: int | None = None
    offset: int = 0
    merged_id: str | None = None
    location: str | None = None  # country code where the event took place


NO_FILTER = EventFilter()


@dataclass(frozen=True)
class FigureFilter:
    actors: tuple[str, ...] = ()  # all must be among the figure's actors
    metric: str | None = None
    date_from: str | None = None  # the figure's period overlaps the window
    date_to: str | None = None


NO_FIGURE_FILTER = FigureFilter()


def event_where(f: EventFilter, merged: bool) -> tuple[str, list[Any]]:
    """The WHERE condition and its parameters for the filter: on
    `merged_events` when merged, else on `events e JOIN documents d`."""
    where: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        where.append(sql)
        params.extend(values)

    e = "" if merged else "e."
    codes = list(dict.fromkeys(f.actors))
    if codes and merged:
        # One pass over event_actors (sorted by actor, so the lookup skips
        # most of it) for all the codes: events where every one takes part.
        marks = ", ".join("?" * len(codes))
        add(
            f"merged_id IN (SELECT merged_id FROM event_actors WHERE actor IN ({marks}) "
            "GROUP BY merged_id HAVING count(DISTINCT actor) = ?)",
            *codes,
            len(codes),
        )
    elif codes:
        add("list_has_all(list_concat(e.source, e.target, e.participants), ?)", codes)
    if f.type:
        add(f"{e}type = ?", f.type.upper())
    if f.status:
        add(f"{e}status = ?", f.status)
    if f.date_from:
        # A partial date overlaps the window if its last day is not before it.
        add(f"({e}date IS NOT NULL AND rpad({e}date, 10, '9') >= ?)", f.date_from)
    if f.date_to:
        # ... and a partial "to" date runs to the end of its month or year.
        add(f"({e}date IS NOT NULL AND {e}date <= rpad(?, 10, '9'))", f.date_to)
    if f.source and merged:
        add("(list_contains(publishers, ?) OR list_contains(docs, ?))", f.source, f.source)
    elif f.source:
        add("(d.publisher = ? OR d.name = ?)", f.source, f.source)
    if f.doc and merged:
        add("list_contains(docs, ?)", f.doc)
    elif f.doc:
        add("(d.name = ? OR d.doc_id = ?)", f.doc, f.doc)
    if f.merged_id and merged:
        add("merged_id = ?", f.merged_id)
    elif f.merged_id:
        add("e.event_id IN (SELECT event_id FROM event_groups WHERE merged_id = ?)", f.merged_id)
    if f.location:
        add(f"{e}location = ?", f.location)
    return " AND ".join(where) or "TRUE", params
