"""One real-world event, however many outlets report it.

Mentions of an event (one per sentence that reports it) are grouped when
they have the same PLOVER type (a mobilisation in Belarus is never part of
an assault on Ukraine, however close in time), their actors overlap, their dates are
compatible (a day inside a month matches that month) and their locations
do not disagree. Grouping is greedy and deterministic: the most precisely
dated mentions found the groups, vaguer ones join the best matching group,
so "a state visit to China in May" in a year-end review joins the reports
of the talks in Beijing on 16 May.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import dates
from ..records import stable_id

# Occurred and denied reports of the same event are grouped (so that the
# contradiction is visible); plans and hypotheses stay apart from events.
STATUS_GROUP = {"occurred": "real", "negated": "real", "planned": "planned", "hypothetical": "hypothetical"}


@dataclass(frozen=True)
class Mention:
    event_id: str
    type: str
    actors: frozenset[str]
    date: str | None
    location: str | None
    status: str
    doc: str


@dataclass
class Group:
    merged_id: str
    founder: Mention
    members: list[Mention] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    location: str | None = None

    @property
    def date(self) -> str | None:
        dated = [m.date for m in self.members if m.date]
        return max(dated, key=len) if dated else None


def compatible(g: Group, m: Mention) -> bool:
    f = g.founder
    if f.type != m.type or STATUS_GROUP[f.status] != STATUS_GROUP[m.status]:
        return False
    shared = len(g.actors & m.actors)
    if shared < min(2, len(m.actors), len(g.actors)):
        return False
    # Two multilateral meetings share members easily; the same meeting
    # shares most of them.
    if shared < 0.5 * min(len(m.actors), len(g.actors)):
        return False
    date = g.date
    dates_agree = bool(date and m.date and dates.compatible(date, m.date))
    # Undated mentions join only a group from their own document: across
    # sources an undated report could be any occasion.
    same_doc_undated = m.date is None and any(x.doc == m.doc for x in g.members)
    if not (dates_agree or same_doc_undated):
        return False
    return not (g.location and m.location and g.location != m.location)


def group(mentions: Iterable[Mention]) -> dict[str, str]:
    """event_id -> merged_id for every mention."""
    ordered = sorted(mentions, key=lambda m: (-dates.precision(m.date), m.date or "", m.event_id))
    # Candidate groups are looked up by (type, actor, year) for dated
    # mentions and by (type, document) for undated ones, so grouping stays
    # close to linear in the number of mentions.
    by_actor: dict[tuple[str, str, str], list[Group]] = defaultdict(list)
    by_doc: dict[tuple[str, str], list[Group]] = defaultdict(list)
    out: dict[str, str] = {}
    for m in ordered:
        family = m.type
        if m.date:
            pool = {id(g): g for code in m.actors for g in by_actor[(family, code, m.date[:4])]}
        else:
            pool = {id(g): g for g in by_doc[(family, m.doc)]}
        candidates = [g for g in pool.values() if compatible(g, m)]
        if candidates:
            best = max(candidates, key=lambda g: (len(g.actors & m.actors), -len(g.members), g.merged_id))
        else:
            best = Group(stable_id("merged", m.event_id), m)
        best.members.append(m)
        new_actors = m.actors - best.actors
        best.actors |= m.actors
        best.location = best.location or m.location
        year = best.founder.date[:4] if best.founder.date else None
        if year:
            for code in new_actors if len(best.members) > 1 else best.actors:
                by_actor[(family, code, year)].append(best)
        if m.doc not in {x.doc for x in best.members[:-1]}:
            by_doc[(family, m.doc)].append(best)
        out[m.event_id] = best.merged_id
    return out
