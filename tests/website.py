"""A real HTTP server on loopback, serving what a test puts in it: pages,
feeds, redirects, errors, slow and huge answers, robots.txt. Nothing in
the tests that use it leaves this machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes | str = b""
    type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # answered 304 to a matching If-None-Match
    last_modified: str | None = None  # answered 304 to the same If-Modified-Since
    delay: float = 0.0  # seconds before answering
    first: list[int] = field(default_factory=list)  # statuses answered first, one per request
    first_headers: dict[str, str] = field(default_factory=dict)
    stream: int = 0  # send this many bytes, in chunks, with no Content-Length


@dataclass
class Hit:
    path: str
    status: int
    headers: dict[str, str]
    at: float


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up (a size cap, a timeout) is what the tests ask for


class Site:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site.answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        return sum(1 for h in self.hits if h.path == path)

    def answer(self, req: BaseHTTPRequestHandler) -> None:
        page = self.pages.get(req.path)
        headers = {k.lower(): v for k, v in req.headers.items()}
        status = 404 if page is None else page.status
        extra: dict[str, str] = {}
        with self.lock:
            if page is not None and page.first:
                status = page.first.pop(0)
                extra = dict(page.first_headers)
            elif page is not None and (
                (page.etag and headers.get("if-none-match") == page.etag)
                or (page.last_modified and headers.get("if-modified-since") == page.last_modified)
            ):
                status = 304
            self.hits.append(Hit(req.path, status, headers, time.monotonic()))
        if page is not None and page.delay:
            time.sleep(page.delay)
        body = b"" if page is None else page.body if isinstance(page.body, bytes) else page.body.encode()
        if status != 200 and page is not None and status != page.status:
            body = b""
        req.send_response(status)
        if page is not None:
            req.send_header("Content-Type", page.type)
            for k, v in {**page.headers, **extra}.items():
                req.send_header(k, v)
            if page.etag:
                req.send_header("ETag", page.etag)
            if page.last_modified:
                req.send_header("Last-Modified", page.last_modified)
        if page is not None and page.stream and status == 200:
            req.send_header("Connection", "close")
            req.end_headers()
            chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
            try:
                for _ in range(page.stream // len(chunk) + 1):
                    req.wfile.write(chunk)
            except OSError:
                pass  # the client stopped reading: what a size cap does
            return
        req.send_header("Content-Length", str(0 if status == 304 else len(body)))
        req.end_headers()
        if status != 304:
            req.wfile.write(body)

    @contextmanager
    def running(self) -> Iterator[Site]:
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()
            thread.join(5)


def rss(title: str, items: list[tuple[str, str, str | None]]) -> str:
    """An RSS 2.0 feed of (link, title, RFC 822 date or None) items."""
    parts = []
    for link, item_title, date in items:
        pub = f"<pubDate>{date}</pubDate>" if date else ""
        parts.append(f"<item><title>{item_title}</title><link>{link}</link>{pub}</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://127.0.0.1/</link><description>test</description>"
        + "".join(parts)
        + "</channel></rss>"
    )


def article(title: str, paragraphs: list[str], published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )
