"""Export formats: one streaming writer per format, registered by name
(registry.py), each reading the store through a Source (source.py)."""

from .registry import Format, get, names, register
from .source import Source

__all__ = ["Format", "Source", "get", "names", "register"]
