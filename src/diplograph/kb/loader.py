"""Load the knowledge base from its YAML files, validate it, and index it.

Validation happens in two steps: each file against its pydantic schema, then
the cross-file checks a schema cannot express (every referenced code exists,
no code is defined twice, no surface form names two different actors).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .. import dates
from . import cache
from . import offices as office_checks
from .forms import SurfaceForm, surface_forms
from .models import (
    BodiesFile,
    Body,
    Group,
    GroupsFile,
    IgnoreFile,
    OfficesFile,
    Organisation,
    OrganisationsFile,
    PeopleFile,
    Person,
    Place,
    PlacesFile,
    Region,
    RegionsFile,
    Role,
    State,
    StatesFile,
    TitlesFile,
)

ActorKind = Literal["state", "organisation", "region", "group"]

M = TypeVar("M", bound=BaseModel)
# A state's own bodies (kb models.Body), one file per kind, each optional.
BODY_FILES = ("institutions.yaml", "agencies.yaml", "forces.yaml", "parties.yaml")


class KnowledgeBaseError(ValueError):
    """A data file is malformed or inconsistent with the others."""


@dataclass(frozen=True)
class Actor:
    code: str
    kind: ActorKind
    name: str
    qid: str | None
    parent: str | None = None


@dataclass
class KnowledgeBase:
    states: dict[str, State]
    organisations: dict[str, Organisation]
    people: dict[str, Person]
    regions: dict[str, Region]
    sources: dict[str, list[str]]
    places: list[Place] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    # Words joined to a name by a hyphen that make it a side or a backer.
    hyphen_prefixes: frozenset[str] = frozenset()
    hyphen_suffixes: frozenset[str] = frozenset()
    forms: list[SurfaceForm] = field(default_factory=list)
    # Named groups and a state's own bodies (models.Body, which code to
    # their state alone), by code: both give the sector of a name.
    groups: dict[str, Group] = field(default_factory=dict)
    offices: OfficesFile | None = None
    titles: dict[str, str] = field(default_factory=dict)  # title of office -> role (titles.yaml)

    @property
    def bodies(self) -> dict[str, Body]:
        return {c: g for c, g in self.groups.items() if isinstance(g, Body)}

    def actor(self, code: str) -> Actor | None:
        if code in self.states:
            s = self.states[code]
            return Actor(code, "state", s.name, s.qid, s.region)
        if code in self.organisations:
            o = self.organisations[code]
            return Actor(code, "organisation", o.name, o.qid, o.parent)
        if code in self.regions:
            r = self.regions[code]
            return Actor(code, "region", r.name, r.qid, r.parent)
        if code in self.groups and not isinstance(self.groups[code], Body):
            g = self.groups[code]
            return Actor(code, "group", g.name, g.qid, g.home)
        return None  # a body is never an actor of its own: it is its state

    def actors(self) -> list[Actor]:
        codes = [*self.states, *self.organisations, *self.regions, *self.groups]
        return [a for a in map(self.actor, codes) if a is not None]

    def roles_on(self, person_id: str, on: str | None) -> list[Role]:
        """Roles a person held on a date (ISO prefix); all roles if no date.

        A partial date matches a role that overlaps any part of it, so a
        month-level event in the month a leader took office still resolves.
        """
        person = self.people.get(person_id)
        if person is None:
            return []
        if not on:
            return list(person.roles)
        lo, hi = dates.as_date(on), dates.last_day(on)
        # A role dated "2019" runs from the start of 2019 (start) or to its
        # end (end): partial dates cover every day they could mean.
        return [
            r
            for r in person.roles
            if dates.as_date(r.start) <= hi and (r.end is None or dates.last_day(r.end) >= lo)
        ]

    def state_of_person(self, person_id: str, on: str | None) -> str | None:
        """The state (or organisation) a person served on a date.

        Without a date, or when the date falls outside every tenure, the
        person's most recent role decides: a report about a former leader
        most often concerns the state they led.
        """
        roles = self.roles_on(person_id, on) or list(self.people[person_id].roles)
        if not roles:
            return None
        rank = {
            "head_of_state": 0,
            "head_of_government": 1,
            "foreign_minister": 2,
            "defence_minister": 3,
            "head_of_organisation": 4,
            "minister": 5,
            "spokesperson": 6,
        }
        best = sorted(roles, key=lambda r: (rank[r.role], _neg(r.start)))[0]
        return best.state or best.org

    def members_of(self, code: str) -> list[str]:
        if code in self.regions:
            return list(self.regions[code].members)
        return []


def _neg(iso: str) -> str:
    # Sort key that puts later dates first without parsing them.
    return "".join(chr(0x7F - ord(c)) for c in iso)


def _read(path: Path, model: type[M]) -> M:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path.name}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeBaseError(f"{path.name}: {exc}") from exc


def data_dir() -> Path:
    return Path(str(resources.files("diplograph.kb") / "data"))


def load(directory: Path | None = None) -> KnowledgeBase:
    """The knowledge base in a folder of its files (the packaged one by
    default), validated; kept between processes by kb/cache.py."""
    return cache.cached(directory or data_dir(), _load, KnowledgeBase)


def _load(d: Path) -> KnowledgeBase:
    states_file = _read(d / "states.yaml", StatesFile)
    orgs_file = _read(d / "organisations.yaml", OrganisationsFile)
    # People are split by region so that each file stays reviewable.
    people_files = {p.name: _read(p, PeopleFile) for p in sorted(d.glob("people*.yaml"))}
    regions_file = _read(d / "regions.yaml", RegionsFile)
    places_file = _read(d / "places.yaml", PlacesFile) if (d / "places.yaml").exists() else None
    ignore_file = _read(d / "ignore.yaml", IgnoreFile) if (d / "ignore.yaml").exists() else None
    groups_file = _read(d / "groups.yaml", GroupsFile) if (d / "groups.yaml").exists() else None
    body_files = {name: _read(d / name, BodiesFile) for name in BODY_FILES if (d / name).exists()}
    offices_file = _read(d / "offices.yaml", OfficesFile) if (d / "offices.yaml").exists() else None
    titles_file = _read(d / "titles.yaml", TitlesFile) if (d / "titles.yaml").exists() else None

    problems: list[str] = []
    states = _index(states_file.states, "states.yaml", problems)
    orgs = _index(orgs_file.organisations, "organisations.yaml", problems)
    regions = _index(regions_file.regions, "regions.yaml", problems)
    groups = _index(groups_file.groups, "groups.yaml", problems) if groups_file else {}
    for name, bf in body_files.items():
        for code, body in _index(bf.bodies, name, problems).items():
            if code in groups:
                problems.append(f"{name}: {code} is listed twice")
            groups[code] = body
    people: dict[str, Person] = {}
    # One person entered twice under different ids shows as the same name
    # holding the same office from the same day.
    offices: dict[tuple[str, str | None, str, str], str] = {}
    for filename, pf in people_files.items():
        for p in pf.people:
            if p.id in people:
                problems.append(f"{filename}: {p.id} is listed twice")
            people[p.id] = p
            for role in p.roles:
                key = (p.name, role.state or role.org, role.role, role.start)
                if offices.setdefault(key, p.id) != p.id:
                    problems.append(f"{filename}: {p.id} repeats {offices[key]} (same name and office)")

    clash = set(states) & set(orgs) | set(states) & set(regions) | set(orgs) & set(regions)
    clash |= set(groups) & (set(states) | set(orgs) | set(regions))
    problems += [f"code {c} is defined in more than one file" for c in sorted(clash)]
    _check_references(states, orgs, regions, people, problems)
    kb = KnowledgeBase(
        states=states,
        organisations=orgs,
        people=people,
        regions=regions,
        sources={
            "states.yaml": states_file.sources,
            "organisations.yaml": orgs_file.sources,
            **{name: pf.sources for name, pf in people_files.items()},
            "regions.yaml": regions_file.sources,
            **({"places.yaml": places_file.sources} if places_file else {}),
            **({"ignore.yaml": ignore_file.sources} if ignore_file else {}),
            **({"groups.yaml": groups_file.sources} if groups_file else {}),
            **{name: bf.sources for name, bf in body_files.items()},
            **({"offices.yaml": offices_file.sources} if offices_file else {}),
            **({"titles.yaml": titles_file.sources} if titles_file else {}),
        },
        places=list(places_file.places) if places_file else [],
        ignore=list(ignore_file.phrases) if ignore_file else [],
        hyphen_prefixes=frozenset(ignore_file.hyphen_prefixes) if ignore_file else frozenset(),
        hyphen_suffixes=frozenset(ignore_file.hyphen_suffixes) if ignore_file else frozenset(),
        groups=groups,
        offices=offices_file,
        titles={w: role for role, words in titles_file.titles.items() for w in words} if titles_file else {},
    )
    for group in groups.values():
        if group.home is not None and group.home not in states:
            problems.append(f"groups.yaml: {group.code} has unknown home state {group.home}")
        if isinstance(group, Body) and not group.code.startswith(f"{group.home}:"):
            problems.append(f"{group.code}: a body's code begins with its state's code ({group.home})")
    problems += _office_problems(kb)
    for place in kb.places:
        if place.state not in states:
            problems.append(f"places.yaml: {place.name} has unknown state {place.state}")
    kb.forms = surface_forms(kb, problems)
    if problems:
        shown = problems[:25]
        more = f"\n  ... and {len(problems) - 25} more" if len(problems) > 25 else ""
        raise KnowledgeBaseError("knowledge base is inconsistent:\n  " + "\n  ".join(shown) + more)
    return kb


def _office_problems(kb: KnowledgeBase) -> list[str]:
    """Overlapping terms in one office; with offices.yaml, its own faults and
    the coverage gaps that fail the load (every member state's when
    coverage is strict, else those of the states it lists as covered)."""
    by_office = office_checks.terms(kb.people.values())
    problems = office_checks.overlaps(by_office)
    if kb.offices is None:
        return problems
    problems += office_checks.rule_problems(kb.offices, kb.states, kb.people.values())
    cov = kb.offices.coverage
    only = cov.covered
    if cov.strict:
        only = [c for c, st in kb.states.items() if st.un_status == "member" and c not in cov.exempt]
    problems += [
        f"offices.yaml coverage: {g}" for g in office_checks.gaps(kb.offices, kb.states, by_office, only=only)
    ]
    return problems


def coverage_gaps(kb: KnowledgeBase, today: date | None = None) -> list[office_checks.Gap]:
    """Every UN member state's office gaps, strict or not."""
    if kb.offices is None:
        return []
    by_office = office_checks.terms(kb.people.values())
    return office_checks.gaps(kb.offices, kb.states, by_office, today=today)


def coverage_report(kb: KnowledgeBase, today: date | None = None) -> str:
    """What `diplograph kb --coverage` prints: every gap, then a count."""
    members = sum(s.un_status == "member" for s in kb.states.values())
    return office_checks.report(coverage_gaps(kb, today), members)


@lru_cache(maxsize=1)
def default() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process; the environment
    variable DIPLOGRAPH_KB may point at another folder of the same files."""
    override = os.environ.get("DIPLOGRAPH_KB")
    return load(Path(override) if override else None)


T = TypeVar("T", State, Organisation, Region, Group, Body)


def _index(items: list[T], filename: str, problems: list[str]) -> dict[str, T]:
    out: dict[str, T] = {}
    for item in items:
        if item.code in out:
            problems.append(f"{filename}: {item.code} is listed twice")
        out[item.code] = item
    return out


def _check_references(
    states: dict[str, State],
    orgs: dict[str, Organisation],
    regions: dict[str, Region],
    people: dict[str, Person],
    problems: list[str],
) -> None:
    for s in states.values():
        if s.region not in regions:
            problems.append(f"states.yaml: {s.code} has unknown region {s.region}")
    for o in orgs.values():
        if o.parent and o.parent not in orgs:
            problems.append(f"organisations.yaml: {o.code} has unknown parent {o.parent}")
        if o.seat_state and o.seat_state not in states:
            problems.append(f"organisations.yaml: {o.code} has unknown seat_state {o.seat_state}")
        for m in o.members:
            if m.state not in states:
                problems.append(f"organisations.yaml: {o.code} lists unknown state {m.state}")
    for r in regions.values():
        for c in r.members:
            if c not in states:
                problems.append(f"regions.yaml: {r.code} lists unknown state {c}")
        if r.parent and r.parent not in regions:
            problems.append(f"regions.yaml: {r.code} has unknown parent {r.parent}")
    for p in people.values():
        for role in p.roles:
            if bool(role.state) == bool(role.org):
                problems.append(f"people.yaml: {p.name}: a role needs exactly one of state, org")
            elif role.state and role.state not in states:
                problems.append(f"people.yaml: {p.name}: unknown state {role.state}")
            elif role.org and role.org not in orgs:
                problems.append(f"people.yaml: {p.name}: unknown organisation {role.org}")
            if role.end and role.end < role.start:
                problems.append(f"people.yaml: {p.name}: role ends before it starts")
