"""`diplograph figures`: the money figures the documents give, filtered by
actor, metric and period, names beside codes."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from ..api.query.names import named
from ..api.query.rows import records
from . import output
from .common import DB, DEFAULT_DB, JSON, fail, open_store
from .event_table import WIDE, actors

COLUMNS = ["period", "metric", "between", "value", "doc"]
WIDE_COLUMNS = ["period", "metric", "between", "value", "text", "publisher", "doc", "sentence"]


def figures(
    actor: Annotated[
        list[str] | None, typer.Option("--actor", "-a", help="actor code; repeat: all must be party to it")
    ] = None,
    metric: Annotated[
        str | None, typer.Option("--metric", "-m", help="trade, aid, debt_cancelled or investment")
    ] = None,
    period: Annotated[
        str | None, typer.Option(help="figures for a period overlapping this one (YYYY[-MM[-DD]])")
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="period overlaps from this date")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="period overlaps up to this date")] = None,
    wide: WIDE = False,
    db: DB = DEFAULT_DB,
    as_json: JSON = False,
) -> None:
    """Money figures (trade, aid, debt cancelled, investment) with their actors and period."""
    if period is not None:
        if date_from is not None or date_to is not None:
            raise fail("give --period or --from/--to, not both")
        date_from = date_to = period
    with open_store(db) as g:
        rows = named(records(g.figures(actor or (), metric, date_from, date_to)), g.actor_name)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return
    columns = WIDE_COLUMNS if wide else COLUMNS
    flexible = [c for c in columns if c != "value"]
    output.show_fitted([_shown(r) for r in rows], columns, flexible, "Figures")


def _shown(r: dict[str, Any]) -> dict[str, str]:
    return {
        "period": (r["period"] or "").replace("/", " – "),
        "metric": (r["metric"] or "").replace("_", " "),
        "between": actors(r["actors"], r["actor_names"]),
        "value": amount(r["value"], r["unit"]),
        "text": r["text"] or "",
        "publisher": r["publisher"] or "",
        "doc": r["doc"] or "",
        "sentence": r["sentence"] or "",
    }


def amount(value: float | None, unit: str | None) -> str:
    """240000000000, USD as "240 bn USD"."""
    if value is None:
        return ""
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:,.3g} {word} {unit or ''}".rstrip()
    return f"{value:,.0f} {unit or ''}".rstrip()
