"""Query times on a synthetic store of 10 million events and 1 million
sentences, generated in bulk inside DuckDB (no extraction), through the
same Python API the CLI and web server use.

    .venv/bin/python bench/queries.py [--events 10000000] [--sentences 1000000]

Prints the median of 5 runs of each query; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import diplograph
from diplograph.knowledge.rebuild import refresh_tables
from diplograph.store import Store

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
TYPES = [
    "CONSULT",
    "AGREE",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "ACCUSE",
    "SANCTION",
    "REQUEST",
    "REJECT",
    "THREATEN",
    "ASSAULT",
    "CONCEDE",
    "RETREAT",
    "PROTEST",
    "MOBILIZE",
    "COERCE",
]


def build(db: Path, n_events: int, n_sentences: int) -> None:
    with Store(db) as store:
        store.lift_write_limits()  # a bulk build, not a streaming ingest
        store.write_actors(_kb())
        con = store.con
        n_docs = max(1, n_sentences // 25)
        states = [r[0] for r in con.execute("SELECT code FROM actors WHERE kind = 'state'").fetchall()]
        k = len(states)
        codes = "['" + "','".join(states) + "']"
        con.execute(f"""
            INSERT INTO documents SELECT 'd' || i, 'doc' || i, NULL, NULL, NULL, 'Publisher ' || (i % 50),
                   strftime(DATE '2015-01-01' + (i % 3650)::INTEGER, '%Y-%m-%d'), 'manifest', 'en', '', 0
            FROM range({n_docs}) t(i)""")
        words = "['" + "','".join(WORDS) + "']"
        con.execute(f"""
            INSERT INTO sentences SELECT 's' || i, 'd' || (i % {n_docs}), i // {n_docs}, 0, 100,
                   'The ' || {words}[1 + i % 18] || ' on ' || {words}[1 + (i // 18) % 18] || ' with '
                   || {words}[1 + (i // 324) % 18] || ' number ' || i
            FROM range({n_sentences}) t(i)""")
        types = "['" + "','".join(TYPES) + "']"
        con.execute(f"""
            INSERT INTO events
            SELECT 'e' || i, 'd' || (i % {n_docs}), 's' || (i % {n_sentences}), 0, 100, 'met',
                   {types}[1 + (i * 7) % 16], NULL,
                   [{codes}[1 + (t.i * 31) % {k}]], [{codes}[1 + (t.i * 17 + 5) % {k}]], [],
                   strftime(DATE '2015-01-01' + ((t.i * 13) % 3650)::INTEGER, '%Y-%m-%d'), NULL, 'occurred',
                   NULL, 'synthetic'
            FROM range({n_events}) t(i)""")
        con.execute("INSERT INTO event_groups SELECT event_id, event_id FROM events")
        refresh_tables(store)
        con.execute(f"""
            INSERT INTO memberships SELECT 'm' || i, 'd' || i, 's' || i, 0, 10, 'joined',
                   {codes}[1 + t.i % {k}], 'SCO', 'join', '2020-01-01', 'occurred'
            FROM range(50) t(i)""")
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
    args = ap.parse_args()
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
            ms, result = timed(fn)
            print(f"{name:20s} median {ms:7.1f} ms  ({len(result)} rows)")
            out[f"{name}_ms"] = round(ms, 1)
        g.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
