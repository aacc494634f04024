"""The optional CSV manifest that gives documents their metadata."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .. import dates

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


def read_manifest(path: Path) -> tuple[dict[Path, ManifestRow], list[str]]:
    """Rows keyed by resolved file path, and a warning per row we skip.

    Paths are relative to the manifest's folder.
    """
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc}") from exc
    reader = csv.DictReader(raw.splitlines())
    if not reader.fieldnames or "path" not in reader.fieldnames:
        raise ManifestError(f"{path}: manifest needs a 'path' column")
    rows: dict[Path, ManifestRow] = {}
    warnings: list[str] = []
    base = path.parent
    for n, rec in enumerate(reader, 2):
        rel = (rec.get("path") or "").strip()
        if not rel:
            warnings.append(f"{path}:{n}: row has no path")
            continue
        target = (base / rel).resolve()
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
