"""The `diplograph` command. Each command parses its arguments and calls the
Python API; tables for people, `--json` for scripts."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..api.query.names import named
from . import event_table, figure_table, files, output, reading, serving
from .common import ALL, DB, DEFAULT_DB, JSON, err, note_cut
from .common import error as _error
from .common import open_store as _open


class App(typer.Typer):
    """The command; an error from the system that escapes a command (its
    output could not be written: a full disk, a closed pipe) ends it with
    one line and exit status 1, not a traceback."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            try:
                return super().__call__(*args, **kwargs)
            finally:
                sys.stdout.flush()  # what is still buffered fails here, not at exit
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
            _error(f"{where}{exc.strerror or exc}")
            sys.exit(1)


app = App(
    add_completion=False,
    no_args_is_help=True,
    help="Turn diplomatic texts into a sourced, temporal knowledge graph.",
)
LIMIT = Annotated[int, typer.Option(min=1, help="rows to show")]


app.command()(reading.ingest)
app.command()(files.export)


app.command()(event_table.events)
app.command()(figure_table.figures)


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
        found = named(g.conflicts(), g.actor_name)
    if as_json:
        print(json.dumps(found, ensure_ascii=False))
        return
    output.show_conflicts(found)


app.command()(files.graph)
app.command()(reading.watch)


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
    port: Annotated[int, typer.Option(help="port (0: any free one)")] = 8000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="another name clients may reach the server by (NAME or NAME:PORT; repeat); "
            "only 127.0.0.1, localhost, [::1] and --host are answered otherwise",
        ),
    ] = None,
) -> None:
    """Serve the read-only JSON API and web UI. Ingests into the store may
    run meanwhile; what they add is served when they have finished."""
    import uvicorn

    from ..store import StoreError
    from ..web.app import create_app
    from ..web.hosts import LOOPBACK, bracketed

    try:
        sock = serving.listen(host, port)
    except OSError as exc:
        _error(f"cannot listen on {bracketed(host)}:{port}: {exc.strerror or exc}")
        raise typer.Exit(1) from None
    port = sock.getsockname()[1]
    names = [f"{name}:{port}" for name in (*LOOPBACK, bracketed(host))] + list(allow_host or [])
    try:
        web_app = create_app(db, names)
    except (StoreError, ValueError) as exc:
        sock.close()
        _error(str(exc))
        raise typer.Exit(2) from None
    if host in serving.EVERYWHERE:
        err.print(
            f"warning: listening on every interface ({host}): anyone who can reach this machine can "
            "read the store; clients must use a name given with --allow-host",
            soft_wrap=True,
            highlight=False,
            markup=False,
        )
    err.print(
        f"serving {db} on http://{bracketed(host)}:{port}/ (API at /api/, OpenAPI at /openapi.json)",
        soft_wrap=True,
        highlight=False,
        markup=False,
    )
    config = uvicorn.Config(web_app, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


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
    without: Annotated[
        list[str] | None, typer.Option(help="switch a pass of the sentence pipeline off (repeat)")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="pipeline config (TOML), e.g. other passes")] = None,
) -> None:
    """Score extraction: with GOLD, the scorer's report on one corpus; with
    none, the seeds, dev, dev2, PLOVER GSR and our blind set side by side. --without
    PASS scores the pipeline without that pass, --config with other settings
    (ablations)."""
    from ..api.evaluation.evaluate import evaluate as run
    from ..api.evaluation.evaluate import evaluate_sets, find_scorer, shared_scorer, side_by_side
    from ..config import load_config
    from ..extract import PassError

    off = without or []
    try:
        cfg = load_config(config) if config else None
        if gold is None:
            results = evaluate_sets(shared, cfg, without=off)
            if not results:
                _error(f"no evaluation sets under {shared}/eval; pass GOLD and --corpus")
                raise typer.Exit(2)
            print(side_by_side(results), end="")
            worst = min(r.report["strict"]["f1"] for _, r in results)
            if min_strict_f1 is not None and worst < min_strict_f1:
                _error(f"strict event F1 {worst:.3f} is below the floor {min_strict_f1:.3f}")
                raise typer.Exit(1)
            return
        # our own sets (eval/blind) carry no scorer: the shared one scores them
        scorer = scorer or find_scorer(gold) or shared_scorer(shared)
        result = run(gold, corpus, scorer, config=cfg, keep=keep, without=off)
    except typer.Exit:
        raise  # a RuntimeError too: it is no failure of the scorer to report again
    except (FileNotFoundError, RuntimeError, PassError, ValueError) as exc:
        _error(f"{exc}")
        raise typer.Exit(2) from None
    print(result.text, end="")
    f1 = result.report["strict"]["f1"]
    if min_strict_f1 is not None and f1 < min_strict_f1:
        _error(f"strict event F1 {f1:.3f} is below the floor {min_strict_f1:.3f}")
        raise typer.Exit(1)


@app.command("kb")
def kb_check(
    coverage: Annotated[
        bool, typer.Option("--coverage", help="also list every gap in the office-holders of UN member states")
    ] = False,
) -> None:
    """Validate the knowledge base and lexicons and print their size."""
    from ..extract import lexicon
    from ..kb.loader import KnowledgeBaseError, coverage_report, load
    from ..knowledge import cameo

    try:
        kb = load()
    except KnowledgeBaseError as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None
    problems = lexicon.validate_all()
    try:
        cameo.table()
    except cameo.CameoError as exc:
        problems.append(str(exc))
    for p in problems:
        err.print(p)
    if coverage:
        print(coverage_report(kb))
    print(
        f"knowledge base OK: {len(kb.states)} states, {len(kb.organisations)} organisations, "
        f"{len(kb.regions)} regions, {len(kb.people)} people, {len(kb.bodies)} bodies, "
        f"{len(kb.places)} places"
    )
    checked = ", ".join([*sorted(lexicon.LOADERS), "cameo.yaml"])
    print(f"lexicons {'with problems' if problems else 'OK'}: {checked}")
    if problems:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
