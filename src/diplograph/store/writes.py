"""Writes that fail well. A document the store cannot take (out of memory,
a value Arrow cannot hold) is WriteFailed: its transaction is rolled back
and the store takes others. A store that cannot be written at all (a full
disk, a file-size limit) is one StoreError line: what was committed before
is kept, and the ingest's unfinished mark has the next open finish it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import duckdb
import pyarrow as pa

from .errors import StoreError

# The streaming cap of an ingest's writes, in MB (base_memory_mb).
BASE_MEMORY_MB = 96
# How DuckDB's errors name a file the operating system refused to write
# (a failed commit is a TransactionException that says so).
_CANNOT_WRITE = "Could not write file"


class WriteFailed(RuntimeError):
    """These documents could not be stored; nothing of them was written,
    and the store can take others."""


def base_memory_mb() -> int:
    """The streaming cap of an ingest's writes, in MB: BASE_MEMORY_MB, or
    the environment's DIPLOGRAPH_WRITE_MEMORY_MB (the tests set a small cap,
    so that a document of a few MB is larger than it)."""
    setting = os.environ.get("DIPLOGRAPH_WRITE_MEMORY_MB", "")
    return int(setting) if setting.isdigit() and int(setting) > 0 else BASE_MEMORY_MB


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


@contextlib.contextmanager
def write_memory(con: duckdb.DuckDBPyConnection, text_bytes: int) -> Iterator[None]:
    """Memory for one write in proportion to its text (a document's text is
    stored twice, as itself and as its sentences, and DuckDB copies it on
    the way): a 50 MB document needs some 300 MB, while a batch of news
    articles stays under the streaming cap."""
    base = base_memory_mb()
    need = base + 6 * text_bytes // 2**20
    if need <= base:
        yield
        return
    con.execute(f"SET memory_limit = '{need}MB'")
    try:
        yield
    finally:
        with contextlib.suppress(duckdb.Error):
            con.execute(f"SET memory_limit = '{base}MB'")


@contextlib.contextmanager
def failures(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """A write's failure as WriteFailed when it is the documents' (the
    connection still works), else as it came (for write_errors_as)."""
    try:
        yield
    except (pa.ArrowException, UnicodeError, duckdb.OutOfMemoryException) as exc:
        raise WriteFailed(first_line(exc)) from exc
    except duckdb.Error as exc:
        if isinstance(exc, duckdb.IOException | duckdb.FatalException) or _CANNOT_WRITE in str(exc):
            raise
        try:
            con.execute("SELECT 1").fetchall()
        except duckdb.Error:
            raise exc from None  # the connection is gone with it
        raise WriteFailed(first_line(exc)) from exc


@contextlib.contextmanager
def write_errors_as(path: str | os.PathLike[str]) -> Iterator[None]:
    """DuckDB's errors while writing the store at `path` as one StoreError
    line, which the CLI prints as it is."""

    try:
        yield
    except duckdb.Error as exc:
        raise StoreError(
            f"{os.fspath(path)}: cannot write to the store: {first_line(exc)}; "
            "what was stored before is kept, and an ingest run again goes on from there"
        ) from exc
