"""The store layer on its own (diplograph.store): hand-built records written
to a real DuckDB file and read back through the store's queries; no text is
parsed, and the store's modules never import spaCy or the extraction code.
Its tables' columns and the event filters are in test_store_tables.py."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from diplograph.kb.loader import KnowledgeBase
from diplograph.records import (
    Document,
    DocumentResult,
    Event,
    Figure,
    IngestError,
    Membership,
    Mention,
    Sentence,
)
from diplograph.store import FigureFilter, Store, StoreError, search
from diplograph.store import document_queries as dq
from diplograph.store import queries as q
from diplograph.store.schema import LATEST
from diplograph.store.writes import WriteFailed

TEXT_A = "Kenya and Ethiopia signed a road agreement in Nairobi. Kenya pledged $2 billion to Ethiopia."
TEXT_B = "Ethiopia joined the African Union. Kenya accused Somalia of border raids."


def _result(doc: str, text: str, name: str, publisher: str | None, published: str | None) -> DocumentResult:
    """A document of two sentences with one record of each kind, ids prefixed
    by the document's id."""
    cut = text.index(". ") + 1
    first = text.split()[0]
    places = [text.index("Nairobi")] if "Nairobi" in text else []
    d = Document(doc, name, f"/in/{name}.txt", text, None, name.title(), publisher, published, "manifest")
    s0, s1 = f"{doc}s0", f"{doc}s1"
    return DocumentResult(
        document=d,
        sentences=[
            Sentence(s0, doc, 0, 0, cut, text[:cut]),
            Sentence(s1, doc, 1, cut + 1, len(text), text[cut + 1 :]),
        ],
        mentions=[
            Mention(f"{doc}m0", doc, s0, 0, len(first), first, (CODES[first],), "name"),
            Mention(f"{doc}m1", doc, s1, cut + 1, cut + 6, text[cut + 1 : cut + 6], ("KEN",), "name"),
            *[Mention(f"{doc}m2", doc, s0, at, at + 7, "Nairobi", ("KEN",), "place") for at in places],
        ],
        events=[
            Event(
                f"{doc}e0",
                doc,
                s0,
                19,
                25,
                "signed",
                "AGREE",
                "treaty",
                ("KEN",),
                ("ETH",),
                date="2024-03-01",
            ),
            Event(
                f"{doc}e1",
                doc,
                s1,
                cut + 7,
                cut + 14,
                "pledged",
                "AID",
                None,
                ("KEN",),
                ("ETH",),
                date="2024",
            ),
        ],
        memberships=[Membership(f"{doc}ms0", doc, s0, 0, 8, "joined", "ETH", "AU", "join", "2024-02")],
        figures=[
            Figure(
                f"{doc}f0",
                doc,
                s1,
                cut + 15,
                cut + 25,
                "$2 billion",
                "aid",
                ("KEN", "ETH"),
                2e9,
                "USD",
                "2024",
            )
        ],
    )


CODES = {"Kenya": "KEN", "Ethiopia": "ETH"}
A = _result("a" * 16, TEXT_A, "nairobi-road", "Wire", "2024-03-02")
B = _result("b" * 16, TEXT_B, "union", None, None)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, kb: KnowledgeBase) -> Path:
    """A store with the two documents, their groups, an error and the search index."""
    db = tmp_path_factory.mktemp("store") / "s.duckdb"
    with Store(db) as s:
        s.write_actors(kb)
        s.write_results([A, B])
        s.write_errors([IngestError("/in/bad.pdf", "encrypted PDF")])
        # The two pledges are one event; every other mention is its own.
        groups = {e.event_id: e.event_id for r in (A, B) for e in r.events}
        groups[B.events[1].event_id] = A.events[1].event_id
        s.replace_event_groups(groups)
        s.rebuild_search_index()
    return db


@pytest.fixture()
def store(filled: Path) -> Iterator[Store]:
    """The filled store, opened read-only as the query layer opens it."""
    with Store(filled, read_only=True) as s:
        yield s


def test_the_store_modules_import_neither_spacy_nor_the_extraction_code() -> None:
    modules = "diplograph.store, diplograph.store.queries, diplograph.store.search, diplograph.store.snapshot"
    code = f"import sys, {modules}; print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy' "
    code += "or m.startswith(('diplograph.nlp', 'diplograph.extract', 'diplograph.resolve'))))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_counts_of_what_was_written(store: Store) -> None:
    assert q.stats(store) == {
        "documents": 2,
        "sentences": 4,
        "actors": 2,  # KEN and ETH as named, not Nairobi as a place
        "events": 4,
        "memberships": 2,
        "figures": 2,
        "errors": 1,
    }
    assert store.stored_ids(["a" * 16, "c" * 16]) == {"a" * 16}
    assert store.has_document("b" * 16) and not store.has_document("c" * 16)


def test_documents_by_id_or_name_with_their_spans(store: Store) -> None:
    rows = dq.document_rows(store)
    assert list(rows["name"]) == ["nairobi-road", "union"]
    # The file's name, not where the ingesting machine read it.
    assert list(rows["file"]) == ["nairobi-road.txt", "union.txt"]
    assert list(rows["events"]) == [2, 2] and list(rows["n_chars"]) == [len(TEXT_A), len(TEXT_B)]
    by_name = dq.document_row(store, "union")
    assert by_name is not None and by_name["text"] == TEXT_B and by_name == dq.document_row(store, "b" * 16)
    assert dq.document_row(store, "nowhere") is None
    mentions, events = dq.document_spans(store, "a" * 16)
    assert list(mentions["start_char"]) == [0, TEXT_A.index("Nairobi"), TEXT_A.index(". ") + 2]
    assert list(events["merged_id"]) == [A.events[0].event_id, A.events[1].event_id]
    assert dq.publishers(store) == ["Wire"]
    assert (
        dq.has_source(store, "Wire") and dq.has_source(store, "union") and not dq.has_source(store, "Agency")
    )


def test_actors_are_counted_by_named_mention_not_by_place(store: Store) -> None:
    rows = q.actor_rows(store).set_index("code")
    assert rows.loc["KEN", "mentions"] == 3 and rows.loc["KEN", "documents"] == 2
    assert rows.loc["ETH", "mentions"] == 1 and rows.loc["KEN", "kind"] == "state"
    assert q.actor_mentions(store, "KEN") == (3, 2)
    assert q.actor_mentions(store, "XXX") == (0, 0)
    assert q.known_actors(store, ["KEN", "AU", "XXX"]) == {"KEN", "AU"}
    assert q.known_actors(store, []) == set()
    mentions = q.actor_mention_rows(store, "KEN")
    assert len(mentions) == 3 and set(mentions["doc"]) == {"nairobi-road", "union"}


def test_event_mentions_carry_their_group_and_sources(store: Store) -> None:
    rows = q.event_mention_rows(store)
    assert len(rows) == 4
    merged = dict(zip(rows["event_id"], rows["merged_id"], strict=True))
    assert merged[B.events[1].event_id] == merged[A.events[1].event_id] == A.events[1].event_id
    assert len(q.event_mention_rows(store, side="ETH")) == 4 and q.event_mention_rows(store, side="SOM").empty
    mentions = q.merged_event_mentions(store, A.events[1].event_id)
    # Earliest published first; a document without a date after it.
    assert list(mentions["doc"]) == ["nairobi-road", "union"]
    assert q.merged_event_sentences(store, [A.events[1].event_id]) == {
        A.events[1].event_id: A.sentences[1].text
    }
    assert q.merged_event_sentences(store, []) == {}


def test_memberships_and_figures_with_their_filters(store: Store) -> None:
    assert list(q.membership_rows(store, "AU")["member"]) == ["ETH", "ETH"]
    assert q.membership_rows(store, "EU").empty
    assert q.membership_evidence(store, member="ETH") == [
        ("ETH", "AU", "join", "2024-02", "occurred", "nairobi-road"),
        ("ETH", "AU", "join", "2024-02", "occurred", "union"),
    ]
    assert len(q.figure_rows(store)) == 2 and set(q.figure_rows(store)["status"]) == {"occurred"}
    assert len(q.figure_rows(store, FigureFilter(actors=("ETH", "KEN"), metric="aid"))) == 2
    assert q.figure_rows(store, FigureFilter(metric="trade")).empty
    assert (
        len(q.figure_rows(store, FigureFilter(date_from="2024-12", date_to="2025"))) == 2
    )  # "2024" runs to December
    assert q.figure_rows(store, FigureFilter(date_from="2025")).empty


def test_sentences_found_by_their_words_with_their_records(store: Store) -> None:
    found = search.search_rows(store, "agreement road")
    assert list(found["sent_id"]) == [A.sentences[0].sent_id]
    assert search.search_count(store, "Kenya") == 3
    assert search.search_rows(store, "volcano").empty
    records = search.sentence_records(store, [A.sentences[1].sent_id])
    assert sorted(records["kind"]) == ["event", "figure"]
    assert set(records["merged_id"].dropna()) == {A.events[1].event_id}


def test_a_query_streams_in_batches(store: Store) -> None:
    batches = list(store.stream("SELECT sent_id FROM sentences ORDER BY sent_id", batch=3))
    assert [names for names, _ in batches] == [["sent_id"], ["sent_id"]]
    assert [len(rows) for _, rows in batches] == [3, 1]


def test_a_read_only_store_takes_no_writes(store: Store) -> None:
    with pytest.raises(duckdb.Error):
        store.write_errors([IngestError("/in/x.txt", "empty file")])


def test_a_document_stored_twice_keeps_its_first_records(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        s.write_results([A])
        again = _result("a" * 16, TEXT_A, "renamed", "Agency", None)
        again.events.pop()
        s.write_results([again, B, B])  # the same text under another name, and a batch's duplicate
        assert s.fetch("SELECT name FROM documents ORDER BY name") == [("nairobi-road",), ("union",)]
        assert q.stats(s)["events"] == 4
        s.write_errors([IngestError("/in/x.txt", "empty file")] * 2)
        s.write_errors([IngestError("/in/x.txt", "empty file"), IngestError("/in/x.txt", "binary")])
        assert q.stats(s)["errors"] == 2  # one row per file and reason


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        with pytest.raises(RuntimeError, match="midway"), s.transaction():
            s.write_errors([IngestError("/in/x.txt", "empty file")])
            raise RuntimeError("midway")
        assert q.stats(s)["errors"] == 0
        # A document that cannot be written is WriteFailed, and its batch is not written.
        broken = _result("c" * 16, TEXT_A, "broken", None, None)
        broken.sentences[0] = Sentence("cs0", "c" * 16, 0, 0, 5, "half \ud800")
        with pytest.raises(WriteFailed):
            s.write_results([B, broken])
        assert s.stored_ids(["b" * 16, "c" * 16]) == set()


def test_the_unfinished_mark_survives_a_reopen(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        assert s.unfinished() is False
        s.mark_unfinished()
    with Store(db) as s:
        assert s.unfinished() is True
        s.mark_finished()
    with Store(db, read_only=True) as s:
        assert s.unfinished() is False


def test_a_shard_s_parts_are_imported_once(tmp_path: Path) -> None:
    with Store(tmp_path / "shard.duckdb") as shard:
        shard.write_results([A, B])
        parts = {}
        for table in ("documents", "sentences", "mentions", "events", "memberships", "figures"):
            parts[table] = str(tmp_path / f"{table}.parquet")
            shard.con.execute(f"COPY {table} TO '{parts[table]}' (FORMAT parquet)")
    with Store(tmp_path / "s.duckdb") as s:
        s.write_results([A])
        assert s.import_parts(parts, only=["b" * 16]) == 1
        assert s.import_parts(parts) == 0  # both are there now
        imported = q.stats(s)
    with Store(tmp_path / "shard.duckdb", read_only=True) as shard:
        assert imported == q.stats(shard)


def test_stores_it_cannot_open_are_refused_by_name(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    with pytest.raises(StoreError, match="no such store"):
        Store(missing, read_only=True)
    assert not missing.exists()
    sqlite = tmp_path / "other.db"
    sqlite.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(StoreError, match=r"is not a DuckDB database \(it is a SQLite database\)"):
        Store(sqlite)
    newer = tmp_path / "newer.duckdb"
    with Store(newer) as s:
        s.con.execute("INSERT INTO schema_migrations VALUES (?, 'from the future')", [LATEST + 1])
    with pytest.raises(StoreError, match=f"schema version {LATEST + 1}, newer than this diplograph"):
        Store(newer, read_only=True)


def test_a_store_from_an_older_version_is_not_read_until_brought_up(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store(db) as s:
        assert s.version() == LATEST
        s.con.execute("DELETE FROM schema_migrations WHERE version = ?", [LATEST])
    with pytest.raises(StoreError, match="written by an older diplograph"):
        Store(db, read_only=True)


def test_a_store_that_cannot_be_merged_on_closing_says_so_and_keeps_its_writes(tmp_path: Path) -> None:
    # On closing, DuckDB merges its write-ahead log into the file; where the
    # disk is full that merge fails, and DuckDB alone would close quietly,
    # as if all were done. The log still holds every committed write.
    db = tmp_path / "s.duckdb"
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))\n"
        "from diplograph.store import Store\n"
        "store = Store(sys.argv[1])\n"
        "try:\n"
        "    store.close()\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
        "    sys.exit(3)\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True)
    assert run.returncode == 3, run.stderr[-2000:]
    assert "Could not write file" in run.stdout and "File too large" in run.stdout, run.stdout
    assert db.with_name("s.duckdb.wal").exists()
    with Store(db) as again:  # with room, the log is merged and nothing was lost
        assert q.stats(again)["documents"] == 0
    assert not db.with_name("s.duckdb.wal").exists()
