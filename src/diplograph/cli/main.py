"""The `diplograph` command. Each command parses its arguments and calls the
Python API; tables for people, `--json` for scripts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from . import output

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn diplomatic texts into a sourced, temporal knowledge graph.",
)
err = Console(stderr=True)
DB = Annotated[Path, typer.Option("--db", help="DuckDB store file")]
JSON = Annotated[bool, typer.Option("--json", help="print JSON for scripts")]
DEFAULT_DB = Path("diplograph.duckdb")


def _error(message: str) -> None:
    err.print(f"error: {message}", soft_wrap=True, highlight=False, markup=False)


def _open(db: Path) -> Any:
    from ..api import open as open_store
    from ..store import StoreError

    try:
        return open_store(db)
    except StoreError as exc:
        _error(f"{exc}")
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (read recursively)")],
    manifest: Annotated[
        Path | None, typer.Option(help="CSV with path,url,title,publisher,published,language")
    ] = None,
    db: DB = DEFAULT_DB,
    config: Annotated[Path | None, typer.Option(help="pipeline config (TOML)")] = None,
    max_file_mb: Annotated[float | None, typer.Option(help="refuse files larger than this")] = None,
    max_text_chars: Annotated[int | None, typer.Option(help="refuse texts longer than this")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    workers: Annotated[
        int | None, typer.Option(help="run on a local Dask cluster of N worker processes")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="run on an existing Dask cluster (scheduler address)")
    ] = None,
    parts_dir: Annotated[
        Path | None, typer.Option(help="shared folder for the workers' Parquet parts")
    ] = None,
) -> None:
    """Read documents, extract actors, events, memberships and figures, store them."""
    from ..api.ingest import count_inputs
    from ..api.ingest import ingest as run
    from ..config import load_config
    from ..extract.lexicon import LexiconError
    from ..kb.loader import KnowledgeBaseError
    from ..store import StoreError

    cfg = load_config(config, max_file_mb=max_file_mb, max_text_chars=max_text_chars)
    if manifest is not None and not manifest.is_file():
        _error(f"manifest {manifest} not found")
        raise typer.Exit(2)
    with output.progress(err, count_inputs(paths), disabled=quiet) as advance:

        def on_item(name: str, error: str | None) -> None:
            if error:
                # One line per file, never wrapped, so scripts can grep it.
                err.print(f"skipped {name}: {error}", soft_wrap=True, highlight=False, markup=False)
            advance(name)

        try:
            if workers or scheduler:
                from ..api.shards import ingest_on_cluster

                report = ingest_on_cluster(paths, db, manifest, cfg, workers, scheduler, parts_dir, on_item)
            else:
                report = run(paths, db, manifest, cfg, on_item)
        except (StoreError, KnowledgeBaseError, LexiconError) as exc:
            _error(f"{exc}")
            raise typer.Exit(2) from None
    err.file.flush()
    t = report.totals
    print(
        f"{t['documents']} documents, {t['sentences']} sentences, {t['actors']} actors, "
        f"{t['events']} events, {t['memberships']} memberships, {t['figures']} figures, "
        f"{t['errors']} errors (this run: {report.stored} new, {report.skipped} already stored, "
        f"{len(report.errors)} failed) -> {db}"
    )
    if report.stored == 0 and report.skipped == 0 and report.errors:
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, parquet or graphml")] = "jsonl",
    out: Annotated[
        Path | None, typer.Option("-o", "--output", help="file (default: standard output)")
    ] = None,
    db: DB = DEFAULT_DB,
) -> None:
    """Export events, memberships and figures with their provenance."""
    from ..api.export import export as run

    with _open(db) as g:
        try:
            n = run(g, fmt, out, sys.stdout)
        except ValueError as exc:
            _error(f"{exc}")
            raise typer.Exit(2) from None
    if out is not None:
        err.print(f"{n} records -> {out}")


@app.command()
def events(
    actor: Annotated[
        list[str] | None, typer.Option("--actor", "-a", help="actor code; repeat: all must take part")
    ] = None,
    type: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER type, e.g. CONSULT")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="from date (YYYY[-MM[-DD]])")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="to date (YYYY[-MM[-DD]])")] = None,
    status: Annotated[str | None, typer.Option(help="occurred, planned, negated, hypothetical")] = None,
    source: Annotated[str | None, typer.Option(help="publisher or document name")] = None,
    location: Annotated[str | None, typer.Option(help="country where it took place, e.g. RUS")] = None,
    limit: Annotated[int, typer.Option(help="rows to show")] = 100,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Events, each merged across the documents that report it, filtered."""
    with _open(db) as g:
        frame = g.merged_events(
            actor or (), type, date_from, date_to, status, source, limit=limit, location=location
        )
    output.show(
        frame,
        as_json,
        ["date", "type", "mode", "source", "target", "status", "location", "docs", "n_publishers"],
        title="Events",
    )


@app.command()
def actors(db: DB = DEFAULT_DB, as_json: JSON = False) -> None:
    """Actors mentioned in the documents."""
    with _open(db) as g:
        frame = g.actors()
    output.show(frame, as_json, ["code", "kind", "name", "qid", "mentions", "documents"], title="Actors")


@app.command()
def organisations(db: DB = DEFAULT_DB, as_json: JSON = False) -> None:
    """Organisations in the knowledge base, with their member count today."""
    with _open(db) as g:
        frame = g.organisations()
    output.show(frame, as_json, ["code", "name", "qid", "members"], title="Organisations")


@app.command()
def members(
    organization: Annotated[str, typer.Argument(help="organisation code, e.g. SCO")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="date (YYYY-MM-DD)")] = None,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Members of an organisation on a date, with the evidence."""
    with _open(db) as g:
        try:
            frame = g.members(organization, as_of)
        except KeyError as exc:
            _error(f"{exc.args[0]}")
            raise typer.Exit(2) from None
    output.show(
        frame,
        as_json,
        ["member", "name", "status", "since", "evidence"],
        title=f"{organization.upper()} as of {as_of or 'latest'}",
    )


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="words to look for")],
    limit: Annotated[int, typer.Option(help="rows to show")] = 20,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Full-text search over sentences (BM25)."""
    with _open(db) as g:
        frame = g.search(text, limit)
    output.show(frame, as_json, ["score", "doc", "text"], title=f"Sentences matching {text!r}")


@app.command()
def stats(db: DB = DEFAULT_DB, as_json: JSON = False) -> None:
    """Counts of what the store holds."""
    with _open(db) as g:
        counts = g.stats()
    if as_json:
        print(json.dumps(counts))
    else:
        output.show_mapping(counts, "Store")


@app.command()
def conflicts(db: DB = DEFAULT_DB, as_json: JSON = False) -> None:
    """Contradictions between sources: figures, memberships, events."""
    with _open(db) as g:
        found = g.conflicts()
    if as_json:
        print(json.dumps(found, ensure_ascii=False))
        return
    output.show_conflicts(found)


@app.command()
def graph(
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="only edges touching this actor")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="from date")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="to date")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="graphml or gexf (with -o)")] = None,
    out: Annotated[Path | None, typer.Option("-o", "--output", help="file for --format")] = None,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Relations between actors: events by PLOVER quad class and mean score."""
    with _open(db) as g:
        if fmt:
            try:
                text = g.graph_file(fmt, actor, date_from, date_to)
            except ValueError as exc:
                _error(str(exc))
                raise typer.Exit(2) from None
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


@app.command()
def stance(
    actor: Annotated[str, typer.Option("--actor", "-a", help="actor code, e.g. RUS")],
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """How each source portrays an actor, in [-1, 1]."""
    with _open(db) as g:
        frame = g.stance(actor)
    output.show(
        frame,
        as_json,
        ["source", "stance", "n_events", "n_phrases", "docs"],
        title=f"Stance towards {actor.upper()}",
    )


@app.command()
def serve(
    db: DB = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="address to listen on (loopback by default)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
) -> None:
    """Serve the read-only JSON API and web UI."""
    import uvicorn

    from ..store import StoreError
    from ..web.app import create_app

    try:
        web_app = create_app(db)
    except StoreError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    err.print(f"serving {db} on http://{host}:{port}/ (API at /api/, OpenAPI at /openapi.json)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold annotations (JSON lines)")],
    corpus: Annotated[Path, typer.Option(help="folder of the documents the gold annotates")] = Path(
        "../shared/corpus/seeds"
    ),
    scorer: Annotated[Path | None, typer.Option(help="score.py (default: beside the gold file)")] = None,
    keep: Annotated[Path | None, typer.Option(help="also write the predictions here")] = None,
    min_strict_f1: Annotated[float | None, typer.Option(help="exit 1 if strict event F1 is lower")] = None,
) -> None:
    """Ingest a corpus into a scratch store and print the scorer's report."""
    from ..api.evaluate import evaluate as run

    try:
        result = run(gold, corpus, scorer, keep=keep)
    except (FileNotFoundError, RuntimeError) as exc:
        _error(f"{exc}")
        raise typer.Exit(2) from None
    print(result.text, end="")
    f1 = result.report["strict"]["f1"]
    if min_strict_f1 is not None and f1 < min_strict_f1:
        _error(f"strict event F1 {f1:.3f} is below the floor {min_strict_f1:.3f}")
        raise typer.Exit(1)


@app.command("kb")
def kb_check() -> None:
    """Validate the knowledge base and lexicons and print their size."""
    from ..extract import lexicon
    from ..kb.loader import KnowledgeBaseError, load

    try:
        kb = load()
    except KnowledgeBaseError as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    problems = lexicon.validate_all()
    for p in problems:
        err.print(p)
    print(
        f"knowledge base OK: {len(kb.states)} states, {len(kb.organisations)} organisations, "
        f"{len(kb.regions)} regions, {len(kb.people)} people, {len(kb.places)} places"
    )
    if problems:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
