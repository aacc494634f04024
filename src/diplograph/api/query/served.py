"""The Python API for a long-running server: a fresh view of the store per
request, read from a snapshot so that ingests can go on meanwhile (see
store/snapshot.py)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from ...store.snapshot import ServedStore
from .client import Diplograph


class ServedGraph:
    """Raises StoreError at once if the store cannot be read now."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        self._store = ServedStore(self.path)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Diplograph]:
        """The graph for one request, on a connection of its own: requests
        run side by side. StoreError if the store cannot be served now."""
        with self._store.reading() as store:
            yield Diplograph(self.path, store=store)

    def close(self) -> None:
        self._store.close()
