"""The JSON API through FastAPI's in-process client, on the sample corpus."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from diplograph.web.app import create_app
from diplograph.web.state import graph_of

# The server answers only the names it was started on (#14: DNS rebinding).
LOCAL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def client(sample_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(sample_store), base_url=LOCAL) as c:
        yield c


def test_openapi_lists_the_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in [
        "/api/documents",
        "/api/documents/{key}",
        "/api/actors",
        "/api/actors/{code}",
        "/api/events",
        "/api/events/{merged_id}",
        "/api/members/{org}",
        "/api/figures",
        "/api/conflicts",
        "/api/graph",
        "/api/stance",
        "/api/search",
        "/api/organisations",
    ]:
        assert path in spec["paths"], path


def test_events_filters_and_paging(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 5}).json()
    assert len(page["items"]) == 5 and page["more"] is True
    nxt = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert {e["merged_id"] for e in page["items"]}.isdisjoint({e["merged_id"] for e in nxt["items"]})
    consult = client.get("/api/events", params=[("type", "CONSULT"), ("limit", 1000)]).json()["items"]
    assert consult and all(e["type"] == "CONSULT" for e in consult)
    some = consult[0]["actors"][:1]
    both = client.get("/api/events", params=[("actor", a) for a in some]).json()["items"]
    assert both and all(set(some) <= set(e["actors"]) for e in both)


def test_events_by_location_and_the_organisations_list(client: TestClient) -> None:
    located = [e for e in client.get("/api/events", params={"limit": 1000}).json()["items"] if e["location"]]
    assert located
    place = located[0]["location"]
    there = client.get("/api/events", params={"location": place, "limit": 1000}).json()["items"]
    assert there and all(e["location"] == place for e in there)
    assert {e["merged_id"] for e in located if e["location"] == place} == {e["merged_id"] for e in there}
    orgs = {o["code"]: o for o in client.get("/api/organisations").json()}
    assert orgs["UN"]["members"] >= 193 and orgs["SCO"]["qid"].startswith("Q")


def test_event_detail_has_mentions_with_sentences(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    detail = client.get(f"/api/events/{first['merged_id']}").json()
    assert detail["docs"] and detail["mentions"]
    assert all(m["sentence"] and m["doc"] in detail["docs"] for m in detail["mentions"])


def test_document_with_spans(client: TestClient) -> None:
    name = client.get("/api/documents").json()[0]["name"]
    doc = client.get(f"/api/documents/{name}").json()
    text = doc["text"]
    assert doc["mentions"]
    for m in doc["mentions"]:
        assert text[m["start_char"] : m["end_char"]] == m["text"]
    for e in doc["events"]:
        assert 0 <= e["start_char"] < e["end_char"] <= len(text)


def test_actor_members_graph_stance_search(client: TestClient) -> None:
    rus = client.get("/api/actors/RUS").json()
    assert rus["name"] == "Russia" and rus["kind"] == "state" and rus["memberships"]
    assert client.get("/api/actors/NOPE").status_code == 404
    members = client.get("/api/members/UN", params={"as_of": "2024-01-01"}).json()
    assert len([m for m in members if m["status"] == "member"]) == 193
    graph = client.get("/api/graph").json()
    codes = {n["code"] for n in graph["nodes"]}
    assert graph["edges"] and all(e["source"] in codes and e["target"] in codes for e in graph["edges"])
    assert isinstance(client.get("/api/stance", params={"actor": "RUS"}).json(), list)
    assert isinstance(client.get("/api/conflicts").json(), list)
    assert isinstance(client.get("/api/figures").json(), list)
    hits = client.get("/api/search", params={"q": "visit"}).json()
    assert hits and all("visit" in h["text"].lower() for h in hits)


def test_bad_input_is_4xx_and_writes_are_refused(client: TestClient) -> None:
    assert client.get("/api/events", params={"from": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"limit": 100000}).status_code == 422
    assert client.get("/api/events", params={"type": "PARTY"}).status_code == 422
    assert client.get("/api/members/XYZ").status_code == 404
    assert client.get("/api/search", params={"q": ""}).status_code == 422
    assert client.get("/api/documents/" + "x" * 5000).status_code in {404, 414}
    assert client.post("/api/events").status_code == 405
    assert client.delete("/api/documents/x").status_code == 405


def test_repeated_parameters_are_capped_before_any_query(client: TestClient) -> None:
    flood = client.get("/api/events", params=[("actor", "RUS")] * 240)
    assert flood.status_code == 422
    assert "actor" in flood.json()["detail"] and "at most 20" in flood.json()["detail"]
    assert client.get("/api/events", params=[("source", "x")] * 21).status_code == 422
    assert client.get("/api/events", params=[("actor", "RUS")] * 20).status_code == 200


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/api/members/SCO", {"as_of": "2024-02-30"}, "2024-02-30"),
        ("/api/members/SCO", {"as_of": "2024-13"}, "2024-13"),
        ("/api/events", {"from": "2023-02-29"}, "2023-02-29"),
        ("/api/graph", {"to": "2024-13-01"}, "2024-13-01"),
        ("/api/places", {"from": "2024-04-31"}, "2024-04-31"),
        ("/api/events", {"actor": "QQQ"}, "QQQ"),
        ("/api/events", {"location": "ZZZ"}, "ZZZ"),
        ("/api/graph", {"actor": "QQQ"}, "QQQ"),
        ("/api/stance", {"actor": "QQQ"}, "QQQ"),
        ("/api/events", {"source": "The Daily Nowhere"}, "The Daily Nowhere"),
        ("/api/events", {"from": "2025", "to": "2024-12-31"}, "2025"),
        ("/api/graph", {"from": "2025-03", "to": "2025-02"}, "2025-03"),
        ("/api/places", {"from": "2025", "to": "2024"}, "2025"),
    ],
)
def test_impossible_dates_and_unknown_codes_are_400_naming_the_value(
    client: TestClient, path: str, params: dict[str, str], named: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400, response.text
    assert named in response.json()["detail"]


def test_no_swagger_or_redoc_pages_only_the_schema(client: TestClient) -> None:
    """Their HTML loads scripts from a CDN; the product fetches nothing."""
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
    assert client.get("/openapi.json").status_code == 200


def test_only_the_served_host_names_are_answered(sample_store: Path) -> None:
    """#14: a page on another name that resolves to 127.0.0.1 (DNS
    rebinding) could read the whole API of a loopback server."""
    app = create_app(sample_store, hosts=["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "atlas.example"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/stats").status_code == 200
        for host in ["localhost:8000", "[::1]:8000", "atlas.example", "atlas.example:9999", "LOCALHOST:8000"]:
            assert c.get("/api/stats", headers={"host": host}).status_code == 200, host
        for host in ["rebound.example:8000", "localhost:8001", "127.0.0.1", "testserver", "", "[::1"]:
            for path in ["/api/stats", "/api/documents", "/network", "/static/js/common.js"]:
                response = c.get(path, headers={"host": host})
                assert response.status_code == 400, (host, path)
            assert "not served here" in response.json()["detail"]
    with TestClient(create_app(sample_store)) as c:  # "testserver": not a loopback name
        assert c.get("/api/stats").status_code == 400


def test_head_is_answered_like_get_without_a_body(client: TestClient) -> None:
    for path in ["/api/stats", "/api/events?limit=3", "/network", "/static/js/common.js"]:
        got, head = client.get(path), client.head(path)
        assert got.status_code == head.status_code == 200, path
        assert head.content == b"" and head.headers["content-length"] == got.headers["content-length"], path
    assert client.head("/api/actors/NOPE").status_code == 404


def test_documents_show_file_names_not_the_ingesting_machines_paths(client: TestClient) -> None:
    listed = client.get("/api/documents").json()
    assert listed and all("path" not in d for d in listed)
    assert all(d["file"] and "/" not in d["file"] and "\\" not in d["file"] for d in listed)
    one = client.get(f"/api/documents/{listed[0]['name']}").json()
    assert "path" not in one and one["file"] == listed[0]["file"]
    assert "/" not in json.dumps([d["file"] for d in listed])


def test_a_request_is_answered_while_another_holds_the_store(client: TestClient) -> None:
    """#14: one lock serialised every request, so a slow one held up all
    others. Each request now reads through its own connection."""
    held, release = threading.Event(), threading.Event()

    class Request:  # what graph_of reads of a request: its app
        app = client.app

    def slow_request() -> None:
        with graph_of(Request()) as g:  # type: ignore[arg-type]
            g.stats()
            held.set()
            release.wait(60)

    slow = threading.Thread(target=slow_request)
    slow.start()
    try:
        assert held.wait(30)
        answered: list[int] = []
        fast = threading.Thread(target=lambda: answered.append(client.get("/api/stats").status_code))
        fast.start()
        fast.join(30)
        assert answered == [200], "a request waited for another one's store"
    finally:
        release.set()
        slow.join(30)
        fast.join(30)


@pytest.mark.parametrize("path", ["/api/stance?actor=RUS", "/api/actors/RUS", "/api/organisations"])
def test_the_heaviest_pages_answer_in_under_100_ms(client: TestClient, path: str) -> None:
    """#14: 762, 614 and 361 ms held every other request up. The best of
    five, so that a busy machine does not decide."""
    client.get(path)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        assert client.get(path).status_code == 200
        times.append(time.perf_counter() - start)
    assert min(times) < 0.1, f"{path}: {min(times) * 1000:.0f} ms"


# -- #17: CSV twins, figures filters, search records, names ------------------
def csv_rows(response: Any) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_csv_twins_hold_the_rows_of_the_json_with_its_filters(client: TestClient) -> None:
    wanted = {"actor": "RUS", "from": "2023"}
    items = client.get("/api/events", params={**wanted, "limit": 1000}).json()["items"]
    rows = csv_rows(client.get("/api/events", params={**wanted, "format": "csv"}))
    assert [r["merged_id"] for r in rows] == [e["merged_id"] for e in items]
    assert all(r["date"][:4] >= "2023" and r["sentence"] for r in rows)
    first, row = items[0], rows[0]
    assert row["source"] == "; ".join(first["source"]) and row["source_names"] == "; ".join(
        first["source_names"]
    )
    # Paged JSON, whole CSV: without a limit the CSV has every row.
    everything = client.get("/api/events", params={"limit": 1000}).json()["items"]
    assert len(csv_rows(client.get("/api/events", params={"format": "csv"}))) == len(everything) > 10
    assert len(csv_rows(client.get("/api/events", params={"format": "csv", "limit": 10}))) == 10

    figures = client.get("/api/figures", params={"metric": "trade"}).json()
    rows = csv_rows(client.get("/api/figures", params={"metric": "trade", "format": "csv"}))
    assert [r["figure_id"] for r in rows] == [f["figure_id"] for f in figures] and rows
    members = client.get("/api/members/NATO", params={"as_of": "2000-01-01"}).json()
    rows = csv_rows(client.get("/api/members/NATO", params={"as_of": "2000-01-01", "format": "csv"}))
    assert [r["member"] for r in rows] == [m["member"] for m in members]
    hits = client.get("/api/search", params={"q": "trade", "limit": 5}).json()
    rows = csv_rows(client.get("/api/search", params={"q": "trade", "limit": 5, "format": "csv"}))
    assert [r["text"] for r in rows] == [h["text"] for h in hits]
    assert client.get("/api/events", params={"format": "xml"}).status_code == 422


def test_a_cell_a_spreadsheet_would_run_is_kept_as_text() -> None:
    from diplograph.web.tables import csv_response

    rows = [{"text": '=HYPERLINK("http://example.org")', "n": -1.5, "m": 3.0, "codes": ["RUS", "CHN"]}]
    body = bytes(csv_response(rows, ["text", "n", "m", "codes"], "t").body).decode()
    (row,) = csv.DictReader(io.StringIO(body))
    assert row == {"text": '\'=HYPERLINK("http://example.org")', "n": "-1.5", "m": "3", "codes": "RUS; CHN"}


def test_figures_filter_by_actor_metric_and_period(client: TestClient) -> None:
    every = client.get("/api/figures").json()
    assert every and all(len(f["actor_names"]) == len(f["actors"]) for f in every)
    some = every[0]
    actor, metric = some["actors"][0], some["metric"]
    of_actor = client.get("/api/figures", params={"actor": actor}).json()
    assert some in of_actor and all(actor in f["actors"] for f in of_actor)
    of_metric = client.get("/api/figures", params={"metric": metric}).json()
    assert all(f["metric"] == metric for f in of_metric)
    dated = [f for f in every if f["period"]]
    year = dated[0]["period"][:4]
    in_year = client.get("/api/figures", params={"from": year, "to": year}).json()
    assert dated[0] in in_year
    assert all(f["period"] and f["period"][:4] <= year <= f["period"][-10:][:4] for f in in_year)
    for params, named in [
        ({"metric": "tarde"}, "tarde"),
        ({"actor": "QQQ"}, "QQQ"),
        ({"from": "2025", "to": "2024"}, "2025"),
    ]:
        r = client.get("/api/figures", params=params)
        assert r.status_code == 400 and named in r.json()["detail"], (params, r.text)


def test_a_partial_to_date_runs_to_the_end_of_its_month_or_year(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 1000}).json()["items"]
    day = next(e for e in events if e["date"] and len(e["date"]) == 10)
    for to in (day["date"][:4], day["date"][:7], day["date"]):
        found = client.get("/api/events", params={"to": to, "limit": 1000}).json()["items"]
        assert day["merged_id"] in {e["merged_id"] for e in found}, to
    later = client.get("/api/events", params={"to": str(int(day["date"][:4]) - 1), "limit": 1000}).json()
    assert day["merged_id"] not in {e["merged_id"] for e in later["items"]}


def test_search_hits_carry_their_place_and_the_records_coded_from_them(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 1000}).json()["items"]
    first = client.get(f"/api/events/{events[0]['merged_id']}").json()["mentions"][0]
    words = " ".join(first["sentence"].split()[:12])
    hits = client.get("/api/search", params={"q": words, "limit": 50}).json()
    hit = next(h for h in hits if h["text"] == first["sentence"] and h["doc"] == first["doc"])
    text = client.get(f"/api/documents/{hit['doc']}").json()["text"]
    assert text[hit["start_char"] : hit["end_char"]] == hit["text"]
    coded = [r for r in hit["records"] if r["kind"] == "event"]
    assert first["event_id"] in {r["id"] for r in coded}
    record = next(r for r in coded if r["id"] == first["event_id"])
    assert record["merged_id"] == events[0]["merged_id"] and record["what"] == first["type"]
    assert len(record["source_names"]) == len(record["source"])


def test_names_stand_beside_codes(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 1000}).json()["items"]
    for e in events:
        assert len(e["source_names"]) == len(e["source"]) and len(e["target_names"]) == len(e["target"])
        assert (e["location_name"] is None) == (e["location"] is None)
    names = {c: n for e in events for c, n in zip(e["actors"], e["actor_names"], strict=True)}
    assert names.get("RUS") == "Russia"
    assert all(n != c for c, n in names.items() if c.startswith("M49:")), names
    detail = client.get(f"/api/events/{events[0]['merged_id']}").json()
    assert detail["source_names"] and all("source_names" in m for m in detail["mentions"])
    for c in client.get("/api/conflicts").json():
        assert len(c.get("actor_names", [])) == len(c.get("actors", []))
