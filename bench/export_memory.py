"""Peak memory of `diplograph export` in every registered format as the
store grows: synthetic stores of 10,000 and 100,000 events, written through
the store's own writer (Store.write_results), each exported by a fresh
process that reports its own peak resident set.

    .venv/bin/python bench/export_memory.py [--events 10000 100000] [--smoke]

--smoke builds tiny stores (seconds) and only checks that every format
exports them. The last line is one JSON object: peak MiB per format and
size, and for each format the ratio of the largest size's peak to the
smallest's (about 1: memory flat in the store's size).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from diplograph.kb import loader
from diplograph.records import Document, DocumentResult, Event, Figure, Membership, Mention, Sentence
from diplograph.store import Store

EVENTS_PER_DOC = 10
TYPES = [("CONSULT", "visit"), ("SANCTION", "discontinue"), ("AGREE", None), ("ACCUSE", "disapprove")]


def build(db: Path, events: int) -> None:
    """A store of `events` events in documents of ten sentences, each
    sentence one event between two states named in it, with a membership
    and a figure in every document."""
    kb = loader.default()
    states = sorted(kb.states)[:60]
    with Store(db) as store:
        store.write_actors(kb)
        batch: list[DocumentResult] = []
        for d in range(events // EVENTS_PER_DOC):
            batch.append(_document(d, states, kb))
            if len(batch) == 200:
                store.write_results(batch)
                batch = []
        if batch:
            store.write_results(batch)


def _document(d: int, states: list[str], kb: loader.KnowledgeBase) -> DocumentResult:
    doc_id = f"{d:016x}"
    sentences, mentions, events, offset = [], [], [], 0
    for i in range(EVENTS_PER_DOC):
        a, b = states[(d + i) % len(states)], states[(d + 3 * i + 1) % len(states)]
        text = f"{kb.states[a].name} and {kb.states[b].name} held talks on trade on {i + 1} March 2024. "
        sent_id = f"{d:010x}{i:06x}"
        sentences.append(Sentence(sent_id, doc_id, i, offset, offset + len(text) - 1, text.strip()))
        for n, code in enumerate((a, b)):
            name = kb.states[code].name
            start = offset + (0 if n == 0 else len(kb.states[a].name) + 5)
            mentions.append(
                Mention(f"{sent_id}{n}", doc_id, sent_id, start, start + len(name), name, (code,), "name")
            )
        event_type, mode = TYPES[(d + i) % len(TYPES)]
        events.append(
            Event(
                f"e{d:010x}{i:05x}",
                doc_id,
                sent_id,
                offset,
                offset + len(text) - 1,
                "talks",
                event_type,
                mode,
                (a,),
                (b,),
                date=f"2024-03-{i + 1:02d}",
                location=a,
                rules=("bench",),
            )
        )
        offset += len(text)
    text = "".join(s.text + " " for s in sentences)
    first = sentences[0].sent_id
    return DocumentResult(
        Document(doc_id, f"doc{d}", f"doc{d}.txt", text, url=f"https://example.org/{d}", publisher="Bench"),
        sentences,
        mentions,
        events,
        [Membership(f"m{d:015x}", doc_id, first, 0, 10, "joined", states[d % 60], "SCO", "join", "2024")],
        [Figure(f"f{d:015x}", doc_id, first, 0, 10, "$1 billion", "trade", tuple(states[:2]), 1e9, "USD")],
    )


def child(fmts: str, stores: list[str]) -> None:
    """Export each store (given as DB OUT pairs) in this process, one format
    after another, and print for each its peak resident set and the
    resident set before it, in MiB (the kernel's high-water mark, reset
    before each export)."""
    import pandas  # noqa: F401  DuckDB imports it for a query's parameters: before, not during, the export

    import diplograph
    from diplograph import formats
    from diplograph.api.export import export

    for db, out in zip(stores[::2], stores[1::2], strict=True):
        with diplograph.open(db) as g:
            for fmt in fmts.split(","):
                target = Path(out).with_suffix(formats.get(fmt).suffix)
                before = _status("VmRSS")
                Path("/proc/self/clear_refs").write_text("5")  # the high-water mark := now
                start = time.perf_counter()
                n = export(g, fmt, target, sys.stdout)
                seconds = time.perf_counter() - start
                result = {"format": fmt, "db": db, "peak": _status("VmHWM"), "before": before, "n": n}
                result.update(seconds=round(seconds, 2), out_mib=round(target.stat().st_size / 2**20, 2))
                print(json.dumps(result))


def _status(field: str) -> float:
    """A /proc/self/status memory line, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    raise SystemExit(f"no {field} in /proc/self/status")


def measure(fmts: list[str], stores: list[tuple[Path, Path]]) -> list[dict[str, Any]]:
    """Export the stores, each (DB, OUT), in every format, in one fresh process."""
    command = [
        sys.executable,
        __file__,
        "--child",
        ",".join(fmts),
        *(str(p) for pair in stores for p in pair),
    ]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(f"export of {stores[0][0]} failed: {run.stderr[-2000:]}")
    return [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--formats", nargs="+", help="only these formats (default: every registered one)")
    ap.add_argument("--smoke", action="store_true", help="tiny stores: check that it runs, in seconds")
    ap.add_argument("--child", nargs="+", metavar="FORMATS DB OUT", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    from diplograph import formats

    # Two sizes, for the ratio; in a smoke run, as few events as show it working.
    sizes = sorted([100, 300] if args.smoke else args.events)
    names = args.formats or formats.names()
    peaks: dict[str, dict[int, float]] = {name: {} for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        stores = {size: (Path(tmp) / f"s{size}.duckdb", Path(tmp) / f"out{size}") for size in sizes}
        for size, (db, _) in stores.items():
            start = time.perf_counter()
            build(db, size)
            print(
                f"{size:>9,} events: store {db.stat().st_size / 2**20:6.1f} MiB, built in "
                f"{time.perf_counter() - start:5.1f} s"
            )
        # A fresh process per format and size, so that none inherits
        # another's freed memory; in a smoke run, one process for them all.
        runs = (
            [(names, list(stores.values()))]
            if args.smoke
            else [([name], [stores[size]]) for size in sizes for name in names]
        )
        sized = {str(db): size for size, (db, _) in stores.items()}
        for fmts, pairs in runs:
            for r in measure(fmts, pairs):
                name, size = str(r["format"]), sized[str(r["db"])]
                peaks[name][size] = r["peak"]
                print(
                    f"{size:>9,} {name:8} peak {r['peak']:7.1f} MiB (before {r['before']:6.1f}), "
                    f"{r['seconds']:6.2f} s, {int(r['n']):>9,} {formats.get(name).counts}, "
                    f"{r['out_mib']:7.2f} MiB out"
                )
    summary: dict[str, object] = {}
    for name, by_size in peaks.items():
        summary[f"{name}_peak_mib"] = {str(size): peak for size, peak in by_size.items()}
    for name, by_size in peaks.items():
        summary[f"{name}_ratio"] = round(by_size[sizes[-1]] / by_size[sizes[0]], 2)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
