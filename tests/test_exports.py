"""The export registry and its formats: every format streams the store in
chunks and batches; the CAMEO root on every event; POLECAT's fields and
PLOVER's values; FollowTheMoney entities that FtM's own checks accept.
Hand-built stores (written through Store.write_results) test the rules;
the sample corpus (examples/corpus) the whole path."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
import yaml
from typer.testing import CliRunner

import diplograph
from diplograph import formats
from diplograph.api.export import export, records
from diplograph.cli.files import FORMAT_HELP
from diplograph.cli.main import app
from diplograph.formats import registry
from diplograph.formats import source as streamed
from diplograph.knowledge import cameo, rebuild
from diplograph.records import Document, DocumentResult, Event, Figure, Membership, Mention, Sentence
from diplograph.store import Store

from .export_checks import OURS, POLECAT, ftm_problems, polecat_problems


def _doc(n: int, sentences: list[str], published: str = "2024-05-02") -> tuple[Document, list[Sentence]]:
    doc_id = f"doc{n:013d}"
    text, out, at = "", [], 0
    for i, s in enumerate(sentences):
        out.append(Sentence(f"{doc_id}s{i}", doc_id, i, at, at + len(s), s))
        text += s + " "
        at += len(s) + 1
    document = Document(
        doc_id, f"d{n}", f"d{n}.txt", text, url=f"https://example.org/{n}", publisher="Our Wire"
    )
    return dataclasses.replace(document, published=published, title=f"Story {n}"), out


def _event(doc: Document, s: Sentence, n: int, **fields: object) -> Event:
    base = Event(f"ev{doc.doc_id}{n}", doc.doc_id, s.sent_id, s.start, s.end, "met", "CONSULT", None, (), ())
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def hand_results() -> list[DocumentResult]:
    """Events that exercise each rule of the exports, in our own words."""
    d1, s1 = _doc(
        1,
        [
            "Vladimir Putin met the Kazakh president in Astana on 2 May.",
            "Russia will send troops to the region next year.",
            "Hamas fighters fired rockets at Israeli towns.",
            "The UN investigated the strike.",
            "Russia and China pledged aid to Central Asia.",
        ],
    )
    d2, s2 = _doc(
        2, ["Kazakhstan joined the organisation in 2001.", "Trade reached $5 billion."], "2024-05-03"
    )
    r1 = DocumentResult(
        d1,
        s1,
        [
            Mention("m1", d1.doc_id, s1[0].sent_id, 0, 14, "Vladimir Putin", ("RUS",), "person"),
            Mention("m2", d1.doc_id, s1[0].sent_id, 36, 42, "Astana", ("KAZ",), "place"),
            Mention("m3", d1.doc_id, s1[4].sent_id, 0, 6, "Russia", ("RUS",), "name"),
            Mention("m4", d1.doc_id, s1[4].sent_id, 35, 47, "Central Asia", ("M49:143",), "name"),
            Mention("m5", d1.doc_id, s1[3].sent_id, 4, 6, "UN", ("UN",), "name"),
        ],
        [
            _event(
                d1,
                s1[0],
                0,
                type="CONSULT",
                mode="visit",
                source=("RUS",),
                target=("KAZ",),
                date="2024-05-02",
                location="KAZ",
                source_sectors=("GOV",),
                target_sectors=("GOV",),
            ),
            _event(
                d1,
                s1[1],
                1,
                type="MOBILIZE",
                mode="troops",
                source=("RUS",),
                status="planned",
                date="2025",
                source_sectors=("MIL",),
            ),
            _event(
                d1,
                s1[2],
                2,
                type="ASSAULT",
                mode="aerial",
                source=("GRP:HAMAS", "PSE"),
                target=("ISR",),
                source_sectors=("REB", "REB"),
                target_sectors=("CVL",),
                date="2024-05-01",
                date_end="2024-05-02",
            ),
            _event(d1, s1[3], 3, type="ACCUSE", mode="investigate", source=("UN",), target=("ISR",)),
            _event(
                d1,
                s1[4],
                4,
                type="AID",
                source=("RUS", "CHN"),
                target=("M49:143",),
                status="negated",
                date="2024-05",
            ),
        ],
        [],
        [],
    )
    r2 = DocumentResult(
        d2,
        s2,
        [Mention("m6", d2.doc_id, s2[0].sent_id, 0, 10, "Kazakhstan", ("KAZ",), "name")],
        [_event(d2, s2[0], 0, type="SUPPORT", source=("KAZ",), participants=("CHN", "RUS"), date="2001")],
        [Membership("mb1", d2.doc_id, s2[0].sent_id, 0, 40, "joined", "KAZ", "SCO", "join", "2001")],
        [Figure("f1", d2.doc_id, s2[1].sent_id, 0, 24, "$5 billion", "trade", ("KAZ", "CHN"), 5e9, "USD")],
    )
    return [r1, r2]


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory: pytest.TempPathFactory, kb: object) -> Path:
    db = tmp_path_factory.mktemp("hand") / "s.duckdb"
    with Store(db) as store:
        store.write_actors(kb)  # type: ignore[arg-type]
        store.write_results(hand_results())
        rebuild.finish(store)  # merged events and the relations graph's tables, as an ingest ends
    return db


def exported(db: Path, fmt: str, tmp_path: Path) -> Path:
    out = tmp_path / f"out.{fmt}"
    with diplograph.open(db) as g:
        export(g, fmt, out, io.StringIO())
    return out


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


# -- the registry ---------------------------------------------------------
def test_the_cli_offers_every_registered_format_and_refuses_others(hand_store: Path, tmp_path: Path) -> None:
    names = formats.names()
    assert names == ["jsonl", "csv", "parquet", "graphml", "gexf", "polecat", "ftm"]
    assert FORMAT_HELP.split(" (")[0].replace(" or ", ", ").split(", ") == names
    runner = CliRunner()
    for name in names:
        out = tmp_path / f"x-{name}{formats.get(name).suffix}"
        result = runner.invoke(app, ["export", "--db", str(hand_store), "--format", name, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    result = runner.invoke(app, ["export", "--db", str(hand_store), "--format", "cameo"])
    assert result.exit_code == 2 and "unknown format 'cameo'; choose one of jsonl, csv" in result.output


def test_records_are_read_in_chunks_and_batches_in_the_store_order(
    hand_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks of two rows read by batches of one give the records a single
    sorted read gives: every chunk boundary (a date, a document, undated
    events last) keeps the order."""
    with diplograph.open(hand_store) as g:
        whole = list(records(g))
        for name in ("EVENTS", "MEMBERSHIPS", "FIGURES"):
            monkeypatch.setattr(streamed, name, dataclasses.replace(getattr(streamed, name), rows=2))
        small = list(streamed.Source(g.store, g.kb, batch=1).records())
    assert small == whole
    events = [r for r in whole if r["kind"] == "event"]
    dates = [r["date"]["start"] if isinstance(r["date"], dict) else r["date"] for r in events]
    assert dates == ["2001", "2024-05", "2024-05-01", "2024-05-02", "2025", None]


def test_an_export_that_fails_half_way_leaves_no_file(
    hand_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure that is no failed write (the store found damaged while it
    is read) leaves neither the output nor its part file behind."""

    def write(source: formats.Source, out: IO[Any]) -> int:
        out.write("first line\n")
        raise RuntimeError("the store went away")

    failing = registry.Format("test-fails", "fails after its first line", ".txt", write)
    monkeypatch.setitem(registry._FORMATS, "test-fails", failing)
    out = tmp_path / "out.txt"
    with diplograph.open(hand_store) as g, pytest.raises(RuntimeError):
        export(g, "test-fails", out, io.StringIO())
    assert list(tmp_path.iterdir()) == []


# -- CAMEO ----------------------------------------------------------------
def test_every_event_carries_its_cameo_root_picked_by_mode(hand_store: Path, tmp_path: Path) -> None:
    by_type = {
        r["type"]: r["cameo"] for r in lines(exported(hand_store, "jsonl", tmp_path)) if r["kind"] == "event"
    }
    # ACCUSE investigate is CAMEO 09 (INVESTIGATE), not 11; ASSAULT aerial
    # is 19 (FIGHT), not 18; a type of one root has it whatever the mode.
    assert by_type == {
        "CONSULT": "04",
        "MOBILIZE": "15",
        "ASSAULT": "19",
        "ACCUSE": "09",
        "AID": "07",
        "SUPPORT": "05",
    }
    rows = list(csv.DictReader(exported(hand_store, "csv", tmp_path).open(encoding="utf-8")))
    assert {r["cameo"] for r in rows if r["kind"] != "event"} == {""}
    assert {r["type"]: r["cameo"] for r in rows if r["kind"] == "event"} == by_type
    graph = exported(hand_store, "graphml", tmp_path).read_text(encoding="utf-8")
    assert '<data key="cameo">09</data>' in graph


def test_the_cameo_table_fits_the_event_lexicon() -> None:
    table = cameo.table()
    assert cameo.check(table) == []
    broken = table.model_copy(deep=True)
    del broken.types["AID"]
    broken.types["ACCUSE"].modes["bombard"] = "21"
    assert cameo.check(broken) == [
        "no CAMEO root for AID",
        "ACCUSE: '21' is not a CAMEO root code",
        "ACCUSE: modes bombard are not modes of ACCUSE",
    ]
    path = Path(cameo.__file__).parent / "data" / "cameo.yaml"
    header = path.read_text(encoding="utf-8")
    assert "openeventdata/PLOVER" in header and "CC BY-SA 4.0" in yaml.safe_load(header)["licence"]


# -- graphs ---------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_write_nodes_then_edges_between_them(
    hand_store: Path, tmp_path: Path, fmt: str
) -> None:
    root = ET.parse(exported(hand_store, fmt, tmp_path)).getroot()
    tags = [el.tag.split("}")[1] for el in root.iter() if el.tag.split("}")[1] in ("node", "edge")]
    assert tags == sorted(tags, key=lambda t: t != "node")  # every node before the first edge
    nodes = {el.get("id") for el in root.iter() if el.tag.endswith("}node")}
    edges = [(el.get("source"), el.get("target")) for el in root.iter() if el.tag.endswith("}edge")]
    assert {n for e in edges for n in e} <= nodes
    # A multilateral event without a target links its source to each participant.
    assert ("KAZ", "CHN") in edges and ("KAZ", "RUS") in edges and ("GRP:HAMAS", "ISR") in edges


def test_the_relations_graph_uses_the_same_writers(hand_store: Path) -> None:
    with diplograph.open(hand_store) as g:
        for fmt in ("graphml", "gexf"):
            root = ET.fromstring(g.graph_file(fmt))
            assert any(el.tag.endswith("}edge") for el in root.iter())


# -- POLECAT --------------------------------------------------------------
def test_polecat_fields_and_values_follow_polecat_and_plover(hand_store: Path, tmp_path: Path) -> None:
    out = exported(hand_store, "polecat", tmp_path)
    assert polecat_problems(out.read_text(encoding="utf-8").splitlines(), events=6) == []
    by_type = {r["Event Type"]: r for r in lines(out)}
    assert list(by_type["CONSULT"]) == POLECAT + OURS
    visit = by_type["CONSULT"]
    assert (visit["Actor Name"], visit["Actor Country"], visit["Wikipedia Actor ID"]) == (
        "Russia",
        "RUS",
        "Q159",
    )
    assert (visit["Primary Actor Sector"], visit["Recipient Country"], visit["Country"]) == (
        "GOV",
        "KAZ",
        "KAZ",
    )
    assert visit["Event Intensity"] == 4 and visit["Quad Code"] == 1 and visit["Contexts"] is None
    assert visit["Story People"] == "Vladimir Putin" and visit["Story Locations"] == "Astana; Russia"
    assert visit["Story Organizations"] == "United Nations" and visit["sentence_number"] == 0
    # PLOVER's auxiliary modes stand for our statuses.
    assert by_type["MOBILIZE"]["Contexts"] == "future" and by_type["AID"]["Contexts"] == "negation"
    # A named group: its sector and its home state; the UN is PLOVER's UNO; a region has no country.
    assault = by_type["ASSAULT"]
    assert (assault["Actor Name"], assault["Actor Country"]) == ("Hamas; Palestine", "PSE; PSE")
    assert (assault["Actor Sectors"], assault["Recipient Sectors"]) == ("REB", "CVL")
    assert (assault["Event Date"], assault["date_end"], assault["cameo"]) == (
        "2024-05-01",
        "2024-05-02",
        "19",
    )
    assert by_type["ACCUSE"]["Actor Country"] == "UNO"
    assert (by_type["AID"]["Recipient Name"], by_type["AID"]["Recipient Country"]) == ("Central Asia", None)
    # Every party of a joint act is an actor, as PLOVER codes them.
    assert (
        by_type["SUPPORT"]["Actor Country"] == "KAZ; CHN; RUS"
        and by_type["SUPPORT"]["Recipient Name"] is None
    )


def test_polecat_checks_catch_what_polecat_does_not_allow() -> None:
    good = {**dict.fromkeys(POLECAT), **dict.fromkeys(OURS)}
    good.update({"Event ID": "x", "Event Type": "CONSULT", "Event Mode": "visit", "Event Intensity": 4.0})
    good.update({"Quad Code": 1, "Actor Name": "Russia", "Actor Country": "RUS", "cameo": "04"})
    good.update({"sentence": "Russia visited.", "start_char": 0, "end_char": 15})
    assert polecat_problems([json.dumps(good)]) == []
    for change, problem in [
        ({"Quad Code": 3}, "Quad Code 3"),
        ({"Event Mode": "phone"}, "Event Intensity 4.0"),
        ({"Actor Country": "Russia"}, "Actor Country 'Russia'"),
        ({"Contexts": "present"}, "Contexts 'present'"),
        ({"Actor Sectors": "GOV", "Primary Actor Sector": None}, "Actor sectors None / 'GOV'"),
    ]:
        assert [p.split(": ", 1)[1] for p in polecat_problems([json.dumps({**good, **change})])] == [problem]


# -- FollowTheMoney -------------------------------------------------------
def test_ftm_entities_pass_followthemoney_checks(hand_store: Path, tmp_path: Path) -> None:
    out = exported(hand_store, "ftm", tmp_path)
    assert ftm_problems(out) == []
    entities = {e["id"]: e for e in lines(out)}
    schema = {i: e["schema"] for i, e in entities.items()}
    assert schema["dg-actor-rus"] == "PublicBody" and schema["dg-actor-un"] == "Organization"
    assert schema["dg-actor-grp-hamas"] == "Organization" and schema["dg-actor-m49-143"] == "Territory"
    assert schema["dg-person-vladimir-putin"] == "Person" and schema["dg-membership-mb1"] == "Membership"
    assert entities["dg-actor-rus"]["properties"]["country"] == ["ru"]
    visit = entities[f"dg-event-ev{hand_results()[0].document.doc_id}0"]["properties"]
    assert visit["organizer"] == ["dg-actor-rus"] and visit["involved"] == ["dg-actor-kaz"]
    assert visit["name"] == ["CONSULT: Russia → Kazakhstan"] and "CAMEO 04" in visit["keywords"]
    # A region cannot be an event's party in FtM: it is linked to the event.
    links = [e["properties"] for e in entities.values() if e["schema"] == "UnknownLink"]
    assert [(p["subject"], p["role"]) for p in links] == [(["dg-actor-m49-143"], ["target"])]
    # The document names a person the knowledge base knows, and Russia.
    mention = entities["dg-mention-m1"]["properties"]
    assert mention["resolved"] == ["dg-person-vladimir-putin", "dg-actor-rus"]
    assert "dg-mention-m2" not in entities  # a place is where, not who


def test_ftm_checks_catch_what_ftm_refuses(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ftm.json"
    entities = [
        {"id": "dg-a", "schema": "Organization", "properties": {"name": ["A"], "country": ["Atlantis"]}},
        {"id": "dg-b", "schema": "Membership", "properties": {"member": ["dg-a"]}},
        {"id": "dg-c", "schema": "Event", "properties": {"name": ["C"], "involved": ["dg-nobody"]}},
    ]
    bad.write_text("".join(json.dumps(e) + "\n" for e in entities), encoding="utf-8")
    problems = ftm_problems(bad)
    assert any("dg-a" in p and "cleaning changes it" in p for p in problems)
    assert any("dg-b" in p and "no organization" in p for p in problems)
    assert any("involved names no entity (dg-nobody)" in p for p in problems)
    assert "ftm validate gives back other entities than it was given" in problems


# -- the sample corpus, end to end -----------------------------------------
def test_the_sample_corpus_exports_pass_their_checks(examples_store: Path, tmp_path: Path) -> None:
    with diplograph.open(examples_store) as g:
        events = g.stats()["events"]
    polecat = exported(examples_store, "polecat", tmp_path)
    assert polecat_problems(polecat.read_text(encoding="utf-8").splitlines(), events=events) == []
    assert ftm_problems(exported(examples_store, "ftm", tmp_path)) == []
    kinds: Iterator[str] = (str(r["kind"]) for r in lines(exported(examples_store, "jsonl", tmp_path)))
    assert {"event", "membership", "figure"} <= set(kinds)
