"""The commands that write files: `export` and `graph`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..api.query.names import label
from . import output
from .common import DB, DEFAULT_DB, FORCE, JSON, check_output, err, error, fail, open_store

GRAPH_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf"}
OUT = Annotated[Path | None, typer.Option("-o", "--output", help="file (default: standard output)")]
# The export registry's formats (diplograph.formats), named here so that
# --help needs no import of the store; a test keeps the two alike.
FORMAT_HELP = "jsonl, csv, parquet, graphml, gexf, polecat or ftm (docs/exports.md)"


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "jsonl",
    out: OUT = None,
    db: DB = DEFAULT_DB,
    force: FORCE = False,
) -> None:
    """Export events, memberships and figures with their provenance, in any
    registered format."""
    from .. import formats
    from ..api.export import WriteFailed
    from ..api.export import export as run

    try:
        chosen = formats.get(fmt)
    except ValueError as exc:
        raise fail(f"{exc}") from None
    if out is not None:
        check_output(out, db, force)
    with open_store(db) as g:
        try:
            n = run(g, fmt, out, sys.stdout, force=force)
        except ValueError as exc:
            raise fail(f"{exc}") from None
        except WriteFailed as exc:
            error(str(exc))
            raise typer.Exit(1) from None
    if out is not None:
        err.print(f"{n} {chosen.counts} -> {out}")


def graph(
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="only edges touching this actor")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="from date")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="to date")] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="graphml or gexf (default with -o: from its suffix)")
    ] = None,
    out: Annotated[Path | None, typer.Option("-o", "--output", help="file for the graphml or gexf")] = None,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
    force: FORCE = False,
) -> None:
    """Relations between actors: events by PLOVER quad class and mean score."""
    from ..api.export import WriteFailed, write_text

    if out is not None and not fmt:
        fmt = GRAPH_SUFFIXES.get(out.suffix.lower())
        if fmt is None:
            raise fail(f"cannot tell the graph format of {out}: give --format graphml or gexf")
    if fmt and out is not None:
        check_output(out, db, force)
    with open_store(db) as g:
        if fmt:
            try:
                text = g.graph_file(fmt, actor, date_from, date_to)
            except ValueError as exc:
                raise fail(str(exc)) from None
            try:
                if out:
                    write_text(out, text)
                else:
                    sys.stdout.write(text)
            except OSError as exc:
                failed = exc if isinstance(exc, WriteFailed) else f"cannot write the output: {exc.strerror}"
                error(str(failed))
                raise typer.Exit(1) from None
            return
        frame = g.graph(actor, date_from, date_to)
        if not as_json:  # names beside codes for a person; codes alone for scripts
            for side in ("source", "target"):
                frame[side] = [label(c, g.actor_name(c)) for c in frame[side]]
    output.show(
        frame,
        as_json,
        [
            "source",
            "target",
            "events",
            "verbal_cooperation",
            "material_cooperation",
            "verbal_conflict",
            "material_conflict",
            "mean_score",
        ],
        title="Relations",
    )
