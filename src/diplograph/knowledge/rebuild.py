"""Derived knowledge recomputed from the stored records after each ingest:
which mentions are one event, and the tables queries read (merged events,
the actors of each, and the actor pairs each links).

An ingest marks the store unfinished before its first write and clears the
mark when this finishing phase has ended, so that a store whose ingest was
killed in between (documents stored, merged events and search index not
yet rebuilt) is finished when it is next opened, not read half-built."""

from __future__ import annotations

import logging
import os

from ..store import Store, StoreError
from ..store.writes import write_errors_as
from . import merge

log = logging.getLogger(__name__)

MERGED = """
INSERT INTO merged_events
WITH m AS (
    SELECT g.merged_id, e.*, d.name AS doc, coalesce(d.publisher, d.name) AS publisher,
           row_number() OVER (PARTITION BY g.merged_id ORDER BY length(coalesce(e.date, '')) DESC,
               len(list_concat(e.source, e.target, e.participants)) DESC, d.name, e.event_id) AS rank
    FROM events e JOIN event_groups g USING (event_id) JOIN documents d USING (doc_id))
SELECT merged_id,
       any_value(type) FILTER (WHERE rank = 1),
       any_value(mode) FILTER (WHERE rank = 1),
       any_value(source) FILTER (WHERE rank = 1),
       any_value(target) FILTER (WHERE rank = 1),
       list_sort(list_distinct(flatten(list(list_concat(source, target, participants))))),
       any_value(date) FILTER (WHERE rank = 1),
       any_value(date_end) FILTER (WHERE rank = 1),
       any_value(status) FILTER (WHERE rank = 1),
       coalesce(any_value(location) FILTER (WHERE rank = 1), any_value(location)),
       list_sort(list_distinct(list(doc))),
       list_sort(list_distinct(list(publisher))),
       count(DISTINCT publisher),
       count(*),
       list_sort(list(event_id))
FROM m GROUP BY merged_id
"""
# Stored sorted by actor and by date, so that DuckDB's zone maps skip most
# of the table for one actor's timeline or one year's network.
ACTORS = """
INSERT INTO event_actors
SELECT merged_id, a.actor, date, type FROM merged_events, unnest(actors) AS a(actor)
ORDER BY a.actor, date
"""
PAIRS = """
INSERT INTO event_pairs
SELECT merged_id, s.a, t.b, date, type, mode
FROM merged_events, unnest(source) AS s(a), unnest(target) AS t(b)
WHERE len(source) > 0 AND len(target) > 0 AND s.a <> t.b
UNION ALL
SELECT merged_id, x.a, y.b, date, type, mode
FROM merged_events, unnest(actors) AS x(a), unnest(actors) AS y(b)
WHERE (len(source) = 0 OR len(target) = 0) AND x.a < y.b
ORDER BY date
"""


def rebuild(store: Store) -> int:
    """Regroup every event mention and refresh the query tables; returns
    the number of merged events."""
    rows = store.con.execute("""
        SELECT e.event_id, e.type, list_distinct(list_concat(e.source, e.target, e.participants)),
               e.date, e.location, e.status, d.name
        FROM events e JOIN documents d USING (doc_id)""").fetchall()
    mentions = [merge.Mention(r[0], r[1], frozenset(r[2] or ()), r[3], r[4], r[5], r[6]) for r in rows]
    groups = merge.group(mentions)
    store.replace_event_groups(groups)
    refresh_tables(store)
    return len(set(groups.values()))


MONTHS = """
INSERT INTO pair_months
SELECT a, b, substr(coalesce(date, ''), 1, 7) AS month, type, mode, count(*), min(date), max(date)
FROM event_pairs GROUP BY ALL ORDER BY month
"""


def refresh_tables(store: Store) -> None:
    with store.transaction():
        for table in ("merged_events", "event_actors", "event_pairs", "pair_months"):
            store.con.execute(f"DELETE FROM {table}")
        store.con.execute(MERGED)
        store.con.execute(ACTORS)
        store.con.execute(PAIRS)
        store.con.execute(MONTHS)


def finish(store: Store) -> None:
    """An ingest's finishing phase: merged events, the query tables and the
    full-text index rebuilt from the stored records, then the mark of an
    unfinished ingest cleared."""
    store.lift_write_limits()
    rebuild(store)
    store.rebuild_search_index()
    store.mark_finished()


def finish_interrupted(path: str | os.PathLike[str]) -> bool:
    """Finish the store at `path` if an ingest into it stopped before its
    finishing phase ended; returns whether it did. Where the store cannot
    be written now (another process has it open, a read-only file), it
    says so and the store is read as it is."""
    try:
        with write_errors_as(path), Store(path) as store:
            if not store.unfinished():
                return False
            finish(store)
            return True
    except StoreError as exc:
        log.warning(
            "%s: the last ingest into it did not finish (merged events and search may be out of date); "
            "finishing it failed: %s",
            os.fspath(path),
            exc,
        )
        return False
