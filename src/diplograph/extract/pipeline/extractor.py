"""Run the sentence pipeline over a parsed document, sentence by sentence,
keeping the context a reader keeps: the date the narrative is at, who "the
parties" are, what organisation is being talked about."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from ...config import Config, Learned, registry
from ...nlp import ParsedDocument
from ...records import DocumentResult, Sentence, stable_id
from ...resolve import Resolver
from .. import cascade
from ..actors.discourse import Discourse
from ..actors.phrases import PhraseActors
from ..time import dating, temporal
from ..time.scope import document_scope

# Importing the pass modules registers their passes.
from . import draft_passes, event_records, figure_records, membership_records, model_passes, restated  # noqa: F401
from .state import PASS, DocumentState, Pass, SentenceState, Tools


class PassError(ValueError):
    """A pipeline names a pass no module registered."""


def pass_names(passes: Sequence[str], without: Collection[str] = ()) -> tuple[str, ...]:
    """The passes to run, in order: `passes` less those `without` names.
    Every name must be a registered pass."""
    known = set(registry.names(PASS))
    unknown = [n for n in [*passes, *without] if n not in known]
    if unknown:
        raise PassError(f"no pass called {unknown[0]!r} (known: {', '.join(sorted(known))})")
    return tuple(n for n in passes if n not in set(without))


class Extractor:
    def __init__(
        self,
        resolver: Resolver,
        names: Any,
        passes: Sequence[str] = Config.passes,
        without: Collection[str] = (),
        learned: Learned | None = None,
    ):
        """names: a function from a short text to its knowledge-base names
        (the parser's `names`), used to read a document's publisher.
        passes: the passes run on each sentence, in order; without: passes
        switched off (for ablations)."""
        self.resolver = resolver
        self.names = names
        self.pass_names = pass_names(passes, without)
        tools = Tools(resolver, learned or Learned())
        self.passes: list[Pass] = [registry.get(PASS, name)(tools) for name in self.pass_names]

    def extract(self, parsed: ParsedDocument) -> DocumentResult:
        doc = parsed.document
        result = DocumentResult(document=doc)
        result.mentions = self.resolver.mentions(doc, parsed.sentences)
        author = self.resolver.author(doc, self.names)
        state = DocumentState(
            result=result,
            ctx=temporal.DateContext(published=doc.published, scope=document_scope(doc.title, doc.text)),
            discourse=Discourse(author=author),
            author_agent=author if _salient(author, result) else None,
        )
        for idx, unit in enumerate(parsed.sentences):
            sent_id = stable_id(doc.doc_id, "sent", unit.start)
            text = doc.text[unit.start : unit.end]
            result.sentences.append(Sentence(sent_id, doc.doc_id, idx, unit.start, unit.end, text))
            state.figures.since += 1
            if state.figures.since > 3:
                state.figures.previous = None  # a figure continues only the passage it is in
            if unit.doc is None:
                dating.note_light_sentence(state.ctx, text, len(unit.matches))
                state.discourse.last_speaker = ()  # a quotation continues only the next sentence
                continue
            # Who "they" and "the parties" are is learnt only from sentences
            # the cascade would parse, so that the full pipeline and the
            # cascade read the same discourse.
            eventful = unit.eventful
            if eventful is None:
                eventful = cascade.worth_parsing(cascade.sentence_words(unit.doc), text, unit.matches)
            self.read(state, unit.doc[:], unit.start, sent_id, eventful)
        restated.date_the_headline(result, doc.published)
        return result

    def read(self, doc: DocumentState, span: Any, offset: int, sent_id: str, eventful: bool) -> SentenceState:
        """Run the passes over one parsed sentence."""
        doc.discourse.sentence_pair = ()
        actors = PhraseActors(span, self.resolver, doc.document.published, doc.discourse)
        actors.offices.learn = eventful
        state = SentenceState(doc, span, offset, sent_id, eventful, actors)
        for run in self.passes:
            run(state)
        return state


def _salient(author: str | None, result: DocumentResult) -> bool:
    """Whether the author's own state is what the document is about (a
    ministry reporting its own diplomacy), so that agentless passives ("an
    agreement was signed with Iran") have it as their agent."""
    if author is None:
        return False
    counts: dict[str, int] = {}
    for m in result.mentions:
        if m.form not in {"place", "region_adjective"}:
            for c in m.codes:
                counts[c] = counts.get(c, 0) + 1
    if not counts:
        return False
    top = max(counts.values())
    return counts.get(author, 0) >= max(3, top // 2)
