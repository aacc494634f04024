"""Store: the embedded DuckDB database and the queries over it."""

from .database import Store
from .errors import StoreDamaged, StoreError
from .filters import EventFilter, FigureFilter

__all__ = ["EventFilter", "FigureFilter", "Store", "StoreDamaged", "StoreError"]
