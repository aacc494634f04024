"""A record quotes its sentence as the source wrote it: apostrophes stay
curly in the store and the exports, while the language pipeline reads them
folded (the knowledge base's names are written with "'"), offsets alike."""

from __future__ import annotations

import json
from pathlib import Path

from diplograph.api import ingest_paths
from diplograph.api.export import export
from diplograph.api.query.client import Diplograph

SOURCE = (
    "The People’s Republic of China accused Japan’s government of provocation on Tuesday, "
    "China’s foreign ministry said.\n"
)


def _ingest(tmp_path: Path, name: str, text: str, db: Path) -> None:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "story.txt").write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text("path,published\nstory.txt,2024-03-05\n", encoding="utf-8")
    ingest_paths([folder], db, manifest=folder / "manifest.csv")


def test_the_sentence_is_quoted_as_written_and_still_read(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _ingest(tmp_path, "a", SOURCE, db)
    with Diplograph(db) as g:
        out = tmp_path / "out.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            export(g, "jsonl", None, fh)
        stored = g.store.fetch("SELECT text FROM documents")[0][0]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    events = [r for r in records if r["kind"] == "event"]
    assert [(e["type"], e["source"], e["target"]) for e in events] == [("ACCUSE", ["CHN"], ["JPN"])]
    sentence = events[0]["sentence"]
    assert "People’s Republic" in sentence and "Japan’s" in sentence
    assert SOURCE.strip()[:60] == sentence[:60]
    assert stored.startswith("The People’s Republic of China")


def test_the_same_text_with_straight_apostrophes_is_the_same_document(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _ingest(tmp_path, "a", SOURCE, db)
    _ingest(tmp_path, "b", SOURCE.replace("’", "'"), db)
    with Diplograph(db) as g:
        assert g.stats()["documents"] == 1
