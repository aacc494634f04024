"""`diplograph ingest URL` and `diplograph watch FEED` against a real HTTP
server on loopback: a feed read, polled again for nothing new, failures
named while the rest is stored, and where each document came from."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from diplograph.cli.main import app

from .test_fetch import no_dns
from .website import Page, Site, article, rss

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent

# Texts written for these tests.
TRADE = article(
    "Trade pact signed",
    [
        "Kenya and Uganda signed a trade agreement in Nairobi on 3 March 2024.",
        "The two governments said the pact would lower tariffs on farm goods.",
    ],
    published="2024-03-04",
)
FISH = article(
    "Fisheries talks",
    [
        "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss fisheries.",
        "They agreed to meet again next year.",
    ],
)
WATER = article(
    "Water sharing",
    ["Uzbekistan and Kazakhstan signed a memorandum on water sharing in Tashkent on 2 May 2024."],
    published="2024-05-02",
)
FAST_WEB = """[web]
contact = "mailto:desk@example.org"
rate = 200
timeout = 1
backoff = 0.01
retries = 1
max_mb = 1
"""


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.pages["/robots.txt"] = Page("User-agent: *\nDisallow: /private/\n", type="text/plain")
    s.pages["/news/trade"] = Page(TRADE)
    s.pages["/news/fish"] = Page(FISH)
    s.pages["/news/water"] = Page(WATER)
    with s.running():
        yield s


def feed_of(site: Site, paths: list[str], etag: str | None = '"1"') -> Page:
    dates = {"/news/trade": "Mon, 04 Mar 2024 09:00:00 GMT"}
    dates["/news/fish"] = dates["/r/fish"] = "Wed, 06 Mar 2024 09:00:00 GMT"
    items = [(site.url(p), p.rsplit("/", 1)[-1], dates.get(p)) for p in paths]
    return Page(rss("Ministry of Tests", items), type="application/rss+xml", etag=etag)


def cli(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    config = tmp_path / "web.toml"
    config.write_text(FAST_WEB, encoding="utf-8")
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "s.duckdb"), "--config", str(config)])
    return result.exit_code, result.stdout, result.stderr


def rows(tmp_path: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_feed_is_ingested_and_polling_it_again_reports_0_new(site: Site, tmp_path: Path) -> None:
    site.pages["/feed.xml"] = feed_of(site, ["/news/trade", "/news/fish"])
    code, out, err = cli(tmp_path, "ingest", site.url("/feed.xml"), "-q")
    assert code == 0, err
    assert "this run: 2 new" in out and "web: 1 feeds read, 2 pages fetched" in out
    code, out, err = cli(tmp_path, "watch", site.url("/feed.xml"), "--polls", "2", "--every", "0s")
    assert code == 0, err
    polls = out.splitlines()
    assert len(polls) == 2 and all(" 0 new (0 feeds read, 0 pages fetched, 1 unchanged" in p for p in polls)
    # Polled again, the feed answered 304 and no article was fetched twice.
    assert [h.status for h in site.hits if h.path == "/feed.xml"] == [200, 304, 304]
    assert site.count("/news/trade") == 1 and site.count("/news/fish") == 1


def test_a_feed_without_conditional_get_is_read_but_its_items_are_not_fetched_again(
    site: Site, tmp_path: Path
) -> None:
    site.pages["/feed.xml"] = feed_of(site, ["/news/trade", "/news/fish"], etag=None)
    cli(tmp_path, "ingest", site.url("/feed.xml"), "-q")
    code, out, _ = cli(tmp_path, "watch", site.url("/feed.xml"), "--polls", "1")
    assert code == 0 and " 0 new (1 feeds read, 0 pages fetched, 0 unchanged, 2 items read before" in out
    assert site.count("/news/trade") == 1
    # A new item: only it is fetched and stored.
    site.pages["/feed.xml"] = feed_of(site, ["/news/water", "/news/trade", "/news/fish"], etag=None)
    _, out, _ = cli(tmp_path, "watch", site.url("/feed.xml"), "--polls", "1")
    assert " 1 new (1 feeds read, 1 pages fetched" in out
    assert site.count("/news/water") == 1 and site.count("/news/trade") == 1


def test_each_failure_is_named_and_the_rest_is_stored(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_dns(monkeypatch)
    site.pages["/gone"] = Page(status=404)
    site.pages["/broken"] = Page(status=500)
    site.pages["/slow"] = Page(FISH, delay=3)
    site.pages["/photo.png"] = Page(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, type="image/png")
    site.pages["/huge"] = Page(stream=20 * 2**20)
    site.pages["/loop/a"] = Page(status=302, headers={"Location": "/loop/b"})
    site.pages["/loop/b"] = Page(status=302, headers={"Location": "/loop/a"})
    site.pages["/private/memo"] = Page(WATER)
    bad = ["/gone", "/broken", "/slow", "/photo.png", "/huge", "/loop/a", "/private/memo"]
    site.pages["/feed.xml"] = feed_of(site, ["/news/trade", *bad])
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# the desk's sources\n{site.url('/feed.xml')}\nhttp://no-such-ministry.invalid/news\n"
        f"{site.url('/news/fish')}\nnot a url\n",
        encoding="utf-8",
    )
    code, out, err = cli(tmp_path, "ingest", "--urls", str(urls), "-q")
    assert code == 0, err
    lines = err.splitlines()
    expected = {
        "/gone": "HTTP 404 Not Found",
        "/broken": "HTTP 500 Internal Server Error (after 1 retries)",
        "/slow": "timed out (no answer within 1 s)",
        "/photo.png": "not HTML (image/png)",
        "/huge": "too big (over 1 MB; see web.max_mb or --max-download-mb)",
        "/private/memo": "refused by robots.txt",
    }
    for path, reason in expected.items():
        assert f"skipped {site.url(path)}: {reason}" in lines
    assert any(line.startswith(f"skipped {site.url('/loop/a')}: a redirect loop (") for line in lines)
    dns = "DNS lookup failed (no-such-ministry.invalid not found)"
    assert f"skipped http://no-such-ministry.invalid/news: {dns}" in lines
    assert f"skipped {urls} line 5: not an http(s) URL: not a url" in lines
    assert "this run: 2 new" in out and "8 failed" in out
    assert {r[0] for r in rows(tmp_path, "SELECT name FROM documents")} == {
        "127.0.0.1/news/trade",
        "127.0.0.1/news/fish",
    }
    assert len(rows(tmp_path, "SELECT * FROM ingest_errors")) == 8


def test_an_item_that_may_succeed_later_is_fetched_again_on_the_next_poll(site: Site, tmp_path: Path) -> None:
    site.pages["/news/late"] = Page(WATER, first=[503, 503])  # fails both tries of the first poll
    site.pages["/feed.xml"] = feed_of(site, ["/news/trade", "/news/late"])
    site.pages["/gone"] = Page(status=404)
    code, out, err = cli(tmp_path, "watch", site.url("/feed.xml"), "--polls", "1")
    assert code == 0 and " 1 new " in out and "1 failed" in out and "HTTP 503" in err
    # The feed keeps no ETag, so the next poll reads it and retries the item.
    _, out, _ = cli(tmp_path, "watch", site.url("/feed.xml"), "--polls", "1")
    assert " 1 new (1 feeds read, 1 pages fetched, 0 unchanged, 1 items read before, 0 failed)" in out
    _, out, _ = cli(tmp_path, "watch", site.url("/feed.xml"), "--polls", "1")
    assert " 0 new (0 feeds read, 0 pages fetched, 1 unchanged" in out


def test_a_lasting_failure_is_not_fetched_again(site: Site, tmp_path: Path) -> None:
    site.pages["/gone"] = Page(status=404)
    site.pages["/feed.xml"] = feed_of(site, ["/news/trade", "/gone"], etag=None)
    cli(tmp_path, "ingest", site.url("/feed.xml"), "-q")
    _, out, _ = cli(tmp_path, "watch", site.url("/feed.xml"), "--polls", "1")
    assert " 0 new (1 feeds read, 0 pages fetched, 0 unchanged, 2 items read before, 0 failed)" in out
    assert site.count("/gone") == 1


def test_where_each_document_came_from(site: Site, tmp_path: Path) -> None:
    site.pages["/r/fish"] = Page(status=301, headers={"Location": "/news/fish"})
    site.pages["/feed.xml"] = feed_of(site, ["/news/trade", "/r/fish"])
    cli(tmp_path, "ingest", site.url("/feed.xml"), site.url("/news/water"), "-q")
    docs = {
        r[0]: r[1:]
        for r in rows(
            tmp_path,
            "SELECT d.name, d.url, d.published, d.published_from, d.title, d.publisher, w.final_url, "
            "w.feed, w.fetched_at FROM documents d JOIN web_documents w USING (doc_id)",
        )
    }
    feed = site.url("/feed.xml")
    fish = docs["127.0.0.1/r/fish"]
    # The page has no date: the feed item's is its publication date.
    assert fish[:5] == (site.url("/r/fish"), "2024-03-06", "feed", "Fisheries talks", "Ministry of Tests")
    assert fish[5:7] == (site.url("/news/fish"), feed)
    # The page's own date wins over the feed's.
    assert docs["127.0.0.1/news/trade"][1:3] == ("2024-03-04", "html")
    water = docs["127.0.0.1/news/water"]
    assert water[5:7] == (site.url("/news/water"), None)
    assert str(water[7]).endswith("Z") and str(water[7])[:4] >= "2024"
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "s.duckdb"), "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    fished = [r for r in records if r["doc"] == "127.0.0.1/r/fish"]
    assert fished and all(r["final_url"] == site.url("/news/fish") and r["feed"] == feed for r in fished)
    assert all(r["published"] == "2024-03-06" and r["fetched_at"] for r in fished)


def test_an_article_url_asked_again_costs_a_304(site: Site, tmp_path: Path) -> None:
    site.pages["/news/trade"] = Page(TRADE, last_modified="Mon, 04 Mar 2024 10:00:00 GMT")
    cli(tmp_path, "ingest", site.url("/news/trade"), "-q")
    code, out, _ = cli(tmp_path, "ingest", site.url("/news/trade"), "-q")
    assert code == 0 and "this run: 0 new" in out and "1 unchanged" in out
    assert site.hits[-1].headers["if-modified-since"] == "Mon, 04 Mar 2024 10:00:00 GMT"
    assert site.hits[-1].status == 304


def test_the_charset_the_server_names_decodes_the_page(site: Site, tmp_path: Path) -> None:
    text = "Министр иностранных дел встретился с послом в Москве."  # guessed from bytes as Japanese
    site.pages["/ru"] = Page(article("Встреча", [text]).encode("koi8-r"), type="text/html; charset=KOI8-R")
    code, _, err = cli(tmp_path, "ingest", site.url("/ru"), "-q")
    assert code == 0, err
    assert rows(tmp_path, "SELECT language, contains(text, 'Министр') FROM documents") == [("ru", True)]


def test_bad_arguments_are_one_line_errors(tmp_path: Path) -> None:
    code, _, err = cli(tmp_path, "watch", "http://127.0.0.1:9/feed", "--every", "soon")
    assert code == 2 and "--every 'soon': give a duration such as 30s, 15m, 1h or 1h30m" in err
    code, _, err = cli(tmp_path, "watch", "feeds.txt")
    assert code == 2 and "not an http(s) URL: feeds.txt" in err
    code, _, err = cli(tmp_path, "ingest", "--urls", str(tmp_path / "none.txt"))
    assert code == 2 and "none.txt" in err
    code, _, err = cli(tmp_path, "ingest", "http://127.0.0.1:9/a", "--workers", "2")
    assert code == 2 and "URLs are fetched by a plain ingest" in err
    bad = tmp_path / "bad.toml"
    for setting, message in [("rat = 2", "unknown setting web.rat"), ("rate = -1", "web.rate must be")]:
        bad.write_text(f"[web]\n{setting}\n", encoding="utf-8")
        for command in ("ingest", "watch"):
            result = runner.invoke(app, [command, "http://127.0.0.1:9/a", "--config", str(bad)])
            assert result.exit_code == 2 and message in result.stderr, result.stderr


def start_watch(site: Site, tmp_path: Path, web: str = FAST_WEB) -> subprocess.Popen[str]:
    config = tmp_path / "web.toml"
    config.write_text(web, encoding="utf-8")
    cmd = [sys.executable, "-m", "diplograph.cli.main", "watch", site.url("/feed.xml"), "--every", "1h"]
    cmd += ["--db", str(tmp_path / "s.duckdb"), "--config", str(config)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
        preexec_fn=_ctrl_c_as_from_a_terminal,
    )


def _ctrl_c_as_from_a_terminal() -> None:
    # A child inherits an ignored or blocked SIGINT from the process that
    # starts it, and Python then never turns Ctrl-C into KeyboardInterrupt:
    # whatever an earlier test in this worker process did to its signals, the
    # watch starts as it would from a user's shell.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_watch_ends_cleanly_on_ctrl_c(site: Site, tmp_path: Path) -> None:
    site.pages["/feed.xml"] = feed_of(site, ["/news/trade"])
    proc = start_watch(site, tmp_path)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the first poll, then an hour's wait
        assert " poll 1: 1 new " in first
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert err.strip().endswith("stopped") and "Traceback" not in err and "Aborted" not in err
    assert rows(tmp_path, "SELECT count(*) FROM documents") == [(1,)]


def test_ctrl_c_during_a_slow_fetch_ends_at_once(site: Site, tmp_path: Path) -> None:
    site.pages["/feed.xml"] = Page(feed_of(site, []).body, type="application/rss+xml", delay=20)
    proc = start_watch(site, tmp_path, FAST_WEB.replace("timeout = 1", "timeout = 30"))
    try:
        deadline = time.monotonic() + 60
        while site.count("/feed.xml") == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert site.count("/feed.xml") == 1
        proc.send_signal(signal.SIGINT)
        stopped = time.monotonic()
        _, err = proc.communicate(timeout=30)
        # Not held until the request in flight ends (20 s) or times out (30 s).
        assert time.monotonic() - stopped < 10
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and err.strip().endswith("stopped"), err
