"""Read queries over the store. Each returns a pandas DataFrame; the API,
CLI and HTTP layers only call these."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .database import Store
from .filters import NO_FIGURE_FILTER, NO_FILTER, EventFilter, FigureFilter, event_where

if TYPE_CHECKING:
    import pandas as pd  # imported where used: an ingest never needs it


def _df(store: Store, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
    return store.frame(sql, params or [])


def _count(store: Store, sql: str, params: list[Any] | None = None) -> int:
    rows = store.fetch(sql, params or [])
    return int(rows[0][0]) if rows else 0


def event_rows(store: Store, f: EventFilter = NO_FILTER) -> pd.DataFrame:
    where, params = event_where(f, merged=False)
    sql = f"""
        SELECT e.event_id, d.name AS doc, e.type, e.mode, e.source, e.target, e.participants,
               e.date, e.date_end, e.status, e.location, e.trigger, s.text AS sentence,
               e.start_char, e.end_char, d.publisher, d.title, d.url, d.published, e.rule, e.doc_id,
               e.source_sectors, e.target_sectors, e.participant_sectors, e.rules
        FROM events e JOIN documents d USING (doc_id) LEFT JOIN sentences s USING (sent_id)
        WHERE {where}
        ORDER BY e.date NULLS LAST, d.name, e.start_char, e.event_id"""
    if f.limit is not None:
        sql += f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
    return _df(store, sql, params)


def membership_rows(store: Store, organization: str | None = None) -> pd.DataFrame:
    where = "WHERE m.organization = ?" if organization else ""
    return _df(
        store,
        f"""
        SELECT m.membership_id, d.name AS doc, m.member, m.organization, m.mode, m.date, m.status,
               m.trigger, s.text AS sentence, m.start_char, m.end_char, d.publisher, d.title, d.url,
               d.published, m.rules
        FROM memberships m JOIN documents d USING (doc_id) LEFT JOIN sentences s USING (sent_id)
        {where} ORDER BY m.organization, m.member, m.date NULLS LAST, d.name""",
        [organization] if organization else [],
    )


def membership_evidence(
    store: Store, organization: str | None = None, member: str | None = None
) -> list[tuple[str, str, str, str | None, str, str]]:
    """(member, organization, mode, date, status, document name) of each
    membership record, for the membership timelines; plain rows, one query
    for every organisation."""
    where, params = ["TRUE"], []
    if organization:
        where.append("m.organization = ?")
        params.append(organization)
    if member:
        where.append("m.member = ?")
        params.append(member)
    return [
        (str(r[0]), str(r[1]), str(r[2]), r[3], str(r[4]), str(r[5]))
        for r in store.fetch(
            f"""SELECT m.member, m.organization, m.mode, m.date, m.status, d.name
            FROM memberships m JOIN documents d USING (doc_id) WHERE {" AND ".join(where)}
            ORDER BY m.organization, m.member, m.date NULLS LAST, d.name""",
            params,
        )
    ]


def figure_rows(store: Store, f: FigureFilter = NO_FIGURE_FILTER) -> pd.DataFrame:
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if f.actors:
        where.append("list_has_all(f.actors, ?)")
        params.append(list(dict.fromkeys(f.actors)))
    if f.metric:
        where.append("f.metric = ?")
        params.append(f.metric)
    # A period is "start" or "start/end", each YYYY[-MM[-DD]].
    if f.date_from:
        last = "coalesce(nullif(split_part(f.period, '/', 2), ''), f.period)"
        where.append(f"(f.period IS NOT NULL AND rpad({last}, 10, '9') >= ?)")
        params.append(f.date_from)
    if f.date_to:
        where.append("(f.period IS NOT NULL AND split_part(f.period, '/', 1) <= rpad(?, 10, '9'))")
        params.append(f.date_to)
    return _df(
        store,
        f"""
        SELECT f.figure_id, d.name AS doc, f.metric, f.actors, f.value, f.unit, f.period, f.text,
               s.text AS sentence, f.start_char, f.end_char, d.publisher, d.title, d.url, d.published,
               f.rules, f.status
        FROM figures f JOIN documents d USING (doc_id) LEFT JOIN sentences s USING (sent_id)
        WHERE {" AND ".join(where)} ORDER BY d.name, f.start_char""",
        params,
    )


def actor_rows(store: Store) -> pd.DataFrame:
    """Actors mentioned in the documents, with how often."""
    return _df(
        store,
        """
        WITH m AS (SELECT unnest(codes) AS code, doc_id FROM mentions WHERE form <> 'place')
        SELECT a.code, a.kind, a.name, a.qid, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents
        FROM m JOIN actors a USING (code)
        GROUP BY ALL ORDER BY mentions DESC, a.code""",
    )


def actor_mentions(store: Store, code: str) -> tuple[int, int]:
    """How often one actor is mentioned (as in actor_rows), and in how many
    documents."""
    rows = store.fetch(
        """
        WITH m AS (SELECT unnest(codes) AS code, doc_id FROM mentions WHERE form <> 'place')
        SELECT count(*), count(DISTINCT doc_id) FROM m
        WHERE code = ? AND code IN (SELECT code FROM actors)""",
        [code],
    )
    return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)


def known_actors(store: Store, codes: list[str]) -> set[str]:
    """Those of the codes the store has: in its actors table or taking part
    in an event (a code the knowledge base has since dropped)."""
    if not codes:
        return set()
    marks = ", ".join("?" * len(codes))
    rows = store.fetch(
        f"SELECT code FROM actors WHERE code IN ({marks}) "
        f"UNION SELECT DISTINCT actor FROM event_actors WHERE actor IN ({marks})",
        [*codes, *codes],
    )
    return {str(r[0]) for r in rows}


def stats(store: Store) -> dict[str, int]:
    return {
        "documents": _count(store, "SELECT count(*) FROM documents"),
        "sentences": _count(store, "SELECT count(*) FROM sentences"),
        "actors": _count(
            store,
            "SELECT count(DISTINCT c) FROM (SELECT unnest(codes) AS c FROM mentions "
            "WHERE form <> 'place') JOIN actors ON actors.code = c",
        ),
        "events": _count(store, "SELECT count(*) FROM events"),
        "memberships": _count(store, "SELECT count(*) FROM memberships"),
        "figures": _count(store, "SELECT count(*) FROM figures"),
        "errors": _count(store, "SELECT count(*) FROM ingest_errors"),
    }


def merged_event_rows(store: Store, f: EventFilter = NO_FILTER) -> pd.DataFrame:
    """One row per real-world event: the best-dated mention's fields, every
    actor any mention names, and the documents and publishers reporting it."""
    where, params = event_where(f, merged=True)
    sql = f"SELECT * FROM merged_events WHERE {where} ORDER BY date NULLS LAST, merged_id"
    if f.limit is not None:
        sql += f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
    return _df(store, sql, params)


def merged_event_count(store: Store, f: EventFilter = NO_FILTER) -> int:
    """How many merged events the filter matches, ignoring limit and offset."""
    where, params = event_where(f, merged=True)
    return _count(store, f"SELECT count(*) FROM merged_events WHERE {where}", params)


def actor_timeline(store: Store, code: str, limit: int = 100) -> pd.DataFrame:
    """An actor's latest events, newest first. The ids come from event_actors
    (sorted by actor, so one actor's rows are found without a full scan),
    the events by their primary key."""
    ids = [
        r[0]
        for r in store.fetch(
            "SELECT merged_id FROM event_actors WHERE actor = ? "
            "ORDER BY date DESC NULLS LAST, merged_id LIMIT ?",
            [code, limit],
        )
    ]
    if not ids:
        return _df(store, "SELECT * FROM merged_events LIMIT 0")
    marks = ", ".join("?" * len(ids))
    return _df(
        store,
        f"""SELECT * FROM merged_events WHERE merged_id IN ({marks})
                          ORDER BY date DESC NULLS LAST, merged_id""",
        ids,
    )


def pair_rows(store: Store, actor: str | None, date_from: str | None, date_to: str | None) -> pd.DataFrame:
    """Actor pairs with their events' types and modes, for the relations graph.
    Windows of whole months read the monthly counts; others the pairs."""
    monthly = _month_aligned(date_from, start=True) and _month_aligned(date_to, start=False)
    table, column = ("pair_months", "month") if monthly else ("event_pairs", "date")
    count = "sum(events)" if monthly else "count(*)"
    first, last = ("min(first)", "max(last)") if monthly else ("min(date)", "max(date)")
    where, params = ["TRUE"], []
    if actor:
        where.append("(a = ? OR b = ?)")
        params += [actor, actor]
    if date_from:
        where.append(f"({column} IS NOT NULL AND {column} <> '' AND rpad({column}, 10, '9') >= ?)")
        params.append(date_from)
    if date_to:
        where.append(f"({column} IS NOT NULL AND {column} <> '' AND {column} <= rpad(?, 10, '9'))")
        params.append(date_to)
    return _df(
        store,
        f"""
        SELECT a, b, type, mode, {count} AS events, {first} AS first, {last} AS last
        FROM {table} WHERE {" AND ".join(where)} GROUP BY a, b, type, mode""",
        params,
    )


def _month_aligned(date: str | None, start: bool) -> bool:
    """Whether a window bound falls on a month boundary (or is coarser)."""
    if date is None or len(date) <= 7:
        return True
    from .. import dates

    day = date[8:10]
    return day == "01" if start else dates.last_day(date[:7]).isoformat() == date


def event_mention_rows(store: Store, side: str | None = None) -> pd.DataFrame:
    """Every event mention with its merged event, document and publisher;
    with `side`, only those where that actor is source or target."""
    where = "WHERE list_contains(e.source, ?) OR list_contains(e.target, ?)" if side else ""
    return _df(
        store,
        f"""
        SELECT e.event_id, g.merged_id, e.type, e.mode, e.source, e.target,
               list_distinct(list_concat(e.source, e.target, e.participants)) AS actors,
               e.date, e.status, d.name AS doc, d.publisher
        FROM events e JOIN documents d USING (doc_id) LEFT JOIN event_groups g USING (event_id)
        {where} ORDER BY d.name, e.start_char, e.event_id""",
        [side, side] if side else [],
    )


def actor_mention_rows(store: Store, code: str) -> pd.DataFrame:
    """Every mention of an actor, with its sentence, document and publisher."""
    return _df(
        store,
        """
        SELECT d.name AS doc, d.publisher, s.text AS sentence, s.start_char AS sent_start,
               m.start_char AS start, m.end_char AS "end"
        FROM mentions m JOIN sentences s USING (sent_id) JOIN documents d ON d.doc_id = m.doc_id
        WHERE list_contains(m.codes, ?) AND m.form NOT IN ('place')
        ORDER BY d.name, m.start_char""",
        [code],
    )


def merged_event_mentions(store: Store, merged_id: str) -> pd.DataFrame:
    """The mentions of one merged event, with their sentences and sources."""
    return _df(
        store,
        """
        SELECT e.event_id, d.name AS doc, d.doc_id, d.title, d.publisher, d.url, d.published,
               s.text AS sentence, e.start_char, e.end_char, e.trigger, e.type, e.mode, e.source,
               e.target, e.participants, e.date, e.status, e.location, e.rule, e.rules
        FROM event_groups g JOIN events e USING (event_id) JOIN documents d USING (doc_id)
        LEFT JOIN sentences s USING (sent_id)
        WHERE g.merged_id = ? ORDER BY d.published NULLS LAST, d.name, e.start_char""",
        [merged_id],
    )


def merged_event_sentences(store: Store, merged_ids: list[str]) -> dict[str, str]:
    """Each merged event's sentence in its first report (the earliest
    published, as merged_event_mentions orders them)."""
    if not merged_ids:
        return {}
    rows = store.fetch(
        """
        SELECT g.merged_id, first(s.text ORDER BY d.published NULLS LAST, d.name, e.start_char)
        FROM event_groups g JOIN events e USING (event_id) JOIN documents d USING (doc_id)
        JOIN sentences s USING (sent_id)
        WHERE g.merged_id IN (SELECT unnest(?)) GROUP BY g.merged_id""",
        [list(merged_ids)],
    )
    return {str(r[0]): str(r[1]) for r in rows}
