"""The tables of the web UI as CSV files: the JSON twin's rows, with the
same filters, as a spreadsheet opens them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from fastapi.responses import Response

from ..api.query.names import label

# A cell a spreadsheet would run as a formula (document text is untrusted);
# the leading apostrophe is what spreadsheets themselves use to mark text.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")

EVENTS = [
    "merged_id", "date", "date_end", "type", "mode", "source", "source_names", "target", "target_names",
    "participants", "participant_names", "status", "location", "location_name", "n_mentions",
    "n_publishers", "publishers", "docs", "sentence",
]  # fmt: skip
FIGURES = [
    "figure_id", "metric", "actors", "actor_names", "value", "unit", "period", "text", "sentence", "doc",
    "publisher", "title", "published", "url",
]  # fmt: skip
MEMBERS = ["member", "name", "status", "since", "until", "evidence"]
HITS = ["score", "doc", "idx", "text", "publisher", "published", "records"]


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str], name: str) -> Response:
    """A CSV download of the rows' `columns`: lists joined by "; "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(_record(v) if isinstance(v, dict) else str(v) for v in value)
    elif isinstance(value, float) and value.is_integer():
        return str(int(value))
    elif not isinstance(value, str):
        return str(value)
    return f"'{value}" if value.startswith(_FORMULA) else value


def _record(r: dict[str, Any]) -> str:
    """A record coded from a search hit, in words: "event AGREE Russia (RUS) → China (CHN)"."""
    sides = [
        ", ".join(label(c, n) for c, n in zip(r.get(side) or [], r.get(f"{side}_names") or [], strict=False))
        for side in ("source", "target")
    ]
    said = " → ".join(s for s in sides if s)
    if r.get("kind") == "figure":
        period = f" ({r['date']})" if r.get("date") else ""
        return f"figure {r.get('what')} {said}: {_cell(r.get('value'))} {r.get('unit') or ''}{period}"
    return f"{r.get('kind')} {r.get('what')} {said}".rstrip()
