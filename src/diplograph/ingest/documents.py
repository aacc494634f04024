"""Turn paths into normalised Documents, reporting every unreadable file.

This is the ingest stage's public face: files in, Documents or
IngestErrors out, one at a time, so a bad file never stops a run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import dates
from ..records import Document, IngestError, IngestWarning, stable_id
from .file_types import SUFFIXES, Extracted, FormatError, extract
from .language import guess_language
from .manifest import ManifestError, ManifestRow, read_manifest
from .normalize import folded, normalize
from .paths import LOOP, PathArg, as_paths, is_loop, resolved


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 20 * 1024 * 1024
    max_text_chars: int = 5_000_000


def discover(paths: PathArg | Iterable[PathArg]) -> Iterator[Path | IngestError]:
    """Supported files under the given paths, in a stable order.

    Symlinked folders are not followed (a link loop would never end), and
    one that leads back to a folder above it is reported; symlinked files
    are read if they point at a regular file.
    """
    for root in as_paths(paths):
        if root.is_file():
            yield root
            continue
        if is_loop(root):
            yield IngestError(str(root), LOOP)
            continue
        if not root.exists():
            yield IngestError(str(root), "no such file or folder")
            continue
        if not root.is_dir():
            yield IngestError(str(root), "not a regular file or folder")
            continue
        found = []
        errors: list[IngestError] = []
        for folder, dirnames, filenames in os.walk(
            root, onerror=_collect_into(errors, root), followlinks=False
        ):
            dirnames.sort()
            errors += _folder_loops(folder, dirnames)
            for name in filenames:
                p = Path(folder, name)
                if p.suffix.lower() not in SUFFIXES:
                    continue
                if p.is_symlink() and is_loop(p):
                    # Reported here, so that no caller meets it (resolving
                    # it raises on Python 3.11).
                    errors.append(IngestError(str(p), LOOP))
                else:
                    found.append(p)
        yield from errors
        yield from sorted(found)


def _folder_loops(folder: str, dirnames: list[str]) -> list[IngestError]:
    """The symlinks among these subfolders that lead back to a folder above
    them (which a walk that followed links would never leave)."""
    here = os.path.realpath(folder)
    out = []
    for name in dirnames:
        link = os.path.join(folder, name)
        if os.path.islink(link):
            target = os.path.realpath(link)
            if here == target or here.startswith(target.rstrip(os.sep) + os.sep):
                out.append(IngestError(link, "a symlink loop (a link to a folder above it); not followed"))
    return out


def _collect_into(errors: list[IngestError], root: Path) -> Callable[[OSError], None]:
    def on_error(exc: OSError) -> None:
        errors.append(IngestError(str(exc.filename or root), f"cannot list folder: {exc.strerror}"))

    return on_error


Item = Document | IngestError | IngestWarning


def read_documents(
    paths: PathArg | Iterable[PathArg], manifest: PathArg | None = None, limits: Limits | None = None
) -> Iterator[Item]:
    """Each input's documents, or its error; warnings about a document come
    before it, those about the manifest's rows first of all."""
    limits = limits or Limits()
    manifest = Path(manifest) if manifest is not None else None
    rows, warnings = manifest_rows(manifest)
    yield from warnings
    files = []
    skip = resolved(manifest) if manifest is not None else None
    for item in discover(paths):
        if isinstance(item, IngestError):
            yield item
        elif skip is None or resolved(item) != skip:
            files.append(item)
            if len(files) >= 256:
                yield from read_files(files, rows, limits)
                files = []
    yield from read_files(files, rows, limits)


def manifest_rows(manifest: Path | None) -> tuple[dict[Path, ManifestRow], list[IngestWarning]]:
    """The manifest's rows and its warnings; a manifest that cannot be read
    at all is one warning, and the documents are read without it."""
    if manifest is None:
        return {}, []
    try:
        return read_manifest(manifest)
    except ManifestError as exc:
        return {}, [IngestWarning(str(manifest), f"{str(exc).removeprefix(f'{manifest}: ')}; not used")]


def read_files(files: Iterable[Path], rows: dict[Path, ManifestRow], limits: Limits) -> Iterator[Item]:
    """Documents from these files, with metadata from manifest rows keyed by
    resolved path."""
    for path in files:
        try:
            yield from _read_one(path, rows.get(resolved(path)), limits)
        except Exception as exc:  # a fault met on this file (ours or a library's) is its error alone
            yield IngestError(str(path), unexpected(exc))


def unexpected(exc: BaseException) -> str:
    """One line for an exception nobody expected."""
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"unexpected error: {type(exc).__name__}{': ' + first if first else ''}"


def _read_one(path: Path, row: ManifestRow | None, limits: Limits) -> Iterator[Item]:
    try:
        if not path.is_file():
            # A pipe or device would block or never end; a dangling link has nothing.
            what = "not a regular file"
            if is_loop(path):
                what = LOOP
            elif path.is_symlink() and not path.exists():
                what = "a broken link"
            yield IngestError(str(path), what)
            return
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            yield IngestError(
                str(path),
                # In MiB, the unit of --max-file-mb, so the two figures compare.
                f"too large ({size / 2**20:.1f} MB > limit "
                f"{limits.max_file_bytes / 2**20:g} MB; see --max-file-mb)",
            )
            return
        if size == 0:
            yield IngestError(str(path), "empty file")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        items = extract(path, data)
    except FormatError as exc:
        yield IngestError(str(path), str(exc))
        return
    for ex in items:
        if isinstance(ex, FormatError):
            yield IngestError(str(path), str(ex))  # one bad record: the others are kept
            continue
        try:
            doc = build_document(ex, str(path), row, limits)
        except Exception as exc:  # this record's alone: the file's other records are kept
            doc = IngestError(str(path), f"record {ex.name}: {unexpected(exc)}")
        if isinstance(doc, Document):
            yield from (IngestWarning(str(path), w) for w in ex.warnings)
        yield doc


def build_document(
    ex: Extracted, path: str, row: ManifestRow | None = None, limits: Limits | None = None
) -> Document | IngestError:
    limits = limits or Limits()
    text = normalize(ex.text)
    if not text.strip():
        return IngestError(path, "no text after normalisation")
    if len(text) > limits.max_text_chars:
        return IngestError(
            path,
            f"text too long ({len(text):,} characters > limit "
            f"{limits.max_text_chars:,}; see --max-text-chars)",
        )
    published, source = None, None
    if row and row.published:
        # A date the manifest gives but we cannot read leaves the date
        # unknown: the manifest was meant to override the file's own.
        published, source = dates.parse_loose(row.published), "manifest"
    elif ex.published:
        published, source = dates.parse_loose(ex.published), ex.published_from or "record"
    if not published and not (row and row.published):
        published = find_dateline(folded(text))
        source = "dateline" if published else None
    language, language_from = (row.language, "manifest") if row and row.language else (None, None)
    if language is None:
        language, language_from = guess_language(text), "text"
    return Document(
        # The id of the folded text: a document stored before apostrophes
        # were kept as written is still the same document.
        doc_id=stable_id("doc", folded(text)),
        name=ex.name,
        path=path,
        text=text,
        url=(row.url if row and row.url else None) or ex.url,
        title=(row.title if row and row.title else None) or ex.title,
        publisher=(row.publisher if row and row.publisher else None) or ex.publisher,
        published=published,
        published_from=source if published else None,
        language=language,
        language_from=language_from,
    )


_NOT_PUBLICATION = re.compile(r"(updated?|modified|printed|accessed|retrieved)\W{0,3}$", re.I)


def find_dateline(text: str) -> str | None:
    """The publication date written near the top: 'Moscow, 27 December 2024',
    'By A. Writer November 20, 2023'. Dates labelled as updates are skipped."""
    head = text[:1200]
    candidates = []
    for pattern in (dates.DAY_MONTH_YEAR, dates.MONTH_DAY_YEAR):
        for m in pattern.finditer(head):
            if _NOT_PUBLICATION.search(head[max(0, m.start() - 25) : m.start()]):
                continue
            candidates.append((m.start(), dates.parse_loose(m.group(0))))
    candidates = [c for c in candidates if c[1]]
    return min(candidates)[1] if candidates else None
