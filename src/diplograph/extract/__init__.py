"""Extract: PLOVER events, memberships and figures from parsed documents,
by a pipeline of named passes (extract/pipeline/)."""

from .pipeline import Extractor, PassError, pass_names, register_pass

__all__ = ["Extractor", "PassError", "pass_names", "register_pass"]
