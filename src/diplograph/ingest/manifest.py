"""The optional CSV manifest that gives documents their metadata."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from .. import dates
from .paths import resolved

COLUMNS = ("path", "url", "title", "publisher", "published", "language")


class ManifestError(ValueError):
    pass


@dataclass(frozen=True)
class ManifestRow:
    path: Path
    url: str | None
    title: str | None
    publisher: str | None
    published: str | None
    language: str | None


def read_manifest(path: str | os.PathLike[str]) -> tuple[dict[Path, ManifestRow], list[str]]:
    """Rows keyed by resolved file path, and a warning per row we skip.

    Paths are relative to the manifest's folder.
    """
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc}") from exc
    # Records end at line breaks outside quotes, and only at \n, \r\n or \r:
    # str.splitlines would also cut at U+2028, U+2029 or \x85 inside a title.
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    try:
        return _rows(path, reader)
    except csv.Error as exc:  # a NUL byte, an over-long field
        raise ManifestError(f"{path}: line {reader.line_num}: not valid CSV: {exc}") from exc


def _rows(path: Path, reader: csv.DictReader[str]) -> tuple[dict[Path, ManifestRow], list[str]]:
    if not reader.fieldnames or "path" not in reader.fieldnames:
        raise ManifestError(f"{path}: manifest needs a 'path' column")
    rows: dict[Path, ManifestRow] = {}
    warnings: list[str] = []
    base = path.parent
    for rec in reader:
        n = reader.line_num  # where the row ends (a quoted field can span lines)
        rel = (rec.get("path") or "").strip()
        if not rel:
            warnings.append(f"{path}:{n}: row has no path")
            continue
        target = resolved(base / rel)
        if not target.exists():
            warnings.append(f"{path}:{n}: {rel} does not exist")
        published = (rec.get("published") or "").strip()
        if published and dates.parse_loose(published) is None:
            warnings.append(
                f"{path}:{n}: published date {published[:40]!r} not understood; "
                "the document's own date is used"
            )
        rows[target] = ManifestRow(
            path=target,
            **{c: ((rec.get(c) or "").strip() or None) for c in COLUMNS[1:]},
        )
    return rows, warnings
