"""Checks on office-holders' terms: no two people hold one office at once,
and every UN member state has its heads for the whole checked period.

How each state's offices are filled, where that is not by its own
office-holders (a Commonwealth realm's head of state is the British monarch;
a presidential republic has no separate head of government; Bosnia and
Herzegovina's presidency has three seats), is data: kb/data/offices.yaml.

Dates in the knowledge base may be partial ("2019", "2019-03"). A partial
date is read in the way that blames the data least: two terms overlap only
if they certainly do, and a gap is counted only where no term can reach.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .. import dates
from .models import Office, OfficeRule, OfficesFile, Person, Role, State

# Offices that one person holds at a time; "minister" is many people at once.
SINGLE_OFFICES = frozenset(
    ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "head_of_organisation"]
)
Key = tuple[str, str, str | None]  # (state or organisation, role, seat)


@dataclass(frozen=True)
class Gap:
    """A stretch of the checked period in which an office had no holder."""

    state: str
    office: str
    seat: str | None
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def __str__(self) -> str:
        seat = f" ({self.seat} seat)" if self.seat else ""
        return (
            f"{self.state} {self.office}{seat}: no holder from {self.start} to {self.end} ({self.days} days)"
        )


def terms(people: Iterable[Person]) -> dict[Key, list[tuple[Person, Role]]]:
    """Every undisputed term of a single-holder office, by office, in order
    of start."""
    out: dict[Key, list[tuple[Person, Role]]] = defaultdict(list)
    for p in people:
        for r in p.roles:
            if r.role in SINGLE_OFFICES and not r.disputed:
                out[(r.state or r.org or "", r.role, r.seat)].append((p, r))
    for found in out.values():
        found.sort(key=lambda t: (dates.as_date(t[1].start), _end(t[1])))
    return out


def _end(role: Role) -> date:
    """The earliest day a term may have ended (an open term has not)."""
    return dates.as_date(role.end) if role.end else date.max


def overlaps(by_office: dict[Key, list[tuple[Person, Role]]], filename: str = "people") -> list[str]:
    """Two holders of one office (same state, role and seat) at once. A
    handover on one day (one's end is the next one's start) is no overlap;
    acting holders are terms like any other."""
    problems = []
    for (where, role, seat), found in sorted(by_office.items(), key=lambda kv: str(kv[0])):
        longest: tuple[Person, Role] | None = None
        for person, term in found:
            if longest is not None and _end(longest[1]) > dates.last_day(term.start):
                held = longest[1].end or "still in office"
                seat_text = f" ({seat} seat)" if seat else ""
                problems.append(
                    f"{filename}: {where} {role}{seat_text}: {person.id} from {term.start} overlaps "
                    f"{longest[0].id} ({longest[1].start} to {held})"
                )
            if longest is None or _end(term) > _end(longest[1]):
                longest = (person, term)
    return problems


def rule_problems(offices: OfficesFile, states: dict[str, State], people: Iterable[Person]) -> list[str]:
    """Codes in offices.yaml that name no state, and seats a role gives that
    its office does not have."""
    problems = []
    for rule in offices.rules:
        for code in (rule.state, rule.held_by):
            if code is not None and code not in states:
                problems.append(f"offices.yaml: {rule.state} {rule.office}: unknown state {code}")
        if rule.start and rule.end and dates.as_date(rule.end) < dates.as_date(rule.start):
            problems.append(f"offices.yaml: {rule.state} {rule.office}: rule ends before it starts")
    problems += [
        f"offices.yaml: covered lists unknown state {c}" for c in offices.coverage.covered if c not in states
    ]
    seats: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rule in offices.rules:
        seats[(rule.state, rule.office)] |= set(rule.seats)
    for p in people:
        for r in p.roles:
            if r.seat is not None and r.state and r.seat not in seats[(r.state, r.role)]:
                problems.append(
                    f"people: {p.id}: seat {r.seat!r} is not a seat of {r.state} {r.role} in offices.yaml"
                )
    return problems


def gaps(
    offices: OfficesFile,
    states: dict[str, State],
    by_office: dict[Key, list[tuple[Person, Role]]],
    today: date | None = None,
    only: Iterable[str] | None = None,
) -> list[Gap]:
    """Stretches longer than the allowed gap in which a UN member state's
    office had no holder, from `coverage.since` to today (`only`: these
    states alone)."""
    cov = offices.coverage
    today = today or date.today()
    if cov.until:
        today = min(today, dates.as_date(cov.until))
    since = dates.as_date(cov.since)
    rules: dict[tuple[str, str], list[OfficeRule]] = defaultdict(list)
    for r in offices.rules:
        rules[(r.state, r.office)].append(r)
    wanted = set(only) if only is not None else None
    out: list[Gap] = []
    for code, state in states.items():
        if state.un_status != "member" or (wanted is not None and code not in wanted):
            continue
        for office in cov.offices:
            for start, end, rule in _segments(rules[(code, office)], since, today):
                out += _segment_gaps(code, office, start, end, rule, by_office, cov.max_gap_days, today)
    return out


def _segments(
    rules: list[OfficeRule], since: date, today: date
) -> list[tuple[date, date, OfficeRule | None]]:
    """The checked period cut into stretches, each filled as one rule says
    (None: by the state's own office-holders)."""
    cuts = []
    for r in rules:
        lo = max(dates.as_date(r.start) if r.start else since, since)
        hi = min(dates.as_date(r.end) if r.end else today, today)
        if lo < hi:
            cuts.append((lo, hi, r))
    cuts.sort(key=lambda c: c[0])
    out: list[tuple[date, date, OfficeRule | None]] = []
    at = since
    for lo, hi, r in cuts:
        if lo > at:
            out.append((at, lo, None))
        out.append((max(lo, at), hi, r))
        at = max(at, hi)
    if at < today:
        out.append((at, today, None))
    return [s for s in out if s[0] < s[1]]


def _segment_gaps(
    code: str,
    office: Office,
    start: date,
    end: date,
    rule: OfficeRule | None,
    by_office: dict[Key, list[tuple[Person, Role]]],
    max_gap: int,
    today: date,
) -> list[Gap]:
    if rule is not None and (rule.absent or rule.vacant):
        return []
    if rule is not None and rule.held_by:
        keys: list[tuple[Key, str | None]] = [((rule.held_by, "head_of_state", None), None)]
    elif rule is not None and rule.seats:
        keys = [((code, office, seat), seat) for seat in rule.seats]
    else:
        keys = [((code, office, None), None)]
    out = []
    for key, seat in keys:
        held = [
            (dates.as_date(r.start), dates.last_day(r.end) if r.end else today)
            for _, r in by_office.get(key, [])
        ]
        for lo, hi in _uncovered(sorted(held), start, end):
            if (hi - lo).days > max_gap:
                out.append(Gap(code, office, seat, lo, hi))
    return out


def _uncovered(held: list[tuple[date, date]], start: date, end: date) -> list[tuple[date, date]]:
    """The stretches of [start, end] that no term (sorted by start) covers."""
    out = []
    at = start
    for lo, hi in held:
        if hi <= at:
            continue
        if lo > at:
            out.append((at, min(lo, end)))
        at = max(at, hi)
        if at >= end:
            break
    if at < end:
        out.append((at, end))
    return [(lo, hi) for lo, hi in out if lo < hi]


def report(found: list[Gap], members: int) -> str:
    """The coverage report: one line per gap, then how many states have gaps."""
    states = {g.state for g in found}
    lines = [str(g) for g in sorted(found, key=lambda g: (g.state, g.office, g.seat or "", g.start))]
    lines.append(f"{len(found)} gaps in {len(states)} of {members} UN member states")
    return "\n".join(lines)
