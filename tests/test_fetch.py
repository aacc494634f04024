"""Fetching URLs politely and within bounds, against a real HTTP server on
loopback (tests/website.py); nothing here touches the internet."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise
from typing import Any

import pytest

from diplograph import __version__
from diplograph.config import WebConfig
from diplograph.ingest.feeds import kind_of, parse_feed
from diplograph.ingest.fetch import Fetcher, FetchFailed, Validators

from .website import Page, Site, rss

FAST = WebConfig(rate=200, timeout=2, backoff=0.01, retries=2, contact="mailto:desk@example.org")


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.pages["/robots.txt"] = Page("User-agent: *\nDisallow: /private/\n", type="text/plain")
    s.pages["/a"] = Page("<!doctype html><html><body><p>Text.</p></body></html>")
    with s.running():
        yield s


def fetch(site: Site, path: str, settings: WebConfig = FAST, validators: Validators | None = None) -> Any:
    fetcher = Fetcher(settings)
    try:
        return fetcher.get(site.url(path), validators)
    finally:
        fetcher.close()


def failure(site: Site, path: str, settings: WebConfig = FAST) -> str:
    with pytest.raises(FetchFailed) as caught:
        fetch(site, path, settings)
    assert caught.value.url == site.url(path)
    return caught.value.reason


def no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names under .invalid never resolve, and are never sent to a resolver."""
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_an_honest_user_agent_and_robots_txt_asked_once_per_host(site: Site) -> None:
    fetcher = Fetcher(FAST)
    try:
        got = fetcher.get(site.url("/a"))
        fetcher.get(site.url("/a"))
    finally:
        fetcher.close()
    assert got.status == 200 and got.content_type == "text/html" and b"Text." in got.body
    assert site.count("/robots.txt") == 1 and site.count("/a") == 2
    assert {h.headers["user-agent"] for h in site.hits} == {
        f"diplograph/{__version__} (+mailto:desk@example.org)"
    }


def test_robots_txt_refusal_fetches_nothing(site: Site) -> None:
    site.pages["/private/memo"] = Page("<html><body>secret</body></html>")
    assert failure(site, "/private/memo") == "refused by robots.txt"
    assert site.count("/private/memo") == 0
    # A redirect into a refused folder is refused at that hop.
    site.pages["/go"] = Page(status=302, headers={"Location": "/private/memo"})
    assert failure(site, "/go").startswith("refused by robots.txt (redirected to")
    assert site.count("/private/memo") == 0


def test_robots_txt_crawl_delay_and_a_missing_robots_txt(site: Site) -> None:
    site.pages["/robots.txt"] = Page("User-agent: diplograph\nCrawl-delay: 1\n", type="text/plain")
    fetcher = Fetcher(FAST)
    try:
        fetcher.get(site.url("/a"))
        fetcher.get(site.url("/a"))
    finally:
        fetcher.close()
    times = [h.at for h in site.hits if h.path == "/a"]
    assert times[1] - times[0] >= 0.8  # 1 s apart, less a margin for a busy machine
    del site.pages["/robots.txt"]  # a 404: everything allowed
    assert fetch(site, "/a").status == 200


def test_robots_txt_forbidden_or_failing_refuses(site: Site) -> None:
    site.pages["/robots.txt"] = Page(status=403)
    assert failure(site, "/a") == "refused by robots.txt"
    site.pages["/robots.txt"] = Page(status=503)
    with pytest.raises(FetchFailed) as caught:
        fetch(site, "/a")
    assert caught.value.reason == "robots.txt answered HTTP 503; not fetched"
    assert caught.value.retry  # the site may be back for the next poll
    assert site.count("/a") == 0


def test_redirects_followed_and_the_final_url_kept(site: Site) -> None:
    site.pages["/old"] = Page(status=301, headers={"Location": "/newer"})
    site.pages["/newer"] = Page(status=302, headers={"Location": site.url("/a")})
    got = fetch(site, "/old")
    assert got.url == site.url("/old") and got.final_url == site.url("/a")


def test_a_redirect_loop_and_too_many_redirects_are_named(site: Site) -> None:
    site.pages["/loop/1"] = Page(status=302, headers={"Location": "/loop/2"})
    site.pages["/loop/2"] = Page(status=302, headers={"Location": "/loop/1"})
    reason = failure(site, "/loop/1")
    assert reason.startswith("a redirect loop (") and "/loop/2 -> " in reason
    for n in range(8):
        site.pages[f"/chain/{n}"] = Page(status=302, headers={"Location": f"/chain/{n + 1}"})
    assert failure(site, "/chain/0") == "too many redirects (more than 5)"


def test_retry_on_503_then_success_honouring_retry_after(site: Site) -> None:
    site.pages["/busy"] = Page(
        "<html><body>ok</body></html>", first=[503], first_headers={"Retry-After": "1"}
    )
    got = fetch(site, "/busy")
    assert got.status == 200 and got.body.endswith(b"ok</body></html>")
    times = [h.at for h in site.hits if h.path == "/busy"]
    assert [h.status for h in site.hits if h.path == "/busy"] == [503, 200]
    assert times[1] - times[0] >= 0.9  # waited as long as Retry-After asked


def test_retry_on_429_with_back_off_then_give_up(site: Site) -> None:
    site.pages["/limited"] = Page("<html></html>", first=[429, 429], first_headers={})
    assert fetch(site, "/limited").status == 200
    site.pages["/broken"] = Page(status=500)
    assert failure(site, "/broken") == "HTTP 500 Internal Server Error (after 2 retries)"
    assert site.count("/broken") == 3
    # A Retry-After longer than we wait is not waited for.
    site.pages["/later"] = Page(status=503, headers={"Retry-After": "3600"})
    assert "retry after 3600 s (longer than web.max_wait)" in failure(site, "/later")
    assert site.count("/later") == 1


def test_client_errors_are_not_retried(site: Site) -> None:
    assert failure(site, "/missing") == "HTTP 404 Not Found"
    assert site.count("/missing") == 1


def test_size_cap_stops_a_huge_response(site: Site) -> None:
    small = WebConfig(rate=200, timeout=5, max_mb=1)
    site.pages["/huge"] = Page(stream=50 * 2**20)  # no Content-Length: read until the cap
    assert failure(site, "/huge", small) == "too big (over 1 MB; see web.max_mb or --max-download-mb)"
    site.pages["/declared"] = Page("x" * (2 * 2**20))  # Content-Length over the cap: not read at all
    assert failure(site, "/declared", small).startswith("too big (over 1 MB")


def test_a_slow_server_times_out(site: Site) -> None:
    site.pages["/slow"] = Page("<html></html>", delay=2)
    assert failure(site, "/slow", WebConfig(rate=200, timeout=0.5)) == "timed out (no answer within 0.5 s)"


def test_dns_failure_and_refused_connection_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dns(monkeypatch)
    fetcher = Fetcher(FAST)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]  # bound, not listening: connections are refused
        try:
            with pytest.raises(
                FetchFailed, match=r"DNS lookup failed \(no-such-ministry.invalid not found\)"
            ):
                fetcher.get("http://no-such-ministry.invalid/news")
            with pytest.raises(FetchFailed, match=r"connection refused by 127\.0\.0\.1"):
                fetcher.get(f"http://127.0.0.1:{closed_port}/news")
            with pytest.raises(FetchFailed, match="not an http"):
                fetcher.get("ftp://127.0.0.1/file")
        finally:
            fetcher.close()


def test_conditional_get_sends_the_validators_and_takes_304(site: Site) -> None:
    site.pages["/feed"] = Page(
        rss("Desk", []),
        type="application/rss+xml",
        etag='"v7"',
        last_modified="Mon, 03 Jun 2024 10:00:00 GMT",
    )
    first = fetch(site, "/feed")
    assert first.status == 200
    assert first.validators == Validators('"v7"', "Mon, 03 Jun 2024 10:00:00 GMT")
    again = fetch(site, "/feed", validators=first.validators)
    assert again.not_modified and again.body == b""
    last = site.hits[-1]
    assert last.headers["if-none-match"] == '"v7"' and last.status == 304


def test_per_host_concurrency_limit(site: Site) -> None:
    site.pages["/wait"] = Page("<html></html>", delay=0.3)
    fetcher = Fetcher(WebConfig(rate=200, per_host=1, concurrency=4, timeout=5))
    try:
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: fetcher.get(site.url("/wait")), range(3)))
    finally:
        fetcher.close()
    starts = sorted(h.at for h in site.hits if h.path == "/wait")
    # One request at a time: each arrives after the one before had its 0.3 s.
    assert len(starts) == 3 and all(b - a >= 0.29 for a, b in pairwise(starts))


def test_per_host_rate_limit(site: Site) -> None:
    fetcher = Fetcher(WebConfig(rate=5, per_host=4, concurrency=4, timeout=5))
    try:
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: fetcher.get(site.url("/a")), range(4)))
    finally:
        fetcher.close()
    starts = sorted(h.at for h in site.hits)  # robots.txt, then the four pages
    # Five requests at 5 a second span 0.8 s (less a margin for a busy
    # machine, where the server may note the first one late).
    assert len(starts) == 5 and starts[-1] - starts[0] >= 0.65


def test_feeds_are_told_from_pages_and_read_for_their_items() -> None:
    body = rss(
        "Desk",
        [
            ("/news/1", "One", "Tue, 04 Jun 2024 08:00:00 GMT"),
            ("http://127.0.0.1/news/2", "Two", None),
            ("/news/1", "One again", None),
            ("mailto:desk@example.org", "Not a page", None),
        ],
    ).encode()
    assert kind_of("application/rss+xml", body) == "feed"
    assert kind_of("text/html", body) == "feed"  # a feed sent as HTML
    assert kind_of("text/html", b"<!doctype html><html></html>") == "html"
    assert kind_of("image/png", b"\x89PNG") is None
    feed = parse_feed(body, "http://127.0.0.1:8080/feeds/all.xml")
    assert feed is not None and feed.title == "Desk"
    assert [(i.url, i.title, i.published) for i in feed.items] == [
        ("http://127.0.0.1:8080/news/1", "One", "2024-06-04"),
        ("http://127.0.0.1/news/2", "Two", None),
    ]
    assert parse_feed(b"<html><body>no feed</body></html>", "http://127.0.0.1/") is None
