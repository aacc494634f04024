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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..config import Config, load_config
from ..ingest import Limits, discover
from ..ingest.documents import read_files
from ..ingest.manifest import ManifestError, ManifestRow, read_manifest
from ..ingest.paths import resolved
from ..kb import loader
from ..knowledge.rebuild import rebuild
from ..records import Document, IngestError
from ..store import Store
from ..store.queries import stats
from ..store.schema import COLUMNS
from . import work
from .ingest import IngestReport

SHARD_FILES = 16


@dataclass
class Shard:
    index: int
    parts: dict[str, str] = field(default_factory=dict)  # table -> parquet path
    documents: list[str] = field(default_factory=list)  # doc names, in order
    errors: list[IngestError] = field(default_factory=list)


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
        elif item.doc_id not in seen:
            seen.add(item.doc_id)
            docs.append(item)
    results = work.process_many(docs, config)
    tables = Store.rows(results)
    for table, data in tables.items():
        if not data:
            continue
        path = Path(out_dir) / f"{index:06d}-{table}.parquet"
        cols = COLUMNS[table]
        pq.write_table(pa.table({c: [row[i] for row in data] for i, c in enumerate(cols)}), path)
        shard.parts[table] = str(path)
    shard.documents = [d.name for d in docs]
    return shard


def ingest_on_cluster(
    paths: list[Path],
    db: str | Path,
    manifest: Path | None = None,
    config: Config | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    parts_dir: Path | None = None,
    progress: Callable[[str, str | None], None] | None = None,
) -> IngestReport:
    """Run an ingest on a local Dask cluster of `workers` processes, or on an
    existing cluster at `scheduler`. The workers must see the input files
    and `parts_dir` (shared storage on a real cluster)."""
    from dask.distributed import Client, LocalCluster, as_completed

    config = config or load_config()
    limits = Limits(
        max_file_bytes=int(config.max_file_mb * 1024 * 1024), max_text_chars=config.max_text_chars
    )
    report = IngestReport()
    rows: dict[Path, ManifestRow] = {}
    manifest = Path(manifest) if manifest is not None else None
    if manifest is not None:
        try:
            rows, warnings = read_manifest(manifest)
        except ManifestError as exc:  # the files are still ingested, without its metadata
            rows, warnings = {}, [f"{manifest}: {exc}"]
        report.errors += [IngestError(str(manifest), w.split(": ", 1)[-1]) for w in warnings]
    files: list[Path] = []
    for item in discover([Path(p) for p in paths]):
        if isinstance(item, IngestError):
            report.errors.append(item)
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
                    for name in result.documents:
                        progress(name, None)
                    for e in result.errors:
                        progress(e.path, e.reason)
        _import(db, [done[i] for i in sorted(done)], report)
    finally:
        if cluster is not None:
            cluster.close()
        if own_dir:
            shutil.rmtree(out, ignore_errors=True)
    return report


def _import(db: str | Path, shards: list[Shard], report: IngestReport) -> None:
    """Store the shards' records in shard order: the first copy of a text
    wins, as in a single-process ingest."""
    with Store(db) as store:
        store.write_actors(loader.default())
        for shard in shards:
            report.errors += shard.errors
            store.write_errors(shard.errors)
            stored = store.import_parts(shard.parts)
            report.stored += stored
            report.skipped += len(shard.documents) - stored
            report.seen += len(shard.documents) + len(shard.errors)
        store.lift_write_limits()
        rebuild(store)
        store.rebuild_search_index()
        report.totals = stats(store)


__all__ = ["Shard", "ingest_on_cluster", "process_shard"]
