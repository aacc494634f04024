"""Queries about documents: the list, one with its text and spans, the
sources (publishers and names) a filter may name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .database import Store

if TYPE_CHECKING:
    import pandas as pd  # imported where used: an ingest never needs it


def has_source(store: Store, name: str) -> bool:
    """Whether a document has this publisher or name."""
    return bool(store.fetch("SELECT 1 FROM documents WHERE publisher = ? OR name = ? LIMIT 1", [name, name]))


def publishers(store: Store) -> list[str]:
    rows = store.fetch("SELECT DISTINCT publisher FROM documents WHERE publisher IS NOT NULL")
    return [str(r[0]) for r in rows]


# The stored path is where the ingesting machine read the file; readers of
# the store see its name only.
FILE_NAME = r"regexp_extract(path, '[^/\\]*$')"


def document_rows(store: Store) -> pd.DataFrame:
    return store.frame(
        f"""
        SELECT d.doc_id, d.name, {FILE_NAME} AS file, d.url, d.title, d.publisher, d.published,
               d.published_from, d.language, d.n_chars,
               (SELECT count(*) FROM sentences s WHERE s.doc_id = d.doc_id) AS sentences,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events
        FROM documents d ORDER BY d.name""",
    )


def document_row(store: Store, key: str) -> dict[str, Any] | None:
    """A document by id or name, with its text."""
    frame = store.frame(
        f"""
        SELECT doc_id, name, {FILE_NAME} AS file, url, title, publisher, published, published_from,
               language, text
        FROM documents WHERE doc_id = ? OR name = ? ORDER BY doc_id LIMIT 1""",
        [key, key],
    )
    return {str(k): v for k, v in frame.to_dict("records")[0].items()} if len(frame) else None


def document_spans(store: Store, doc_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mentions and event sentences of a document, with character offsets."""
    mentions = store.frame(
        """
        SELECT start_char, end_char, text, codes, form FROM mentions WHERE doc_id = ?
        ORDER BY start_char""",
        [doc_id],
    )
    events = store.frame(
        """
        SELECT e.event_id, g.merged_id, e.start_char, e.end_char, e.trigger, e.type, e.mode, e.source,
               e.target, e.participants, e.date, e.status, e.location
        FROM events e LEFT JOIN event_groups g USING (event_id) WHERE e.doc_id = ?
        ORDER BY e.start_char, e.event_id""",
        [doc_id],
    )
    return mentions, events
