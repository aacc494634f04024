"""diplograph: a sourced, temporal knowledge graph of the international system.

import diplograph
diplograph.ingest_paths(["corpus/"], "graph.duckdb")
g = diplograph.open("graph.duckdb")
g.events(actors=["RUS", "CHN"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Diplograph", "ingest_paths", "open"]

if TYPE_CHECKING:
    from .api import Diplograph, ingest_paths, open


def __getattr__(name: str) -> Any:
    # Imported lazily so that each layer (diplograph.ingest, .nlp, ...) can be
    # imported alone without pulling in the store and the API.
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
