"""RSS and Atom feeds, read by feedparser from bytes we fetched ourselves
(given a URL, feedparser would fetch it on its own, past our limits)."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x-rss+xml",
    "application/xml",
    "text/xml",
}
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, from the item's own date


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: tuple[FeedItem, ...]


def kind_of(content_type: str, body: bytes) -> Literal["feed", "html"] | None:
    """What a response is: a feed, an HTML page, or neither. The content
    type decides, with a look at the first bytes where servers are known
    to be vague (a feed sent as text/html or text/plain, no type at all)."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    looks_like_feed = any(root in head for root in _FEED_ROOTS)
    if content_type in FEED_TYPES or (looks_like_feed and content_type in {"", "text/html", "text/plain"}):
        return "feed"
    if content_type in HTML_TYPES or (
        content_type in {"", "application/octet-stream"} and head.startswith((b"<!doctype html", b"<html"))
    ):
        return "html"
    return None


def parse_feed(body: bytes, base_url: str, content_type: str = "") -> Feed | None:
    """The feed's title and items (links made absolute, http(s) only, each
    once, in the feed's order), or None when the bytes are not a feed."""
    import feedparser

    # A stream, never a str or bytes: feedparser tries those as a file name.
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-type": content_type or "text/xml"})
    if not parsed.get("version"):
        return None
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = _link(entry)
        if not link:
            continue
        url = urljoin(base_url, link.strip())
        if urlsplit(url).scheme not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        items.append(FeedItem(url, _text(entry.get("title")), _date(entry)))
    return Feed(_text(parsed.feed.get("title")), tuple(items))


def _link(entry: Any) -> str | None:
    link = entry.get("link")
    if isinstance(link, str) and link:
        return link
    for candidate in entry.get("links", []):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return str(candidate["href"])
    return None


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
