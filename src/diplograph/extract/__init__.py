"""Extract: PLOVER events, memberships and figures from parsed documents."""

from .document import Extractor

__all__ = ["Extractor"]
