"""Exports: JSON lines (the scorer's format plus provenance), CSV, Parquet
and GraphML."""

from __future__ import annotations

import io
import json
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from ..store import fetches as fetched_from
from .query.client import Diplograph

if TYPE_CHECKING:
    import pandas as pd  # imported where used: an ingest never needs it

FORMATS = ("jsonl", "csv", "parquet", "graphml")
_PROVENANCE = ["sentence", "start_char", "end_char", "url", "title", "publisher", "published"]


class OutputRefused(ValueError):
    """An output file that must not be written: the store itself, a file
    that exists when overwriting was not asked for, a folder that is not
    there."""


class WriteFailed(OSError):
    """Writing the output failed (no permission, a full disk); the message
    names the file and the reason."""


def check_output(out: Path, store: str | Path, force: bool = False) -> None:
    """Refuse to write onto the store (or its write-ahead log) however the
    two paths are spelled, and refuse an existing file unless forced."""
    target = out.expanduser().resolve()
    db = Path(store).expanduser().resolve()
    if target in {db, db.with_name(db.name + ".wal")} or (
        target.exists() and db.exists() and target.samefile(db)
    ):
        raise OutputRefused(f"refusing to write onto the store {store}; choose another output file")
    if target.is_dir():
        raise OutputRefused(f"{out} is a folder; give a file name")
    if not target.parent.is_dir():
        what = "is not a folder" if target.parent.exists() else "does not exist"
        raise OutputRefused(f"cannot write {out}: {out.parent} {what}")
    if target.exists() and not force:
        raise OutputRefused(f"{out} exists; use --force to overwrite it")


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def _sectors(r: Mapping[Any, Any]) -> dict[str, list[str | None]]:
    """PLOVER's sector of each actor, aligned with its list (null for a
    state or organisation itself); a store from before sectors were kept
    gives nulls."""
    out: dict[str, list[str | None]] = {}
    for side in ("source", "target", "participants"):
        codes = r[side] or []
        stored = r.get(side.removesuffix("s") + "_sectors") or []
        if len(stored) != len(codes):
            stored = [""] * len(codes)
        out[side.removesuffix("s") + "_sectors"] = [s or None for s in stored]
    return out


def records(g: Diplograph) -> Iterator[dict[str, Any]]:
    """Every event, membership and figure as a flat record with provenance;
    a record from a fetched page also has its `final_url`, `fetched_at` and `feed`."""
    web = fetched_from.origins(g.store)
    for r in g.events().to_dict("records"):
        r = {k: _clean(v) for k, v in r.items()}
        date: Any = r["date"]
        if r.get("date_end"):
            date = {"start": r["date"], "end": r["date_end"]}
        yield {
            "kind": "event",
            "id": r["event_id"],
            "doc": r["doc"],
            "type": r["type"],
            "mode": r["mode"],
            "source": r["source"] or [],
            "target": r["target"] or [],
            "participants": r["participants"] or [],
            **_sectors(r),
            "date": date,
            "status": r["status"],
            "location": r["location"],
            "trigger": r["trigger"],
            "rules": r.get("rules") or [],
            **{k: r[k] for k in _PROVENANCE},
            **web.get(r["url"], {}),
        }
    for r in g.memberships().to_dict("records"):
        r = {k: _clean(v) for k, v in r.items()}
        yield {
            "kind": "membership",
            "id": r["membership_id"],
            "doc": r["doc"],
            "member": r["member"],
            "organization": r["organization"],
            "mode": r["mode"],
            "date": r["date"],
            "status": r["status"],
            "trigger": r["trigger"],
            "rules": r.get("rules") or [],
            **{k: r[k] for k in _PROVENANCE},
            **web.get(r["url"], {}),
        }
    for r in g.figures().to_dict("records"):
        r = {k: _clean(v) for k, v in r.items()}
        yield {
            "kind": "figure",
            "id": r["figure_id"],
            "doc": r["doc"],
            "metric": r["metric"],
            "actors": r["actors"] or [],
            "value": r["value"],
            "unit": r["unit"],
            "period": r["period"],
            "status": r["status"],
            "text": r["text"],
            "rules": r.get("rules") or [],
            **{k: r[k] for k in _PROVENANCE},
            **web.get(r["url"], {}),
        }


def export(g: Diplograph, fmt: str, out: Path | None, stdout: TextIO, force: bool = True) -> int:
    """Write an export; returns the number of records written. Never onto
    the store; onto another existing file only with force."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out is not None:
        check_output(out, g.path, force)
    recs = list(records(g))
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in recs)
        _write_text(text, out, stdout)
    elif fmt == "csv":
        frame = _flat_frame(recs, join_lists=True)
        buf = io.StringIO()
        frame.to_csv(buf, index=False)
        _write_text(buf.getvalue(), out, stdout)
    elif fmt == "parquet":
        if out is None:
            raise ValueError("parquet is binary: give an output file with -o")
        frame = _flat_frame(recs, join_lists=False)
        _writing(out, lambda path: frame.to_parquet(path, index=False))
    else:
        _write_text(graphml(g, recs), out, stdout)
    return len(recs)


def write_text(out: Path, text: str) -> None:
    """Write a text file; a failure is WriteFailed and leaves what was
    there before (nothing, or the old file) as it was."""
    _writing(out, lambda path: path.write_text(text, encoding="utf-8"))


def _writing(out: Path, write: Callable[[Path], object]) -> None:
    """Write a file beside the output and rename it into place, so that a
    failure half way leaves no partial file; a device or pipe
    (/dev/stdout) is written directly."""
    direct = out.exists() and not out.is_file()
    part = out if direct else out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        write(part)
        if not direct:
            os.replace(part, out)
    except OSError as exc:
        if not direct:
            part.unlink(missing_ok=True)
        raise WriteFailed(f"cannot write {out}: {_reason(exc)}") from None


def _reason(exc: OSError) -> str:
    """The system's words for a failed write; pyarrow's errors carry them
    after "Detail: [errno N]"."""
    found = re.search(r"\[errno (\d+)\]", str(exc))
    if found:
        return os.strerror(int(found.group(1)))
    return exc.strerror or str(exc).splitlines()[0]


def _write_text(text: str, out: Path | None, stdout: TextIO) -> None:
    if out is None:
        try:
            stdout.write(text)
            stdout.flush()
        except OSError as exc:
            raise WriteFailed(f"cannot write to standard output: {_reason(exc)}") from None
    else:
        write_text(out, text)


def _flat_frame(recs: list[dict[str, Any]], join_lists: bool) -> pd.DataFrame:
    rows = []
    for r in recs:
        row = dict(r)
        if isinstance(row.get("date"), dict):
            row["date_end"] = row["date"]["end"]
            row["date"] = row["date"]["start"]
        for k, v in row.items():
            if isinstance(v, list) and join_lists:
                row[k] = ";".join("" if x is None else str(x) for x in v)  # sectors hold nulls
        rows.append(row)
    import pandas as pd

    return pd.DataFrame(rows)


def graphml(g: Diplograph, recs: list[dict[str, Any]]) -> str:
    """Actors as nodes, events as directed edges (source to target; a
    multilateral event links every pair of its parties)."""
    events = [r for r in recs if r["kind"] == "event"]
    nodes: dict[str, str] = {}
    edges = []
    for r in events:
        sources = r["source"] or []
        targets = r["target"] or [c for c in r["participants"] if c not in sources]
        for s in sources:
            for t in targets:
                if s != t:
                    edges.append((s, t, r))
                    nodes[s] = nodes[t] = ""
    for code in nodes:
        actor = g.kb.actor(code)
        nodes[code] = actor.name if actor else code
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '<key id="label" for="node" attr.name="label" attr.type="string"/>',
        '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
        '<key id="date" for="edge" attr.name="date" attr.type="string"/>',
        '<key id="status" for="edge" attr.name="status" attr.type="string"/>',
        '<key id="doc" for="edge" attr.name="doc" attr.type="string"/>',
        '<graph id="diplograph" edgedefault="directed">',
    ]
    for code, label in sorted(nodes.items()):
        out.append(f'<node id={quoteattr(code)}><data key="label">{escape(label)}</data></node>')
    for n, (s, t, r) in enumerate(edges):
        date = r["date"]["start"] if isinstance(r["date"], dict) else (r["date"] or "")
        out.append(
            f'<edge id="e{n}" source={quoteattr(s)} target={quoteattr(t)}>'
            f'<data key="type">{escape(r["type"])}</data><data key="date">{escape(date)}</data>'
            f'<data key="status">{escape(r["status"] or "")}</data>'
            f'<data key="doc">{escape(r["doc"])}</data></edge>'
        )
    out += ["</graph>", "</graphml>", ""]
    return "\n".join(out)
