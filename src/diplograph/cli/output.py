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

from ..api.query.names import label
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


def show_fitted(rows: list[dict[str, str]], columns: list[str], flexible: list[str], title: str) -> None:
    """A table that fits the terminal without breaking a word: the other
    columns as wide as their widest cell, the `flexible` ones sharing the
    rest, none narrower than its longest word (an actor code stays whole).
    Where even that does not fit, rich folds as it does elsewhere."""
    console = Console()
    natural = {c: max([len(c)] + [len(line) for r in rows for line in r[c].splitlines()]) for c in columns}
    shortest = {c: max([len(c)] + [len(word) for r in rows for word in r[c].split()]) for c in columns}
    # A rich table's borders and padding: a bar and two spaces a column, one bar more.
    room = console.width - (3 * len(columns) + 1) - sum(natural[c] for c in columns if c not in flexible)
    widths: dict[str, int | None] = dict.fromkeys(columns)
    if room >= sum(shortest[c] for c in flexible):
        widths.update({c: natural[c] for c in columns if c not in flexible})
        widths.update(_share(room, flexible, natural, shortest))
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, width=widths[c], overflow="fold", justify="right" if c in NUMERIC else "left")
    for row in rows:
        table.add_row(*[row[c] for c in columns])
    console.print(table)
    console.print(f"{len(rows)} rows")


NUMERIC = {"docs", "value", "score", "events"}


def _share(
    room: int, columns: list[str], natural: dict[str, int], shortest: dict[str, int]
) -> dict[str, int]:
    """`room` characters among `columns`: each its longest word first, then
    one at a time to the one furthest short of its widest cell."""
    widths = {c: shortest[c] for c in columns}
    left = room - sum(widths.values())
    while left > 0:
        short = [c for c in columns if widths[c] < natural[c]]
        if not short:
            break
        neediest = max(short, key=lambda c: (natural[c] - widths[c]) / natural[c])
        widths[neediest] += 1
        left -= 1
    return widths


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
        what = " ".join(
            label(c[k], c.get(f"{k}_name")) if k in {"member", "organization"} else str(c[k])
            for k in ("metric", "member", "organization", "mode", "type")
            if k in c
        )
        names = c.get("actor_names") or c.get("actors", [])
        actors = ", ".join(label(a, n) for a, n in zip(c.get("actors", []), names, strict=False))
        console.print(f"[bold]{c['kind']}[/bold] {what} {actors}".rstrip())
        for v in c["values"]:
            value = v.get("value", v.get("date", v.get("status")))
            console.print(f"  {value}: {', '.join(v['docs'])}", highlight=False)
