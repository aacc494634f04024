"""Web: the read-only HTTP API and the web UI, served by one FastAPI app."""
