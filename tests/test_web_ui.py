"""The web UI in a real browser: Debian's Chromium driven by Playwright
against `diplograph serve`'s app on 127.0.0.1, over a store built from the
sample corpus plus two hand-made wire reports (one carrying HTML and script
in its text and title, both contradicting each other and the corpus).

Every page must load without console errors, page errors, dialogs or
requests to any other host. Screenshots go to docs/screenshots/."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import socket
import tempfile
import threading
import time
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import uvicorn

from diplograph.web.app import create_app

from .conftest import built_once, sample_corpus

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

# `make screenshots` sets DIPLOGRAPH_SHOTS to docs/screenshots; otherwise the
# pictures go to a scratch folder, so a test run leaves the checkout as it was.
SHOTS = Path(os.environ.get("DIPLOGRAPH_SHOTS") or Path(tempfile.gettempdir()) / "diplograph-shots")
PAGES = [
    "/",
    "/network",
    "/timeline",
    "/map",
    "/documents",
    "/sources?actor=RUS",
    "/members",
    "/members/NATO",
    "/search?q=energy+cooperation",
    "/figures",
]

WIRE_A = """Wire A report

On 3 May 2024, Russia and China signed an agreement on energy cooperation in Moscow.
Trade between Russia and China reached $240 billion in 2024.
<script>alert(1)</script> The United States condemned Russia for the attack on Ukraine.
<img src=x onerror=alert(2)> Ukraine thanked Poland for its support.
"""
WIRE_B = """Wire B report

Russia and China did not sign an agreement on energy cooperation on 3 May 2024.
Trade between Russia and China reached $200 billion in 2024.
Finland joined NATO on 4 April 2022.
Russia pledged free grain to Africa on 6 May 2024.
"""
MANIFEST_ROWS = [
    {
        "path": "wire_a.txt",
        "title": "Wire A <b>bold</b> report",
        "publisher": "Example Wire A",
        "published": "2024-05-04",
        "language": "en",
    },
    {
        "path": "wire_b.txt",
        "title": "Wire B report",
        "publisher": "Example Wire B",
        "published": "2024-05-05",
        "language": "en",
    },
]


# -- the store and the server -------------------------------------------
@pytest.fixture(scope="module")
def ui_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus plus the two wire reports, under one manifest; built
    once per run (built_once) for this module and test_web_ui_tables."""
    return built_once(tmp_path_factory, "ui", _build_ui_store) / "ui.duckdb"


def _build_ui_store(folder: Path) -> None:
    from diplograph.api import ingest

    corpus = folder / "corpus"
    shutil.copytree(sample_corpus(), corpus)
    (corpus / "wire_a.txt").write_text(WIRE_A, encoding="utf-8")
    (corpus / "wire_b.txt").write_text(WIRE_B, encoding="utf-8")
    manifest = corpus / "manifest.csv"
    with manifest.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        columns, rows = list(reader.fieldnames or []), list(reader)
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows([*rows, *MANIFEST_ROWS])
    ingest([corpus], folder / "ui.duckdb", manifest)


@pytest.fixture(scope="module")
def server(ui_store: Path) -> Iterator[str]:
    """The app under uvicorn in a thread, on 127.0.0.1 and a free port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(ui_store)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()
    app.state.shared.graph.close()


def api(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.load(r)


# -- the browser ---------------------------------------------------------
class UI:
    """One test's pages, on the browser context the test process shares
    (conftest.browser_context), recording every problem: console errors,
    uncaught exceptions, dialogs and requests to other hosts. close() closes
    them all, so that none is left for the next test."""

    def __init__(self, context: Any, base: str):
        self.base = base
        self.host = urlsplit(base).netloc
        self.context = context
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.context.on("request", self._request)

    def close(self) -> None:
        self.context.remove_listener("request", self._request)
        for page in self.context.pages:
            page.close()

    def _request(self, request: Any) -> None:
        url = urlsplit(request.url)
        if url.scheme not in {"data", "blob"} and url.netloc != self.host:
            self.problems.append(f"request to another host: {request.url}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def open(self, path: str) -> Any:
        page = self.context.new_page()
        page.on("console", lambda m: self.problems.append(f"console {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.problems.append(f"page error {e}"))
        page.on("dialog", self._dialog)
        page.goto(self.base + path)
        page.wait_for_load_state("networkidle")
        return page

    def shot(self, page: Any, name: str, full_page: bool = False) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)

    def assert_clean(self) -> None:
        assert not self.dialogs, self.dialogs
        assert not self.problems, self.problems


@pytest.fixture()
def ui(browser_context: Any, server: str) -> Iterator[UI]:
    u = UI(browser_context, server)
    yield u
    u.close()


def wait_for(page: Any, js: str, arg: Any = None, timeout: float = 15.0) -> None:
    """Wait until the expression (of `n`, the argument) is true. Polls with
    page.evaluate: Playwright's wait_for_function evals its predicate inside
    the page, which the pages' CSP (no 'unsafe-eval') rightly refuses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"n => {{ try {{ return Boolean({js}); }} catch (e) {{ return false; }} }}", arg):
        assert time.monotonic() < deadline, f"timed out waiting for {js} (n={arg!r})"
        page.wait_for_timeout(50)


def assert_evidence_page(page: Any) -> None:
    """An event page showing at least one mention's sentence and source."""
    page.wait_for_url("**/events/*")
    wait_for(page, "document.querySelectorAll('#mentions blockquote.sentence').length > 0")
    sentence = page.locator("#mentions blockquote.sentence").first.inner_text()
    assert len(sentence) > 20
    assert page.locator("#mentions .source a").count() >= 1


# -- server-side checks (no browser) -------------------------------------
def test_pages_are_shells_with_csp_twins_and_local_assets(sample_store: Path) -> None:
    with TestClient(create_app(sample_store), base_url="http://127.0.0.1") as client:
        doc = client.get("/api/documents").json()[0]["name"]
        event = client.get("/api/events", params={"limit": 1}).json()["items"][0]["merged_id"]
        for path in [*PAGES, f"/documents/{doc}", f"/events/{event}"]:
            r = client.get(path)
            assert r.status_code == 200, path
            csp = r.headers["content-security-policy"]
            for rule in [
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self'",
            ]:
                assert rule in csp, (path, rule)
            html = r.text
            assert 'href="/api/' in html, f"{path} has no JSON twin link"
            # No inline script or style; every script, stylesheet and icon from /static/.
            assert "<script>" not in html and "<style" not in html and " style=" not in html, path
            assert html.count("<script ") == html.count('<script src="/static/'), path
            assert html.count("<link ") == len(re.findall(r'<link [^>]*href="/static/', html)), path
            assert not re.search(r'\bsrc="(?!/static/)', html), path
        for missing in ["/documents/nope", "/events/nope", "/members/NOPE"]:
            r = client.get(missing)
            assert r.status_code == 404 and "content-security-policy" in r.headers, missing
        assert client.get("/static/css/site.css").status_code == 200
        for outside in ["/static/../pages.py", "/static/%2e%2e/pages.py", "/static/..%2fapp.py"]:
            assert client.get(outside).status_code == 404, outside
        assert client.get("/members?org=nato", follow_redirects=False).headers["location"] == "/members/NATO"


# -- the pages in a browser ----------------------------------------------
def test_network_renders_nodes_and_clicks_through_to_evidence(ui: UI) -> None:
    page = ui.open("/")
    wait_for(page, "window.__cy && window.__cy.nodes().length > 0")
    graph = api(ui.base, "/api/graph")
    assert page.evaluate("window.__cy.nodes().length") == len(graph["nodes"])
    assert page.evaluate("window.__cy.edges().length") == len(graph["edges"])
    colours = set(page.evaluate("window.__cy.edges().map(e => e.data('colour'))"))
    assert len(colours) > 1, "cooperation and conflict edges should differ in colour"

    # A later window re-fetches /api/graph?from=&to= and shows fewer relations.
    page.evaluate("""() => { const s = document.getElementById('from-slider');
        s.value = String(Number(s.max) - 6); s.dispatchEvent(new Event('input')); }""")
    wait_for(page, "document.getElementById('twin').getAttribute('href').includes('from=')")
    wait_for(page, "window.__cy.edges().length < n", len(graph["edges"]))
    page.click("#reset-window")
    wait_for(page, "window.__cy.edges().length === n", len(graph["edges"]))

    # Click the busiest node: its events are listed, with links to evidence.
    xy = page.evaluate("""() => { const n = window.__cy.nodes().max(n => n.degree()).ele;
        const p = n.renderedPosition(); const r = document.getElementById('cy').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y, n.id()]; }""")
    page.mouse.click(xy[0], xy[1])
    page.wait_for_selector("#side-body a.evlink")
    assert xy[2] in page.inner_text("#side-title")
    ui.shot(page, "network")
    page.locator("#side-body a.evlink").first.click()
    assert_evidence_page(page)
    ui.assert_clean()


def test_timeline_filters_and_opens_evidence(ui: UI) -> None:
    page = ui.open("/timeline")
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length > 0")
    total = page.locator("#rows tbody tr").count()
    assert total == len(api(ui.base, "/api/events?limit=1000")["items"])
    assert page.locator("#plot svg a.dotlink").count() > 0
    ui.shot(page, "timeline")

    page.select_option("#f-type", "ASSAULT")
    wait_for(
        page, "[...document.querySelectorAll('#rows tbody tr')].every(r => r.dataset.type === 'ASSAULT')"
    )
    assault = page.locator("#rows tbody tr").count()
    assert 0 < assault < total
    assert "type=ASSAULT" in (page.get_attribute("#twin", "href") or "")

    page.select_option("#f-type", "")
    page.select_option("#f-actor", "UKR")
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length !== n", total)
    ukr = api(ui.base, "/api/events?actor=UKR&limit=1000")["items"]
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length === n", len(ukr))

    page.select_option("#f-source", "Example Wire B")
    wait_for(page, "document.getElementById('count').textContent.startsWith('0 events')")
    page.select_option("#f-actor", "")
    wire_b = api(ui.base, "/api/events?source=Example+Wire+B&limit=1000")["items"]
    assert wire_b
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length === n", len(wire_b))

    page.locator("#plot svg a.dotlink").first.click()
    assert_evidence_page(page)
    ui.assert_clean()


def test_map_shades_countries_and_lists_their_events(ui: UI) -> None:
    page = ui.open("/map")
    wait_for(page, "Number(document.getElementById('map').dataset.shaded || 0) > 0")
    places = [p for p in api(ui.base, "/api/places") if p["m49"]]
    assert page.locator("path.country.has").count() == len(places)
    busiest = max(places, key=lambda p: p["events"])
    # Click a point inside the country's shape (its box's centre may be sea).
    xy = page.evaluate(
        """code => { const p = document.querySelector(`path.country[data-code="${code}"]`);
        const b = p.getBBox(); const m = p.getScreenCTM();
        for (let i = 1; i < 30; i++) for (let j = 1; j < 30; j++) {
          const pt = new DOMPoint(b.x + b.width * i / 30, b.y + b.height * j / 30);
          if (p.isPointInFill(pt)) { const s = pt.matrixTransform(m); return [s.x, s.y]; } }
        return null; }""",
        busiest["code"],
    )
    assert xy, busiest
    page.mouse.click(xy[0], xy[1])
    wait_for(page, "document.querySelectorAll('#side-body a.evlink').length === n", busiest["events"])
    ui.shot(page, "map")
    page.locator("#side-body a.evlink").first.click()
    assert_evidence_page(page)
    ui.assert_clean()


def test_document_reader_highlights_and_shows_coded_records(ui: UI) -> None:
    page = ui.open("/documents")
    wait_for(page, "document.querySelectorAll('#docs tbody tr').length > 0")
    docs = api(ui.base, "/api/documents")
    assert page.locator("#docs tbody tr").count() == len(docs)
    richest = max(docs, key=lambda d: d["events"])
    page.locator(f"#docs a[href='/documents/{richest['name']}']").click()
    wait_for(page, "document.querySelectorAll('#doc-text .m-event').length > 0")
    assert page.locator("#doc-text mark.m-actor").count() > 0
    page.locator("#doc-text span.m-event").nth(3).click()
    page.wait_for_selector("#record dl.record")
    record = page.inner_text("#record")
    assert "type" in record and "status" in record and "source" in record
    ui.shot(page, "document")
    page.locator("#record a.evlink").first.click()
    assert_evidence_page(page)
    ui.assert_clean()


def test_event_page_shows_every_mention(ui: UI) -> None:
    events = api(ui.base, "/api/events?limit=1000")["items"]
    ev = max(events, key=lambda e: (e["n_publishers"], e["n_mentions"]))
    detail = api(ui.base, f"/api/events/{ev['merged_id']}")
    page = ui.open(f"/events/{ev['merged_id']}")
    assert_evidence_page(page)
    assert page.locator("#mentions section.mention").count() == len(detail["mentions"])
    text = page.inner_text("#mentions")
    for m in detail["mentions"]:
        assert m["sentence"][:40] in text
        assert (m["publisher"] or m["doc"]) in text
    assert page.get_attribute("a.twin", "href") == f"/api/events/{ev['merged_id']}"
    ui.shot(page, "event")
    page.locator("#mentions .source a").first.click()
    page.wait_for_url("**/documents/**")
    wait_for(page, "document.querySelectorAll('#doc-text .m-event.active').length > 0")
    ui.assert_clean()


def test_event_page_says_why_the_event_is_what_it_is(ui: UI) -> None:
    """ "Why is this a SANCTION?": each mention lists the lexicon entry that
    fired, then each rule that changed the record, in order."""
    events = api(ui.base, "/api/events?limit=1000")["items"]
    details = [api(ui.base, f"/api/events/{e['merged_id']}") for e in events]
    ev = max(details, key=lambda d: (len(d["mentions"][0]["rules"]), d["merged_id"]))
    first = ev["mentions"][0]
    assert len(first["rules"]) >= 2 and first["rules"][0].startswith("lexicon:")
    page = ui.open(f"/events/{ev['merged_id']}")
    assert_evidence_page(page)
    cards = page.locator("#mentions section.mention")
    for n, m in enumerate(ev["mentions"]):
        why = cards.nth(n).locator(".why")
        assert f"Why is this a {m['type']}?" in why.inner_text()
        assert why.locator("ol.rules li code").all_inner_texts() == m["rules"]
    ui.shot(page, "event-why")
    ui.assert_clean()


def test_sources_stance_bars_and_contradictions(ui: UI) -> None:
    page = ui.open("/sources?actor=RUS")
    stance = api(ui.base, "/api/stance?actor=RUS")
    wait_for(page, "document.querySelectorAll('#stance .stance-row:not(.head)').length === n", len(stance))
    assert page.locator("#stance svg.bar").count() == len(stance)
    conflicts = api(ui.base, "/api/conflicts")
    assert {c["kind"] for c in conflicts} >= {"figure", "membership_date", "event"}
    wait_for(page, "document.querySelectorAll('#conflicts section.conflict').length === n", len(conflicts))
    for section in page.locator("#conflicts section.conflict").all():
        assert section.locator(".side").count() >= 2
    ui.shot(page, "sources", full_page=True)
    page.select_option("#f-actor", "UKR")
    wait_for(page, "document.getElementById('twin').getAttribute('href').endsWith('actor=UKR')")
    ui.assert_clean()


def test_membership_gantt_and_as_of(ui: UI) -> None:
    page = ui.open("/members")
    assert page.locator(".orglist a[href='/members/NATO']").count() == 1
    page.click(".orglist a[href='/members/NATO']")
    page.wait_for_url("**/members/NATO")
    rows = api(ui.base, "/api/timeline/NATO")
    wait_for(page, "document.querySelectorAll('#gantt rect.gbar').length === n", len(rows))
    today = api(ui.base, "/api/members/NATO")
    wait_for(page, "document.querySelector('#asof tbody').dataset.count === String(n)", len(today))
    assert "Finland" in page.inner_text("#asof")
    page.fill("#as-of", "2000-01-01")
    page.dispatch_event("#as-of", "change")
    then = api(ui.base, "/api/members/NATO?as_of=2000-01-01")
    wait_for(page, "document.querySelector('#asof tbody').dataset.count === String(n)", len(then))
    assert len(then) < len(today) and "Finland" not in page.inner_text("#asof")
    assert (page.get_attribute("#twin-asof", "href") or "").endswith("as_of=2000-01-01")
    page.locator("#as-of").blur()
    ui.shot(page, "membership")
    ui.assert_clean()


def test_hostile_document_text_stays_text(ui: UI) -> None:
    page = ui.open("/documents/wire_a")
    wait_for(page, "document.querySelectorAll('#doc-text .m-event').length > 0")
    text = page.inner_text("#doc-text")
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator("#doc-text script, #doc-text img, main img").count() == 0
    assert page.inner_text("#page-title") == "Wire A <b>bold</b> report"
    page.locator("#doc-text .m-event", has_text="condemned").first.click()
    page.locator("#record a.evlink").first.click()
    assert_evidence_page(page)
    assert "<script>alert(1)</script>" in page.inner_text("#mentions")
    for path in ["/timeline?source=Example+Wire+A", "/documents", "/sources?actor=USA"]:
        ui.open(path).wait_for_timeout(300)
    page.wait_for_timeout(500)
    assert ui.dialogs == []
    ui.assert_clean()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_loads_clean(ui: UI, path: str) -> None:
    page = ui.open(path)
    page.wait_for_timeout(500)
    assert page.locator("header.topbar nav a.active").count() == 1
    assert page.locator("a.twin[href^='/api/']").count() >= 1
    ui.assert_clean()
