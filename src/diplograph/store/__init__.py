"""Store: the embedded DuckDB database and the queries over it."""

from .database import Store, StoreError
from .queries import EventFilter

__all__ = ["EventFilter", "Store", "StoreError"]
