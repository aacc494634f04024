"""The optional CSV manifest that gives documents their metadata.

Every row the reader changes or leaves out gets a warning naming its line:
a path that does not exist, a second row for the same file (the first row
wins), a date or language it does not understand, control characters
removed from a field.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .. import dates
from ..records import IngestWarning
from .paths import resolved

COLUMNS = ("path", "url", "title", "publisher", "published", "language")
# NUL and the other C0 controls but tab and line breaks: no title or URL
# means them, and a NUL cuts a string short in many tools downstream.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ManifestError(ValueError):
    pass


@dataclass(frozen=True)
class ManifestRow:
    path: Path
    url: str | None
    title: str | None
    publisher: str | None
    # As written; a date that is not understood leaves the document's date
    # unknown (it is not taken from the text instead).
    published: str | None
    language: str | None  # an ISO 639 code; None: guessed from the text
    line: int = 0


def read_manifest(path: str | os.PathLike[str]) -> tuple[dict[Path, ManifestRow], list[IngestWarning]]:
    """Rows keyed by resolved file path, and a warning per row we change or
    skip, its path "manifest.csv:LINE".

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
    except csv.Error as exc:  # an over-long field
        raise ManifestError(f"{path}: line {reader.line_num}: not valid CSV: {exc}") from exc


def _rows(path: Path, reader: csv.DictReader[str]) -> tuple[dict[Path, ManifestRow], list[IngestWarning]]:
    if not reader.fieldnames or "path" not in reader.fieldnames:
        raise ManifestError(f"{path}: manifest needs a 'path' column")
    rows: dict[Path, ManifestRow] = {}
    warnings: list[IngestWarning] = []
    base = path.parent
    for rec in reader:
        n = reader.line_num  # where the row ends (a quoted field can span lines)

        def warn(message: str, line: int = n) -> None:
            warnings.append(IngestWarning(f"{path}:{line}", message))

        fields = {c: (rec.get(c) or "").strip() for c in COLUMNS}
        cleaned = [c for c, v in fields.items() if _CONTROLS.search(v)]
        if cleaned:
            fields = {c: _CONTROLS.sub("", v).strip() for c, v in fields.items()}
            warn(f"control characters (NUL ...) removed from {', '.join(cleaned)}")
        rel = fields["path"]
        if not rel:
            warn("row has no path")
            continue
        target = resolved(base / rel)
        if target in rows:
            first = rows[target].line
            warn(f"a second row for {rel} (the first is line {first}); this row is ignored")
            continue
        if not target.exists():
            warn(f"{rel} does not exist")
        published = fields["published"]
        if published and dates.parse_loose(published) is None:
            warn(f"published date {published[:40]!r} not understood; the date is left unknown")
        language = language_code(fields["language"])
        if fields["language"] and language is None and fields["language"].lower() != "und":
            warn(f"language {fields['language'][:20]!r} is not a language code; guessed from the text")
        rows[target] = ManifestRow(
            path=target,
            url=fields["url"] or None,
            title=fields["title"] or None,
            publisher=fields["publisher"] or None,
            published=published or None,
            language=language,
            line=n,
        )
    return rows, warnings


def language_code(value: str) -> str | None:
    """An ISO 639 code (two letters where the language has them) for a code
    or an English name ("en", "eng", "en-GB", "English"), else None."""
    import pycountry

    tag = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    if not tag or tag == "und":
        return None
    found = pycountry.languages.get(alpha_2=tag) if len(tag) == 2 else pycountry.languages.get(alpha_3=tag)
    if found is None and len(tag) > 3:
        try:
            found = pycountry.languages.lookup(tag)
        except LookupError:
            return None
    if found is None:
        return None
    return str(getattr(found, "alpha_2", None) or found.alpha_3)
