"""Where sources disagree: different amounts for the same figure, different
membership facts, an event one source reports and another denies. Every
contradiction lists each competing value with the documents behind it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .. import dates
from ..kb.loader import KnowledgeBase

# Amounts within this fraction of each other are the same figure rounded
# differently ("$240 billion" and "$239.6 billion").
FIGURE_TOLERANCE = 0.05


def figure_conflicts(figures: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures for the same metric, actors, unit and period, from different
    documents, whose values differ.

    Only the very same period can conflict: January to November is not the
    year, nor is November the year, and a different figure for each is
    expected. A figure with no stated period is for no known period, so it
    contradicts nothing; a target ("$100 billion by 2030") does not
    contradict the level reached."""
    by_key: dict[tuple[str, tuple[str, ...], str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for f in figures:
        if f["period"]:
            status = f.get("status") or "occurred"
            by_key[(f["metric"], tuple(sorted(f["actors"] or [])), f["unit"], f["period"], status)].append(f)
    out = []
    for (metric, actors, unit, period, _), items in sorted(by_key.items()):
        values: list[dict[str, Any]] = []
        for f in sorted(items, key=lambda x: (x["value"], x["doc"])):
            same = next(
                (
                    v
                    for v in values
                    if abs(v["value"] - f["value"])
                    <= FIGURE_TOLERANCE * max(abs(v["value"]), abs(f["value"]))
                ),
                None,
            )
            if same is None:
                values.append({"value": float(f["value"]), "period": period, "docs": [f["doc"]]})
            elif f["doc"] not in same["docs"]:
                same["docs"].append(f["doc"])
        docs = {d for v in values for d in v["docs"]}
        if len(values) >= 2 and len(docs) >= 2:
            out.append(
                {
                    "kind": "figure",
                    "metric": metric,
                    "actors": list(actors),
                    "unit": unit,
                    "period": period,
                    "values": values,
                }
            )
    return out


def membership_conflicts(memberships: Iterable[dict[str, Any]], kb: KnowledgeBase) -> list[dict[str, Any]]:
    """The same membership change reported with incompatible dates, or
    reported by one source and denied by another. The knowledge base's own
    record counts as a source."""
    by_key: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for m in memberships:
        by_key[(m["member"], m["organization"], m["mode"])].append(m)
    out = []
    for (member, org, mode), items in sorted(by_key.items()):
        kb_dates = [
            x.date
            for x in (kb.organisations[org].members if org in kb.organisations else [])
            if x.state == member and x.mode == mode and x.date
        ]
        dated: list[dict[str, Any]] = [{"date": d, "docs": ["knowledge base"]} for d in kb_dates]
        for m in items:
            if m["status"] != "occurred" or not m["date"]:
                continue
            same = next((v for v in dated if dates.compatible(v["date"], m["date"])), None)
            if same is None:
                dated.append({"date": m["date"], "docs": [m["doc"]]})
            elif m["doc"] not in same["docs"]:
                same["docs"].append(m["doc"])
        from_docs = {d for v in dated for d in v["docs"] if d != "knowledge base"}
        if len(dated) >= 2 and from_docs:
            out.append(
                {
                    "kind": "membership_date",
                    "member": member,
                    "organization": org,
                    "mode": mode,
                    "values": dated,
                }
            )
        statuses: dict[str, list[str]] = defaultdict(list)
        for m in items:
            if m["status"] in {"occurred", "negated"} and m["doc"] not in statuses[m["status"]]:
                statuses[m["status"]].append(m["doc"])
        if len(statuses) == 2:
            out.append(
                {
                    "kind": "membership_status",
                    "member": member,
                    "organization": org,
                    "mode": mode,
                    "values": [{"status": s, "docs": d} for s, d in sorted(statuses.items())],
                }
            )
    return out


def event_conflicts(mentions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merged events that one document reports as having happened and
    another says did not (mentions carry merged_id, status, doc)."""
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_event[m["merged_id"]].append(m)
    out = []
    for merged_id, items in sorted(by_event.items()):
        docs: dict[str, set[str]] = defaultdict(set)
        for m in items:
            docs[m["status"]].add(m["doc"])
        if docs.get("occurred") and docs.get("negated") and docs["occurred"] != docs["negated"]:
            first = items[0]
            out.append(
                {
                    "kind": "event",
                    "event": merged_id,
                    "type": first["type"],
                    "actors": sorted({c for m in items for c in m["actors"]}),
                    "date": max((m["date"] for m in items if m["date"]), key=len, default=None),
                    "values": [{"status": s, "docs": sorted(docs[s])} for s in ("occurred", "negated")],
                }
            )
    return out
