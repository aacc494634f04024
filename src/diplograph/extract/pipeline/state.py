"""What the passes of the sentence pipeline share: one typed state per
sentence (SentenceState), inside one per document (DocumentState), and the
one signature every pass has.

A pass is registered by name (`register_pass`) as a factory that takes the
pipeline's Tools and returns a callable on a SentenceState; the config's
[extract] `passes` list says which run and in what order. See
docs/architecture.md ("A pass")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ...config import Learned, registry
from ...kb.loader import KnowledgeBase
from ...records import Document, DocumentResult
from ...resolve import Resolver
from ..actors.discourse import Discourse
from ..actors.phrases import PhraseActors
from ..events.draft import Draft
from ..events.figures import FigureDraft
from ..time.dating import Coref, TimeMention
from ..time.occasions import Occasion
from ..time.temporal import DateContext

PASS = "pass"  # the registry's kind for passes


@dataclass(frozen=True)
class Tools:
    """What a pass is built with, once per pipeline."""

    resolver: Resolver
    learned: Learned = field(default_factory=Learned)  # the learned classifier's settings

    @property
    def kb(self) -> KnowledgeBase:
        return self.resolver.kb


class Pass(Protocol):
    """One step of the sentence pipeline: reads and changes the state."""

    def __call__(self, state: SentenceState) -> None: ...


PassFactory = Callable[[Tools], Pass]


def register_pass(name: str) -> Callable[[PassFactory], PassFactory]:
    """Register a pass factory under a name the config can list."""

    def deco(factory: PassFactory) -> PassFactory:
        registry.register(PASS, name)(factory)
        return factory

    return deco


@dataclass
class EventMemory:
    """What the event records of the document so far say, for events that
    refer back to them ("the attack", "at the meeting")."""

    # (type, doer) -> (recipient, date) of the last such record
    coref: Coref = field(default_factory=dict)
    last_consult_date: str | None = None
    # named occasions ("the 43rd ASEAN Summit") -> the finest date given them
    occasions: dict[str, Occasion] = field(default_factory=dict)


@dataclass
class FigureMemory:
    """The last figure, which the next one may continue ("Japan followed,
    with $250 billion"), and how many sentences ago it was."""

    previous: FigureDraft | None = None
    since: int = 0


@dataclass
class DocumentState:
    """What the pipeline knows while it reads one document."""

    result: DocumentResult  # the records found so far
    ctx: DateContext  # the document's clock
    discourse: Discourse  # who "they", "the parties", "the bloc" are
    author_agent: str | None  # the author's state, agent of agentless passives
    events: EventMemory = field(default_factory=EventMemory)
    figures: FigureMemory = field(default_factory=FigureMemory)

    @property
    def document(self) -> Document:
        return self.result.document


@dataclass
class SentenceState:
    """One parsed sentence as the passes work on it."""

    doc: DocumentState
    span: Any  # the sentence: a spaCy Span
    offset: int  # where the span's text starts in the document's text
    sent_id: str
    # Whether the cascade would parse the sentence: only such sentences
    # teach the discourse who "they" are, so that both modes read alike.
    eventful: bool
    actors: PhraseActors
    # The index just past a wire dateline that opens the sentence, if any:
    # the place and date the story was filed, which name no party and date
    # no event.
    dateline_end: int | None = None
    times: list[TimeMention] = field(default_factory=list)
    # Dates that end a period or set a deadline ("until 2027", "by 2030"):
    # no event's date, kept only for the trace.
    set_aside: list[TimeMention] = field(default_factory=list)
    # The events the sentence states, as drafts: found by the events pass,
    # then shaped, completed, filtered by the passes after it, and made
    # into records (with dates) by the records pass.
    drafts: list[Draft] = field(default_factory=list)
    # Acts named as the setting ("amid the war"): no events of this story,
    # but their words still claim the dates that belong to them.
    background: list[Draft] = field(default_factory=list)
    # Drafts a pass took out, with who took them out and why.
    vetoed: list[tuple[Draft, str]] = field(default_factory=list)
    # Each draft recorded as an event, with the date it was recorded under.
    recorded: list[tuple[Draft, str | None]] = field(default_factory=list)

    def event_triggers(self) -> set[int]:
        """Positions of the sentence's event words: each claims its dates."""
        return {d.trigger.i for d in self.drafts} | {d.trigger.i for d in self.background}

    def propose(self, draft: Draft, by: str, score: float | None = None) -> None:
        """Add a draft no lexicon trigger gave (a learned pass's): its trace
        starts with the proposer (`by`, e.g. "model:types-v1")."""
        draft.rules = (by, *draft.rules)
        draft.score = score
        self.drafts.append(draft)

    def veto(self, draft: Draft, by: str, why: str = "") -> None:
        """Take a draft out before it is recorded (a rule's weak output)."""
        self.drafts = [d for d in self.drafts if d is not draft]
        self.vetoed.append((draft, f"{by}: {why}" if why else by))
