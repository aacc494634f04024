"""The `diplograph` command. Each command parses its arguments and calls the
Python API; tables for people, `--json` for scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from . import files, output
from .common import ALL, DB, DEFAULT_DB, JSON, err, note_cut
from .common import error as _error
from .common import open_store as _open

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn diplomatic texts into a sourced, temporal knowledge graph.",
)
LIMIT = Annotated[int, typer.Option(min=1, help="rows to show")]


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
    from ..api.ingest import IngestRefused, Notice, check_inputs, count_inputs
    from ..api.ingest import ingest as run
    from ..config import load_config
    from ..extract.lexicon import LexiconError
    from ..kb.loader import KnowledgeBaseError
    from ..store import StoreError

    cfg = load_config(config, max_file_mb=max_file_mb, max_text_chars=max_text_chars)
    if manifest is not None and not manifest.is_file():
        _error(f"manifest {manifest} not found")
        raise typer.Exit(2)
    try:
        check_inputs(paths, manifest)  # before the progress bar: nothing is read
    except IngestRefused as exc:
        _error(f"{exc}")
        raise typer.Exit(2) from None
    with output.progress(err, count_inputs(paths), disabled=quiet) as bar:

        def on_notice(notice: Notice) -> None:
            # One line each, never wrapped, so that scripts can grep them.
            said = {"failed": "skipped", "warning": "warning:"}.get(notice.kind)
            if said:
                where = f"{notice.path}: " if notice.path else ""
                err.print(f"{said} {where}{notice.message}", soft_wrap=True, highlight=False, markup=False)
            if notice.kind == "finishing":
                bar.finishing()
            elif notice.kind != "warning":
                bar.advance(notice.path)

        try:
            if workers or scheduler:
                from ..api.shards import ingest_on_cluster

                report = ingest_on_cluster(paths, db, manifest, cfg, workers, scheduler, parts_dir, on_notice)
            else:
                report = run(paths, db, manifest, cfg, on_notice)
        except (StoreError, KnowledgeBaseError, LexiconError, IngestRefused) as exc:
            _error(f"{exc}")
            raise typer.Exit(2) from None
    err.file.flush()
    t = report.totals
    not_read = f", {report.not_read} not read (language)" if report.not_read else ""
    warned = f", {len(report.warnings)} warning{'s' * (len(report.warnings) != 1)}" if report.warnings else ""
    print(
        f"{t['documents']} documents, {t['sentences']} sentences, {t['actors']} actors, "
        f"{t['events']} events, {t['memberships']} memberships, {t['figures']} figures, "
        f"{t['errors']} errors (this run: {report.stored} new{not_read}, {report.skipped} already stored, "
        f"{len(report.errors)} failed{warned}) -> {db}"
    )
    if report.stored == 0 and report.skipped == 0 and report.errors:
        raise typer.Exit(1)


app.command()(files.export)


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
    limit: LIMIT = 100,
    show_all: ALL = False,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Events, each merged across the documents that report it, filtered."""
    with _open(db) as g:
        filters = (actor or (), type, date_from, date_to, status, source)
        frame = g.merged_events(*filters, limit=None if show_all else limit, location=location)
        if not show_all and len(frame) >= limit:
            note_cut(len(frame), g.count_merged_events(*filters, location=location), "events")
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
    limit: LIMIT = 20,
    show_all: ALL = False,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Full-text search over sentences (BM25)."""
    with _open(db) as g:
        total = g.count_search(text) if show_all else None
        frame = g.search(text, max(total, 1) if total is not None else limit)
        if total is None and len(frame) >= limit:
            note_cut(len(frame), g.count_search(text), "sentences")
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


app.command()(files.graph)


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
    gold: Annotated[
        Path | None, typer.Argument(help="gold annotations (JSON lines); none: every set under --shared")
    ] = None,
    corpus: Annotated[Path, typer.Option(help="folder of the documents the gold annotates")] = Path(
        "../shared/corpus/seeds"
    ),
    shared: Annotated[Path, typer.Option(help="folder holding eval/ and corpus/")] = Path("../shared"),
    scorer: Annotated[Path | None, typer.Option(help="score.py (default: beside the gold file)")] = None,
    keep: Annotated[Path | None, typer.Option(help="also write the predictions here")] = None,
    min_strict_f1: Annotated[float | None, typer.Option(help="exit 1 if strict event F1 is lower")] = None,
) -> None:
    """Score extraction: with GOLD, the scorer's report on one corpus; with
    none, the seeds, dev and PLOVER GSR sets side by side."""
    from ..api.evaluate import evaluate as run
    from ..api.evaluate import evaluate_sets, side_by_side

    try:
        if gold is None:
            results = evaluate_sets(shared)
            if not results:
                _error(f"no evaluation sets under {shared}/eval; pass GOLD and --corpus")
                raise typer.Exit(2)
            print(side_by_side(results), end="")
            worst = min(r.report["strict"]["f1"] for _, r in results)
            if min_strict_f1 is not None and worst < min_strict_f1:
                _error(f"strict event F1 {worst:.3f} is below the floor {min_strict_f1:.3f}")
                raise typer.Exit(1)
            return
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
