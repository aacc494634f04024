"""Reading the whole store a chunk at a time (the exports) under a fixed
memory cap; `Store.stream` fetches each chunk's rows as they are used."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator

import duckdb

from .database import Store, _default_memory_mb

# What a whole-store read (an export) may hold in memory before it spills.
READ_MEMORY = "128MB"


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
