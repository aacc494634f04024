"""The commands that write files: `export` and `graph`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import output
from .common import DB, DEFAULT_DB, FORCE, JSON, check_output, err, fail, open_store

OUT = Annotated[Path | None, typer.Option("-o", "--output", help="file (default: standard output)")]


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, parquet or graphml")] = "jsonl",
    out: OUT = None,
    db: DB = DEFAULT_DB,
    force: FORCE = False,
) -> None:
    """Export events, memberships and figures with their provenance."""
    from ..api.export import export as run

    if out is not None:
        check_output(out, db, force)
    with open_store(db) as g:
        try:
            n = run(g, fmt, out, sys.stdout, force=force)
        except ValueError as exc:
            raise fail(f"{exc}") from None
    if out is not None:
        err.print(f"{n} records -> {out}")


def graph(
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="only edges touching this actor")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="from date")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="to date")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="graphml or gexf (with -o)")] = None,
    out: Annotated[Path | None, typer.Option("-o", "--output", help="file for --format")] = None,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
    force: FORCE = False,
) -> None:
    """Relations between actors: events by PLOVER quad class and mean score."""
    if fmt and out is not None:
        check_output(out, db, force)
    with open_store(db) as g:
        if fmt:
            try:
                text = g.graph_file(fmt, actor, date_from, date_to)
            except ValueError as exc:
                raise fail(str(exc)) from None
            if out:
                out.write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
            return
        frame = g.graph(actor, date_from, date_to)
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
