"""HTTP GET of the URLs a user gives, politely and within bounds.

Every request names diplograph in its User-Agent, asks the host's
robots.txt first, waits its turn at the host (HostGate), may take no
longer than the timeout and no more bytes than the size cap, and is
retried with back-off when the server says 429 or 5xx. Redirects are
followed here, hop by hop, so that each hop is asked of robots.txt and a
loop is named as one. A failure is a FetchFailed whose reason names what
went wrong in a few words.
"""

from __future__ import annotations

import email.utils
import importlib.metadata
import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import WebConfig
from .polite import UNAVAILABLE, HostGate, Robots, host_of

REDIRECTS = {301, 302, 303, 307, 308}
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)
ROBOTS_MAX_BYTES = 512 * 1024


class FetchFailed(Exception):
    """A URL that gave no usable response; `reason` says why in a few words.
    `retry` is whether a later poll may do better (a timeout, a 503) or not
    (a 404, a page too big)."""

    def __init__(self, url: str, reason: str, retry: bool = False):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.retry = retry


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back: the last response's ETag and
    Last-Modified."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 200, or 304 when the conditional GET found nothing changed
    content_type: str  # "text/html", without parameters
    charset: str | None
    body: bytes
    validators: Validators
    fetched_at: str  # ISO 8601, UTC

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent(contact: str = "") -> str:
    """An honest User-Agent: what we are, which version, whom to ask."""
    try:
        version = importlib.metadata.version("diplograph")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree
        version = "unknown"
    return f"diplograph/{version}" + (f" (+{contact})" if contact else "")


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fetcher:
    """One client for a run: connections reused, limits shared by threads."""

    def __init__(self, settings: WebConfig):
        self.settings = settings
        self.cap = int(settings.max_mb * 1024 * 1024)
        self.gate = HostGate(settings.rate, settings.per_host)
        self.robots = Robots(self._robots_txt, self.gate)
        self.client = httpx.Client(
            headers={"User-Agent": user_agent(settings.contact), "Accept": ACCEPT},
            timeout=httpx.Timeout(settings.timeout),
            limits=httpx.Limits(max_connections=max(1, int(settings.concurrency))),
            follow_redirects=False,
        )
        self._closed = threading.Event()

    def close(self) -> None:
        self._closed.set()
        self.client.close()

    def get(self, url: str, validators: Validators | None = None) -> Fetched:
        """The response to GET url (following redirects), or FetchFailed."""
        return self._get(url, validators or Validators(), self.cap, robots=True)

    def _robots_txt(self, url: str) -> tuple[int, str]:
        try:
            got = self._get(url, Validators(), ROBOTS_MAX_BYTES, robots=False)
        except FetchFailed as exc:
            if exc.reason.startswith("HTTP "):
                return int(exc.reason.split()[1]), ""
            raise  # the host cannot be reached: the page's failure too
        return got.status, got.body.decode("utf-8", errors="replace")

    def _get(self, url: str, validators: Validators, cap: int, robots: bool) -> Fetched:
        hops = [url]
        current = url
        while True:
            if urlsplit(current).scheme not in ("http", "https") or not urlsplit(current).hostname:
                raise FetchFailed(url, f"not an http(s) URL: {current}")
            if robots and (why := self._refusal(url, current)):
                retry = why.startswith(UNAVAILABLE.split("{")[0])
                raise FetchFailed(url, why if current == url else f"{why} (redirected to {current})", retry)
            result = self._request(url, current, validators, cap)
            if isinstance(result, Fetched):
                return result
            target = urljoin(current, result)
            if target in hops:
                loop = " -> ".join([*hops[hops.index(target) :], target])
                raise FetchFailed(url, f"a redirect loop ({loop})")
            if len(hops) > self.settings.max_redirects:
                raise FetchFailed(url, f"too many redirects (more than {self.settings.max_redirects})")
            hops.append(target)
            current = target

    def _refusal(self, url: str, current: str) -> str | None:
        try:
            return self.robots.refusal(current)
        except FetchFailed as exc:  # named after the URL asked for, not its robots.txt
            raise FetchFailed(url, exc.reason, exc.retry) from None

    def _request(self, url: str, current: str, validators: Validators, cap: int) -> Fetched | str:
        """One hop, retried on 429 and 5xx: the response, or where it redirects."""
        headers = {}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        host = host_of(current)
        attempt = 0
        while True:
            with self.gate.slot(host):
                outcome = self._once(url, current, headers, cap)
            if not isinstance(outcome, tuple):
                return outcome
            _, reason, asked_wait = outcome
            wait = asked_wait if asked_wait is not None else self.settings.backoff * 2**attempt
            if attempt >= self.settings.retries:
                raise FetchFailed(url, f"{reason} (after {attempt} retries)", retry=True)
            if wait > self.settings.max_wait:
                raise FetchFailed(
                    url, f"{reason}, retry after {wait:.0f} s (longer than web.max_wait)", retry=True
                )
            self.gate.hold_off(host, wait)
            attempt += 1

    def _once(
        self, url: str, current: str, headers: dict[str, str], cap: int
    ) -> Fetched | str | tuple[int, str, float | None]:
        """One request: a response, a redirect's Location, or (status,
        reason, Retry-After) for a response worth retrying."""
        if self._closed.is_set():
            raise FetchFailed(url, "stopped")
        deadline = time.monotonic() + self.settings.timeout
        try:
            with self.client.stream("GET", current, headers=headers) as r:
                if r.status_code in REDIRECTS and r.headers.get("location"):
                    return r.headers["location"]
                if r.status_code == 429 or r.status_code >= 500:
                    return r.status_code, _status(r), _retry_after(r.headers.get("retry-after"))
                if r.status_code >= 400:
                    raise FetchFailed(url, _status(r))
                if r.status_code not in (200, 203, 304):
                    raise FetchFailed(url, f"unexpected {_status(r)}")
                body = b"" if r.status_code == 304 else self._body(url, r, cap, deadline)
                content_type = r.headers.get("content-type", "")
                return Fetched(
                    url=url,
                    final_url=current,
                    status=r.status_code,
                    content_type=content_type.split(";")[0].strip().lower(),
                    charset=r.charset_encoding,
                    body=body,
                    validators=Validators(r.headers.get("etag"), r.headers.get("last-modified")),
                    fetched_at=now_utc(),
                )
        except httpx.TimeoutException:
            waited = f"timed out (no answer within {self.settings.timeout:g} s)"
            raise FetchFailed(url, waited, True) from None
        except httpx.TransportError as exc:
            raise FetchFailed(url, _transport_reason(exc, current), True) from None

    def _body(self, url: str, r: httpx.Response, cap: int, deadline: float) -> bytes:
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchFailed(url, _too_big(cap))
        chunks, size = [], 0
        for chunk in r.iter_bytes():  # decompressed: a gzip bomb stops at the cap too
            size += len(chunk)
            if size > cap:
                raise FetchFailed(url, _too_big(cap))
            if time.monotonic() > deadline:
                raise FetchFailed(url, f"timed out (not all sent within {self.settings.timeout:g} s)", True)
            chunks.append(chunk)
        return b"".join(chunks)


def _status(r: httpx.Response) -> str:
    return f"HTTP {r.status_code} {r.reason_phrase}".strip()


def _too_big(cap: int) -> str:
    return f"too big (over {cap / 2**20:g} MB; see web.max_mb or --max-download-mb)"


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait, from Retry-After's seconds or HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _transport_reason(exc: BaseException, url: str) -> str:
    """What a failed connection was, in words: the cause chain names it."""
    host = urlsplit(url).hostname or url
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return f"DNS lookup failed ({host} not found)"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused by {host}"
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect to {host}: {exc}"[:200]
    return f"connection failed: {type(exc).__name__}: {exc}"[:200]
