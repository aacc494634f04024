"""API: the Python interface over the store, by job: `query` (the client
and its argument checks), `jobs` (ingest, fetching, watching, the Dask
shards), `evaluation` (scoring against gold), and `export`."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .jobs.ingesting import IngestRefused, IngestReport, ingest
    from .query.client import Diplograph, open
    from .query.validate import InvalidQuery

    ingest_paths = ingest

__all__ = ["Diplograph", "IngestRefused", "IngestReport", "InvalidQuery", "ingest", "ingest_paths", "open"]

# Where each name lives. `diplograph.ingest` is the ingest stage's package,
# so the top level offers the job as `ingest_paths` too. The names are
# imported on first use: a read command (`diplograph stats`) must not pay
# for loading the extraction and spaCy, which only an ingest needs.
_HOMES = {
    "Diplograph": ("query.client", "Diplograph"),
    "open": ("query.client", "open"),
    "InvalidQuery": ("query.validate", "InvalidQuery"),
    "IngestRefused": ("jobs.ingesting", "IngestRefused"),
    "IngestReport": ("jobs.ingesting", "IngestReport"),
    "ingest": ("jobs.ingesting", "ingest"),
    "ingest_paths": ("jobs.ingesting", "ingest"),
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        module, attr = _HOMES[name]
        return getattr(import_module(f"{__name__}.{module}"), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
