"""The app's one read-only store, shared by request handlers.

DuckDB connections are not safe for concurrent use from several threads,
and FastAPI runs handlers in a thread pool, so access is serialised.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from ..api.client import Diplograph


class Shared:
    def __init__(self, graph: Diplograph):
        self.graph = graph
        self.lock = threading.Lock()


@contextmanager
def graph_of(request: Request) -> Iterator[Diplograph]:
    shared: Shared = request.app.state.shared
    with shared.lock:
        yield shared.graph
