"""The store's refusals, in words a user can act on: held by another
process, damaged, not a database."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb


class StoreError(RuntimeError):
    """The store can't be opened or used (locked by a writer, too new)."""


class StoreDamaged(StoreError):
    """The store file's bytes are not what DuckDB wrote (checksum errors):
    it must be rebuilt."""


# DuckDB's words for a file another process holds ("Could not set lock on
# file ...: Conflicting lock is held in /usr/bin/python3 (PID 123)") and for
# damaged bytes ("Corrupt database file: computed checksum ... in block").
# Matched as phrases: "lock" alone is also in "block".
_LOCKED = re.compile(r"could not set lock on file|conflicting lock", re.I)
_HOLDER = re.compile(r"held in (\S+) \(PID (\d+)\)")
_DAMAGED = re.compile(r"corrupt database file|does not match stored checksum|checksum mismatch", re.I)


def locked(exc: BaseException) -> bool:
    """Whether a DuckDB error says another process holds the file."""
    return bool(_LOCKED.search(str(exc)))


def damaged(path: str, exc: BaseException) -> StoreDamaged | None:
    """The error to raise for a DuckDB error that says the file is damaged,
    else None."""
    message = str(exc).splitlines()[0] if str(exc) else ""
    if not _DAMAGED.search(message):
        return None
    where = re.search(r"in block at location (\d+)", message)
    detail = f"checksum error in the block at byte {where.group(1)}" if where else "checksum error"
    return StoreDamaged(
        f"{path} is damaged ({detail}); rebuild it: delete the file and ingest the documents again "
        f"(diplograph ingest FILES --db {path})"
    )


def refusal(path: str, exc: duckdb.Error, read_only: bool) -> StoreError:
    """A one-line StoreError for a failure to open the file."""
    message = str(exc).splitlines()[0]
    if (bad := damaged(path, exc)) is not None:
        return bad
    if locked(exc):
        holder = _HOLDER.search(message)
        who = f" ({Path(holder.group(1)).name}, PID {holder.group(2)})" if holder else ""
        if read_only:  # only a writer keeps readers out
            return StoreError(
                f"{path} is being written by another process{who}; try again when it has finished"
            )
        return StoreError(
            f"{path} is open in another process{who}, which keeps writers out; "
            "try again when that process has closed it"
        )
    if "not a valid DuckDB database" in message or "extension" in message.lower():
        return StoreError(f"{path} is not a DuckDB database")
    return StoreError(f"{path}: cannot open store: {message}")
