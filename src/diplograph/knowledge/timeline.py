"""Membership of each state in each organisation over time.

Evidence comes from the knowledge base (founding members, accessions) and
from the documents (membership records). Only what a source reports as
done changes a state's status: an invitation makes a state "invited", not a
member, so five of six invited states joining leaves the sixth out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import dates
from ..kb.loader import KnowledgeBase

# Which status each mode leads to, and how strong a status is: a weaker
# status (an invitation) never overrides a stronger one (membership).
STATUS_OF_MODE = {
    "join": "member",
    "leave": "none",
    "suspend": "suspended",
    "invite": "invited",
    "apply": "applicant",
    "observer": "observer",
    "partner": "partner",
}
RANK = {"none": 0, "applicant": 1, "invited": 2, "partner": 3, "observer": 4, "suspended": 5, "member": 6}
KB_SOURCE = "knowledge base"


@dataclass(frozen=True)
class Evidence:
    state: str
    organization: str
    mode: str
    date: str | None
    status: str = "occurred"  # occurred | planned | negated | hypothetical
    source: str = KB_SOURCE  # a document name, or the knowledge base


@dataclass
class Interval:
    state: str
    organization: str
    status: str
    start: str | None
    end: str | None = None
    evidence: list[str] = field(default_factory=list)


def kb_evidence(kb: KnowledgeBase, organization: str | None = None) -> list[Evidence]:
    out = []
    for org in kb.organisations.values():
        if organization and org.code != organization:
            continue
        for m in org.members:
            date = m.date or (org.founded if m.founding else None)
            out.append(Evidence(m.state, org.code, m.mode, date))
    return out


def timelines(evidence: Iterable[Evidence]) -> dict[tuple[str, str], list[Interval]]:
    by_pair: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for e in evidence:
        if e.status == "occurred" and e.mode in STATUS_OF_MODE:
            by_pair[(e.state, e.organization)].append(e)
    return {pair: _intervals(pair, evs) for pair, evs in by_pair.items()}


def _intervals(pair: tuple[str, str], evs: list[Evidence]) -> list[Interval]:
    # Undated evidence sorts first: it says the status held at some time
    # before the dated changes we know of.
    ordered = sorted(evs, key=lambda e: (e.date is not None, e.date or "", RANK[STATUS_OF_MODE[e.mode]]))
    out: list[Interval] = []
    for e in ordered:
        status = STATUS_OF_MODE[e.mode]
        cur = out[-1] if out else None
        if cur and cur.status == status:
            if e.source not in cur.evidence:
                cur.evidence.append(e.source)
            cur.start = _earliest(cur.start, e.date)
            continue
        # A weaker status reported while a stronger one holds (an invitation
        # to a member) is noted as evidence but changes nothing, except
        # leaving, which always ends membership.
        if (
            cur
            and status not in {"none", "suspended"}
            and RANK[status] < RANK[cur.status]
            and cur.status != "none"
        ):
            continue
        if cur and cur.end is None:
            cur.end = e.date
        out.append(Interval(pair[0], pair[1], status, e.date, None, [e.source]))
    return [i for i in out if i.status != "none"]


def _earliest(a: str | None, b: str | None) -> str | None:
    """The earlier start of two reports of one change; where one date
    contains the other ("2024" and "2024-07-04"), the more precise."""
    if not a or not b:
        return a or b
    if dates.compatible(a, b):
        return a if len(a) >= len(b) else b
    return a if dates.as_date(a) < dates.as_date(b) else b


def status_on(intervals: list[Interval], on: str | None) -> Interval | None:
    """The interval in force on a date (or now, with no date)."""
    if not intervals:
        return None
    if on is None:
        last = intervals[-1]
        return last if last.end is None else None
    day = dates.as_date(on)
    for iv in reversed(intervals):
        started = iv.start is None or dates.as_date(iv.start) <= day
        ended = iv.end is not None and dates.as_date(iv.end) <= day
        if started and not ended:
            return iv
    return None
