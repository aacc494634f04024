"""GraphML and GEXF: one streaming writer each, for the events export
(actors as nodes, each event an edge from source to target) and for the
relations graph (`diplograph graph`: one edge per actor pair). Nodes are
written first, then edges as they are read."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from ..knowledge import relations
from ..vocabulary import QUADS
from .registry import register
from .source import Source

_XML = '<?xml version="1.0" encoding="UTF-8"?>'


class GraphmlWriter:
    """A directed GraphML graph: keys given first as (id, for, type), then
    nodes, then edges (numbered e0, e1, ...); close() ends the document."""

    def __init__(self, out: IO[Any], keys: Sequence[tuple[str, str, str]]):
        self.out = out
        self.edges = 0
        lines = [_XML, '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
        lines += [f'<key id="{k}" for="{f}" attr.name="{k}" attr.type="{t}"/>' for k, f, t in keys]
        lines.append('<graph id="diplograph" edgedefault="directed">')
        out.write("\n".join(lines) + "\n")

    def node(self, node: str, data: Mapping[str, object]) -> None:
        self.out.write(f"<node id={quoteattr(node)}>{_cells(data)}</node>\n")

    def edge(self, source: str, target: str, data: Mapping[str, object]) -> None:
        self.out.write(
            f'<edge id="e{self.edges}" source={quoteattr(source)} target={quoteattr(target)}>'
            f"{_cells(data)}</edge>\n"
        )
        self.edges += 1

    def close(self) -> None:
        self.out.write("</graph>\n</graphml>\n")


def _cells(data: Mapping[str, object]) -> str:
    return "".join(f'<data key="{k}">{escape(str(v))}</data>' for k, v in data.items())


class GexfWriter:
    """A directed GEXF 1.3 graph: edge attributes given first as (title,
    type), then nodes, then edges (numbered 0, 1, ...) with one value per
    attribute; close() ends the document."""

    def __init__(self, out: IO[Any], attributes: Sequence[tuple[str, str]]):
        self.out = out
        self.edges = 0
        self.in_edges = False
        lines = [
            _XML,
            '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
            '<graph mode="static" defaultedgetype="directed">',
            '<attributes class="edge">',
        ]
        lines += [
            f'<attribute id="{i}" title="{name}" type="{t}"/>' for i, (name, t) in enumerate(attributes)
        ]
        lines += ["</attributes>", "<nodes>"]
        out.write("\n".join(lines) + "\n")

    def node(self, node: str, label: str) -> None:
        self.out.write(f"<node id={quoteattr(node)} label={quoteattr(label)}/>\n")

    def edge(self, source: str, target: str, values: Sequence[object], weight: int | None = None) -> None:
        if not self.in_edges:
            self.out.write("</nodes>\n<edges>\n")
            self.in_edges = True
        cells = "".join(f'<attvalue for="{i}" value={quoteattr(str(v))}/>' for i, v in enumerate(values))
        weighs = f' weight="{weight}"' if weight is not None else ""
        self.out.write(
            f'<edge id="{self.edges}" source={quoteattr(source)} target={quoteattr(target)}{weighs}>'
            f"<attvalues>{cells}</attvalues></edge>\n"
        )
        self.edges += 1

    def close(self) -> None:
        if not self.in_edges:
            self.out.write("</nodes>\n<edges>\n")
        self.out.write("</edges>\n</graph>\n</gexf>\n")


# -- the events export: each event an edge ------------------------------
EDGE_DATA = ("type", "date", "status", "doc", "cameo")


def _pairs(event: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Source to target; an event without a target links each source to
    every other participant (a multilateral event links every pair)."""
    sources = event["source"] or []
    targets = event["target"] or [c for c in event["participants"] or [] if c not in sources]
    for s in sources:
        for t in targets:
            if s != t:
                yield s, t


def _nodes(source: Source) -> list[tuple[str, str]]:
    """Every actor at an end of some edge, by code, with its name: a first
    pass over the events' actors alone."""
    codes: set[str] = set()
    for event in source.rows("SELECT source, target, participants FROM events"):
        for pair in _pairs(event):
            codes.update(pair)
    return [(code, source.name(code)) for code in sorted(codes)]


def _edges(source: Source) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for event in source.events():
        date = event["date"]["start"] if isinstance(event["date"], dict) else (event["date"] or "")
        data = {"type": event["type"], "date": date, "status": event["status"] or "", "doc": event["doc"]}
        data["cameo"] = event["cameo"] or ""
        for s, t in _pairs(event):
            yield s, t, data


@register("graphml", "actors as nodes, each event an edge (Gephi, yEd, networkx)", ".graphml", counts="edges")
def write_graphml(source: Source, out: IO[Any]) -> int:
    graph = GraphmlWriter(out, [("label", "node", "string"), *((k, "edge", "string") for k in EDGE_DATA)])
    for code, label in _nodes(source):
        graph.node(code, {"label": label})
    for s, t, data in _edges(source):
        graph.edge(s, t, data)
    graph.close()
    return graph.edges


@register("gexf", "actors as nodes, each event an edge (Gephi)", ".gexf", counts="edges")
def write_gexf(source: Source, out: IO[Any]) -> int:
    graph = GexfWriter(out, [(k, "string") for k in EDGE_DATA])
    for code, label in _nodes(source):
        graph.node(code, label)
    for s, t, data in _edges(source):
        graph.edge(s, t, [data[k] for k in EDGE_DATA])
    graph.close()
    return graph.edges


# -- the relations graph: one edge per actor pair -----------------------
def relations_file(fmt: str, edges: list[relations.Edge], names: dict[str, str]) -> str:
    """The relations graph (counts by quad class and mean score per pair) as
    GraphML or GEXF text."""
    out = io.StringIO()
    write_relations(fmt, edges, names, out)
    return out.getvalue()


def write_relations(fmt: str, edges: list[relations.Edge], names: dict[str, str], out: TextIO) -> None:
    codes = sorted({c for e in edges for c in (e.source, e.target)})
    if fmt == "graphml":
        keys = [("label", "node", "string"), ("events", "edge", "int"), ("mean_score", "edge", "double")]
        keys += [("first", "edge", "string"), ("last", "edge", "string")]
        graphml = GraphmlWriter(out, keys + [(q, "edge", "int") for q in QUADS])
        for code in codes:
            graphml.node(code, {"label": names.get(code, code)})
        for e in edges:
            data = {
                "events": e.events,
                "mean_score": e.mean_score,
                "first": e.first or "",
                "last": e.last or "",
            }
            graphml.edge(e.source, e.target, {**data, **e.quads})
        graphml.close()
    elif fmt == "gexf":
        attributes = [
            ("events", "integer"),
            ("mean_score", "double"),
            ("first", "string"),
            ("last", "string"),
        ]
        gexf = GexfWriter(out, attributes + [(q, "integer") for q in QUADS])
        for code in codes:
            gexf.node(code, names.get(code, code))
        for e in edges:
            values = [e.events, e.mean_score, e.first or "", e.last or "", *e.quads.values()]
            gexf.edge(e.source, e.target, values, weight=e.events)
        gexf.close()
    else:
        raise ValueError(f"unknown graph format {fmt!r}; choose graphml or gexf")
