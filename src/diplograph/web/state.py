"""The app's store, read by request handlers side by side: each request
reads through its own DuckDB connection to the latest snapshot of the store
(api/query/served.py), so a slow request holds up no other and an ingest may
write the store meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from ..api.query.client import Diplograph
from ..api.query.served import ServedGraph


class Shared:
    def __init__(self, graph: ServedGraph):
        self.graph = graph


@contextmanager
def graph_of(request: Request) -> Iterator[Diplograph]:
    shared: Shared = request.app.state.shared
    with shared.graph.reading() as g:
        yield g
