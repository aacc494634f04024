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

# Rows per chunk of an ordered read: what one query sorts at most.
CHUNK_ROWS = 20_000


@dataclass(frozen=True)
class Ordered:
    """A query read in its ORDER BY's order a chunk at a time, so that no
    query sorts more than a chunk (DuckDB holds a sort of the whole store
    in memory). `key` is the leading part of the sort as one string whose
    order is the sort's order (never empty or null); `keyed` the FROM
    clause it is computed over; `sql` has `{chunk}` where its WHERE clause
    takes a range of the key."""

    sql: str
    key: str
    keyed: str
    rows: int = CHUNK_ROWS


# A chunk of records with their document and, for a fetched page, where it
# came from (its first fetch of that URL); its sentence is joined after,
# with the chunk on the hash join's build side (see Store.bounded_reads).
DOCUMENT = """d.name AS doc, d.url, d.title, d.publisher, d.published, w.doc_id IS NOT NULL AS fetched,
    w.final_url, w.fetched_at, w.feed"""
WITH_DOCUMENT = """JOIN documents d USING (doc_id)
    LEFT JOIN web_documents w ON w.doc_id = d.doc_id AND w.url = d.url"""


def _with_sentence(table: str, alias: str, columns: str, order: str) -> str:
    return f"""
    SELECT {columns}, s.text AS sentence, {alias}.start_char, {alias}.end_char, {alias}.url, {alias}.title,
           {alias}.publisher, {alias}.published, {alias}.fetched, {alias}.final_url, {alias}.fetched_at,
           {alias}.feed
    FROM sentences s RIGHT JOIN (
        SELECT {alias}.*, {DOCUMENT} FROM {table} {alias} {WITH_DOCUMENT} WHERE {{chunk}}) {alias}
    USING (sent_id)
    ORDER BY {order}"""


# Events by date (undated last), document name, offset: the key joins the
# date ("~" after every digit, as NULLS LAST) and the name with a byte
# below any character of either, so that "2024" sorts before "2024-03".
EVENT_KEY = "coalesce(e.date, '~') || chr(1) || d.name"
EVENT_KEYED = "events e JOIN documents d USING (doc_id)"
EVENT_ORDER = "e.date NULLS LAST, e.doc, e.start_char, e.event_id"  # e: a chunk with its document's name
EVENTS = Ordered(
    _with_sentence(
        "events",
        "e",
        """e.event_id, e.doc, e.type, e.mode, e.source, e.target, e.participants, e.source_sectors,
           e.target_sectors, e.participant_sectors, e.date, e.date_end, e.status, e.location, e.trigger,
           e.rules""",
        EVENT_ORDER,
    ),
    EVENT_KEY,
    EVENT_KEYED,
)
MEMBERSHIP_KEY = "coalesce(m.organization, '~') || chr(1) || coalesce(m.member, '~')"
MEMBERSHIPS = Ordered(
    _with_sentence(
        "memberships",
        "m",
        "m.membership_id, m.doc, m.member, m.organization, m.mode, m.date, m.status, m.trigger, m.rules",
        "m.organization, m.member, m.date NULLS LAST, m.doc, m.start_char, m.membership_id",
    ),
    MEMBERSHIP_KEY,
    "memberships m",
)
FIGURES = Ordered(
    _with_sentence(
        "figures",
        "f",
        "f.figure_id, f.doc, f.metric, f.actors, f.value, f.unit, f.period, f.status, f.text, f.rules",
        "f.doc, f.start_char, f.figure_id",
    ),
    "d.name",
    "figures f JOIN documents d USING (doc_id)",
)


@dataclass
class Source:
    """A read-only store and its knowledge base, as the export formats see them."""

    store: Store
    kb: KnowledgeBase
    batch: int = 1024

    def rows(
        self, sql: str, params: Sequence[Any] = (), batch: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """A query's rows as dicts, read a batch at a time."""
        for names, rows in self.store.stream(sql, params, batch or self.batch):
            for row in rows:
                yield dict(zip(names, row, strict=True))

    def ordered(self, query: Ordered) -> Iterator[dict[str, Any]]:
        """The query's rows in its order, one range of its key at a time.
        Each range ends at the key query.rows places further on, found by a
        top-N query (which holds N keys, not the store's)."""
        rows = int(query.rows)
        after = ""  # below every key: a key is never empty
        while True:
            found = self.store.fetch(
                f"SELECT {query.key} AS k FROM {query.keyed} WHERE {query.key} > ? "
                f"ORDER BY k LIMIT 1 OFFSET {rows - 1}",
                [after],
            )
            last = found[0][0] if found else None
            chunk = f"{query.key} > ?" + (" AND " + f"{query.key} <= ?" if last is not None else "")
            params = [after] if last is None else [after, last]
            yield from self.rows(query.sql.replace("{chunk}", chunk), params)
            if last is None:
                return
            after = last

    def records(self) -> Iterator[dict[str, Any]]:
        """Every event, membership and figure as a flat record with
        provenance; a record from a fetched page also has its `final_url`,
        `fetched_at` and `feed`."""
        yield from self.events()
        yield from self.memberships()
        yield from self.figures()

    def events(self) -> Iterator[dict[str, Any]]:
        for r in self.ordered(EVENTS):
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
        for r in self.ordered(MEMBERSHIPS):
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
        for r in self.ordered(FIGURES):
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
                "status": r["status"],
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
