"""Rendering for the CLI: rich tables for people, JSON for scripts."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.table import Table
from rich.text import Text

from ..api.query.rows import records

if TYPE_CHECKING:
    import pandas as pd  # imported where used: an ingest never needs it


def show(frame: pd.DataFrame, as_json: bool, columns: list[str], title: str = "") -> None:
    if as_json:
        print(json.dumps(records(frame), ensure_ascii=False, default=str))
        return
    console = Console()
    table = Table(title=title, show_lines=False)
    cols = [c for c in columns if c in frame.columns]
    for c in cols:
        table.add_column(c, overflow="fold", max_width=80 if c in {"sentence", "text"} else None)
    for row in records(frame[cols]):
        table.add_row(*[_cell(row[c]) for c in cols])
    console.print(table)
    console.print(f"{len(frame)} rows")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    return str(value)


def show_mapping(values: dict[str, Any], title: str) -> None:
    table = Table(title=title)
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in values.items():
        table.add_row(k, str(v))
    Console().print(table)


class _WallClock(ProgressColumn):
    """Time since the bar started, read from the clock at every refresh;
    rich's own column stops when the count reaches its total, and an
    ingest goes on after its last file (merging events, the search index)."""

    def __init__(self) -> None:
        super().__init__()
        self.start = time.monotonic()
        self.stopped: float | None = None

    def render(self, task: Task) -> Text:
        seconds = int((self.stopped or time.monotonic()) - self.start)
        return Text(str(timedelta(seconds=seconds)), style="progress.elapsed")


class IngestBar:
    """Files done out of the files found: each input path counts once,
    however many documents, errors or records it gives."""

    def __init__(self, bar: Progress, clock: _WallClock, total: int) -> None:
        self.bar, self.clock, self.total = bar, clock, total
        self.task = bar.add_task("documents", total=total or None, current="")
        self.done: set[str] = set()

    def advance(self, path: str) -> None:
        if path and path not in self.done and len(self.done) < self.total:
            self.done.add(path)
            self.bar.update(self.task, completed=len(self.done), current=path[-40:])

    def finishing(self) -> None:
        self.bar.update(self.task, description="finishing", current="merging events, search index")


@contextlib.contextmanager
def progress(console: Console, total: int, disabled: bool = False) -> Iterator[IngestBar]:
    clock = _WallClock()
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        clock,
        TextColumn("{task.fields[current]}"),
        console=console,
        disable=disabled,
        transient=False,
    )
    with bar:
        state = IngestBar(bar, clock, total)
        try:
            yield state
        finally:
            clock.stopped = time.monotonic()
            bar.update(state.task, description="done", current="")


def show_conflicts(found: list[dict[str, Any]]) -> None:
    console = Console()
    if not found:
        console.print("no contradictions found")
        return
    for c in found:
        what = " ".join(str(c[k]) for k in ("metric", "member", "organization", "mode", "type") if k in c)
        actors = ", ".join(c.get("actors", []))
        console.print(f"[bold]{c['kind']}[/bold] {what} {actors}".rstrip())
        for v in c["values"]:
            value = v.get("value", v.get("date", v.get("status")))
            console.print(f"  {value}: {', '.join(v['docs'])}", highlight=False)
