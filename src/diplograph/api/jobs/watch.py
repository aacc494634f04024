"""Polling feeds: an ingest of the same URLs every so often, which stores
only what is new (a feed that has not changed answers 304 and costs one
small request)."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...config import Config
from ...ingest.fetch import now_utc
from ...ingest.urls import is_url
from .ingesting import IngestReport, Progress, ingest

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd])")


def parse_every(text: str) -> float:
    """Seconds from '90s', '15m', '1h', '1h30m'."""
    spec = text.strip().lower()
    parts = _PART.findall(spec)
    if not parts or "".join(n + u for n, u in parts) != spec:
        raise ValueError(f"--every {text!r}: give a duration such as 30s, 15m, 1h or 1h30m")
    return sum(float(n) * _UNITS[u] for n, u in parts)


@dataclass(frozen=True)
class Poll:
    number: int
    started: str  # ISO 8601, UTC
    report: IngestReport

    @property
    def new(self) -> int:
        return self.report.stored


def watch(
    feeds: Sequence[str],
    db: str | os.PathLike[str],
    every: float,
    config: Config | None = None,
    polls: int | None = None,
    on_poll: Callable[[Poll], None] | None = None,
    progress: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Ingest `feeds` now and every `every` seconds (counted from the start
    of each poll) until stopped (KeyboardInterrupt) or, given `polls`, after
    that many; returns how many polls ran. The store is open only while a
    poll runs, so it can be read between polls."""
    bad = [f for f in feeds if not is_url(f)]
    if bad:
        raise ValueError(f"not an http(s) URL: {bad[0]}")
    if not feeds:
        raise ValueError("no feed to watch")
    n = 0
    while True:
        started, clock = now_utc(), time.monotonic()
        n += 1
        report = ingest(list(feeds), db, config=config, progress=progress)
        if on_poll:
            on_poll(Poll(n, started, report))
        if polls is not None and n >= polls:
            return n
        sleep(max(0.0, every - (time.monotonic() - clock)))
