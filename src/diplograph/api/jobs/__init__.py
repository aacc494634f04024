"""Jobs that write a store: the ingest (files and URLs in, records
stored), its unit of work, the Dask shards, and polling feeds."""
