"""Exports, the Python API: write the store in any format of the export
registry (diplograph.formats: jsonl, csv, parquet, graphml, gexf, polecat,
ftm), never onto the store, leaving no partial file."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar

from .. import formats
from ..formats import Source
from ..store import streaming
from .query.client import Diplograph

T = TypeVar("T")


class OutputRefused(ValueError):
    """An output file that must not be written: the store itself, a file
    that exists when overwriting was not asked for, a folder that is not
    there."""


class WriteFailed(OSError):
    """Writing the output failed (no permission, a full disk); the message
    names the file and the reason."""


def check_output(out: Path, store: str | Path, force: bool = False) -> None:
    """Refuse to write onto the store (or its write-ahead log) however the
    two paths are spelled, and refuse an existing file unless forced."""
    target = out.expanduser().resolve()
    db = Path(store).expanduser().resolve()
    if target in {db, db.with_name(db.name + ".wal")} or (
        target.exists() and db.exists() and target.samefile(db)
    ):
        raise OutputRefused(f"refusing to write onto the store {store}; choose another output file")
    if target.is_dir():
        raise OutputRefused(f"{out} is a folder; give a file name")
    if not target.parent.is_dir():
        what = "is not a folder" if target.parent.exists() else "does not exist"
        raise OutputRefused(f"cannot write {out}: {out.parent} {what}")
    if target.exists() and not force:
        raise OutputRefused(f"{out} exists; use --force to overwrite it")


def records(g: Diplograph) -> Iterator[dict[str, Any]]:
    """Every event, membership and figure as a flat record with provenance
    (the jsonl export's records), read from the store in batches."""
    return Source(g.store, g.kb).records()


def export(g: Diplograph, fmt: str, out: Path | None, stdout: TextIO, force: bool = True) -> int:
    """Write an export in a registered format (formats.names()); returns
    how many of the format's units (records, edges, entities) it wrote.
    Never onto the store; onto another existing file only with force. The
    store is read in batches and the output written as it goes."""
    chosen = formats.get(fmt)
    if out is not None:
        check_output(out, g.path, force)
    if out is None and chosen.binary:
        raise ValueError(f"{fmt} is binary: give an output file with -o")
    source = Source(g.store, g.kb)
    with streaming.bounded_reads(g.store):
        if out is None:
            try:
                n = chosen.write(source, stdout)
                stdout.flush()
            except OSError as exc:
                raise WriteFailed(f"cannot write to standard output: {_reason(exc)}") from None
            return n

        def write(path: Path) -> int:
            if chosen.binary:
                with open(path, "wb") as binary:
                    return chosen.write(source, binary)
            with open(path, "w", encoding="utf-8", newline="") as text:
                return chosen.write(source, text)

        return _writing(out, write)


def write_text(out: Path, text: str) -> None:
    """Write a text file; a failure is WriteFailed and leaves what was
    there before (nothing, or the old file) as it was."""
    _writing(out, lambda path: path.write_text(text, encoding="utf-8"))


def _writing(out: Path, write: Callable[[Path], T]) -> T:
    """Write a file beside the output and rename it into place, so that a
    failure half way (a full disk, a damaged store) leaves no partial file;
    a device or pipe (/dev/stdout) is written directly."""
    direct = out.exists() and not out.is_file()
    part = out if direct else out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        result = write(part)
        if not direct:
            os.replace(part, out)
        return result
    except OSError as exc:
        raise WriteFailed(f"cannot write {out}: {_reason(exc)}") from None
    finally:
        if not direct:
            part.unlink(missing_ok=True)


def _reason(exc: OSError) -> str:
    """The system's words for a failed write; pyarrow's errors carry them
    after "Detail: [errno N]"."""
    found = re.search(r"\[errno (\d+)\]", str(exc))
    if found:
        return os.strerror(int(found.group(1)))
    return exc.strerror or str(exc).splitlines()[0]
