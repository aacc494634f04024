"""The database schema, as numbered migrations applied in order.

A store records which migrations it has; opening an older store brings it
up to date, and a store newer than this code is refused rather than
misread.
"""

from __future__ import annotations

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
]
LATEST = MIGRATIONS[-1][0]

# Column order of each table, as the writer fills them from records.
COLUMNS = {
    "documents": [
        "doc_id",
        "name",
        "path",
        "url",
        "title",
        "publisher",
        "published",
        "published_from",
        "language",
        "text",
        "n_chars",
    ],
    "sentences": ["sent_id", "doc_id", "idx", "start_char", "end_char", "text"],
    "mentions": ["mention_id", "doc_id", "sent_id", "start_char", "end_char", "text", "codes", "form"],
    "events": [
        "event_id",
        "doc_id",
        "sent_id",
        "start_char",
        "end_char",
        "trigger",
        "type",
        "mode",
        "source",
        "target",
        "participants",
        "date",
        "date_end",
        "status",
        "location",
        "rule",
        "source_sectors",
        "target_sectors",
        "participant_sectors",
        "rules",
    ],
    "memberships": [
        "membership_id",
        "doc_id",
        "sent_id",
        "start_char",
        "end_char",
        "trigger",
        "member",
        "organization",
        "mode",
        "date",
        "status",
        "rules",
    ],
    "figures": [
        "figure_id",
        "doc_id",
        "sent_id",
        "start_char",
        "end_char",
        "text",
        "metric",
        "actors",
        "value",
        "unit",
        "period",
        "rules",
        "status",
    ],
}
