"""URLs in, Documents out: articles fetched and read like HTML files, feeds
read for their items, which are fetched in turn.

What the store remembers between runs (each URL's ETag and Last-Modified,
the item URLs already read) comes in through a WebMemory; what it should
remember after this run goes out as FetchRecords and WebOrigins, saved
only once the documents are stored, so that a run stopped half-way is
fetched again in full rather than believed done.
"""

from __future__ import annotations

import dataclasses
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar
from urllib.parse import urlsplit

from ..config import WebConfig
from ..records import Document, IngestError
from .documents import Limits, build_document
from .feeds import Feed, FeedItem, kind_of, parse_feed
from .fetch import Fetched, Fetcher, FetchFailed, Validators, now_utc
from .file_types import FormatError, extract


def is_url(arg: object) -> bool:
    return isinstance(arg, str) and arg.lower().startswith(("http://", "https://"))


class WebMemory(Protocol):
    """What earlier runs learnt, as the store keeps it."""

    def validators(self, url: str) -> Validators | None: ...

    def known(self, urls: list[str]) -> set[str]: ...


Status = Literal["fetched", "not modified", "failed"]


@dataclass(frozen=True)
class FetchRecord:
    """The outcome of one URL in this run, for the next run's conditional GET."""

    url: str
    status: Status
    checked_at: str
    validators: Validators
    error: str | None = None
    retry: bool = False  # a failure a later run may get past (a timeout, a 503)


@dataclass(frozen=True)
class WebOrigin:
    """Where a fetched document came from."""

    doc_id: str
    url: str
    final_url: str
    fetched_at: str
    feed: str | None = None


@dataclass
class WebTally:
    feeds: int = 0
    pages: int = 0  # articles fetched and read
    unchanged: int = 0  # answered 304 Not Modified
    known: int = 0  # feed items read in an earlier run, not fetched again
    failed: int = 0


@dataclass
class _Outcome:
    url: str
    fetched: Fetched | None = None
    error: FetchFailed | None = None
    feed: Feed | None = None  # when the URL is a feed
    doc: Document | IngestError | None = None  # when it is a page
    from_feed: str | None = None  # the feed that listed the page


T = TypeVar("T")


class WebReader:
    def __init__(self, settings: WebConfig, limits: Limits, memory: WebMemory):
        self.settings = settings
        self.limits = limits
        self.memory = memory
        self.records: list[FetchRecord] = []
        self.origins: list[WebOrigin] = []
        self.tally = WebTally()
        self._seen: set[str] = set()

    def read(self, urls: Iterable[str]) -> Iterator[Document | IngestError]:
        fetcher = Fetcher(self.settings)
        pool = FetchPool(max(1, int(self.settings.concurrency)))
        try:
            todo = [u for u in dict.fromkeys(urls) if not self._seen_before(u)]
            jobs = (self._job(fetcher, u, self.memory.validators(u)) for u in todo)
            for outcome in self._ordered(pool, jobs):
                yield from self._top(outcome, fetcher, pool)
        finally:
            pool.shutdown()
            fetcher.close()

    def _seen_before(self, url: str) -> bool:
        if url in self._seen:
            return True
        self._seen.add(url)
        return False

    def _ordered(self, pool: FetchPool, jobs: Iterator[Callable[[], T]]) -> Iterator[T]:
        """Results in the order of the jobs, a bounded window of them running
        at once, so that memory does not grow with a long feed."""
        window = 2 * max(1, int(self.settings.concurrency))
        pending: deque[Future[T]] = deque()
        for job in jobs:
            pending.append(pool.submit(job))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _job(
        self,
        fetcher: Fetcher,
        url: str,
        validators: Validators | None,
        item: FeedItem | None = None,
        feed: tuple[str, Feed] | None = None,
    ) -> Callable[[], _Outcome]:
        def run() -> _Outcome:
            out = _Outcome(url, from_feed=feed[0] if feed else None)
            try:
                out.fetched = fetcher.get(url, validators)
            except FetchFailed as exc:
                out.error = exc
                return out
            if out.fetched.not_modified:
                return out
            kind = kind_of(out.fetched.content_type, out.fetched.body)
            if kind == "feed" and feed is None:
                out.feed = parse_feed(out.fetched.body, out.fetched.final_url, out.fetched.content_type)
                if out.feed is None:
                    out.error = FetchFailed(url, f"not a feed or HTML ({out.fetched.content_type})")
            elif kind == "html":
                out.doc = self._document(out.fetched, item, feed)
            else:
                what = out.fetched.content_type or "no content type"
                out.error = FetchFailed(url, f"not HTML ({what})")
            return out

        return run

    def _top(self, out: _Outcome, fetcher: Fetcher, pool: FetchPool) -> Iterator[Document | IngestError]:
        """A URL the user gave: a page, or a feed whose new items are read."""
        if out.feed is None or out.fetched is None:
            yield from self._page(out)
            return
        self.tally.feeds += 1
        items = [i for i in out.feed.items if not self._seen_before(i.url)]
        known = self.memory.known([i.url for i in items])
        self.tally.known += len(known)
        fresh = [i for i in items if i.url not in known]
        source = (out.url, out.feed)
        jobs = (self._job(fetcher, i.url, None, i, source) for i in fresh)
        retry = False
        for item in self._ordered(pool, jobs):
            yield from self._page(item)
            retry = retry or (item.error is not None and item.error.retry)
        # An item that may do better next time keeps the feed's old
        # validators, so that the next poll reads the feed again.
        keep = self.memory.validators(out.url) or Validators() if retry else out.fetched.validators
        self._record(out.url, "fetched", keep)

    def _page(self, out: _Outcome) -> Iterator[Document | IngestError]:
        old = self.memory.validators(out.url) or Validators()
        if out.error is not None:
            self.tally.failed += 1
            self._record(out.url, "failed", old, out.error.reason, out.error.retry)
            yield IngestError(out.url, out.error.reason)
            return
        assert out.fetched is not None
        if out.fetched.not_modified:
            self.tally.unchanged += 1
            self._record(out.url, "not modified", _merge(out.fetched.validators, old))
            return
        if isinstance(out.doc, IngestError):
            self.tally.failed += 1
            self._record(out.url, "failed", old, out.doc.reason)
            yield out.doc
            return
        assert out.doc is not None
        self.tally.pages += 1
        self._record(out.url, "fetched", out.fetched.validators)
        self.origins.append(
            WebOrigin(out.doc.doc_id, out.url, out.fetched.final_url, out.fetched.fetched_at, out.from_feed)
        )
        yield out.doc

    def _document(
        self, fetched: Fetched, item: FeedItem | None, feed: tuple[str, Feed] | None
    ) -> Document | IngestError:
        """The page read like an HTML file; what the feed says of the item
        fills in what the page leaves out (its date, title, publisher)."""
        body = _as_utf8(fetched.body, fetched.charset)
        try:
            found = extract(Path("page.html"), body)[0]
        except FormatError as exc:
            return IngestError(fetched.url, str(exc))
        if isinstance(found, FormatError):
            return IngestError(fetched.url, str(found))
        ex = dataclasses.replace(found, name=doc_name(fetched.url), url=fetched.url)
        if item is not None:
            ex = dataclasses.replace(ex, title=ex.title or item.title)
            if not ex.published and item.published:
                ex = dataclasses.replace(ex, published=item.published, published_from="feed")
        if feed is not None:
            ex = dataclasses.replace(ex, publisher=ex.publisher or feed[1].title)
        return build_document(ex, fetched.url, None, self.limits)

    def _record(
        self, url: str, status: Status, validators: Validators, error: str | None = None, retry: bool = False
    ) -> None:
        self.records.append(FetchRecord(url, status, now_utc(), validators, error, retry))


class FetchPool:
    """Threads that fetch. Unlike ThreadPoolExecutor's they are daemons:
    stopped by Ctrl-C, a run ends at once instead of waiting (up to the
    timeout) for requests in flight, whose answers nobody would store."""

    def __init__(self, size: int):
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = queue.SimpleQueue()
        self._size = size
        for n in range(size):
            threading.Thread(target=self._work, name=f"fetch-{n}", daemon=True).start()

    def submit(self, job: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((future, job))
        return future

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            future, job = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(job())
                except BaseException as exc:
                    future.set_exception(exc)

    def shutdown(self) -> None:
        """Jobs not started are cancelled; each thread ends after its job."""
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[0].cancel()
        for _ in range(self._size):
            self._jobs.put(None)


def _merge(new: Validators, old: Validators) -> Validators:
    """A 304 may leave out the validators; the old ones still hold."""
    return Validators(new.etag or old.etag, new.last_modified or old.last_modified)


def _as_utf8(body: bytes, charset: str | None) -> bytes:
    """The body in UTF-8 when the server named its encoding and the bytes
    are in it; else as sent, for the file reader's own detection."""
    if not charset or charset.lower().replace("-", "") == "utf8":
        return body
    try:
        return body.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return body


def doc_name(url: str) -> str:
    """A document's name from its URL: host and path, as a person reads it."""
    parts = urlsplit(url)
    name = (parts.hostname or "") + parts.path.rstrip("/")
    if parts.query:
        name += "?" + parts.query
    return name[:200]
