"""The main job: files in, knowledge graph stored.

Documents stream through: read one at a time, processed in worker
processes (the parse and extraction use both cores), stored in batches,
each batch in one transaction. Memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from ..config import Config, load_config
from ..ingest import Limits, discover, read_documents
from ..ingest.paths import PathArg, as_paths
from ..ingest.web import WebTally
from ..kb import loader
from ..knowledge.rebuild import rebuild
from ..records import Document, DocumentResult, IngestError
from ..store import Store
from ..store.queries import stats
from . import work
from .web import WebSession, split_urls

# Called once per file handled: (document name or path, error reason or None).
Progress = Callable[[str, str | None], None]
# Below this many files a pool's start-up (loading the model in each
# process) costs more than it saves.
POOL_FROM_FILES = 16
# Documents per task: their sentences go through the model in one stream,
# and every stream has a fixed cost (a quarter of the parse at 8 documents).
TASK_DOCUMENTS = 32


@dataclass
class IngestReport:
    seen: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store (same text)
    errors: list[IngestError] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    web: WebTally = field(default_factory=WebTally)  # URLs: feeds, pages, unchanged, known, failed


def ingest(
    paths: PathArg | Iterable[PathArg],
    db: str | os.PathLike[str],
    manifest: PathArg | None = None,
    config: Config | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read the files and folders in `paths` (str or Path; one alone is fine)
    into the store `db`, with metadata from the CSV `manifest` if given.
    An http(s) URL among them is fetched: an article, or a feed and its new items."""
    config = config or load_config()
    urls, paths = split_urls(paths)
    files = as_paths(paths)
    kb = loader.default()
    limits = Limits(
        max_file_bytes=int(config.max_file_mb * 1024 * 1024), max_text_chars=config.max_text_chars
    )
    report = IngestReport()
    workers = config.workers if config.workers > 1 and count_inputs(files) >= POOL_FROM_FILES else 1
    pool = _start_pool(config, workers) if workers > 1 else None
    try:
        with Store(db) as store:
            web = WebSession(store, urls, config, limits)
            docs = chain(read_documents(files, manifest, limits), web.documents())
            _run(store, kb, docs, config, pool, report, progress)
            report.web = web.finish()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return report


def _start_pool(config: Config, workers: int) -> ProcessPoolExecutor:
    """Worker processes forked from this one after it has loaded the model,
    so they share it and start at once; forked before the store is opened,
    so no database thread is copied."""
    work.worker(config)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    list(pool.map(work.ready, [config] * workers))
    return pool


def _run(
    store: Store,
    kb: Any,
    docs: Iterable[Document | IngestError],
    config: Config,
    pool: ProcessPoolExecutor | None,
    report: IngestReport,
    progress: Progress | None,
) -> None:
    store.write_actors(kb)
    todo = _new_documents(docs, store, report, progress)
    # (Opening the store migrated it; the rebuild below refills any new
    # derived table, so an ingest of nothing new also brings it up to date.)
    batch: list[DocumentResult] = []
    for result in _process(todo, config, pool):
        batch.append(result)
        report.stored += 1
        if progress:
            progress(result.document.name, None)
        if len(batch) >= config.batch_documents:
            store.write_results(batch)
            batch = []
    if batch:
        store.write_results(batch)
    if pool is not None:
        pool.shutdown()  # the workers' memory is free before the store's own work
    store.lift_write_limits()
    rebuild(store)
    store.rebuild_search_index()
    report.totals = stats(store)


def _new_documents(
    items: Iterable[Document | IngestError], store: Store, report: IngestReport, progress: Progress | None
) -> Iterator[Document]:
    """Documents not yet stored; errors recorded and reported as they come.
    The store is asked about documents in windows, not one at a time."""
    seen_ids: set[str] = set()
    window: list[Document] = []

    def flush() -> Iterator[Document]:
        present = store.stored_ids([d.doc_id for d in window])
        for doc in window:
            if doc.doc_id in present or doc.doc_id in seen_ids:
                report.skipped += 1
                if progress:
                    progress(doc.name, None)
                continue
            seen_ids.add(doc.doc_id)
            yield doc
        window.clear()

    for item in items:
        report.seen += 1
        if isinstance(item, IngestError):
            report.errors.append(item)
            store.write_errors([item])
            if progress:
                progress(item.path, item.reason)
            continue
        window.append(item)
        if len(window) >= 64:
            yield from flush()
    yield from flush()


def _process(
    docs: Iterator[Document], config: Config, pool: ProcessPoolExecutor | None
) -> Iterator[DocumentResult]:
    """Results in input order, from this process or the pool."""
    if pool is None:
        for chunk in _chunks(docs, TASK_DOCUMENTS):
            yield from work.process_many(chunk, config)
        return
    # A bounded window of chunks in flight keeps memory flat.
    chunks = _chunks(docs, TASK_DOCUMENTS)
    pending = [pool.submit(work.process_many, c, config) for c in islice(chunks, 4)]
    while pending:
        results = pending.pop(0).result()
        nxt = next(chunks, None)
        if nxt is not None:
            pending.append(pool.submit(work.process_many, nxt, config))
        yield from results


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(islice(docs, size)):
        yield chunk


def count_inputs(paths: PathArg | Iterable[PathArg]) -> int:
    """How many files an ingest will look at, for a progress bar."""
    return sum(1 for item in discover(paths) if isinstance(item, Path))


__all__ = ["IngestReport", "count_inputs", "ingest"]
