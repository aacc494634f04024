"""An ingest says what it did not store as given: documents in a language
not read yet, bytes replaced while decoding, manifest rows changed or
ignored (each named by its line, none counted as a failed document); its
progress bar counts files and its clock is the wall clock; a path that is
not there is refused before a store is created."""

from __future__ import annotations

import codecs
import re
import time
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import diplograph
from diplograph.api import ingest
from diplograph.api.jobs.ingesting import IngestRefused
from diplograph.cli import output
from diplograph.cli.main import app
from diplograph.ingest import read_documents
from diplograph.ingest.decode import decode
from diplograph.records import Document, IngestWarning

ENGLISH = "Kenya and Ethiopia signed an agreement on trade in Nairobi on Friday."
FRENCH = (
    "Le ministre des affaires étrangères de la France a rencontré son homologue allemand à Berlin "
    "pour discuter de la guerre et des sanctions."
)
RUSSIAN = "Министр иностранных дел России встретился с коллегой из Китая в Пекине и обсудил торговлю."


def test_a_language_not_read_yet_is_said_per_document_and_counted(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "-q"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for name, lang in (("fr.txt", "fr"), ("ru.txt", "ru")):
        assert f"warning: {tmp_path / name}: stored but not read: its language, {lang}, is not read yet" in (
            result.output
        )
    assert not any("en.txt" in line for line in lines)
    assert "(this run: 3 new, 2 not read (language), 0 already stored, 0 failed, 2 warnings)" in lines[-1]


def test_manifest_language_is_checked_and_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH.replace("Friday", "Monday"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(ENGLISH.replace("Friday", "Sunday"), encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,language\na.txt,xx\nb.txt,fr\nc.txt,English\n", encoding="utf-8")
    report = ingest([tmp_path], tmp_path / "s.duckdb", manifest)
    said = {(Path(w.path).name, w.reason) for w in report.warnings}
    assert ("manifest.csv:2", "language 'xx' is not a language code; guessed from the text") in said
    assert (
        "b.txt",
        "stored but not read: its language, fr (from the manifest), is not read yet (only English is)",
    ) in said
    assert report.not_read == 1 and report.errors == []
    with diplograph.open(tmp_path / "s.duckdb") as g:
        languages = dict(zip(g.documents()["name"], g.documents()["language"], strict=True))
        assert languages == {"a": "en", "b": "fr", "c": "en"}
        assert not g.events(doc="a").empty and not g.events(doc="c").empty


def test_invalid_utf8_is_read_as_utf8_with_the_bad_bytes_replaced_and_said(tmp_path: Path) -> None:
    text = "Café talks: Kenya and Ethiopia met in Nairobi on Friday. Next — Addis Ababa."
    data = text.encode("utf-8").replace(b"Friday", b"Fri\xffday")
    assert decode(data) == (text.replace("Friday", "Fri\ufffdday"), "utf-8", 1)
    (tmp_path / "a.txt").write_bytes(data)
    items = list(read_documents(tmp_path))
    assert items[0] == IngestWarning(
        str(tmp_path / "a.txt"),
        "not valid UTF-8 in 1 place; read as UTF-8 with those bytes replaced by U+FFFD",
    )
    assert isinstance(items[1], Document) and items[1].text.startswith("Café talks")
    # A single-byte code page is still detected as one, without a warning.
    assert decode(RUSSIAN.encode("cp1251")) == (RUSSIAN, "cp1251", 0)


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN], ids=["latin", "cyrillic"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert decode(data) == (text, encoding, 0)


def test_manifest_rows_with_nul_duplicates_and_bad_dates_are_warned_by_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Nairobi, 28 May 1975\n\n{ENGLISH}", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "path,title,published\n"
        "a.txt,Tra\x00de talks,2024-01-02\n"
        "a.txt,Second title,2024-03-03\n"
        "b.txt,Dated,not a date\n",
        encoding="utf-8",
    )
    items = list(read_documents(tmp_path, manifest))
    warnings = [(w.path, w.reason) for w in items if isinstance(w, IngestWarning)]
    assert warnings == [
        (f"{manifest}:2", "control characters (NUL ...) removed from title"),
        (f"{manifest}:3", "a second row for a.txt (the first is line 2); this row is ignored"),
        (f"{manifest}:4", "published date 'not a date' not understood; the date is left unknown"),
    ]
    docs = {d.name: d for d in items if isinstance(d, Document)}
    assert (docs["a"].title, docs["a"].published) == ("Trade talks", "2024-01-02")  # the first row wins
    # Not the date found in the text: the manifest meant to give the date.
    assert (docs["b"].published, docs["b"].published_from) == (None, None)


def test_manifest_warnings_are_no_failed_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,published\na.txt,someday\nmissing.txt,2024\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path), "--db", str(db), "--manifest", str(manifest), "-q"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] == [
        f"warning: {manifest}:2: published date 'someday' not understood; the date is left unknown",
        f"warning: {manifest}:3: missing.txt does not exist",
    ]
    assert not any(line.startswith("skipped") for line in lines)
    assert "0 errors (this run: 1 new, 0 already stored, 0 failed, 2 warnings)" in lines[-1]


def _bar(stderr: str) -> tuple[int, int, int]:
    """Done, total and seconds of the progress bar's last state."""
    done, total, h, m, s = re.findall(r"(\d+)/(\d+) (\d+):(\d\d):(\d\d)", stderr)[-1]
    return int(done), int(total), int(h) * 3600 + int(m) * 60 + int(s)


def test_the_progress_bar_counts_files_and_never_passes_its_total(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "b.jsonl").write_text(
        "".join(
            f'{{"text": "{ENGLISH.replace("Friday", day)}"}}\n' for day in ("Monday", "Tuesday", "Sunday")
        )
        + "{not json}\n",
        encoding="utf-8",
    )
    (corpus / "c.txt").write_bytes(b"")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    manifest = corpus / "manifest.csv"
    manifest.write_text("path,published\na.txt,someday\nmissing.txt,2024\n", encoding="utf-8")
    started = time.monotonic()
    # The command line in this process, whose model is loaded already.
    run = CliRunner().invoke(
        app, ["ingest", str(corpus), "--db", str(tmp_path / "s.duckdb"), "--manifest", str(manifest)]
    )
    wall = time.monotonic() - started
    assert run.exit_code == 0, run.output
    done, total, seconds = _bar(run.stderr)
    assert (done, total) == (4, 4)  # a.txt, b.jsonl, c.txt, loop.txt
    assert seconds <= wall


def test_the_progress_clock_runs_on_after_the_last_file() -> None:
    console = Console(record=True, force_terminal=False, width=100)
    with output.progress(console, total=1) as bar:
        bar.advance("a.txt")  # the last file is done; the store's own work follows
        bar.finishing()
        time.sleep(2.2)
    done, total, seconds = _bar(console.export_text())
    assert (done, total) == (1, 1) and seconds >= 2


def test_a_missing_input_is_refused_before_a_store_is_created(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "nope"), "--db", str(db)]
    )
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {tmp_path / 'nope'}: no such file or folder"
    assert not db.exists()


def test_the_python_api_refuses_a_missing_input_too(tmp_path: Path) -> None:
    with pytest.raises(IngestRefused, match="nope: no such file or folder"):
        ingest([tmp_path / "nope"], tmp_path / "s.duckdb")
    assert not (tmp_path / "s.duckdb").exists()
