"""Text and metadata out of each supported file format."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .decode import Decoded, DecodeError, decode
from .htmltext import TREE_SAFE_DEPTH, flat_text
from .normalize import SURROGATE


class FormatError(ValueError):
    """The file is of a supported kind but its content can't be read."""


@dataclass(frozen=True)
class Extracted:
    """One document's raw text and whatever metadata the file itself carried."""

    text: str
    name: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    published_from: str | None = None
    # What was not as it should be in the file (bytes replaced while decoding).
    warnings: tuple[str, ...] = ()


TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".jsonl"}


# Bad lines of one JSON lines file reported one by one; past this many, the
# rest in one line (a file of garbage would otherwise flood the log).
MAX_LINE_ERRORS = 10


def extract(path: Path, data: bytes) -> list[Extracted | FormatError]:
    """The documents in a file. A FormatError raised is the whole file's;
    one in the list is one record's (a bad JSON line), the rest are kept."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        decoded = _decode(data)
        text = _strip_markdown(decoded.text) if suffix in {".md", ".markdown"} else decoded.text
        return [Extracted(text=text, name=path.stem, warnings=_decode_warnings(decoded))]
    if suffix in HTML_SUFFIXES:
        decoded = _decode(data)
        return [dataclasses.replace(_html(decoded.text, path.stem), warnings=_decode_warnings(decoded))]
    if suffix == ".pdf":
        return [Extracted(text=_pdf(data), name=path.stem)]
    if suffix == ".jsonl":
        return _jsonl(data, path.stem)
    raise FormatError(f"unsupported file type {suffix or '(none)'}")


def _decode(data: bytes) -> Decoded:
    try:
        return decode(data)
    except DecodeError as exc:
        raise FormatError(str(exc)) from exc


def _decode_warnings(decoded: Decoded) -> tuple[str, ...]:
    if not decoded.replaced:
        return ()
    places = "1 place" if decoded.replaced == 1 else f"{decoded.replaced} places"
    return (f"not valid UTF-8 in {places}; read as UTF-8 with those bytes replaced by U+FFFD",)


_MD_MARKUP = [
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),
]


def _strip_markdown(text: str) -> str:
    for pattern, repl in _MD_MARKUP:
        text = pattern.sub(repl, text)
    return text


def _html(html: str, name: str) -> Extracted:
    import trafilatura
    from trafilatura.metadata import extract_metadata

    flat = flat_text(html)
    try:
        text = None
        if flat.depth <= TREE_SAFE_DEPTH:  # deeper, the tree would lose text
            text = trafilatura.extract(
                html,
                output_format="txt",
                include_comments=False,
                include_tables=False,
                favor_recall=True,
            )
        meta = extract_metadata(html)
    except Exception as exc:  # untrusted markup: any parser failure is the file's fault
        raise FormatError(f"malformed HTML: {type(exc).__name__}") from exc
    if not text:
        # No article found, or a page too deep for the tree: all its text.
        text = flat.text
    if not text or not text.strip():
        raise FormatError("HTML has no readable text")
    return Extracted(
        text=text,
        name=name,
        url=getattr(meta, "url", None) if meta else None,
        title=getattr(meta, "title", None) if meta else None,
        publisher=getattr(meta, "sitename", None) if meta else None,
        published=getattr(meta, "date", None) if meta else None,
        published_from="html" if meta and getattr(meta, "date", None) else None,
    )


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise FormatError("encrypted PDF (needs a password)")
            except (NotImplementedError, PdfReadError) as exc:
                raise FormatError("encrypted PDF (needs a password)") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except FormatError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        raise FormatError(f"malformed PDF: {type(exc).__name__}: {exc}"[:200]) from exc
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise FormatError("PDF has no extractable text (scanned images?)")
    return text


def _jsonl(data: bytes, stem: str) -> list[Extracted | FormatError]:
    decoded = _decode(data)
    text = decoded.text
    out: list[Extracted | FormatError] = []
    bad: list[int] = []
    # Split at line feeds only: str.splitlines also breaks at U+2028 and
    # other separators that JSON allows raw inside a string.
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = _record(line, n, stem)
        except FormatError as exc:
            bad.append(n)
            if len(bad) <= MAX_LINE_ERRORS:
                out.append(exc)
            continue
        out.append(record)
    if len(bad) > MAX_LINE_ERRORS:
        out.append(FormatError(f"{len(bad) - MAX_LINE_ERRORS} more bad lines, the last at line {bad[-1]}"))
    if not out:
        raise FormatError("no JSON records (only blank lines)")
    for i, item in enumerate(out):
        if isinstance(item, Extracted):  # the file's decoding, said once
            out[i] = dataclasses.replace(item, warnings=_decode_warnings(decoded) + item.warnings)
            break
    return out


def _record(line: str, n: int, stem: str) -> Extracted:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise FormatError(f"line {n} is not JSON: {exc.msg} (column {exc.colno})") from exc
    except RecursionError as exc:  # a line of thousands of nested brackets
        raise FormatError(f"line {n} is not JSON: nested too deep") from exc
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise FormatError(f"line {n} has no 'text' string")
    name = rec.get("id") or rec.get("name") or f"{stem}-{n}"
    halves = SURROGATE.search(rec["text"]) is not None
    return Extracted(
        warnings=(f"line {n}: half a UTF-16 pair (\\ud800 ...) in the text; replaced by U+FFFD",)
        if halves
        else (),
        text=rec["text"],
        name=_opt(name) or f"{stem}-{n}",
        url=_opt(rec.get("url")),
        title=_opt(rec.get("title")),
        publisher=_opt(rec.get("publisher")),
        published=_opt(rec.get("published")),
        published_from="record" if rec.get("published") else None,
    )


def _opt(value: object) -> str | None:
    return SURROGATE.sub("\ufffd", str(value)) if value not in (None, "") else None
