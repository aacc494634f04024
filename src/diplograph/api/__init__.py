"""API: the Python interface over the store, by job: `query` (the client
and its argument checks), `jobs` (ingest, fetching, watching, the Dask
shards), `evaluation` (scoring against gold), and `export`."""

from .jobs.ingesting import IngestRefused, IngestReport, ingest
from .query.client import Diplograph, open
from .query.validate import InvalidQuery

# `diplograph.ingest` is the ingest stage's package, so the top level offers
# the job under this name.
ingest_paths = ingest

__all__ = ["Diplograph", "IngestRefused", "IngestReport", "InvalidQuery", "ingest", "ingest_paths", "open"]
