"""The database schema, as numbered migrations applied in order.

A store records which migrations it has; opening an older store brings it
up to date, and a store newer than this code is refused rather than
misread.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Sequence
from typing import Any

from ..records import Document, DocumentResult, Event, Figure, Membership, Mention, Sentence

Record = Document | Sentence | Mention | Event | Membership | Figure

# Only documents carry a primary key: a document's records are written with
# it, in one transaction, so their ids (derived from the document's) are
# unique without an index to maintain on every insert.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "documents, sentences, mentions, actors, events, memberships, figures, errors",
        [
            """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, path VARCHAR, url VARCHAR,
            title VARCHAR, publisher VARCHAR, published VARCHAR, published_from VARCHAR,
            language VARCHAR, text VARCHAR NOT NULL, n_chars INTEGER)""",
            """CREATE TABLE sentences (
            sent_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, idx INTEGER,
            start_char INTEGER, end_char INTEGER, text VARCHAR)""",
            """CREATE TABLE mentions (
            mention_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sent_id VARCHAR,
            start_char INTEGER, end_char INTEGER, text VARCHAR, codes VARCHAR[], form VARCHAR)""",
            """CREATE TABLE actors (
            code VARCHAR PRIMARY KEY, kind VARCHAR, name VARCHAR, qid VARCHAR, parent VARCHAR)""",
            """CREATE TABLE events (
            event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sent_id VARCHAR,
            start_char INTEGER, end_char INTEGER, trigger VARCHAR, type VARCHAR, mode VARCHAR,
            source VARCHAR[], target VARCHAR[], participants VARCHAR[], date VARCHAR,
            date_end VARCHAR, status VARCHAR, location VARCHAR, rule VARCHAR)""",
            """CREATE TABLE memberships (
            membership_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sent_id VARCHAR,
            start_char INTEGER, end_char INTEGER, trigger VARCHAR, member VARCHAR,
            organization VARCHAR, mode VARCHAR, date VARCHAR, status VARCHAR)""",
            """CREATE TABLE figures (
            figure_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sent_id VARCHAR,
            start_char INTEGER, end_char INTEGER, text VARCHAR, metric VARCHAR, actors VARCHAR[],
            value DOUBLE, unit VARCHAR, period VARCHAR)""",
            """CREATE TABLE ingest_errors (
            path VARCHAR NOT NULL, reason VARCHAR NOT NULL, PRIMARY KEY (path, reason))""",
            "CREATE INDEX events_doc ON events (doc_id)",
            "CREATE INDEX sentences_doc ON sentences (doc_id)",
        ],
    ),
    (
        2,
        "event groups: the mentions of one real-world event",
        [
            "CREATE TABLE event_groups (event_id VARCHAR NOT NULL, merged_id VARCHAR NOT NULL)",
            "CREATE INDEX event_groups_merged ON event_groups (merged_id)",
        ],
    ),
    (
        3,
        "merged events, their actors and actor pairs, kept ready for queries",
        [
            """CREATE TABLE merged_events (
                merged_id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, source VARCHAR[], target VARCHAR[],
                actors VARCHAR[], date VARCHAR, date_end VARCHAR, status VARCHAR, location VARCHAR,
                docs VARCHAR[], publishers VARCHAR[], n_publishers INTEGER, n_mentions INTEGER,
                mentions VARCHAR[])""",
            "CREATE TABLE event_actors (merged_id VARCHAR, actor VARCHAR, date VARCHAR, type VARCHAR)",
            """CREATE TABLE event_pairs (
                merged_id VARCHAR, a VARCHAR, b VARCHAR, date VARCHAR, type VARCHAR, mode VARCHAR)""",
        ],
    ),
    (
        4,
        "actor pairs counted by month, for the relations graph over long periods",
        [
            """CREATE TABLE pair_months (
                a VARCHAR, b VARCHAR, month VARCHAR, type VARCHAR, mode VARCHAR, events INTEGER,
                first VARCHAR, last VARCHAR)""",
        ],
    ),
    (
        5,
        "the PLOVER sector of each event actor (police, rebels, protesters)",
        [
            "ALTER TABLE events ADD COLUMN source_sectors VARCHAR[]",
            "ALTER TABLE events ADD COLUMN target_sectors VARCHAR[]",
            "ALTER TABLE events ADD COLUMN participant_sectors VARCHAR[]",
        ],
    ),
    (
        6,
        "each record's rules: the lexicon entry that fired, then each rule that changed it",
        [
            "ALTER TABLE events ADD COLUMN rules VARCHAR[]",
            "ALTER TABLE memberships ADD COLUMN rules VARCHAR[]",
            "ALTER TABLE figures ADD COLUMN rules VARCHAR[]",
        ],
    ),
    (
        7,
        "fetched URLs: conditional-GET state per URL, and where each fetched document came from",
        [
            """CREATE TABLE web_fetches (
                url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, status VARCHAR,
                checked_at VARCHAR, error VARCHAR, retry BOOLEAN)""",
            """CREATE TABLE web_documents (
                doc_id VARCHAR NOT NULL, url VARCHAR NOT NULL, final_url VARCHAR, fetched_at VARCHAR,
                feed VARCHAR, PRIMARY KEY (doc_id, url))""",
        ],
    ),
    (
        8,
        "ingest state: an ingest's derived tables and search index not yet rebuilt",
        # A row ('unfinished', ...) from the first write of an ingest until
        # its finishing phase ends: a store killed in between is finished
        # when next opened.
        ["CREATE TABLE ingest_state (key VARCHAR PRIMARY KEY, value VARCHAR)"],
    ),
    (
        9,
        "each figure's status: occurred (a level reached, a sum given) or planned (a target)",
        ["ALTER TABLE figures ADD COLUMN status VARCHAR"],
    ),
    (
        10,
        "each figure's status where none was stored: occurred (stores from before figure status)",
        # Filled in the store, so that no reader needs to default it.
        ["UPDATE figures SET status = 'occurred' WHERE status IS NULL"],
    ),
]
LATEST = MIGRATIONS[-1][0]

# Each record table's columns are its record's fields (records.py), in
# their order, under these names: `end` is an SQL keyword, and the offsets
# count characters.
TABLES: dict[str, type[Record]] = {
    "documents": Document,
    "sentences": Sentence,
    "mentions": Mention,
    "events": Event,
    "memberships": Membership,
    "figures": Figure,
}
RENAMED = {"start": "start_char", "end": "end_char"}
# Fields not stored: how a document's language was found is reported by
# the ingest that found it.
NOT_STORED = {"documents": {"language_from"}}
# Columns after the fields, computed from the record.
COMPUTED: dict[str, dict[str, Callable[[Any], Any]]] = {"documents": {"n_chars": lambda d: len(d.text)}}

FIELDS = {
    table: [f.name for f in dataclasses.fields(record) if f.name not in NOT_STORED.get(table, ())]
    for table, record in TABLES.items()
}
# Column order of each table, as the writer fills them from records.
COLUMNS = {
    table: [RENAMED.get(name, name) for name in names] + list(COMPUTED.get(table, {}))
    for table, names in FIELDS.items()
}


_GET = {table: operator.attrgetter(*names) for table, names in FIELDS.items()}


def row(table: str, record: Record) -> tuple[Any, ...]:
    """A record as its table's row, in COLUMNS order (a tuple field stays a
    tuple: Arrow takes it for a list)."""
    values: tuple[Any, ...] = _GET[table](record)
    computed = COMPUTED.get(table)
    return values + tuple(compute(record) for compute in computed.values()) if computed else values


def rows(results: Sequence[DocumentResult]) -> dict[str, list[tuple[Any, ...]]]:
    """Each record table's rows for these results (a DocumentResult holds
    its document and a list named after each other table)."""
    out: dict[str, list[tuple[Any, ...]]] = {table: [] for table in TABLES}
    for r in results:
        for table in TABLES:
            records = [r.document] if table == "documents" else getattr(r, table)
            out[table] += [row(table, record) for record in records]
    return out
