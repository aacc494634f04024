"""Records passed between pipeline stages and stored in the database.

Every record carries the document and character span it came from, so any
fact in the graph can be traced back to the sentence that states it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .vocabulary import MembershipMode, Metric, Status


def stable_id(*parts: object) -> str:
    """A short id derived only from its inputs, so re-ingesting is a no-op."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    doc_id: str
    name: str
    path: str
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
    published_from: str | None = None  # manifest | html | dateline | record
    language: str = "en"
    language_from: str | None = None  # manifest | text (guessed); not stored


@dataclass(frozen=True)
class Sentence:
    sent_id: str
    doc_id: str
    idx: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    mention_id: str
    doc_id: str
    sent_id: str
    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    form: str  # name | adjective | metonym | person | region_adjective | group | pronoun


@dataclass(frozen=True)
class Event:
    event_id: str
    doc_id: str
    sent_id: str
    start: int
    end: int
    trigger: str
    type: str
    mode: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    participants: tuple[str, ...] = ()
    date: str | None = None
    date_end: str | None = None
    status: Status = "occurred"
    location: str | None = None
    rule: str = ""  # which lexicon entry or rule produced it, for debugging
    # PLOVER's sector of each actor, aligned with source / target /
    # participants ("" where the actor is the state or organisation itself):
    # "Israeli police" is source ("ISR",) with source_sectors ("COP",).
    source_sectors: tuple[str, ...] = ()
    target_sectors: tuple[str, ...] = ()
    participant_sectors: tuple[str, ...] = ()
    # Why the record is what it is: the lexicon entry that fired
    # ("lexicon:events.yaml#sanction.impose"), then each rule that changed
    # it, in order ("sides:possessor_target").
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Membership:
    membership_id: str
    doc_id: str
    sent_id: str
    start: int
    end: int
    trigger: str
    member: str
    organization: str
    mode: MembershipMode
    date: str | None = None
    status: Status = "occurred"
    rules: tuple[str, ...] = ()  # as Event.rules


@dataclass(frozen=True)
class Figure:
    figure_id: str
    doc_id: str
    sent_id: str
    start: int
    end: int
    text: str
    metric: Metric
    actors: tuple[str, ...]
    value: float
    unit: str
    period: str | None = None
    rules: tuple[str, ...] = ()  # as Event.rules
    # "planned": a target, forecast or sum still to come ("$100 billion by
    # 2030"), not a level reached.
    status: Status = "occurred"


@dataclass
class DocumentResult:
    """Everything the pipeline found in one document, stored together."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@dataclass(frozen=True)
class IngestError:
    """A file (or one record of it) that could not be stored."""

    path: str
    reason: str


@dataclass(frozen=True)
class IngestWarning:
    """Something stored, or a manifest row, that is not as it should be: the
    run reports it, the document (if any) is still stored. `path` names the
    file, or the manifest row as "manifest.csv:LINE"."""

    path: str
    reason: str
