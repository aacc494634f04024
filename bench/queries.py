"""Query times on a synthetic store of 10 million events and 1 million
sentences, made as records (no extraction) and stored by the store's own
writer, through the same Python API the CLI and web server use.

    .venv/bin/python bench/queries.py [--events 10000000] [--sentences 1000000]
    .venv/bin/python bench/queries.py --smoke     # 2,000 events: seconds

Prints the median of 5 runs of each query; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import diplograph
from diplograph.knowledge.rebuild import refresh_tables
from diplograph.records import Document, DocumentResult, Event, Membership, Sentence
from diplograph.store import Store
from diplograph.vocabulary import EVENT_TYPES

WORDS = [
    "summit",
    "talks",
    "visit",
    "agreement",
    "sanctions",
    "trade",
    "energy",
    "security",
    "minister",
    "president",
    "cooperation",
    "corridor",
    "aid",
    "declaration",
    "border",
    "treaty",
    "gas",
    "grain",
]
DOC_SENTENCES = 25
BATCH_EVENTS = 100_000


def _day(n: int) -> str:
    return (date(2015, 1, 1) + timedelta(days=n % 3650)).isoformat()


def synthetic(n_events: int, n_sentences: int, states: list[str]) -> Iterator[list[DocumentResult]]:
    """Batches of documents, each of DOC_SENTENCES sentences and its share
    of the events (types, actor pairs and dates spread evenly), as records."""
    n_docs = max(1, n_sentences // DOC_SENTENCES)
    k = len(states)
    batch: list[DocumentResult] = []
    in_batch = 0
    for d in range(n_docs):
        doc = f"d{d}"
        sentences = []
        for j in range(d, n_sentences, n_docs):
            text = f"The {WORDS[j % 18]} on {WORDS[(j // 18) % 18]} with {WORDS[(j // 324) % 18]} number {j}"
            sentences.append(Sentence(f"s{j}", doc, j // n_docs, 0, len(text), text))
        events = [
            Event(
                f"e{i}",
                doc,
                sentences[(i // n_docs) % len(sentences)].sent_id if sentences else "",
                0,
                3,
                "met",
                EVENT_TYPES[(i * 7) % 16],
                None,
                (states[(i * 31) % k],),
                (states[(i * 17 + 5) % k],),
                date=_day(i * 13),
                rule="synthetic",
            )
            for i in range(d, n_events, n_docs)
        ]
        memberships = [
            Membership(
                f"m{i}",
                doc,
                events[0].sent_id if events else "",
                0,
                6,
                "joined",
                states[i % k],
                "SCO",
                "join",
            )
            for i in range(d, 50, n_docs)
        ]
        text = " ".join(s.text for s in sentences)
        document = Document(doc, f"doc{d}", "", text, publisher=f"Publisher {d % 50}", published=_day(d))
        batch.append(DocumentResult(document, sentences, [], events, memberships))
        in_batch += len(events) + len(sentences)
        if in_batch >= BATCH_EVENTS:
            yield batch
            batch, in_batch = [], 0
    if batch:
        yield batch


def build(db: Path, n_events: int, n_sentences: int) -> None:
    """A store of synthetic records, written as an ingest writes them
    (Store.write_results), then its query tables and search index; each
    event is its own merged event."""
    with Store(db) as store:
        store.write_actors(_kb())
        states = [r[0] for r in store.fetch("SELECT code FROM actors WHERE kind = 'state' ORDER BY code")]
        for batch in synthetic(n_events, n_sentences, states):
            store.write_results(batch)
        store.lift_write_limits()  # as an ingest's finishing phase does
        store.con.execute("INSERT INTO event_groups SELECT event_id, event_id FROM events")
        refresh_tables(store)
        store.rebuild_search_index()


def _kb() -> Any:
    from diplograph.kb import loader

    return loader.default()


def timed(fn: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--sentences", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="build the store here (or reuse it if it exists)")
    ap.add_argument("--smoke", action="store_true", help="a tiny store (2,000 events), one run each: seconds")
    args = ap.parse_args()
    runs = 5
    if args.smoke:
        args.events, args.sentences, runs = 2_000, 500, 1
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "queries.duckdb"
        if not db.exists():
            start = time.perf_counter()
            build(db, args.events, args.sentences)
            print(
                f"built {args.events:,} events and {args.sentences:,} sentences in "
                f"{time.perf_counter() - start:.0f} s",
                file=sys.stderr,
            )
        g = diplograph.open(db)
        stats = g.stats()
        print(f"store: {stats}")
        queries = {
            "actor_timeline": lambda: g.actor_timeline("RUS", 100),
            "pair_network_year": lambda: g.graph(date_from="2023-01-01", date_to="2023-12-31"),
            "members_as_of": lambda: g.members("SCO", "2024-08-01"),
            "full_text_search": lambda: g.search("sanctions treaty", 20),
        }
        out: dict[str, Any] = {"events": stats["events"], "sentences": stats["sentences"]}
        for name, fn in queries.items():
            ms, result = timed(fn, runs)
            print(f"{name:20s} median {ms:7.1f} ms  ({len(result)} rows)")
            out[f"{name}_ms"] = round(ms, 1)
        g.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
