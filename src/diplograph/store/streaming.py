"""Reading the whole store a batch at a time (the exports): a query's rows
fetched as they are used, under a fixed memory cap."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

from .database import Store, _default_memory_mb
from .errors import damaged

# What a whole-store read (an export) may hold in memory before it spills.
READ_MEMORY = "128MB"


def stream(
    store: Store, sql: str, params: Sequence[Any] = (), batch: int = 1024
) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
    """A query's column names and rows, `batch` rows at a time, fetched as
    they are used (an export's memory does not grow with the store). It
    runs on its own cursor, so other queries may run between batches; a
    damaged file is a StoreDamaged error."""
    cursor = store.con.cursor()
    try:
        with _reading(store):
            cursor.execute(sql, list(params))
        names = [d[0] for d in cursor.description or []]
        while True:
            with _reading(store):
                rows = cursor.fetchmany(batch)
            if not rows:
                return
            yield names, rows
    finally:
        cursor.close()


@contextlib.contextmanager
def _reading(store: Store) -> Iterator[None]:
    try:
        yield
    except duckdb.Error as exc:
        if (bad := damaged(store.path, exc)) is not None:
            raise bad from exc
        raise


@contextlib.contextmanager
def bounded_reads(store: Store, limit: str = READ_MEMORY) -> Iterator[None]:
    """Reads of the whole store in chunks (an export) in memory that does
    not grow with the store: DuckDB's cache of the file's blocks and its
    working memory stay within `limit`, spilling to a temporary folder
    beyond it (a read-only store's own folder may not be writable), and
    each hash join builds its table on the side the query names second
    (the chunk), not on the side DuckDB estimates smaller (it cannot tell
    how small a chunk is, and would hash a whole table). The settings
    before are restored after."""
    con = store.con
    names = ("memory_limit", "disabled_optimizers")
    row = con.execute(f"SELECT {', '.join(f'current_setting({n!r})' for n in names)}").fetchone()
    before = dict(zip(names, row or ("", ""), strict=True))
    spill = tempfile.mkdtemp(prefix="diplograph-spill-")
    # A temporary folder already in use cannot be switched: keep it.
    with contextlib.suppress(duckdb.Error):
        con.execute(f"SET temp_directory = '{spill}'")
    con.execute(f"SET memory_limit = '{limit}'")
    con.execute("SET disabled_optimizers = 'build_side_probe_side'")
    try:
        yield
    finally:
        with contextlib.suppress(duckdb.Error):
            con.execute(f"SET memory_limit = '{before['memory_limit'] or f'{_default_memory_mb()}MB'}'")
            con.execute(f"SET disabled_optimizers = '{before['disabled_optimizers']}'")
        shutil.rmtree(spill, ignore_errors=True)
