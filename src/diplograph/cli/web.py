"""Reading the web from the command line: the politeness flags that
`ingest` and `watch` share, the --urls file, and `watch` itself."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .common import DB, DEFAULT_DB, err, fail

if TYPE_CHECKING:
    from ..api.ingest import IngestReport, Notice
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


def with_web(
    cfg: Config, contact: str | None, rate: float | None, timeout: float | None, max_mb: float | None
) -> Config:
    """The config with the web flags given on the command line."""
    given: dict[str, Any] = {"contact": contact, "rate": rate, "timeout": timeout, "max_mb": max_mb}
    web = dataclasses.replace(cfg.web, **{k: v for k, v in given.items() if v is not None})
    return dataclasses.replace(cfg, web=web)


def url_list(path: Path) -> list[str]:
    """The URLs of a --urls file; a line that is not one is named and skipped."""
    from ..api.web import read_url_list

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
        # One line per URL, never wrapped, so scripts can grep it.
        where = f"{notice.path}: " if notice.path else ""
        err.print(f"{said} {where}{notice.message}", soft_wrap=True, highlight=False, markup=False)


def web_summary(report: IngestReport) -> str:
    w = report.web
    return (
        f"{w.feeds} feeds read, {w.pages} pages fetched, {w.unchanged} unchanged, "
        f"{w.known} items read before, {w.failed} failed"
    )


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
    from ..api.watch import Poll, parse_every
    from ..api.watch import watch as run
    from ..config import load_config
    from ..store import StoreError

    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise fail(str(exc)) from None
    try:
        cfg = with_web(load_config(config), contact, rate, timeout, max_download_mb)
    except ValueError as exc:  # a bad [web] setting, or not TOML at all
        raise fail((f"{config}: " if config else "") + str(exc)) from None

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
