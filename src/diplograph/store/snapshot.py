"""A store read by a long-running server while ingests go on.

DuckDB lets one process write a file or several read it, never both, so a
server that kept the store open would shut every ingest out. The server
reads a private copy instead: taken while it holds the file as a reader
for a moment (no writer can be half way through then), opened read-only
and shared by one connection per request. When the file changes (an
ingest finished) a fresh copy replaces it; while a writer holds the file
the last copy serves on, unless the file was removed or replaced by
another (`rm` and a new ingest), whose old data is not served.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .database import Store
from .errors import StoreError

# How often the file is looked at (one stat) while requests come in.
CHECK_EVERY_S = 0.5


class StoreUnavailable(StoreError):
    """The store cannot be served now (removed, or replaced and still being
    written); a later request may succeed."""


@dataclass(frozen=True)
class Signature:
    """What changes when the file is written or replaced."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    wal: tuple[int, int] | None  # size and mtime of the write-ahead log, if any

    def same_file(self, other: Signature) -> bool:
        return (self.device, self.inode) == (other.device, other.inode)


def signature(path: str) -> Signature | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    try:
        w = os.stat(path + ".wal")
        wal: tuple[int, int] | None = (w.st_size, w.st_mtime_ns)
    except OSError:
        wal = None
    return Signature(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, wal)


class Snapshot:
    """One copy, open; closed when it has been replaced and its last
    reader is done."""

    def __init__(self, store: Store, signature: Signature, folder: Path):
        self.store = store
        self.signature = signature
        self.folder = folder
        self._lock = threading.Lock()
        self._readers = 0
        self._retired = False

    def cursor(self) -> Store:
        with self._lock:
            self._readers += 1
            return self.store.cursor()

    def release(self, cursor: Store) -> None:
        cursor.close()
        with self._lock:
            self._readers -= 1
            done = self._retired and self._readers == 0
        if done:
            self._close()

    def retire(self) -> None:
        with self._lock:
            self._retired = True
            done = self._readers == 0
        if done:
            self._close()

    def _close(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class ServedStore:
    """The store file at `path`, served from snapshots (see the module's
    doc). Raises StoreError at once if the file cannot be read now."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        self._root = Path(tempfile.mkdtemp(prefix="diplograph-serve-"))
        # Removed on close, or when the object goes or the process exits
        # without closing it (an app whose shutdown never ran).
        self._remove_root = weakref.finalize(self, shutil.rmtree, self._root, True)
        self._swap = threading.Lock()
        self._taking = threading.Lock()
        self._taken = 0
        self._checked = time.monotonic()
        self._problem: StoreError | None = None
        try:
            self._current = self._take()
        except BaseException:
            self._remove_root()
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Store]:
        """A connection of its own to the latest snapshot, for one request."""
        self._fresh()
        with self._swap:  # counted as a reader before it can be replaced
            snapshot = self._current
            cursor = snapshot.cursor()
        try:
            yield cursor
        finally:
            snapshot.release(cursor)

    def close(self) -> None:
        with self._swap:
            self._current.retire()
        self._remove_root()

    def _fresh(self) -> None:
        now = time.monotonic()
        if now - self._checked >= CHECK_EVERY_S:
            self._checked = now
            self._problem = self._refresh()
        if self._problem is not None:
            raise self._problem

    def _refresh(self) -> StoreError | None:
        """Take a new snapshot if the file changed; the reason the store
        cannot be served, if so."""
        seen = signature(self.path)
        current = self._current.signature
        if seen == current:
            return None
        if seen is None:
            return StoreUnavailable(f"{self.path} has been removed; run `diplograph ingest` to make it again")
        if not self._taking.acquire(blocking=False):
            return None  # another request is taking it
        try:
            fresh = self._take()
        except StoreError as exc:
            if not seen.same_file(current):
                return StoreUnavailable(
                    f"{self.path} was replaced and cannot be read yet ({exc}); the old one is not served"
                )
            # Being written (or damaged) in place: what was read before is
            # still a consistent state of this store.
            return None
        finally:
            self._taking.release()
        with self._swap:
            old, self._current = self._current, fresh
        old.retire()
        return None

    def _take(self) -> Snapshot:
        self._taken += 1
        folder = self._root / str(self._taken)
        folder.mkdir()
        copy = folder / "store.duckdb"
        try:
            # Open as a reader: no writer can start until the copy is made.
            with Store(self.path, read_only=True):
                seen = signature(self.path)
                shutil.copyfile(self.path, copy)
                if os.path.exists(self.path + ".wal"):
                    shutil.copyfile(self.path + ".wal", str(copy) + ".wal")
            assert seen is not None
            store = Store(copy, read_only=True)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        # DuckDB keeps the file open: removed now, the copy's space comes
        # back when it is closed, even if the server is killed.
        for name in (copy, Path(f"{copy}.wal")):
            with contextlib.suppress(OSError):
                name.unlink()
        store.path = self.path  # errors name the store, not the copy
        return Snapshot(store, seen, folder)
