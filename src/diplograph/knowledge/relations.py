"""Actor-to-actor relations over a time window: counts by PLOVER quad class
and the mean PLOVER intensity score. The GraphML and GEXF files of them are
written by the export formats (formats/graphs.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..extract import lexicon
from ..vocabulary import QUADS


@dataclass
class Edge:
    source: str
    target: str
    events: int = 0
    quads: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))
    score_sum: float = 0.0
    first: str | None = None
    last: str | None = None

    @property
    def mean_score(self) -> float:
        return round(self.score_sum / self.events, 3) if self.events else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "events": self.events,
            **self.quads,
            "mean_score": self.mean_score,
            "first": self.first,
            "last": self.last,
        }


def score(event_type: str, mode: str | None) -> float:
    """PLOVER's conflict-cooperation score for a type and mode (-10 to 10)."""
    info = lexicon.events().types[event_type]
    return info.modes.get(mode or "", info.score)


def quad(event_type: str) -> str:
    return lexicon.events().types[event_type].quad


def from_pairs(rows: Iterable[dict[str, Any]]) -> list[Edge]:
    """Edges from pair counts by type and mode (rows with a, b, type, mode,
    events, first, last), as the store aggregates them."""
    edges: dict[tuple[str, str], Edge] = {}
    for r in rows:
        if r["type"] not in lexicon.EVENT_TYPES:
            continue
        edge = edges.setdefault((r["a"], r["b"]), Edge(r["a"], r["b"]))
        n = int(r["events"])
        edge.events += n
        edge.quads[quad(r["type"])] += n
        edge.score_sum += n * score(r["type"], r.get("mode"))
        for date in (r.get("first"), r.get("last")):
            if date:
                edge.first = min(edge.first or date, date)
                edge.last = max(edge.last or date, date)
    return sorted(edges.values(), key=lambda x: (-x.events, x.source, x.target))
