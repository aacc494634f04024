"""#17 in a real browser, on test_web_ui's store and server: the search
page, CSV downloads of every table, the date-range filter of the timeline
and the map, the figures page, and names beside codes."""

from __future__ import annotations

import csv
import warnings
from pathlib import Path
from typing import Any

from . import test_web_ui as base
from .test_web_ui import UI, api, assert_evidence_page, wait_for

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

# test_web_ui's store and server (module-scoped: started again here); the
# browser is the test process's (conftest.browser_context).
ui_store, server, ui = base.ui_store, base.server, base.ui


def download(page: Any, selector: str) -> list[dict[str, str]]:
    """Click a CSV link and read the file the browser saved."""
    with page.expect_download() as info:
        page.click(selector)
    saved = info.value
    assert saved.suggested_filename.endswith(".csv"), saved.suggested_filename
    with open(saved.path(), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_search_links_each_hit_to_its_document_and_its_records(ui: UI) -> None:
    page = ui.open("/search?q=energy+cooperation")
    hits = api(ui.base, "/api/search?q=energy+cooperation&limit=50")
    assert any(h["doc"] == "wire_a" for h in hits)
    wait_for(page, "document.getElementById('hits').dataset.count === String(n)", len(hits))
    assert page.locator("#hits li.hit").count() == len(hits)
    assert "q=energy+cooperation" in (page.get_attribute("#twin", "href") or "")
    # Wire A's sentence: the event coded from it between Russia and China, by name and code.
    coded = next(r for h in hits if h["doc"] == "wire_a" for r in h["records"] if r["kind"] == "event")
    wire = page.locator("#hits li.hit[data-doc='wire_a']").first
    assert wire.locator("mark.term").count() >= 2
    event = wire.locator("li.coded[data-kind='event'] a.evlink").first
    said = event.inner_text()
    assert coded["what"] in said and "Russia" in said and "RUS" in said and "China" in said, said
    ui.shot(page, "search")
    event.click()
    assert_evidence_page(page)
    page.go_back()
    wait_for(page, "document.querySelectorAll('#hits li.hit').length === n", len(hits))
    page.locator("#hits li.hit[data-doc='wire_a'] a.doclink").first.click()
    page.wait_for_url("**/documents/wire_a?at=*")
    wait_for(page, "document.querySelectorAll('#doc-text .m-hit').length > 0")
    assert "energy cooperation" in " ".join(page.locator("#doc-text .m-hit").all_inner_texts())

    # A new search from the box keeps the words in the URL.
    page = ui.open("/search")
    page.fill("#q", "debt")
    page.click("#search-form button[type=submit]")
    wait_for(page, "document.getElementById('hits').dataset.count !== undefined")
    assert "q=debt" in page.url
    assert page.locator("#hits li.hit").count() == len(api(ui.base, "/api/search?q=debt&limit=50"))
    ui.assert_clean()


def test_every_table_downloads_as_csv_with_its_filters(ui: UI) -> None:
    # Timeline: the CSV holds the rows the filtered table shows.
    page = ui.open("/timeline?actor=RUS&from=2023")
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length > 0")
    shown = page.locator("#rows tbody tr").count()
    href = page.get_attribute("#csv", "href") or ""
    assert "format=csv" in href and "actor=RUS" in href and "from=2023" in href and "limit" not in href
    rows = download(page, "#csv")
    assert len(rows) == shown
    listed = api(ui.base, "/api/events?actor=RUS&from=2023&limit=1000")["items"]
    assert [r["merged_id"] for r in rows] == [e["merged_id"] for e in listed]
    assert all(r["date"] >= "2023" for r in rows)
    assert any(r["source_names"] == "Russia" for r in rows) and all(r["sentence"] for r in rows)

    # Figures, filtered by metric.
    page = ui.open("/figures?metric=trade")
    wait_for(page, "document.querySelector('#rows tbody').dataset.count !== undefined")
    rows = download(page, "#csv")
    assert len(rows) == page.locator("#rows tbody tr").count() > 0
    assert {r["metric"] for r in rows} == {"trade"}

    # Members on a date.
    page = ui.open("/members/NATO?as_of=2000-01-01")
    wait_for(page, "document.querySelector('#asof tbody').dataset.count !== undefined")
    rows = download(page, "#csv")
    assert len(rows) == int(page.get_attribute("#asof tbody", "data-count") or -1)
    assert "Finland" not in {r["name"] for r in rows} and "Germany" in {r["name"] for r in rows}

    # Search hits, each with the records coded from its sentence in words.
    page = ui.open("/search?q=energy+cooperation")
    wait_for(page, "document.getElementById('hits').dataset.count !== undefined")
    rows = download(page, "#csv")
    assert len(rows) == page.locator("#hits li.hit").count()
    assert any("event " in r["records"] and "Russia (RUS) → China (CHN)" in r["records"] for r in rows)
    ui.assert_clean()


def test_timeline_and_map_filter_by_a_date_range_kept_in_the_url(ui: UI) -> None:
    everything = api(ui.base, "/api/events?limit=1000")["items"]
    window = api(ui.base, "/api/events?from=2024-01&to=2024-06&limit=1000")["items"]
    assert 0 < len(window) < len(everything)
    page = ui.open("/timeline")
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length === n", len(everything))
    page.fill("#f-from", "2024-01")
    page.fill("#f-to", "2024-06")
    page.press("#f-to", "Enter")
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length === n", len(window))
    assert "from=2024-01" in page.url and "to=2024-06" in page.url
    assert "from=2024-01&to=2024-06" in (page.get_attribute("#twin", "href") or "")
    # A date that cannot be read is marked and not sent.
    page.fill("#f-to", "June")
    page.press("#f-to", "Enter")
    wait_for(page, "document.getElementById('f-to').classList.contains('invalid')")
    assert "to=" not in page.url

    # The same URL opened afresh shows the same window, its boxes filled.
    page = ui.open("/timeline?from=2024-01&to=2024-06")
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length === n", len(window))
    assert page.input_value("#f-from") == "2024-01" and page.input_value("#f-to") == "2024-06"

    # The map: only the events in the window are counted, by the same URL.
    places = [p for p in api(ui.base, "/api/places?from=2024-01&to=2024-06") if p["m49"]]
    page = ui.open("/map?from=2024-01&to=2024-06")
    wait_for(page, "Number(document.getElementById('map').dataset.shaded || -1) === n", len(places))
    assert len(places) < len([p for p in api(ui.base, "/api/places") if p["m49"]])
    assert "from=2024-01&to=2024-06" in (page.get_attribute("#twin", "href") or "")
    page.select_option("#f-type", "AGREE")
    wait_for(page, "window.location.search.includes('type=AGREE')")
    assert "from=2024-01" in page.url
    page.fill("#f-from", "")
    page.fill("#f-to", "")
    page.press("#f-to", "Enter")
    every = [p for p in api(ui.base, "/api/places?type=AGREE") if p["m49"]]
    wait_for(page, "Number(document.getElementById('map').dataset.shaded || -1) === n", len(every))
    assert "from=" not in page.url
    ui.assert_clean()


def test_a_window_with_its_ends_reversed_says_so(ui: UI) -> None:
    page = ui.open("/timeline?from=2024&to=2020")
    wait_for(page, "document.querySelector('#plot .notice.error') !== null")
    assert "after to date" in page.inner_text("#plot .notice.error")
    # The console error is the failed fetch, which the page reports itself.
    ui.problems = [p for p in ui.problems if "400" not in p]
    ui.assert_clean()


def test_figures_page_filters_and_links_to_the_sentence(ui: UI) -> None:
    page = ui.open("/figures")
    figures = api(ui.base, "/api/figures")
    wait_for(page, "document.querySelector('#rows tbody').dataset.count === String(n)", len(figures))
    assert page.locator("#rows tbody tr").count() == len(figures)
    ui.shot(page, "figures")
    text = page.inner_text("#rows")
    assert "Russia" in text and "(RUS)" not in text  # names in text, codes beside them in small type
    assert page.locator("#rows .who code.code", has_text="RUS").count() > 0
    page.select_option("#f-actor", "CHN")
    page.select_option("#f-metric", "trade")
    chn = api(ui.base, "/api/figures?actor=CHN&metric=trade")
    wait_for(page, "document.querySelector('#rows tbody').dataset.count === String(n)", len(chn))
    assert "actor=CHN" in page.url and "metric=trade" in page.url
    page.fill("#f-from", "2024")
    page.press("#f-from", "Enter")
    recent = api(ui.base, "/api/figures?actor=CHN&metric=trade&from=2024")
    wait_for(page, "document.querySelector('#rows tbody').dataset.count === String(n)", len(recent))
    assert len(recent) < len(chn)
    page.locator("#rows tbody tr a").first.click()
    page.wait_for_url("**/documents/**?at=*")
    wait_for(page, "document.querySelectorAll('#doc-text .m-hit').length > 0")
    assert "$" in " ".join(page.locator("#doc-text .m-hit").all_inner_texts())
    ui.assert_clean()


def test_names_stand_beside_codes(ui: UI) -> None:
    page = ui.open("/timeline?actor=UKR")
    wait_for(page, "document.querySelectorAll('#rows tbody tr').length > 0")
    first = page.locator("#rows tbody tr").first
    assert "Ukraine" in first.inner_text() or "Russia" in first.inner_text()
    assert first.locator(".who code.code").count() >= 1
    events = api(ui.base, "/api/events?limit=1000")["items"]
    region = next(e for e in events if any(":" in c for c in e["target"]))
    page = ui.open(f"/events/{region['merged_id']}")
    assert_evidence_page(page)
    title = page.inner_text("#page-title")
    assert region["target_names"][0] in title and region["target"][0] not in title
    assert region["target"][0] in page.inner_text("#event")
    ui.assert_clean()


def test_the_search_words_stay_text_in_the_page_shell(sample_store: Path) -> None:
    from diplograph.web.app import create_app

    hostile = '"><script>alert(1)</script>'
    with TestClient(create_app(sample_store), base_url="http://127.0.0.1") as client:
        html = client.get("/search", params={"q": hostile}).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert html.count("<script ") == html.count('<script src="/static/')
