"""The knowledge base's data model: one pydantic model per YAML file.

The files under ``kb/data`` are the single source of actor knowledge; these
models are their schema, so a typo in a data file fails loudly at load time
rather than silently producing wrong codes.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from ..vocabulary import SECTORS, MembershipMode

ISO3 = re.compile(r"^[A-Z]{3}$")
ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
REGION_CODE = re.compile(r"^(M49:\d{3}|GRP:[A-Z0-9_]+)$")
GROUP_CODE = re.compile(r"^GRP:[A-Z0-9_]+$")
# A state's own body: its state's code, then a name ("RUS:PACIFIC_FLEET").
BODY_CODE = re.compile(r"^[A-Z]{3}:[A-Z0-9_]+$")
QID = re.compile(r"^Q\d+$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Dates in the knowledge base may be as precise as the record allows.
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _partial_date(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if not PARTIAL_DATE.match(text):
        raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
    return text


PartialDate = Annotated[str | None, BeforeValidator(_partial_date)]


def _qid(v: str | None) -> str | None:
    if v is not None and not QID.match(v):
        raise ValueError(f"not a Wikidata QID: {v!r}")
    return v


Qid = Annotated[str, AfterValidator(_qid)]
OptionalQid = Annotated[str | None, AfterValidator(_qid)]


class State(Strict):
    code: str
    qid: Qid
    name: str
    official: str
    un_status: Literal["member", "observer", "other"]
    m49: str = Field(description="UN M49 numeric country code, three digits")
    region: str = Field(description="M49 sub-region code, e.g. M49:143")
    names: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    capital: str | None = None
    metonyms: list[str] = Field(default_factory=list)

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not ISO3.match(v):
            raise ValueError(f"state code must be ISO 3166-1 alpha-3, got {v!r}")
        return v

    @field_validator("m49")
    @classmethod
    def _m49(cls, v: object) -> str:
        text = f"{int(str(v)):03d}"
        return text


class Membership(Strict):
    state: str
    mode: MembershipMode
    date: PartialDate = None
    founding: bool = False
    note: str | None = None


class Organisation(Strict):
    code: str
    qid: OptionalQid  # explicit null where the QID could not be checked offline
    name: str
    names: list[str] = Field(default_factory=list)
    kind: Literal["intergovernmental", "body", "court", "forum"] = "intergovernmental"
    parent: str | None = None
    seat: str | None = None
    seat_state: str | None = None
    founded: PartialDate = None
    members: list[Membership] = Field(default_factory=list)

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not ORG_CODE.match(v):
            raise ValueError(f"organisation code must be an upper-case acronym, got {v!r}")
        return v


RoleName = Literal[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "minister",
    "head_of_organisation",
    "spokesperson",
]


class Role(Strict):
    state: str | None = None
    org: str | None = None
    role: RoleName
    title: str | None = None
    # Collegial offices (Bosnia and Herzegovina's three-member presidency, San
    # Marino's two captains regent) hold several people at once: one seat each.
    seat: str | None = None
    start: Annotated[str, BeforeValidator(_partial_date)]
    end: PartialDate = None
    # A rival claimant to an office another holds (Libya's rival governments,
    # Venezuela's interim president of 2019-2023): the name still codes to the
    # state, but the term is left out of the checks of terms and coverage.
    disputed: bool = False


class Person(Strict):
    id: str = Field(description="stable slug, e.g. vladimir-putin")
    name: str
    qid: OptionalQid = Field(default=None, description="Wikidata QID where known for certain")
    names: list[str] = Field(default_factory=list)
    roles: list[Role]

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"person id must be a lower-case slug, got {v!r}")
        return v


class Region(Strict):
    code: str
    name: str
    match: bool = Field(default=True, description="false: never matched in text (the World)")
    qid: OptionalQid = None
    names: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)
    parent: str | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not REGION_CODE.match(v):
            raise ValueError(f"region code must be M49:NNN or GRP:NAME, got {v!r}")
        return v


class Place(Strict):
    """A city or site that is not an actor but locates events ("the Kazan
    summit", "talks in Geneva")."""

    name: str
    state: str
    names: list[str] = Field(default_factory=list)


class Group(Strict):
    """A named non-state actor (an armed group, a movement, a private army).
    PLOVER codes it as its home state plus a sector ("Hamas" is PSE REB), so
    events with it code to both its own code and its home state."""

    code: str
    name: str
    qid: OptionalQid = Field(default=None, description="Wikidata QID where known for certain")
    names: list[str] = Field(default_factory=list)
    # Abbreviations that often mean something else ("RSF": also Reporters
    # Without Borders) name the group only in a document that also names it
    # in full.
    short_names: list[str] = Field(default_factory=list)
    home: str | None = Field(default=None, description="state it belongs to; none for transnational groups")
    sector: str
    note: str | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not GROUP_CODE.match(v):
            raise ValueError(f"group code must be GRP:NAME, got {v!r}")
        return v

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        if v not in SECTORS:
            raise ValueError(f"sector must be one of PLOVER's sector codes, got {v!r}")
        return v


class Body(Group):
    """A state's own body: a political party, an intelligence or security
    agency, an armed force, branch or fleet, a ministry, a legislature or a
    seat of power. PLOVER codes it as its state plus a sector ("the Pacific
    Fleet" is RUS MIL, "the ANC" ZAF PTY): it codes to its state alone, and
    its own code (kept on the matched name) carries the sector."""

    home: str = Field(description="the state the body belongs to")
    # A building or seat of power is also where things happen ("talks at
    # the Kremlin"): it matches as a metonym, as a capital does.
    seat: bool = False

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not BODY_CODE.match(v):
            raise ValueError(
                f"body code must be its state's code and a name, e.g. RUS:PACIFIC_FLEET, got {v!r}"
            )
        return v


Office = Literal["head_of_state", "head_of_government", "foreign_minister", "defence_minister"]


class OfficeRule(Strict):
    """How one of a state's offices is filled over a period, where it is not
    by the state's own office-holders alone (the default)."""

    state: str
    office: Office
    start: PartialDate = None  # from the start of the checked period
    end: PartialDate = None  # to today
    held_by: str | None = Field(default=None, description="another state whose head of state holds it")
    absent: bool = Field(default=False, description="no such office: the head of state heads the government")
    vacant: bool = Field(default=False, description="the office stood empty")
    seats: list[str] = Field(default_factory=list, description="a collegial office: each seat is filled")
    note: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> OfficeRule:
        kinds = [self.held_by is not None, self.absent, self.vacant, bool(self.seats)]
        if sum(kinds) != 1:
            raise ValueError(
                f"{self.state} {self.office}: give exactly one of held_by, absent, vacant, seats"
            )
        return self


class Coverage(Strict):
    """Which offices every UN member state must have filled, and how strictly
    gaps are enforced."""

    since: Annotated[str, BeforeValidator(_partial_date)]
    max_gap_days: int = Field(ge=0)
    offices: list[Office]
    # false: gaps are reported (`diplograph kb --coverage`) but fail the load
    # only for the states in `covered`; true: every member state's gaps fail
    # it, but for those in `exempt` (whose latest holders the authors could
    # not establish), which are still reported.
    strict: bool = False
    covered: list[str] = Field(default_factory=list)
    exempt: list[str] = Field(default_factory=list)
    # The day the people files were last brought up to date: gaps after it
    # are the future's, not a fault of the data (a yearly president's term
    # ends on 31 December whether or not the next one is entered yet).
    until: PartialDate = None


class OfficesFile(Strict):
    sources: list[str]
    coverage: Coverage
    rules: list[OfficeRule]


class TitlesFile(Strict):
    """Titles of office, by the role each names."""

    sources: list[str]
    titles: dict[RoleName, list[str]]

    @field_validator("titles")
    @classmethod
    def _once(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        seen: dict[str, str] = {}
        for role, words in v.items():
            for w in words:
                if w != w.lower():
                    raise ValueError(f"title {w!r} must be lower case")
                if seen.setdefault(w, role) != role:
                    raise ValueError(f"title {w!r} is listed under both {seen[w]} and {role}")
        return v


class BodiesFile(Strict):
    sources: list[str]
    bodies: list[Body]


class GroupsFile(Strict):
    sources: list[str]
    groups: list[Group]


class IgnoreFile(Strict):
    """Phrases that contain an actor's name but do not name it ("Indian
    Ocean", "World War II"); matching them whole keeps them from matching."""

    sources: list[str]
    phrases: list[str]
    # A name joined by a hyphen to one of these names a side or a backer,
    # not the actor: "pro-Russian protesters", "Iranian-backed militias".
    hyphen_prefixes: list[str] = Field(default_factory=list)
    hyphen_suffixes: list[str] = Field(default_factory=list)


class PlacesFile(Strict):
    sources: list[str]
    places: list[Place]


class StatesFile(Strict):
    sources: list[str]
    states: list[State]


class OrganisationsFile(Strict):
    sources: list[str]
    organisations: list[Organisation]


class PeopleFile(Strict):
    sources: list[str]
    people: list[Person]


class RegionsFile(Strict):
    sources: list[str]
    regions: list[Region]
