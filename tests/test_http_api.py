"""The JSON API through FastAPI's in-process client, on the sample corpus."""

from __future__ import annotations

import json
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

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
