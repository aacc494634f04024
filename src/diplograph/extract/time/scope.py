"""The period a whole document covers, where its title says so (a
year-in-review: "Main Foreign Policy Results In 2024")."""

from __future__ import annotations

import re

_SCOPE = re.compile(
    r"\b(?:results?|review|outcomes?|summary|highlights|overview|report|achievements)\b[^.\n]{0,40}?"
    r"\b(?:in|of|for|during)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\s+(?:in\s+review|year\s+in\s+review|review|results)\b",
    re.I,
)


def document_scope(title: str | None, text: str) -> str | None:
    """The period a year-in-review document covers ("Main Foreign Policy
    Results In 2024"), from its title or first line."""
    for candidate in (title or "", text[:200].split("\n", 1)[0]):
        m = _SCOPE.search(candidate)
        if m:
            return m.group(1) or m.group(2)
    return None
