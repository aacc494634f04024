"""JSON lines: the scorer's format, one record a line with its provenance."""

from __future__ import annotations

import json
from typing import IO, Any

from .registry import register
from .source import Source


@register("jsonl", "one record a line: events, memberships and figures with provenance", ".jsonl")
def write(source: Source, out: IO[Any]) -> int:
    n = 0
    for record in source.records():
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
