"""Store: the embedded DuckDB database and the queries over it."""

from .database import Store
from .errors import StoreDamaged, StoreError
from .filters import EventFilter

__all__ = ["EventFilter", "Store", "StoreDamaged", "StoreError"]
