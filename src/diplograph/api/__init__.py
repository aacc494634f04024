"""API: the Python interface over the store (queries, ingest, export)."""

from .client import Diplograph, open
from .ingest import IngestReport, ingest

# `diplograph.ingest` is the ingest stage's package, so the top level offers
# the job under this name.
ingest_paths = ingest

__all__ = ["Diplograph", "IngestReport", "ingest", "ingest_paths", "open"]
