"""Every record says why it is what it is: `rules`, the lexicon entry that
fired and then each rule that changed it, in order. Traced through the
pipeline, stored (an older store gains the column), exported and served."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import duckdb
import pytest

from diplograph.api.export import export
from diplograph.api.query.client import Diplograph
from diplograph.records import Document, DocumentResult, Event, Figure, Membership, Sentence
from diplograph.store import Store
from diplograph.store.schema import MIGRATIONS

from .conftest import Extract

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from diplograph.web.app import create_app

TEXT = "The African Union suspended Gabon's membership and gave it $5 million in aid."
EVENT_RULES = ("lexicon:events.yaml#sanction.cut", "sides:possessor_target")
MEMBER_RULES = ("lexicon:memberships.yaml#suspend.org", "memberships:decided")
FIGURE_RULES = ("lexicon:figures.yaml#metrics.aid",)


# -- through the pipeline -----------------------------------------------
def test_a_record_names_the_entry_that_fired_and_each_rule_that_changed_it(extract: Extract) -> None:
    cases = {
        # the other side found in the owner of what is acted on
        "The African Union suspended Gabon's membership.": ("SANCTION", ["sides:possessor_target"]),
        # a refusal retyped: the refusal is what happened
        "Hungary refused to sign the declaration with Ukraine.": ("REJECT", ["events:refusal_is_reject"]),
        # leaving an organisation re-aimed as a sanction of it
        "Mali announced its withdrawal from ECOWAS.": ("SANCTION", ["sides:leaving_is_sanction"]),
        # armed men arriving deploy, they do not visit
        "Kenyan police arrived in Haiti on Tuesday.": ("MOBILIZE", ["sides:armed_arrival_deploys"]),
        # one THREATEN aimed at the threatened act's recipient
        "Iran threatened to cut off gas supplies to Azerbaijan.": ("THREATEN", ["conventions:threats"]),
    }
    for text, (etype, changed) in cases.items():
        events = extract(text).events
        assert [e.type for e in events] == [etype], text
        rules = list(events[0].rules)
        assert rules[0].startswith("lexicon:events.yaml#"), (text, rules)
        assert rules[1:] == changed, (text, rules)


def test_an_unchanged_record_names_only_its_entry(extract: Extract) -> None:
    r = extract("Turkey sent humanitarian aid to Syria on Monday.")
    assert [(e.type, e.rules) for e in r.events] == [("AID", ("lexicon:events.yaml#aid.give",))]


def test_memberships_figures_and_the_sanction_of_leaving_carry_rules(extract: Extract) -> None:
    r = extract("Burkina Faso left ECOWAS in January 2024.")
    assert [m.rules for m in r.memberships] == [("lexicon:memberships.yaml#leave.verb",)]
    sanction = [e for e in r.events if e.rule == "membership.leave"]
    assert [e.rules for e in sanction] == [
        ("lexicon:memberships.yaml#leave.verb", "memberships:leaving_is_sanction")
    ]
    r = extract("Japan provided $500 million in aid to Ukraine in 2023.")
    assert [f.rules for f in r.figures] == [("lexicon:figures.yaml#metrics.aid",)]


# -- stored, exported, served ------------------------------------------
def _result() -> DocumentResult:
    doc = Document(doc_id="d1", name="t.txt", path="t.txt", text=TEXT, published="2024-06-15")
    sent = Sentence("s1", "d1", 0, 0, len(TEXT), TEXT)
    span = {"doc_id": "d1", "sent_id": "s1", "start": 0, "end": len(TEXT)}
    event = Event(
        event_id="e1", **span, trigger="suspended", type="SANCTION", mode="discontinue",
        source=("AU",), target=("GAB",), date="2024-06-15", rules=EVENT_RULES,
    )  # fmt: skip
    member = Membership(
        membership_id="m1", **span, trigger="suspended", member="GAB", organization="AU", mode="suspend",
        date="2024-06-15", rules=MEMBER_RULES,
    )  # fmt: skip
    figure = Figure(
        figure_id="f1", **span, text="$5 million", metric="aid", actors=("AU", "GAB"), value=5e6, unit="USD",
        rules=FIGURE_RULES,
    )  # fmt: skip
    return DocumentResult(doc, [sent], [], [event], [member], [figure])


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    db = tmp_path / "rules.duckdb"
    with Store(db) as s:
        s.write_results([_result()])
    return db


def test_rules_round_trip_through_the_store_in_order(store: Path) -> None:
    with Diplograph(store) as g:
        assert [list(r) for r in g.events()["rules"]] == [list(EVENT_RULES)]
        assert [list(r) for r in g.memberships()["rules"]] == [list(MEMBER_RULES)]
        assert [list(r) for r in g.figures()["rules"]] == [list(FIGURE_RULES)]


def test_exports_carry_rules(store: Path, tmp_path: Path) -> None:
    want = {"event": list(EVENT_RULES), "membership": list(MEMBER_RULES), "figure": list(FIGURE_RULES)}
    with Diplograph(store) as g:
        out = io.StringIO()
        export(g, "jsonl", None, out)
        assert {r["kind"]: r["rules"] for r in map(json.loads, out.getvalue().splitlines())} == want
        out = io.StringIO()
        export(g, "csv", None, out)
        assert {r["kind"]: r["rules"] for r in csv.DictReader(io.StringIO(out.getvalue()))} == {
            k: ";".join(v) for k, v in want.items()
        }
        export(g, "parquet", tmp_path / "out.parquet", io.StringIO())
    import pandas as pd

    frame = pd.read_parquet(tmp_path / "out.parquet")
    assert {k: list(v) for k, v in zip(frame["kind"], frame["rules"], strict=True)} == want


def test_a_store_from_before_rules_gains_the_column(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR)")
    for version, name, statements in MIGRATIONS[:5]:
        for sql in statements:
            con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, name])
    con.execute("INSERT INTO documents (doc_id, name, text) VALUES ('d0', 'old.txt', 'Old text.')")
    con.execute(
        "INSERT INTO events (event_id, doc_id, sent_id, type, source, target) "
        "VALUES ('e0', 'd0', 's0', 'CONSULT', ['FRA'], ['DEU'])"
    )
    con.close()
    with Store(db) as s:  # opening for writing brings it up to date
        assert s.version() == MIGRATIONS[-1][0]
        s.write_results([_result()])
    with Diplograph(db) as g:
        out = io.StringIO()
        export(g, "jsonl", None, out)
    rules = {r["id"]: r["rules"] for r in map(json.loads, out.getvalue().splitlines())}
    assert rules["e0"] == []  # an old record: no trace was kept
    assert rules["e1"] == list(EVENT_RULES)


def test_a_store_from_before_figure_status_reads_its_figures_as_occurred(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR)")
    before = [m for m in MIGRATIONS if "figure's status" not in m[1]]
    for version, name, statements in before:
        for sql in statements:
            con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, name])
    con.execute("INSERT INTO documents (doc_id, name, text) VALUES ('d0', 'old.txt', 'Old text.')")
    con.execute(
        "INSERT INTO figures (figure_id, doc_id, sent_id, metric, actors, value, unit) "
        "VALUES ('f0', 'd0', 's0', 'trade', ['FRA', 'DEU'], 1e9, 'USD')"
    )
    con.close()
    with Store(db) as s:
        assert s.version() == MIGRATIONS[-1][0]
    with Diplograph(db) as g:
        out = io.StringIO()
        export(g, "jsonl", None, out)
    exported = [(r["id"], r["status"]) for r in map(json.loads, out.getvalue().splitlines())]
    assert exported == [("f0", "occurred")]


def test_the_event_json_gives_each_mention_its_rules(sample_store: Path) -> None:
    with TestClient(create_app(sample_store), base_url="http://127.0.0.1") as client:
        items = client.get("/api/events", params={"limit": 20}).json()["items"]
        assert items
        for item in items:
            detail = client.get(f"/api/events/{item['merged_id']}").json()
            for m in detail["mentions"]:
                assert m["rules"][0].startswith(("lexicon:events.yaml#", "lexicon:memberships.yaml#")), m
                assert all(":" in r for r in m["rules"])
