"""What the store keeps about fetched URLs: each URL's last answer (for the
next conditional GET) and where each fetched document came from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from ..ingest.fetch import Validators
from ..ingest.urls import FetchRecord, WebOrigin
from .database import Store

COLUMNS = {
    "web_fetches": ["url", "etag", "last_modified", "status", "checked_at", "error", "retry"],
    "web_documents": ["doc_id", "url", "final_url", "fetched_at", "feed"],
}


class StoredWebMemory:
    """An ingest's view of earlier runs, read from the store as it asks."""

    def __init__(self, store: Store):
        self.store = store

    def validators(self, url: str) -> Validators | None:
        rows = self.store.fetch("SELECT etag, last_modified FROM web_fetches WHERE url = ?", [url])
        return Validators(rows[0][0], rows[0][1]) if rows else None

    def known(self, urls: list[str]) -> set[str]:
        """Those of these URLs read before (stored, or failed for good),
        which a feed's later polls need not fetch again."""
        if not urls:
            return set()
        self.store.con.register("_urls", pa.table({"url": urls}))
        try:
            rows = self.store.fetch(
                "SELECT url FROM _urls WHERE url IN (SELECT url FROM web_documents) "
                "OR url IN (SELECT url FROM web_fetches WHERE status = 'failed' AND NOT retry)"
            )
        finally:
            self.store.con.unregister("_urls")
        return {r[0] for r in rows}


def save(store: Store, records: Sequence[FetchRecord], origins: Sequence[WebOrigin]) -> None:
    """Remember this run's answers, and the origin of each fetched document
    that is now in the store, in one transaction."""
    latest = {r.url: r for r in records}  # one row per URL: its last outcome
    fetch_rows = [
        (r.url, r.validators.etag, r.validators.last_modified, r.status, r.checked_at, r.error, r.retry)
        for r in latest.values()
    ]
    stored = store.stored_ids([o.doc_id for o in origins])
    origin_rows = {
        (o.doc_id, o.url): (o.doc_id, o.url, o.final_url, o.fetched_at, o.feed)
        for o in origins
        if o.doc_id in stored
    }
    with store.transaction():
        _insert(store, "web_fetches", fetch_rows, "REPLACE")
        # An origin already known keeps its first fetch time.
        _insert(store, "web_documents", list(origin_rows.values()), "IGNORE")


def _insert(store: Store, table: str, rows: list[tuple[Any, ...]], verb: str) -> None:
    if not rows:
        return
    names = COLUMNS[table]
    columns = ", ".join(names)
    schema = store.con.execute(f"SELECT {columns} FROM {table} LIMIT 0").arrow().schema
    data = pa.table(
        {c: pa.array([r[i] for r in rows], type=schema.field(c).type) for i, c in enumerate(names)}
    )
    store.con.register("_web_rows", data)
    try:
        store.con.execute(f"INSERT OR {verb} INTO {table} ({columns}) SELECT {columns} FROM _web_rows")
    finally:
        store.con.unregister("_web_rows")


def origins(store: Store) -> dict[str, dict[str, Any]]:
    """Per document URL, where and when it was fetched (its first fetch)."""
    rows = store.fetch(
        "SELECT w.url, w.final_url, w.fetched_at, w.feed FROM web_documents w "
        "JOIN documents d ON d.doc_id = w.doc_id AND d.url = w.url"
    )
    return {r[0]: {"final_url": r[1], "fetched_at": r[2], "feed": r[3]} for r in rows}
