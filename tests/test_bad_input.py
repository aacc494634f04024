"""Bad input found by users, end to end: real files, the real pipeline, a
real DuckDB store. Each bad file gets one line naming it, the run goes on,
and what was already stored stays."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.api import ingest
from diplograph.cli.main import app
from diplograph.store import Store, StoreError

GOOD = "Kenya and Ethiopia signed an agreement on trade in Nairobi on Friday."
# A sentence with no actor and no trigger: the cheap pass reads it, the
# parser never sees it, so a long text of them is quick to ingest.
FILLER = (
    "The weather over the coast was mild for the season and the harbour was quiet "
    "while the fishing boats stayed in port for most of the long and windless afternoon. "
)


def stored(db: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Name -> text of the stored documents, and the ingest errors."""
    with Store(db, read_only=True) as store:
        docs = dict(store.con.execute("SELECT name, text FROM documents").fetchall())
        errors = store.con.execute("SELECT path, reason FROM ingest_errors ORDER BY path").fetchall()
    return docs, errors


def test_a_line_longer_than_spacy_takes_is_stored(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = FILLER * (1_000_000 // len(FILLER) + 50) + GOOD  # one line, no paragraph break
    assert len(line) > 1_000_000
    (corpus / "long.txt").write_text(line, encoding="utf-8")
    (corpus / "short.txt").write_text("Chile and Peru held talks in Lima.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    report = ingest([corpus], db)
    assert report.errors == [] and report.stored == 2
    docs, _ = stored(db)
    assert len(docs["long"]) == len(line)
    with diplograph.open(db) as g:
        # The sentence after the first million characters was read and parsed.
        events = g.events(doc="long")
        assert not events.empty
        sentences = g.store.con.execute(
            "SELECT max(end_char) FROM sentences JOIN documents USING (doc_id) WHERE name = 'long'"
        ).fetchone()
        assert sentences is not None and sentences[0] == len(line)


def test_symlink_loops_are_named_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "ok.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "a.txt").symlink_to(corpus / "b.txt")  # a -> b -> a
    (corpus / "b.txt").symlink_to(corpus / "a.txt")
    (corpus / "sub" / "up").symlink_to(corpus, target_is_directory=True)  # a folder link to its parent
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # given by name
    db = tmp_path / "s.duckdb"
    report = ingest([corpus, tmp_path / "self.txt"], db)
    assert report.stored == 1
    docs, errors = stored(db)
    assert list(docs) == ["ok"]
    reasons = {Path(path).name: reason for path, reason in errors}
    assert set(reasons) == {"a.txt", "b.txt", "up", "self.txt"}
    assert all("symlink loop" in r and "\n" not in r for r in reasons.values())


def test_jsonl_bad_line_keeps_the_good_ones(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text(
        f'{{"id": "one", "text": "{GOOD}"}}\n'
        "{broken\n"
        '{"id": "three", "text": "Chile and Peru held talks in Lima."}\n'
        '["no text"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "s.duckdb"
    report = ingest([corpus], db)
    assert report.stored == 2
    docs, errors = stored(db)
    assert sorted(docs) == ["one", "three"]
    assert [(Path(p).name, r.split(":")[0]) for p, r in errors] == [
        ("wire.jsonl", "line 2 is not JSON"),
        ("wire.jsonl", "line 4 has no 'text' string"),
    ]


def test_str_paths_as_in_the_readme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "my_corpus").mkdir()
    (tmp_path / "my_corpus" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("path,publisher\nmy_corpus/a.txt,Wire\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = diplograph.ingest_paths(["my_corpus/"], "my.duckdb", manifest=None)  # the README's line
    assert report.stored == 1 and report.errors == []
    # One path alone, and str everywhere: the corpus, the store, the manifest.
    report = diplograph.ingest_paths("my_corpus", "other.duckdb", manifest="manifest.csv")
    assert report.stored == 1 and report.errors == []
    with diplograph.open("other.duckdb") as g:
        assert list(g.documents()["publisher"]) == ["Wire"]


def test_unreadable_manifest_is_reported_and_the_files_still_stored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes(b"path,title\na.txt,\xff\xfe not utf-8\n")
    report = ingest([tmp_path / "a.txt"], tmp_path / "s.duckdb", manifest)
    assert report.stored == 1
    assert report.errors == []  # the manifest is no failed document
    assert [(Path(w.path).name, "cannot read manifest" in w.reason) for w in report.warnings] == [
        ("manifest.csv", True)
    ]


def test_store_never_autoloads_extensions(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        settings = store.con.execute(
            "SELECT current_setting('autoinstall_known_extensions'), "
            "current_setting('autoload_known_extensions')"
        ).fetchone()
    assert settings == (False, False)


def sqlite_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a INTEGER)")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("read_only", [False, True])
def test_a_sqlite_file_is_not_a_store(tmp_path: Path, read_only: bool) -> None:
    db = sqlite_file(tmp_path / "x.sqlite")
    before = db.read_bytes()
    with pytest.raises(StoreError, match=r"x\.sqlite is not a DuckDB database \(it is a SQLite database\)"):
        Store(db, read_only=read_only)
    assert db.read_bytes() == before  # left as it was


@pytest.mark.parametrize("command", ["ingest", "stats"])
@pytest.mark.parametrize("kind", ["sqlite", "junk"])
def test_cli_refuses_a_file_that_is_not_duckdb(tmp_path: Path, command: str, kind: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    if kind == "sqlite":
        db, why = sqlite_file(tmp_path / "x.sqlite"), " (it is a SQLite database)"
    else:
        db, why = tmp_path / "junk.db", ""
        db.write_bytes(b"these are not the bytes of a database\n" * 100)
    args = ["ingest", str(tmp_path / "a.txt"), "-q"] if command == "ingest" else ["stats"]
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"error: {db} is not a DuckDB database{why}"


def test_path_like_store_and_corpus(tmp_path: Path) -> None:
    class Where(os.PathLike[str]):
        def __init__(self, path: Path) -> None:
            self.path = path

        def __fspath__(self) -> str:
            return str(self.path)

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    report = ingest([Where(tmp_path / "a.txt")], Where(tmp_path / "p.duckdb"))
    assert report.stored == 1
