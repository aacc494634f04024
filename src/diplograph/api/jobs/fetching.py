"""URLs among an ingest's inputs: fetched with what the store remembers,
and remembered once the documents are stored."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ...config import Config
from ...ingest import Limits
from ...ingest.paths import PathArg
from ...ingest.urls import WebReader, WebTally, is_url
from ...records import Document, IngestError
from ...store import Store
from ...store import fetches as stored


def split_urls(args: PathArg | Iterable[PathArg]) -> tuple[list[str], list[PathArg]]:
    """The http(s) URLs among an ingest's arguments, and the paths."""
    items = [args] if isinstance(args, str | os.PathLike) else list(args)
    return [str(a) for a in items if is_url(a)], [a for a in items if not is_url(a)]


class WebSession:
    """One ingest's fetching: documents in, then (after they are stored)
    the conditional-GET state and their origins written to the store."""

    def __init__(self, store: Store, urls: list[str], config: Config, limits: Limits):
        self.store = store
        self.urls = urls
        self.reader = WebReader(config.web, limits, stored.StoredWebMemory(store))

    def documents(self) -> Iterator[Document | IngestError]:
        if self.urls:
            yield from self.reader.read(self.urls)

    def finish(self) -> WebTally:
        stored.save(self.store, self.reader.records, self.reader.origins)
        return self.reader.tally


@dataclass(frozen=True)
class UrlList:
    urls: list[str]
    problems: list[str]  # one line per line skipped, naming the file and line


def read_url_list(path: str | os.PathLike[str]) -> UrlList:
    """URLs from a file, one a line; blank lines and `#` comments skipped,
    and any other line that is not an http(s) URL named and skipped.
    Raises OSError when the file cannot be read."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    urls, problems = [], []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line) and " " not in line:
            urls.append(line)
        else:
            problems.append(f"{path} line {n}: not an http(s) URL: {line[:80]}")
    return UrlList(urls, problems)
