"""The main job: files in, knowledge graph stored.

Documents stream through: read one at a time, processed in worker
processes (the parse and extraction use both cores), stored in batches,
each batch in one transaction. Memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, Literal

from ...config import Config, load_config
from ...ingest import Limits, discover, read_documents
from ...ingest.paths import PathArg, as_paths
from ...ingest.urls import WebTally
from ...kb import loader
from ...knowledge.rebuild import finish
from ...records import Document, DocumentResult, IngestError, IngestWarning
from ...store import Store
from ...store.queries import stats
from ...store.writes import WriteFailed, write_errors_as
from . import work
from .fetching import WebSession, split_urls


@dataclass(frozen=True)
class Notice:
    """What an ingest tells its caller as it goes.

    kind: "stored" (a document of `path` stored), "known" (already in the
    store), "failed" (`path` or a record of it not stored: `message` says
    why), "warning" (stored, or a manifest row "manifest.csv:LINE" used,
    but not as it should be: `message`), "finishing" (every file is done;
    the merged events and search index are being rebuilt).
    """

    kind: Literal["stored", "known", "failed", "warning", "finishing"]
    path: str
    message: str | None = None


Progress = Callable[[Notice], None]
# Below this many files a pool's start-up (loading the model in each
# process) costs more than it saves.
POOL_FROM_FILES = 16
# Documents per task: their sentences go through the model in one stream,
# and every stream has a fixed cost (a quarter of the parse at 8 documents).
TASK_DOCUMENTS = 32


class IngestRefused(ValueError):
    """The ingest was not started (an input path that does not exist):
    nothing was read and no store was created."""


@dataclass
class IngestReport:
    seen: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store (same text)
    not_read: int = 0  # stored, in a language the model does not read yet
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)
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
    An http(s) URL among them is fetched: an article, or a feed and its new items.
    Raises IngestRefused, before the store is opened, if an input path or
    the manifest does not exist; StoreError (one line) if the store cannot
    be opened or written."""
    config = config or load_config()
    urls, paths = split_urls(paths)
    files = as_paths(paths)
    check_inputs(files, manifest)
    kb = loader.default()
    limits = Limits(
        max_file_bytes=int(config.max_file_mb * 1024 * 1024), max_text_chars=config.max_text_chars
    )
    report = IngestReport()
    workers = config.workers if config.workers > 1 and count_inputs(files) >= POOL_FROM_FILES else 1
    pool = _start_pool(config, workers) if workers > 1 else None
    try:
        with write_errors_as(db), Store(db) as store:
            web = WebSession(store, urls, config, limits)
            docs = chain(read_documents(files, manifest, limits), web.documents())
            _run(store, kb, docs, config, pool, report, progress)
            report.web = web.finish()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return report


def check_inputs(paths: list[Path], manifest: PathArg | None) -> None:
    """Refuse inputs that are not there at all (a typing slip), before
    anything is read or a store file created. A broken link or a link
    loop is there: it gets its own one-line error in the run."""
    for p in paths:
        if not os.path.lexists(p):
            raise IngestRefused(f"{p}: no such file or folder")
    if manifest is not None and not os.path.lexists(manifest):
        raise IngestRefused(f"manifest {manifest}: no such file")


def _start_pool(config: Config, workers: int) -> ProcessPoolExecutor:
    """Worker processes forked from this one after it has loaded the model,
    so they share it and start at once; forked before the store is opened,
    so no database thread is copied. They end with this process, however
    it ends."""
    work.worker(config)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=work.die_with_parent,
        initargs=(os.getpid(),),
    )
    list(pool.map(work.ready, [config] * workers))
    return pool


def _run(
    store: Store,
    kb: Any,
    docs: Iterable[Document | IngestError | IngestWarning],
    config: Config,
    pool: ProcessPoolExecutor | None,
    report: IngestReport,
    progress: Progress | None,
) -> None:
    # Cleared by finish(): an ingest killed before then is finished by the
    # next open, so that no one reads documents without their merged events.
    store.mark_unfinished()
    store.write_actors(kb)
    todo = _new_documents(docs, store, report, progress)
    # (Opening the store migrated it; the rebuild below refills any new
    # derived table, so an ingest of nothing new also brings it up to date.)
    batch: list[DocumentResult] = []
    for result in _process(todo, config, pool):
        if isinstance(result, IngestError):
            _failed(store, result, report, progress)
            continue
        if isinstance(result, IngestWarning):
            _warn(result, report, progress)
            continue
        batch.append(result)
        if len(batch) >= config.batch_documents:
            _write(store, batch, report, progress)
            batch = []
    if batch:
        _write(store, batch, report, progress)
    if pool is not None:
        pool.shutdown()  # the workers' memory is free before the store's own work
    if progress:
        progress(Notice("finishing", ""))
    finish(store)
    report.totals = stats(store)


def _write(
    store: Store, batch: list[DocumentResult], report: IngestReport, progress: Progress | None
) -> None:
    """Store a batch in one transaction; if it fails, each document alone,
    so that one that cannot be stored (out of memory) costs only itself."""
    try:
        store.write_results(batch)
    except WriteFailed as exc:
        if len(batch) == 1:
            doc = batch[0].document
            _failed(store, IngestError(doc.path, f"cannot store: {exc}"), report, progress)
        else:
            for result in batch:
                _write(store, [result], report, progress)
        return
    for result in batch:
        doc = result.document
        report.stored += 1
        if doc.language not in work.READ_LANGUAGES:
            report.not_read += 1
            given = " (from the manifest)" if doc.language_from == "manifest" else ""
            _warn(
                IngestWarning(
                    doc.path,
                    f"stored but not read: its language, {doc.language}{given}, is not read yet "
                    "(only English is)",
                ),
                report,
                progress,
            )
        if progress:
            progress(Notice("stored", doc.path))


def _failed(store: Store, error: IngestError, report: IngestReport, progress: Progress | None) -> None:
    report.errors.append(error)
    store.write_errors([error])
    if progress:
        progress(Notice("failed", error.path, error.reason))


def _warn(warning: IngestWarning, report: IngestReport, progress: Progress | None) -> None:
    report.warnings.append(warning)
    if progress:
        progress(Notice("warning", warning.path, warning.reason))


def _new_documents(
    items: Iterable[Document | IngestError | IngestWarning],
    store: Store,
    report: IngestReport,
    progress: Progress | None,
) -> Iterator[Document]:
    """Documents not yet stored; errors and warnings recorded and reported
    as they come. The store is asked about documents in windows, not one
    at a time."""
    seen_ids: set[str] = set()
    window: list[Document] = []

    def flush() -> Iterator[Document]:
        present = store.stored_ids([d.doc_id for d in window])
        for doc in window:
            if doc.doc_id in present or doc.doc_id in seen_ids:
                report.skipped += 1
                if progress:
                    progress(Notice("known", doc.path))
                continue
            seen_ids.add(doc.doc_id)
            yield doc
        window.clear()

    for item in items:
        if isinstance(item, IngestWarning):
            _warn(item, report, progress)
            continue
        report.seen += 1
        if isinstance(item, IngestError):
            _failed(store, item, report, progress)
            continue
        window.append(item)
        if len(window) >= 64:
            yield from flush()
    yield from flush()


def _process(
    docs: Iterator[Document], config: Config, pool: ProcessPoolExecutor | None
) -> Iterator[DocumentResult | IngestError | IngestWarning]:
    """Results in input order, from this process or the pool."""
    chunks = _chunks(docs, TASK_DOCUMENTS)
    if pool is None:
        for chunk in chunks:
            yield from work.process_many(chunk, config)
        return
    # A bounded window of chunks in flight keeps memory flat.
    pending = [(c, _submit(pool, c, config)) for c in islice(chunks, 4)]
    while pending:
        chunk, future = pending.pop(0)
        try:
            if future is None:
                raise BrokenProcessPool
            results = future.result()
        except BrokenProcessPool:
            # A worker was killed (by the kernel, out of memory, say): the
            # pool is gone, and this process does the rest.
            yield IngestWarning("", "a worker process died; the rest is read in this process, more slowly")
            for rest in chain([chunk], (c for c, _ in pending), chunks):
                yield from work.process_many(rest, config)
            return
        nxt = next(chunks, None)
        if nxt is not None:
            pending.append((nxt, _submit(pool, nxt, config)))
        yield from results


def _submit(
    pool: ProcessPoolExecutor, chunk: list[Document], config: Config
) -> Future[list[DocumentResult | IngestError]] | None:
    """The chunk's task, or None if the pool has lost a worker."""
    try:
        return pool.submit(work.process_many, chunk, config)
    except BrokenProcessPool:
        return None


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(islice(docs, size)):
        yield chunk


def count_inputs(paths: PathArg | Iterable[PathArg]) -> int:
    """How many inputs an ingest will report on: the files it will read and
    the paths it will name as unreadable (a link loop), each once. Each
    Notice but "warning" and "finishing" names one of them, so a progress
    bar that counts the distinct paths it is told of never passes this."""
    return len({str(item if isinstance(item, Path) else item.path) for item in discover(paths)})


__all__ = ["IngestRefused", "IngestReport", "Notice", "Progress", "count_inputs", "ingest"]
