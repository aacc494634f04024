"""Run every extractor over a parsed document, sentence by sentence, keeping
the context a reader keeps: the date the narrative is at, who "the
parties" are, what organisation is being talked about."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..config import registry
from ..nlp import ParsedDocument, text_of
from ..records import DocumentResult, Event, Figure, Membership, Sentence, stable_id
from ..resolve import Resolver
from . import cascade
from .actors import agents
from .actors.discourse import Discourse, Item
from .actors.phrases import PhraseActors
from .events import sides
from .events.draft import Draft
from .events.figures import FigureDraft, FigureFinder
from .events.finder import EventFinder
from .events.memberships import MembershipDraft, MembershipFinder
from .time import dating, narrative, periods, temporal

Token = Any

registry.register("extractor", "events")(EventFinder)
registry.register("extractor", "memberships")(MembershipFinder)
registry.register("extractor", "figures")(FigureFinder)


@dataclass
class Reading:
    """What the extractor remembers while it reads one document."""

    ctx: temporal.DateContext
    discourse: Discourse
    author_agent: str | None
    coref: dating.Coref = field(default_factory=dict)
    last_org: str | None = None
    last_consult_date: str | None = None
    previous_figure: FigureDraft | None = None
    since_figure: int = 0


class Extractor:
    def __init__(
        self,
        resolver: Resolver,
        names: Any,
        components: tuple[str, ...] = ("events", "memberships", "figures"),
    ):
        """names: a function from a short text to its knowledge-base names
        (the parser's `names`), used to read a document's publisher."""
        self.resolver = resolver
        self.names = names
        for name in components:
            registry.get("extractor", name)  # fail early on a misspelt component
        self.events = EventFinder() if "events" in components else None
        self.memberships = MembershipFinder() if "memberships" in components else None
        self.figures = FigureFinder() if "figures" in components else None

    def extract(self, parsed: ParsedDocument) -> DocumentResult:
        doc = parsed.document
        result = DocumentResult(document=doc)
        result.mentions = self.resolver.mentions(doc, parsed.sentences)
        author = self.resolver.author(doc, self.names)
        reading = Reading(
            ctx=temporal.DateContext(
                published=doc.published, scope=temporal.document_scope(doc.title, doc.text)
            ),
            discourse=Discourse(author=author),
            author_agent=author if _salient(author, result) else None,
        )
        for idx, unit in enumerate(parsed.sentences):
            sent_id = stable_id(doc.doc_id, "sent", unit.start)
            result.sentences.append(
                Sentence(sent_id, doc.doc_id, idx, unit.start, unit.end, doc.text[unit.start : unit.end])
            )
            reading.since_figure += 1
            if reading.since_figure > 3:
                reading.previous_figure = None  # a figure continues only the passage it is in
            if unit.doc is None:
                dating.note_light_sentence(reading.ctx, doc.text[unit.start : unit.end], len(unit.matches))
                continue
            # Who "they" and "the parties" are is learnt only from sentences
            # the cascade would parse, so that the full pipeline and the
            # cascade read the same discourse.
            eventful = unit.eventful
            if eventful is None:
                eventful = cascade.worth_parsing(
                    cascade.sentence_words(unit.doc), doc.text[unit.start : unit.end], unit.matches
                )
            self._sentence(unit.doc[:], unit.start, sent_id, reading, result, eventful)
        return result

    def _sentence(
        self,
        sent: Any,
        offset: int,
        sent_id: str,
        reading: Reading,
        result: DocumentResult,
        eventful: bool = True,
    ) -> None:
        doc = result.document
        discourse, ctx = reading.discourse, reading.ctx
        discourse.sentence_pair = ()
        actors = PhraseActors(sent, self.resolver, doc.published, discourse)
        filed_from = narrative.dateline_end(sent)
        if filed_from is not None:
            for i in [i for i in actors.entity_at if i < filed_from]:
                del actors.entity_at[i]
        times = dating.times(sent, ctx)
        drafts = self.events.find(sent, actors, reading.author_agent) if self.events else []
        drafts = sides.complete(drafts, actors)
        trigger_ids = {d.trigger.i for d in drafts}
        dated: list[tuple[Draft, str | None]] = []
        # "arrived in Pyongyang for his visit": two triggers, one event.
        seen: set[tuple[object, ...]] = set()
        spans = [t.tokens for t in times]
        for d in drafts:
            setting = narrative.background(d.trigger)
            if setting is not None and not narrative.own_date(setting, spans):
                continue  # "amid Russia's war in Ukraine": not an act of this story
            for value, end, anchor in dating.dates_for(d, times, trigger_ids, ctx.published):
                _corefer(d, reading.coref)
                if value is None:
                    value = dating.inherit(d, sent, actors, ctx, reading.last_consult_date, reading.coref)
                if value is None:
                    # A promise (AGREE) is made on the story's day even when what it promises is to come.
                    said = "occurred" if d.type == "AGREE" and d.status == "planned" else d.status
                    value = _story_date(d.trigger, said, ctx, times)
                d.date = value
                sides.grouping_members(d, actors, value if isinstance(value, str) else None)
                event = _event(doc.doc_id, sent_id, offset, d, anchor, value, end)
                event = agents.with_sectors(event, d, self.resolver.kb)
                key: tuple[object, ...] = (event.type, event.mode, event.source, event.target)
                key += (event.participants, value, event.status)
                if key in seen:
                    continue
                seen.add(key)
                result.events.append(event)
                reading.coref[(event.type, event.source)] = (event.target, event.date)
                dated.append((d, value))
                if d.type == "CONSULT":
                    reading.last_consult_date = value
        found_m = self.memberships.find(sent, actors, reading.last_org) if self.memberships else []
        member_ids = trigger_ids | {m.trigger.i for m in found_m}
        for m in found_m:
            value, _ = dating.date_for_token(
                m.trigger, dating.act_times(m.trigger, times, ctx.published), member_ids
            )
            if value is None and ctx.scope and m.status == "occurred":
                value = ctx.scope
            if value is None:
                value = _story_date(m.trigger, m.status, ctx, times)
            result.memberships += _memberships(doc.doc_id, sent_id, offset, sent, m, value)
            if m.mode == "leave":
                result.events += _leaving(doc.doc_id, sent_id, offset, m, value, result.events)
            if dating.invited_to(m.trigger) is not None and m.mode == "invite":
                # "invited Belarus to join next year": the join to come is a
                # record of its own, dated by its own clause.
                later = next(
                    (t.value for t in dating.joining_times(m.trigger, times, ctx.published) if t.value), None
                )
                joining = replace(m, mode="join", status="planned")
                result.memberships += _memberships(doc.doc_id, sent_id, offset, sent, joining, later)
        found_f = self.figures.find(sent, actors, reading.previous_figure) if self.figures else []
        for f in found_f:
            f.period = periods.period(f, times, sent, reading.previous_figure, ctx.scope)
            result.figures.append(_figure(doc.doc_id, sent_id, offset, sent, f))
            reading.previous_figure = f
            reading.since_figure = 0
        reading.last_org = _last_org(actors) or reading.last_org
        discourse.last_org = reading.last_org
        dating.note_times(ctx, [(t.expr, t.value) for t in times], len(sent) >= 5 and bool(actors.entity_at))
        if eventful:
            dating.note_discourse(discourse, dated, actors, sent)


def _event(
    doc_id: str, sent_id: str, offset: int, d: Draft, anchor: Token | None, value: str | None, end: str | None
) -> Event:
    source, target = d.codes(d.source), d.codes(d.target)
    if anchor is not None and any(it.head.i == anchor.i for it in d.target):
        target = tuple(c for it in d.target if it.head.i == anchor.i for c in it.codes)
    elif anchor is not None:
        source = tuple(c for it in d.source if it.head.i == anchor.i for c in it.codes)
    location = d.location
    if anchor is not None and d.entry.location == "target":
        location = next((c for c in target if len(c) == 3), location)
    trig = d.trigger
    sent = trig.doc[:]
    return Event(
        event_id=stable_id(doc_id, "event", offset + trig.idx, d.type, source, target),
        doc_id=doc_id,
        sent_id=sent_id,
        start=offset + sent.start_char,
        end=offset + sent.end_char,
        trigger=trig.text,
        type=d.type,
        mode=d.mode,
        source=source,
        target=target,
        participants=d.codes(d.participants),
        date=value,
        date_end=end,
        status=d.status,  # type: ignore[arg-type]
        location=location,
        rule=d.entry.id,
    )


def _leaving(
    doc_id: str, sent_id: str, offset: int, m: MembershipDraft, value: str | None, events: list[Event]
) -> list[Event]:
    """Leaving an organisation is a SANCTION by the leaver against it
    (PLOVER: "leaving or suspending an agreement")."""
    trig = m.trigger
    sent = trig.doc[:]
    out = []
    for code, _ in m.members:
        source, target = (code,), (m.organization,)
        if any(
            e.sent_id == sent_id and e.type == "SANCTION" and e.source == source and e.target == target
            for e in events
        ):
            continue
        out.append(
            Event(
                event_id=stable_id(doc_id, "event", offset + trig.idx, "SANCTION", source, target),
                doc_id=doc_id,
                sent_id=sent_id,
                start=offset + sent.start_char,
                end=offset + sent.end_char,
                trigger=trig.text,
                type="SANCTION",
                mode="withdraw",
                source=source,
                target=target,
                participants=(),
                date=value,
                date_end=None,
                status=m.status,  # type: ignore[arg-type]
                location=None,
                rule="membership.leave",
            )
        )
    return out


def _memberships(
    doc_id: str, sent_id: str, offset: int, sent: Any, m: MembershipDraft, value: str | None
) -> list[Membership]:
    return [
        Membership(
            membership_id=stable_id(
                doc_id, "membership", offset + m.trigger.idx, code, m.organization, m.mode
            ),
            doc_id=doc_id,
            sent_id=sent_id,
            start=offset + sent.start_char,
            end=offset + sent.end_char,
            trigger=m.trigger.text,
            member=code,
            organization=m.organization,
            mode=m.mode,  # type: ignore[arg-type]
            date=value,
            status=m.status,  # type: ignore[arg-type]
        )
        for code, _head in m.members
    ]


def _figure(doc_id: str, sent_id: str, offset: int, sent: Any, f: FigureDraft) -> Figure:
    start = offset + sent.start_char
    return Figure(
        figure_id=stable_id(doc_id, "figure", start + f.amount.start, f.metric),
        doc_id=doc_id,
        sent_id=sent_id,
        start=start + f.amount.start,
        end=start + f.amount.end,
        text=text_of(sent)[f.amount.start : f.amount.end],
        metric=f.metric,
        actors=f.actors,
        value=f.amount.value,
        unit=f.amount.unit,
        period=f.period,
    )


def _story_date(
    trig: Any, status: str, ctx: temporal.DateContext, times: list[dating.TimeMention]
) -> str | None:
    """An act reported without a date belongs to the story being told: the
    story's day as this sentence or the lede gave it, or the publication
    date. Plans, conditions and acts told as earlier background keep none."""
    if status not in {"occurred", "negated"} or narrative.told_as_past(trig):
        return None
    here = next((t.value for t in times if narrative.in_story_window(t.value, ctx.published)), None)
    return narrative.story_date(here or ctx.narrative, ctx.published)


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


def _corefer(d: Draft, coref: dating.Coref) -> None:
    """ "Russia's aggression" after "Russia's aggression against Ukraine":
    a definite event noun with a known doer and no recipient is the event
    already reported, so it takes that event's recipient."""
    if d.trigger.pos_ not in {"NOUN", "PROPN"} or d.target or not d.source or not dating.definite(d):
        return
    known = coref.get((d.type, d.codes(d.source)))
    if known and known[0]:
        d.target = [Item(known[0], d.trigger, "coreference")]


def _last_org(actors: PhraseActors) -> str | None:
    last = None
    for i in sorted(actors.entity_at):
        r = actors.entity_at[i][1]
        if r is not None and r.codes and r.codes[0] in actors.kb.organisations:
            last = r.codes[0]
    return last
