"""Extract: PLOVER events, memberships and figures from parsed documents,
by a pipeline of named passes (extract/pipeline/)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import Extractor, PassError, pass_names, register_pass

__all__ = ["Extractor", "PassError", "pass_names", "register_pass"]


def __getattr__(name: str) -> Any:
    # The pipeline is imported on first use: a reader of the lexicon alone
    # (the exports' CAMEO table, `diplograph stats`) need not load the passes.
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
