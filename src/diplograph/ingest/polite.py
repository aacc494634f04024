"""Politeness towards the sites we read: one host's requests are spaced and
few at a time, and its robots.txt is asked before any page."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

# The name robots.txt rules address us by.
PRODUCT = "diplograph"


def host_of(url: str) -> str:
    """scheme://host[:port], the unit that limits and robots.txt apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass
class _Host:
    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0  # monotonic time before which no request starts
    interval: float = 0.0


class HostGate:
    """Per host: at most `per_host` requests at once, and their starts at
    least 1/rate seconds apart (longer where robots.txt asks for a
    Crawl-delay, or a server for a Retry-After)."""

    def __init__(self, rate: float, per_host: int, sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / rate
        self.per_host = max(1, int(per_host))
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.Semaphore(self.per_host), interval=self.interval)
            return self._hosts[host]

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        h = self._host(host)
        with h.slots:
            with h.lock:
                now = time.monotonic()
                start = max(now, h.next_start)
                h.next_start = start + h.interval
            if start > now:
                self._sleep(start - now)
            yield

    def hold_off(self, host: str, seconds: float) -> None:
        """No request to this host for the next `seconds` (a Retry-After)."""
        h = self._host(host)
        with h.lock:
            h.next_start = max(h.next_start, time.monotonic() + seconds)

    def space_at_least(self, host: str, seconds: float) -> None:
        """A Crawl-delay: this host's requests at least this far apart."""
        h = self._host(host)
        with h.lock:
            h.interval = max(h.interval, seconds)


# Why a host's pages are not fetched when its robots.txt fails: a later run may do better.
UNAVAILABLE = "robots.txt answered HTTP {status}; not fetched"
# robots.txt as fetched: (HTTP status, text); raises when the host cannot be reached.
RobotsFetch = Callable[[str], tuple[int, str]]


class Robots:
    """Each host's robots.txt, fetched once and kept for the run. Read the
    way urllib.robotparser reads one: 401 or 403 forbids everything, any
    other 4xx allows everything; a 5xx (after the retries) forbids, since
    the site cannot tell us its rules."""

    def __init__(self, fetch: RobotsFetch, gate: HostGate):
        self._fetch = fetch
        self._gate = gate
        self._rules: dict[str, RobotFileParser | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def refusal(self, url: str) -> str | None:
        """Why robots.txt forbids this URL, or None when it may be fetched."""
        host = host_of(url)
        with self._lock:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one fetch of a host's robots.txt, however many threads ask
            if host not in self._rules:
                self._rules[host] = self._load(host)
        rules = self._rules[host]
        if isinstance(rules, str):
            return rules
        return None if rules.can_fetch(PRODUCT, url) else "refused by robots.txt"

    def _load(self, host: str) -> RobotFileParser | str:
        status, text = self._fetch(f"{host}/robots.txt")
        parser = RobotFileParser()
        if status in (401, 403):
            parser.parse(["User-agent: *", "Disallow: /"])
        elif 400 <= status < 500:
            parser.parse([])
        elif status >= 500:
            return UNAVAILABLE.format(status=status)
        else:
            parser.parse(text.splitlines())
            delay = parser.crawl_delay(PRODUCT)
            if delay:
                self._gate.space_at_least(host, float(delay))
        return parser
