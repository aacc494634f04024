"""Ingest: decoding, normalisation, formats, metadata, and bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplograph.ingest import find_dateline, read_documents
from diplograph.ingest.decode import DecodeError, decode
from diplograph.ingest.language import guess_language
from diplograph.ingest.manifest import read_manifest
from diplograph.ingest.normalize import normalize, paragraph_spans
from diplograph.records import Document, IngestError, IngestWarning

from .pdfs import minimal_pdf


def docs_and_errors(
    paths: list[Path], manifest: Path | None = None
) -> tuple[list[Document], list[IngestError]]:
    items = list(read_documents(paths, manifest))
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, IngestError)])


def warnings_of(paths: Any, manifest: Any = None) -> list[IngestWarning]:
    return [i for i in read_documents(paths, manifest) if isinstance(i, IngestWarning)]


def test_decode_utf8_utf16_and_cyrillic_codepages() -> None:
    assert decode(b"Minsk and Moscow")[0] == "Minsk and Moscow"
    assert decode("Минск".encode("utf-16"))[0] == "Минск"
    text = "Министерство иностранных дел Республики Беларусь сообщило о переговорах в Москве."
    assert decode(text.encode("cp1251"))[0] == text
    assert decode(text.encode("koi8-r"))[0] == text


def test_decode_refuses_binary() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_normalize_keeps_paragraphs_and_joins_hard_wraps() -> None:
    raw = "Title line\n\nA second paragraph.\r\n\r\n\u00a0 Third  one. "
    assert normalize(raw).split("\n\n") == ["Title line", "A second paragraph.", "Third one."]
    wrapped = (
        "The foreign ministers of the two countries met in Minsk on\n"
        "Friday and discussed transport corridors, energy supplies and the\n"
        "Union State budget for the coming year, officials said after the\n"
        "talks ended late in the evening.\n"
        "A second paragraph starts here with a capital letter and goes on.\n"
    )
    paragraphs = normalize(wrapped).split("\n\n")
    assert paragraphs[0].startswith("The foreign ministers") and paragraphs[0].endswith("evening.")
    assert paragraphs[1].startswith("A second paragraph")
    # One paragraph a line (no fixed width): a heading stays apart.
    lines = "Follow-up to the Russian-Ukrainian war\nCombining the above, the author concludes."
    assert normalize(lines).split("\n\n") == [
        "Follow-up to the Russian-Ukrainian war",
        "Combining the above, the author concludes.",
    ]
    text = normalize(wrapped)
    assert [text[s:e] for s, e in paragraph_spans(text)] == text.split("\n\n")


def test_normalize_splits_sentence_openers_glued_by_scraping() -> None:
    assert (
        normalize("attended the Belt and Road SummitIn May, he went")
        == "attended the Belt and Road Summit. In May, he went"
    )


def test_dateline_skips_update_stamps() -> None:
    text = "Last update: April 29, 2024 10:12\n\nBy A. Writer November 20, 2023\n\nBody."
    assert find_dateline(text) == "2023-11-20"
    assert find_dateline("Moscow, 27 December 2024.\n\nText") == "2024-12-27"
    assert find_dateline("No date here.") is None


def test_language_guess() -> None:
    assert guess_language("The foreign ministers of the two countries met in Minsk on Friday.") == "en"
    assert guess_language("Министры иностранных дел двух стран встретились в Минске.") == "ru"
    assert (
        guess_language("Les ministres des affaires étrangères se sont réunis à Paris et ont signé un accord.")
        == "fr"
    )


def test_formats_and_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Belarus and Russia signed an agreement.", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "# Heading\n\nSome **bold** text about [Minsk](http://x).", encoding="utf-8"
    )
    (tmp_path / "c.html").write_text(
        "<html><head><title>Talks</title><meta name='date' content='2024-03-01'>"
        "<meta property='og:site_name' content='Example Wire'></head><body><nav>Menu</nav>"
        "<article><p>The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Friday "
        "to discuss water, transport corridors and regional security.</p>"
        "<p>They agreed to hold the next round of consultations in Astana in the autumn.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "d.pdf").write_bytes(minimal_pdf("Japan pledged support to the Philippines."))
    (tmp_path / "e.jsonl").write_text(
        json.dumps(
            {
                "text": "Iran was granted observer status.",
                "url": "http://e/1",
                "title": "T",
                "publisher": "P",
                "published": "2024-12-26",
            }
        )
        + "\n"
        + json.dumps({"text": "Second record."})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "ignored.csv").write_text("x,y\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "path,publisher,published,title\na.txt,Example Ministry,2024-05,Agreement\n", encoding="utf-8"
    )
    docs, errors = docs_and_errors([tmp_path], manifest)
    assert errors == []
    by_name = {d.name: d for d in docs}
    assert sorted(by_name) == ["a", "b", "c", "d", "e-1", "e-2"]
    assert by_name["a"].publisher == "Example Ministry" and by_name["a"].published == "2024-05"
    assert by_name["a"].published_from == "manifest"
    assert by_name["b"].text == "Heading\n\nSome bold text about Minsk."
    assert "Kazakhstan and Uzbekistan" in by_name["c"].text and "Menu" not in by_name["c"].text
    assert by_name["c"].published == "2024-03-01" and by_name["c"].published_from == "html"
    assert "Philippines" in by_name["d"].text
    assert by_name["e-1"].url == "http://e/1" and by_name["e-1"].published == "2024-12-26"


def test_same_text_gets_same_id(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Russia and China held talks.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Russia and China  held talks.", encoding="utf-8")
    docs, _ = docs_and_errors([tmp_path])
    assert docs[0].doc_id == docs[1].doc_id


def test_bad_files_are_reported_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage")
    (tmp_path / "bad.jsonl").write_text("{not json}\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Finland joined NATO in April 2023.", encoding="utf-8")
    docs, errors = docs_and_errors([tmp_path, tmp_path / "missing.txt"])
    assert [d.name for d in docs] == ["ok"]
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "PDF" in reasons["broken.pdf"]
    assert "not JSON" in reasons["bad.jsonl"]
    assert reasons["missing.txt"] == "no such file or folder"
    assert all("\n" not in e.reason for e in errors)


def test_paragraphs_come_in_pieces_a_tokenizer_takes() -> None:
    para = "One two three. Four five six seven. " * 5 + "x" * 50
    text = f"Title\n\n{para.strip()}\n\nEnd."
    pieces = [text[s:e] for s, e in paragraph_spans(text, 40)]
    # Cut after sentence ends; a run with no space in it, anywhere.
    assert pieces == ["Title", *["One two three. Four five six seven."] * 5, "x" * 40, "x" * 10, "End."]
    assert paragraph_spans(text) == paragraph_spans(text, 10_000)


@pytest.mark.parametrize("depth", [300, 20_000])
def test_html_nested_too_deep_for_libxml2_keeps_its_text(tmp_path: Path, depth: int) -> None:
    lead = "The talks in Tashkent opened on Friday with a statement by both delegations."
    good = "The foreign ministers of Kazakhstan and Uzbekistan signed an agreement on water sharing."
    (tmp_path / "deep.html").write_text(
        f"<html><head><title>Deep</title><style>p {{color: red}}</style></head><body><p>{lead}</p>"
        + "<div>" * depth
        + f"<p>{good}</p><script>alert('x')</script>"
        + "</div>" * depth
        + "<p>Officials said the next round would follow in Astana.</p></body></html>",
        encoding="utf-8",
    )
    docs, errors = docs_and_errors([tmp_path])
    assert errors == []
    text = docs[0].text
    assert lead in text and good in text and "Astana" in text
    assert "alert" not in text and "color" not in text


def test_jsonl_line_separators_inside_strings_and_bad_lines(tmp_path: Path) -> None:
    records = [
        {"id": "a", "text": "Iran joined the SCO.\u2028It was a long process."},
        {"id": "b", "text": "Chile and Peru held talks.\x85Both sides spoke."},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (tmp_path / "w.jsonl").write_text(lines[0] + "\n{bad\n" + lines[1] + "\r\n", encoding="utf-8")
    docs, errors = docs_and_errors([tmp_path])
    assert [d.name for d in docs] == ["a", "b"]
    assert "long process" in docs[0].text and "Both sides" in docs[1].text
    assert [(Path(e.path).name, e.reason.split(":")[0]) for e in errors] == [
        ("w.jsonl", "line 2 is not JSON")
    ]


def test_jsonl_of_garbage_is_reported_in_few_lines(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text("{bad\n" * 500, encoding="utf-8")
    docs, errors = docs_and_errors([tmp_path])
    assert docs == [] and len(errors) == 11
    assert errors[-1].reason == "490 more bad lines, the last at line 500"


def test_manifest_fields_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Finland joined NATO in April 2023.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Sweden joined NATO in March 2024.", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes(
        "path,title,publisher\r\n"
        "a.txt,Finland\u2028joins,Wire\u2029Service\r\n"
        'b.txt,"Sweden\x85joins\nat last",Wire\x85Two\r\n'.encode()
    )
    docs, errors = docs_and_errors([tmp_path / "a.txt", tmp_path / "b.txt"], manifest)
    assert errors == []
    by_name = {d.name: d for d in docs}
    assert by_name["a"].title == "Finland\u2028joins" and by_name["a"].publisher == "Wire\u2029Service"
    assert by_name["b"].title == "Sweden\x85joins\nat last" and by_name["b"].publisher == "Wire\x85Two"


def test_manifest_rows_name_their_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Finland joined NATO in April 2023.", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text('path,title\na.txt,"two\nlines"\nmissing.txt,x\n', encoding="utf-8")
    _, errors = docs_and_errors([tmp_path / "a.txt"], manifest)
    assert errors == []  # a row's trouble is a warning, not a failed document
    _, warnings = read_manifest(manifest)
    assert warnings == [IngestWarning(f"{manifest}:4", "missing.txt does not exist")]
    assert warnings_of([tmp_path / "a.txt"], manifest) == warnings


def test_symlink_loops_and_str_paths(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Finland joined NATO in April 2023.", encoding="utf-8")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "loop").mkdir()
    (tmp_path / "loop" / "self").symlink_to(tmp_path / "loop", target_is_directory=True)
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,title\na.txt,Loop\nok.txt,Fine\n", encoding="utf-8")
    items = list(read_documents(str(tmp_path), str(manifest)))
    docs = [i for i in items if isinstance(i, Document)]
    errors = {Path(i.path).name: i.reason for i in items if isinstance(i, IngestError)}
    assert [(d.name, d.title) for d in docs] == [("ok", "Fine")]
    assert warnings_of(str(tmp_path), str(manifest)) == [
        IngestWarning(f"{manifest}:2", "a.txt does not exist")
    ]
    assert set(errors) == {"a.txt", "b.txt", "self"}
    assert all("symlink loop" in r for r in errors.values())
