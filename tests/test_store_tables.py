"""The store on its own: its record tables' columns and rows come from the
record dataclasses (store/schema.py), and one WHERE builder filters event
mentions and merged events alike (store/filters.py). Hand-built records,
a real DuckDB, no parsing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from diplograph.knowledge.rebuild import rebuild
from diplograph.records import Document, DocumentResult, Event, Figure, Membership, Mention, Sentence
from diplograph.store import EventFilter, Store, schema
from diplograph.store import queries as q

TEXT = "France and Germany met in Paris. Italy accused Spain."


def _result(doc: str = "d0", publisher: str = "Wire") -> DocumentResult:
    d = Document(
        doc, f"{doc}.txt", f"/in/{doc}.txt", TEXT, "http://x/1", "T", publisher, "2024-05", "manifest"
    )
    return DocumentResult(
        document=d,
        sentences=[
            Sentence(f"{doc}s0", doc, 0, 0, 32, TEXT[:32]),
            Sentence(f"{doc}s1", doc, 1, 33, 53, TEXT[33:]),
        ],
        mentions=[Mention(f"{doc}m0", doc, f"{doc}s0", 0, 6, "France", ("FRA",), "name")],
        events=[
            Event(
                f"{doc}e0",
                doc,
                f"{doc}s0",
                19,
                22,
                "met",
                "CONSULT",
                "visit",
                ("FRA",),
                ("DEU",),
                ("ITA",),
                "2024-05-02",
                None,
                "occurred",
                "FRA",
                "consult.meet",
                ("GOV",),
                ("",),
                ("",),
                ("lexicon:events.yaml#consult.meet",),
            ),
            Event(
                f"{doc}e1",
                doc,
                f"{doc}s1",
                39,
                46,
                "accused",
                "ACCUSE",
                None,
                ("ITA",),
                ("ESP",),
                date="2024",
                status="planned",
                rule="accuse",
            ),
        ],
        memberships=[Membership(f"{doc}ms0", doc, f"{doc}s0", 0, 6, "joined", "FRA", "EU", "join", "1958")],
        figures=[
            Figure(f"{doc}f0", doc, f"{doc}s0", 0, 6, "$5 bn", "aid", ("FRA", "DEU"), 5e9, "USD", "2024")
        ],
    )


def test_every_record_table_has_exactly_its_record_s_columns(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        for table, columns in schema.COLUMNS.items():
            stored = [r[0] for r in s.fetch(f"DESCRIBE {table}")]
            # A field added to a record without a migration (or a column
            # without its field) fails here.
            assert sorted(stored) == sorted(columns), table


def test_columns_follow_the_record_fields() -> None:
    assert schema.COLUMNS["events"][:5] == ["event_id", "doc_id", "sent_id", "start_char", "end_char"]
    assert len(schema.COLUMNS["events"]) == len(dataclasses.fields(Event))
    assert "language_from" not in schema.COLUMNS["documents"] and schema.COLUMNS["documents"][-1] == "n_chars"


def test_records_come_back_from_the_store_as_written(tmp_path: Path) -> None:
    r = _result()
    with Store(tmp_path / "s.duckdb") as s:
        s.write_results([r])
        for table, rows in schema.rows([r]).items():
            columns = schema.COLUMNS[table]
            stored = s.fetch(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}")
            # Lists come back as lists; the records hold tuples.
            written = [tuple(list(v) if isinstance(v, tuple) else v for v in x) for x in sorted(rows)]
            assert stored == written, table
    assert schema.row("documents", r.document)[-1] == len(TEXT)
    assert schema.row("events", r.events[0])[schema.COLUMNS["events"].index("rules")] == (
        "lexicon:events.yaml#consult.meet",
    )


FILTERS = [
    EventFilter(),
    EventFilter(actors=("FRA",)),
    EventFilter(actors=("FRA", "ITA")),
    EventFilter(actors=("ESP", "DEU")),
    EventFilter(type="consult"),
    EventFilter(status="planned"),
    EventFilter(date_from="2024-05-02"),
    EventFilter(date_from="2024-06"),
    EventFilter(date_to="2024-05-01"),
    EventFilter(source="Wire"),
    EventFilter(source="d1.txt"),
    EventFilter(doc="d1.txt"),
    EventFilter(location="FRA"),
    EventFilter(type="ACCUSE", date_from="2024", source="Agency"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("filters") / "s.duckdb")
    s.write_results([_result("d0", "Wire"), _result("d1", "Agency")])
    rebuild(s)
    return s


@pytest.mark.parametrize("f", FILTERS, ids=str)
def test_one_filter_selects_the_same_events_as_mentions_and_as_merged_events(
    store: Store, f: EventFilter
) -> None:
    mentions = q.event_rows(store, f)
    groups = dict(store.fetch("SELECT event_id, merged_id FROM event_groups"))
    merged = q.merged_event_rows(store, f)
    # The two documents tell the same two events: each filter keeps a
    # merged event exactly when it keeps its mentions.
    assert set(merged["merged_id"]) == {groups[e] for e in mentions["event_id"]}
    assert q.merged_event_count(store, f) == len(merged)


def test_the_filters_select_what_they_say(store: Store) -> None:
    def ids(f: EventFilter) -> list[str]:
        return sorted(q.event_rows(store, f)["event_id"])

    assert ids(EventFilter(actors=("FRA", "ITA"))) == ["d0e0", "d1e0"]  # ITA takes part
    assert ids(EventFilter(status="planned")) == ["d0e1", "d1e1"]
    assert ids(EventFilter(date_from="2024-06")) == ["d0e1", "d1e1"]  # "2024" runs to December
    assert ids(EventFilter(date_to="2024-05-01")) == ["d0e1", "d1e1"]  # "2024" starts before
    assert ids(EventFilter(source="Agency")) == ["d1e0", "d1e1"]
    assert ids(EventFilter(doc="d1")) == ["d1e0", "d1e1"]  # a document id too
    merged_id = dict(store.fetch("SELECT event_id, merged_id FROM event_groups"))["d1e0"]
    assert set(ids(EventFilter(merged_id=merged_id))) >= {"d1e0"}
