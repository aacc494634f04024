"""What every export format reads: the store's records, streamed in
batches, and the knowledge base's names for actor codes."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..kb.loader import KnowledgeBase
from ..knowledge import cameo
from ..store import Store

PROVENANCE = ["sentence", "start_char", "end_char", "url", "title", "publisher", "published"]
WEB = ["final_url", "fetched_at", "feed"]

# The record's document, its sentence and, for a fetched page, where it
# came from (its first fetch of that URL).
_FROM = """JOIN documents d USING (doc_id) LEFT JOIN sentences s USING (sent_id)
    LEFT JOIN web_documents w ON w.doc_id = d.doc_id AND w.url = d.url"""
_PROVENANCE_SQL = """s.text AS sentence, {t}.start_char, {t}.end_char, d.url, d.title, d.publisher,
    d.published, w.doc_id IS NOT NULL AS fetched, w.final_url, w.fetched_at, w.feed"""

EVENTS_SQL = f"""
    SELECT e.event_id, d.name AS doc, e.type, e.mode, e.source, e.target, e.participants,
           e.source_sectors, e.target_sectors, e.participant_sectors, e.date, e.date_end, e.status,
           e.location, e.trigger, e.rules, {_PROVENANCE_SQL.format(t="e")}
    FROM events e {_FROM}
    ORDER BY e.date NULLS LAST, d.name, e.start_char, e.event_id"""
MEMBERSHIPS_SQL = f"""
    SELECT m.membership_id, d.name AS doc, m.member, m.organization, m.mode, m.date, m.status,
           m.trigger, m.rules, {_PROVENANCE_SQL.format(t="m")}
    FROM memberships m {_FROM}
    ORDER BY m.organization, m.member, m.date NULLS LAST, d.name"""
FIGURES_SQL = f"""
    SELECT f.figure_id, d.name AS doc, f.metric, f.actors, f.value, f.unit, f.period, f.text,
           f.rules, {_PROVENANCE_SQL.format(t="f")}
    FROM figures f {_FROM}
    ORDER BY d.name, f.start_char"""


@dataclass
class Source:
    """A read-only store and its knowledge base, as the export formats see them."""

    store: Store
    kb: KnowledgeBase
    batch: int = 1024

    def rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """A query's rows as dicts, read a batch at a time."""
        for names, batch in self.store.stream(sql, params, self.batch):
            for row in batch:
                yield dict(zip(names, row, strict=True))

    def records(self) -> Iterator[dict[str, Any]]:
        """Every event, membership and figure as a flat record with
        provenance; a record from a fetched page also has its `final_url`,
        `fetched_at` and `feed`."""
        yield from self.events()
        yield from self.memberships()
        yield from self.figures()

    def events(self) -> Iterator[dict[str, Any]]:
        for r in self.rows(EVENTS_SQL):
            date: Any = r["date"]
            if r["date_end"]:
                date = {"start": r["date"], "end": r["date_end"]}
            yield {
                "kind": "event",
                "id": r["event_id"],
                "doc": r["doc"],
                "type": r["type"],
                "mode": r["mode"],
                "cameo": cameo.root(r["type"], r["mode"]),
                "source": r["source"] or [],
                "target": r["target"] or [],
                "participants": r["participants"] or [],
                **_sectors(r),
                "date": date,
                "status": r["status"],
                "location": r["location"],
                "trigger": r["trigger"],
                "rules": r["rules"] or [],
                **_provenance(r),
            }

    def memberships(self) -> Iterator[dict[str, Any]]:
        for r in self.rows(MEMBERSHIPS_SQL):
            yield {
                "kind": "membership",
                "id": r["membership_id"],
                "doc": r["doc"],
                "member": r["member"],
                "organization": r["organization"],
                "mode": r["mode"],
                "date": r["date"],
                "status": r["status"],
                "trigger": r["trigger"],
                "rules": r["rules"] or [],
                **_provenance(r),
            }

    def figures(self) -> Iterator[dict[str, Any]]:
        for r in self.rows(FIGURES_SQL):
            value = r["value"]
            yield {
                "kind": "figure",
                "id": r["figure_id"],
                "doc": r["doc"],
                "metric": r["metric"],
                "actors": r["actors"] or [],
                "value": None if isinstance(value, float) and math.isnan(value) else value,
                "unit": r["unit"],
                "period": r["period"],
                "text": r["text"],
                "rules": r["rules"] or [],
                **_provenance(r),
            }

    def name(self, code: str) -> str:
        """The knowledge base's name for an actor code, or the code itself."""
        actor = self.kb.actor(code)
        return actor.name if actor else code


def _provenance(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: r[k] for k in PROVENANCE}
    if r["fetched"]:
        out.update({k: r[k] for k in WEB})
    return out


def _sectors(r: dict[str, Any]) -> dict[str, list[str | None]]:
    """PLOVER's sector of each actor, aligned with its list (null for a
    state or organisation itself); a store from before sectors were kept
    gives nulls."""
    out: dict[str, list[str | None]] = {}
    for side in ("source", "target", "participants"):
        key = side.removesuffix("s") + "_sectors"
        codes = r[side] or []
        stored = r[key] or []
        if len(stored) != len(codes):
            stored = [""] * len(codes)
        out[key] = [s or None for s in stored]
    return out
