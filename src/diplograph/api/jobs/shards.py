"""Ingest on a Dask cluster: workers process shards of files and write
Parquet parts; the store imports the parts in shard order, so the result is
the same as a single-process ingest of the same files.

The function sent to workers lives here, in an importable module: a
function defined in __main__ would be pickled by value and reload the spaCy
model on every task.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ...config import Config, load_config
from ...ingest import Limits, discover
from ...ingest.documents import manifest_rows, read_files
from ...ingest.manifest import ManifestRow
from ...ingest.paths import resolved
from ...kb import loader
from ...knowledge.rebuild import finish
from ...records import Document, DocumentResult, IngestError, IngestWarning
from ...store import Store, schema
from ...store.queries import stats
from ...store.schema import COLUMNS
from ...store.writes import WriteFailed, write_errors_as
from . import work
from .ingesting import IngestReport, Notice, Progress, check_inputs

SHARD_FILES = 16


@dataclass(frozen=True)
class ShardDocument:
    doc_id: str
    path: str
    language: str
    language_from: str | None


@dataclass
class Shard:
    index: int
    parts: dict[str, str] = field(default_factory=dict)  # table -> parquet path
    documents: list[ShardDocument] = field(default_factory=list)  # in order
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)


def process_shard(
    index: int, files: list[str], rows: dict[str, ManifestRow], limits: Limits, config: Config, out_dir: str
) -> Shard:
    """Read, parse and extract a shard of files; write its records as Parquet."""
    shard = Shard(index)
    docs: list[Document] = []
    seen: set[str] = set()
    for item in read_files([Path(f) for f in files], {Path(k): v for k, v in rows.items()}, limits):
        if isinstance(item, IngestError):
            shard.errors.append(item)
        elif isinstance(item, IngestWarning):
            shard.warnings.append(item)
        elif item.doc_id not in seen:
            seen.add(item.doc_id)
            docs.append(item)
    results: list[DocumentResult] = []
    for result in work.process_many(docs, config):
        if isinstance(result, IngestError):
            shard.errors.append(result)
        else:
            results.append(result)
    tables = schema.rows(results)
    for table, data in tables.items():
        if not data:
            continue
        path = Path(out_dir) / f"{index:06d}-{table}.parquet"
        cols = COLUMNS[table]
        pq.write_table(pa.table({c: [row[i] for row in data] for i, c in enumerate(cols)}), path)
        shard.parts[table] = str(path)
    shard.documents = [
        ShardDocument(d.doc_id, d.path, d.language, d.language_from) for d in (r.document for r in results)
    ]
    return shard


def ingest_on_cluster(
    paths: list[Path],
    db: str | Path,
    manifest: Path | None = None,
    config: Config | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    parts_dir: Path | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Run an ingest on a local Dask cluster of `workers` processes, or on an
    existing cluster at `scheduler`. The workers must see the input files
    and `parts_dir` (shared storage on a real cluster)."""
    from dask.distributed import Client, LocalCluster, as_completed

    config = config or load_config()
    check_inputs([Path(p) for p in paths], manifest)
    limits = Limits(
        max_file_bytes=int(config.max_file_mb * 1024 * 1024), max_text_chars=config.max_text_chars
    )
    report = IngestReport()
    manifest = Path(manifest) if manifest is not None else None
    rows, warnings = manifest_rows(manifest)
    for w in warnings:
        report.warnings.append(w)
        if progress:
            progress(Notice("warning", w.path, w.reason))
    files: list[Path] = []
    for item in discover([Path(p) for p in paths]):
        if isinstance(item, IngestError):
            report.errors.append(item)
            if progress:
                progress(Notice("failed", item.path, item.reason))
        elif manifest is None or resolved(item) != resolved(manifest):
            files.append(item)
    shards = [files[i : i + SHARD_FILES] for i in range(0, len(files), SHARD_FILES)]
    own_dir = parts_dir is None
    out = Path(tempfile.mkdtemp(prefix="diplograph-parts-")) if parts_dir is None else parts_dir
    out.mkdir(parents=True, exist_ok=True)
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(
                n_workers=workers or 2,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
            client = Client(cluster)
        with client:
            futures = [
                client.submit(
                    process_shard,
                    i,
                    [str(f) for f in shard],
                    {str(k): v for k, v in rows.items() if k in {f.resolve() for f in shard}},
                    limits,
                    config,
                    str(out),
                    pure=False,
                )
                for i, shard in enumerate(shards)
            ]
            done: dict[int, Shard] = {}
            for future in as_completed(futures):
                result = future.result()
                done[result.index] = result
                if progress:
                    for w in result.warnings:
                        progress(Notice("warning", w.path, w.reason))
                    for d in result.documents:
                        progress(Notice("stored", d.path))
                    for e in result.errors:
                        progress(Notice("failed", e.path, e.reason))
        _import(db, [done[i] for i in sorted(done)], report, progress)
    finally:
        if cluster is not None:
            cluster.close()
        if own_dir:
            shutil.rmtree(out, ignore_errors=True)
    return report


def _import(db: str | Path, shards: list[Shard], report: IngestReport, progress: Progress | None) -> None:
    """Store the shards' records in shard order: the first copy of a text
    wins, as in a single-process ingest."""
    with write_errors_as(db), Store(db) as store:
        store.mark_unfinished()  # cleared by finish(), as in a single-process ingest
        store.write_actors(loader.default())
        for shard in shards:
            report.errors += shard.errors
            report.warnings += shard.warnings
            store.write_errors(shard.errors)
            known = store.stored_ids([d.doc_id for d in shard.documents])
            stored = _import_shard(store, shard, known, report, progress)
            report.stored += len(stored)
            report.skipped += sum(1 for d in shard.documents if d.doc_id in known)
            report.seen += len(shard.documents) + len(shard.errors)
            for d in shard.documents:
                if d.doc_id in stored and d.language not in work.READ_LANGUAGES:
                    report.not_read += 1
                    given = " (from the manifest)" if d.language_from == "manifest" else ""
                    w = IngestWarning(
                        d.path,
                        f"stored but not read: its language, {d.language}{given}, is not read yet "
                        "(only English is)",
                    )
                    report.warnings.append(w)
                    if progress:
                        progress(Notice("warning", w.path, w.reason))
        if progress:
            progress(Notice("finishing", ""))
        finish(store)
        report.totals = stats(store)


def _import_shard(
    store: Store, shard: Shard, known: set[str], report: IngestReport, progress: Progress | None
) -> set[str]:
    """The ids of the shard's documents stored now: the whole shard in one
    transaction, or, if that fails (out of memory), each document alone."""
    try:
        store.import_parts(shard.parts)
        return {d.doc_id for d in shard.documents} - known
    except WriteFailed:
        pass
    stored: set[str] = set()
    for d in shard.documents:
        if d.doc_id in known or d.doc_id in stored:
            continue
        try:
            store.import_parts(shard.parts, only=[d.doc_id])
            stored.add(d.doc_id)
        except WriteFailed as exc:
            error = IngestError(d.path, f"cannot store: {exc}")
            report.errors.append(error)
            store.write_errors([error])
            if progress:
                progress(Notice("failed", error.path, error.reason))
    return stored


__all__ = ["Shard", "ingest_on_cluster", "process_shard"]
