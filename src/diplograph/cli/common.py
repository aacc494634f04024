"""What every command shares: the options, one-line errors, opening the
store, and turning the Python API's refusals into exit status 2."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from ..api.query.client import Diplograph

err = Console(stderr=True)
DB = Annotated[Path, typer.Option("--db", help="DuckDB store file")]
JSON = Annotated[bool, typer.Option("--json", help="print JSON for scripts")]
FORCE = Annotated[bool, typer.Option("--force", help="overwrite an existing output file")]
ALL = Annotated[bool, typer.Option("--all", help="every matching row, no limit")]
DEFAULT_DB = Path("diplograph.duckdb")


def error(message: str) -> None:
    # Never wrapped, so that scripts can grep the one line.
    err.print(f"error: {message}", soft_wrap=True, highlight=False, markup=False)


def fail(message: str) -> typer.Exit:
    error(message)
    return typer.Exit(2)


@contextmanager
def open_store(db: Path) -> Iterator[Diplograph]:
    """The store, read-only; a bad query argument (an impossible date, an
    unknown code) or a store found damaged while reading ends the command
    with one line and exit status 2."""
    from ..api import open as open_graph
    from ..api.query.validate import InvalidQuery
    from ..store import StoreError

    try:
        g = open_graph(db)
    except StoreError as exc:
        raise fail(f"{exc}") from None
    with g:
        try:
            yield g
        except (InvalidQuery, StoreError) as exc:
            raise fail(f"{exc}") from None


def check_output(out: Path, db: Path, force: bool) -> None:
    """Refuse the store itself as an output file, and an existing file
    without --force, before anything is opened or written."""
    from ..api.export import OutputRefused, check_output

    try:
        check_output(out, db, force)
    except OutputRefused as exc:
        raise fail(f"{exc}") from None


def note_cut(shown: int, total: int, what: str) -> None:
    """Say on stderr that a listing was cut at its limit; stdout stays the
    rows alone, for scripts."""
    if total > shown:
        err.print(
            f"showing {shown} of {total} {what}; use --limit N or --all",
            soft_wrap=True,
            highlight=False,
            markup=False,
        )
