"""Actor-to-actor relations over a time window: counts by PLOVER quad class
and the mean PLOVER intensity score, with GraphML and GEXF output for Gephi."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

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


def _nodes(edges: list[Edge], names: dict[str, str]) -> list[tuple[str, str]]:
    codes = sorted({c for e in edges for c in (e.source, e.target)})
    return [(c, names.get(c, c)) for c in codes]


def graphml(edges: list[Edge], names: dict[str, str]) -> str:
    keys = [
        ("label", "node", "string"),
        ("events", "edge", "int"),
        ("mean_score", "edge", "double"),
        ("first", "edge", "string"),
        ("last", "edge", "string"),
    ] + [(q, "edge", "int") for q in QUADS]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ]
    out += [f'<key id="{k}" for="{f}" attr.name="{k}" attr.type="{t}"/>' for k, f, t in keys]
    out.append('<graph id="diplograph" edgedefault="directed">')
    for code, label in _nodes(edges, names):
        out.append(f'<node id={quoteattr(code)}><data key="label">{escape(label)}</data></node>')
    for n, e in enumerate(edges):
        data = [
            ("events", e.events),
            ("mean_score", e.mean_score),
            ("first", e.first or ""),
            ("last", e.last or ""),
            *e.quads.items(),
        ]
        cells = "".join(f'<data key="{k}">{escape(str(v))}</data>' for k, v in data)
        out.append(
            f'<edge id="e{n}" source={quoteattr(e.source)} target={quoteattr(e.target)}>{cells}</edge>'
        )
    out += ["</graph>", "</graphml>", ""]
    return "\n".join(out)


def gexf(edges: list[Edge], names: dict[str, str]) -> str:
    attrs = [("events", "integer"), ("mean_score", "double"), ("first", "string"), ("last", "string")]
    attrs += [(q, "integer") for q in QUADS]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
        '<graph mode="static" defaultedgetype="directed">',
        '<attributes class="edge">',
    ]
    out += [f'<attribute id="{i}" title="{name}" type="{t}"/>' for i, (name, t) in enumerate(attrs)]
    out.append("</attributes>")
    out.append("<nodes>")
    out += [f"<node id={quoteattr(c)} label={quoteattr(label)}/>" for c, label in _nodes(edges, names)]
    out += ["</nodes>", "<edges>"]
    for n, e in enumerate(edges):
        values = [e.events, e.mean_score, e.first or "", e.last or "", *e.quads.values()]
        cells = "".join(f'<attvalue for="{i}" value={quoteattr(str(v))}/>' for i, v in enumerate(values))
        out.append(
            f'<edge id="{n}" source={quoteattr(e.source)} target={quoteattr(e.target)} '
            f'weight="{e.events}"><attvalues>{cells}</attvalues></edge>'
        )
    out += ["</edges>", "</graph>", "</gexf>", ""]
    return "\n".join(out)
