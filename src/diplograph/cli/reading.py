"""Reading documents from the command line: `ingest` (files, folders and
URLs), `watch` (feeds), and the web flags and --urls file they share."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import output
from .common import DB, DEFAULT_DB, err, error, fail

if TYPE_CHECKING:
    from ..api.jobs.ingesting import IngestReport, Notice
    from ..config import Config

CONTACT = Annotated[
    str | None, typer.Option(help="URL or e-mail address sent in the User-Agent (web.contact)")
]
RATE = Annotated[float | None, typer.Option(min=0.001, help="requests per second to one host (web.rate)")]
TIMEOUT = Annotated[float | None, typer.Option(min=0.1, help="seconds one request may take (web.timeout)")]
MAX_DOWNLOAD_MB = Annotated[
    float | None, typer.Option(min=0.001, help="refuse web responses larger than this (web.max_mb)")
]
URLS = Annotated[Path | None, typer.Option("--urls", help="file of http(s) URLs, one a line")]


def settings(
    config: Path | None,
    contact: str | None,
    rate: float | None,
    timeout: float | None,
    max_mb: float | None,
    **limits: Any,
) -> Config:
    """The pipeline config, with the limits and web flags given on the
    command line; a bad [web] setting, or a file that is not TOML, is the
    command's one-line error."""
    from ..config import load_config

    given: dict[str, Any] = {"contact": contact, "rate": rate, "timeout": timeout, "max_mb": max_mb}
    try:
        cfg = load_config(config, **limits)
        web = dataclasses.replace(cfg.web, **{k: v for k, v in given.items() if v is not None})
    except ValueError as exc:
        raise fail((f"{config}: " if config else "") + str(exc)) from None
    return dataclasses.replace(cfg, web=web)


def url_list(path: Path) -> list[str]:
    """The URLs of a --urls file; a line that is not one is named and skipped."""
    from ..api.jobs.fetching import read_url_list

    try:
        found = read_url_list(path)
    except OSError as exc:
        raise fail(f"--urls {path}: {exc.strerror or exc}") from None
    for problem in found.problems:
        err.print(f"skipped {problem}", soft_wrap=True, highlight=False, markup=False)
    return found.urls


def report_failure(notice: Notice) -> None:
    said = {"failed": "skipped", "warning": "warning:"}.get(notice.kind)
    if said:
        # One line each, never wrapped, so that scripts can grep them.
        where = f"{notice.path}: " if notice.path else ""
        err.print(f"{said} {where}{notice.message}", soft_wrap=True, highlight=False, markup=False)


def web_summary(report: IngestReport) -> str:
    w = report.web
    return (
        f"{w.feeds} feeds read, {w.pages} pages fetched, {w.unchanged} unchanged, "
        f"{w.known} items read before, {w.failed} failed"
    )


def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="files or folders (read recursively), http(s) URLs of articles or feeds"),
    ] = None,
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
    urls: URLS = None,
    contact: CONTACT = None,
    rate: RATE = None,
    timeout: TIMEOUT = None,
    max_download_mb: MAX_DOWNLOAD_MB = None,
) -> None:
    """Read documents, extract actors, events, memberships and figures, store them."""
    from ..api.jobs.fetching import split_urls
    from ..api.jobs.ingesting import IngestRefused, check_inputs, count_inputs
    from ..api.jobs.ingesting import ingest as run
    from ..extract.lexicon import LexiconError
    from ..kb.loader import KnowledgeBaseError
    from ..store import StoreError

    limits = {"max_file_mb": max_file_mb, "max_text_chars": max_text_chars}
    cfg = settings(config, contact, rate, timeout, max_download_mb, **limits)
    if manifest is not None and not manifest.is_file():
        error(f"manifest {manifest} not found")
        raise typer.Exit(2)
    paths = [*(paths or []), *(url_list(urls) if urls else [])]
    if not paths:
        raise fail("give files, folders or URLs to ingest (or --urls FILE)")
    if (workers or scheduler) and any(p.startswith(("http://", "https://")) for p in paths):
        raise fail("URLs are fetched by a plain ingest; leave out --workers and --scheduler")
    try:
        # before the progress bar: nothing is read
        check_inputs([Path(p) for p in split_urls(paths)[1]], manifest)
    except IngestRefused as exc:
        error(f"{exc}")
        raise typer.Exit(2) from None
    with output.progress(err, count_inputs(paths), disabled=quiet) as bar:

        def on_notice(notice: Notice) -> None:
            report_failure(notice)
            if notice.kind == "finishing":
                bar.finishing()
            elif notice.kind != "warning":
                bar.advance(notice.path)

        try:
            if workers or scheduler:
                from ..api.jobs.shards import ingest_on_cluster

                report = ingest_on_cluster(
                    [Path(p) for p in paths], db, manifest, cfg, workers, scheduler, parts_dir, on_notice
                )
            else:
                report = run(paths, db, manifest, cfg, on_notice)
        except (StoreError, KnowledgeBaseError, LexiconError, IngestRefused) as exc:
            error(f"{exc}")
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
    if report.web.feeds or report.web.pages or report.web.unchanged or report.web.failed:
        print(f"web: {web_summary(report)}")
    if report.stored == 0 and report.skipped == 0 and report.errors:
        raise typer.Exit(1)


def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs (article URLs work too)")],
    every: Annotated[str, typer.Option(help="time between polls: 30s, 15m, 1h, 1h30m")] = "15m",
    polls: Annotated[int | None, typer.Option(min=1, help="stop after this many polls")] = None,
    db: DB = DEFAULT_DB,
    config: Annotated[Path | None, typer.Option(help="pipeline config (TOML)")] = None,
    contact: CONTACT = None,
    rate: RATE = None,
    timeout: TIMEOUT = None,
    max_download_mb: MAX_DOWNLOAD_MB = None,
) -> None:
    """Poll feeds until stopped (Ctrl-C), storing only what is new; one line per poll."""
    from ..api.jobs.watch import Poll, parse_every
    from ..api.jobs.watch import watch as run
    from ..store import StoreError

    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise fail(str(exc)) from None
    cfg = settings(config, contact, rate, timeout, max_download_mb)

    def on_poll(poll: Poll) -> None:
        print(f"{poll.started} poll {poll.number}: {poll.new} new ({web_summary(poll.report)})", flush=True)

    done = 0
    try:
        done = run(feeds, db, seconds, cfg, polls, on_poll, report_failure)
    except KeyboardInterrupt:
        err.print("stopped", highlight=False)
        return
    except (ValueError, StoreError) as exc:
        raise fail(str(exc)) from None
    err.print(f"stopped after {done} polls", highlight=False)
