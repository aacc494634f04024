"""Full-text search over the stored sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .database import Store

if TYPE_CHECKING:
    import pandas as pd  # imported where used: an ingest never needs it


# BM25 over the full-text index's postings for the query's terms only.
# DuckDB's match_bm25 macro scores every sentence; this reads the postings
# of the few terms asked for, with the same tokenizer, stemmer and formula
# (k1 = 1.2, b = 0.75).
_POSTINGS = """
WITH words AS (
    SELECT DISTINCT stem(w, 'porter') AS term
    FROM (SELECT unnest(regexp_split_to_array(lower(strip_accents(?)), '(\\.|[^a-z])+')) AS w)
    WHERE w <> '' AND w NOT IN (SELECT sw FROM fts_main_sentences.stopwords)),
q AS (SELECT d.termid, d.df FROM fts_main_sentences.dict d JOIN words USING (term)),
tf AS (SELECT docid, termid, count(*) AS tf FROM fts_main_sentences.postings
       WHERE termid IN (SELECT termid FROM q) GROUP BY docid, termid)"""
BM25 = (
    _POSTINGS
    + """,
scored AS (
    SELECT tf.docid, sum(ln((st.num_docs - q.df + 0.5) / (q.df + 0.5) + 1)
                         * tf.tf * 2.2 / (tf.tf + 1.2 * (1 - 0.75 + 0.75 * fd.len / st.avgdl))) AS score
    FROM tf JOIN q USING (termid) JOIN fts_main_sentences.docs fd ON fd.docid = tf.docid,
         fts_main_sentences.stats st
    GROUP BY tf.docid ORDER BY score DESC, tf.docid LIMIT ?)
SELECT d.name AS doc, s.idx, s.text, scored.score, d.publisher, d.published, d.title, s.sent_id,
       s.start_char, s.end_char
FROM scored JOIN fts_main_sentences.docs fd ON fd.docid = scored.docid
JOIN sentences s ON s.sent_id = fd.name JOIN documents d ON d.doc_id = s.doc_id
ORDER BY scored.score DESC, d.name, s.idx
"""
)


def search_rows(store: Store, text: str, limit: int = 20) -> pd.DataFrame:
    """Sentences ranked by BM25 (DuckDB's full-text extension); a plain
    substring match when the extension can't be loaded."""
    if store.fts and _has_fts_index(store):
        return store.frame(BM25, [text, limit])
    return store.frame(
        """
        SELECT d.name AS doc, s.idx, s.text, 1.0 AS score, d.publisher, d.published, d.title, s.sent_id,
               s.start_char, s.end_char
        FROM sentences s JOIN documents d USING (doc_id)
        WHERE s.text ILIKE '%' || ? || '%' ORDER BY doc, idx LIMIT ?""",
        [text, limit],
    )


def search_count(store: Store, text: str) -> int:
    """How many sentences search_rows would rank without a limit."""
    if store.fts and _has_fts_index(store):
        return _count(store, _POSTINGS + " SELECT count(DISTINCT docid) FROM tf", [text])
    return _count(store, "SELECT count(*) FROM sentences WHERE text ILIKE '%' || ? || '%'", [text])


def sentence_records(store: Store, sent_ids: list[str]) -> pd.DataFrame:
    """The records coded from the given sentences: events (with the merged
    event each belongs to), memberships and figures, one row each."""
    return store.frame(
        """
        SELECT sent_id, 'event' AS kind, e.event_id AS id, g.merged_id, e.type AS what,
               e.source, e.target, e.date, e.status, NULL AS value,
               NULL AS unit, e.start_char
        FROM events e LEFT JOIN event_groups g USING (event_id) WHERE sent_id IN (SELECT unnest(?))
        UNION ALL
        SELECT sent_id, 'membership', m.membership_id, NULL, m.mode, [m.member], [m.organization], m.date,
               m.status, NULL, NULL, m.start_char
        FROM memberships m WHERE sent_id IN (SELECT unnest(?))
        UNION ALL
        SELECT sent_id, 'figure', f.figure_id, NULL, f.metric, f.actors, [], f.period, NULL, f.value, f.unit,
               f.start_char
        FROM figures f WHERE sent_id IN (SELECT unnest(?))
        ORDER BY sent_id, start_char, kind, id""",
        [list(sent_ids)] * 3,
    )


def _has_fts_index(store: Store) -> bool:
    sql = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'fts_main_sentences' AND "
    return bool(_count(store, sql + "table_name = 'postings'"))


def _count(store: Store, sql: str, params: list[Any] | None = None) -> int:
    rows = store.fetch(sql, params or [])
    return int(rows[0][0]) if rows else 0
