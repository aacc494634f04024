"""The records pass: each event draft, in the sentence's order, becomes its
records. A draft first takes what an event already recorded says of it
("the attack" after "Russia's attack on Ukraine"), then its date (the
sentence's, else the occasion the text continues, else the story's day),
then a small grouping's members on that date; its records are remembered
before the next draft is looked at, since that one may refer back to them."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...kb.loader import KnowledgeBase
from ...nlp import token_text
from ...records import Event, stable_id
from .. import lexicon
from ..actors import agents
from ..actors.discourse import TRACED_HOWS, Item, Recorded
from ..actors.phrases import PhraseActors
from ..events import counterparts, groupings
from ..events.draft import Draft, traced_one
from ..time import dating, narrative, occasions
from ..time.tense import tense_of
from .state import Pass, SentenceState, Tools, register_pass

Token = Any


@register_pass("records")
def records(tools: Tools) -> Pass:
    kb = tools.kb

    def run(state: SentenceState) -> None:
        doc, memory, ctx = state.doc, state.doc.events, state.doc.ctx
        claimed = state.event_triggers()
        # "arrived in Pyongyang for his visit": two triggers, one event.
        seen: set[tuple[object, ...]] = set()
        for d in state.drafts:
            # An event mentioned again ("the sanctions") keeps the date it was recorded under.
            again, same_date = "sides:earlier_event" in d.rules, d.date
            if again and _stale(same_date, ctx.published) and _present(d.trigger):
                continue  # "49 states are represented at the summit": today's, not the 2019 one
            for value, end, anchor in dating.dates_for(d, state.times, claimed, ctx.published):
                if again:
                    value, end, anchor = same_date, None, None
                stated = value is not None and not again
                traced_one("records:coreference", _corefer, d, memory.coref)
                if value is None:
                    value = dating.inherit(
                        d, state.span, state.actors, ctx, memory.last_consult_date, memory.coref
                    )
                    if _stale(value, ctx.published) and _present(d.trigger):
                        value = None  # "49 states are represented at the summit": today's, not 2019's
                if (
                    value is None
                    and ctx.flashback
                    and d.status in {"occurred", "negated"}
                    and narrative.continues_flashback(d.trigger)
                ):
                    value = ctx.flashback  # "In 2022, ... Ankara vetoed ...": still 2022
                    d.noted("dating:flashback")
                if value is None:
                    # A promise (AGREE) is made on the story's day even when what it promises is to come.
                    said = "occurred" if d.type == "AGREE" and d.status == "planned" else d.status
                    value = dating.story_date(d.trigger, said, ctx, state.times)
                if d.status == "occurred" and _after(value, ctx.published):
                    past = tense_of(d.trigger) == "past"
                    if past and not stated:
                        # "Moscow redoubled its demand": done before the report,
                        # whatever later day the story had reached
                        value, end = dating.story_date(d.trigger, d.status, ctx, state.times), None
                        d.noted("records:not_after_publication")
                    elif not past:
                        d.status = "planned"  # "after the summit in Kazakhstan" of next week
                        d.noted("records:not_after_publication")
                occasion = occasions.name_of(d.trigger) if d.type == "CONSULT" else None
                if occasion is not None:
                    value, end, taken = occasions.settle(memory.occasions, occasion, value, end, stated)
                    if taken:
                        d.noted(_NAMED_OCCASION)
                d.date = value
                _trace_actors(d)
                for rule in dating.date_rules(d, value, state.times, state.set_aside, claimed, ctx.published):
                    if rule not in d.rules:
                        d.noted(rule)
                on = value if isinstance(value, str) else None
                traced_one("records:grouping_members", groupings.grouping_members, d, state.actors, on)
                traced_one("records:named_set_members", groupings.named_set_members, d, state.actors)
                traced_one("records:protest_against", _protest_against, d, state.actors)
                event = _event(doc.document.doc_id, state.sent_id, state.offset, d, anchor, value, end)
                event = _with_sectors(event, d, kb)
                key: tuple[object, ...] = (event.type, event.mode, event.source, event.target)
                key += (event.participants, value, event.status)
                if key in seen:
                    continue
                seen.add(key)
                doc.result.events.append(event)
                if occasion is not None:
                    _redate_occasion(doc.result.events, memory.occasions[occasion], stated)
                memory.coref[(event.type, event.source)] = (event.target, event.date)
                state.actors.discourse.last_of_type[event.type] = Recorded(
                    event.source,
                    event.target,
                    event.participants,
                    d.trigger.lemma_.lower(),
                    event.date,
                    event.mode,
                    event.status,
                )
                if event.type in lexicon.sides().aggressor_types and event.source:
                    state.actors.discourse.last_aggressor = event.source
                if not again:  # an event mentioned again tells the discourse nothing new
                    state.recorded.append((d, value))
                if d.type == "CONSULT":
                    memory.last_consult_date = value

    return run


_NAMED_OCCASION = "records:named_occasion"


def _redate_occasion(events: list[Event], occ: occasions.Occasion, stated: bool) -> None:
    """Remember the occasion's newest record; give its earlier ones the
    finer date this one may have stated ("this week" ... "on September 5")."""
    occ.records.append((len(events) - 1, stated))
    for i, own in occ.records[:-1]:
        ev = events[i]
        if occasions.redated(occ, ev.date, ev.date_end, own):
            rules = ev.rules if _NAMED_OCCASION in ev.rules else (*ev.rules, _NAMED_OCCASION)
            events[i] = dataclasses.replace(ev, date=occ.value, date_end=occ.end, rules=rules)


def _event(
    doc_id: str, sent_id: str, offset: int, d: Draft, anchor: Token | None, value: str | None, end: str | None
) -> Event:
    source, target = d.codes(d.source), d.codes(d.target)
    rules = d.rules
    if anchor is not None and any(it.head.i == anchor.i for it in d.target):
        target = tuple(c for it in d.target if it.head.i == anchor.i for c in it.codes)
    elif anchor is not None:
        source = tuple(c for it in d.source if it.head.i == anchor.i for c in it.codes)
    if anchor is not None:
        # "visits to Uzbekistan (in May) and Kazakhstan (in November)"
        rules += ("records:one_per_dated_item",)
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
        trigger=token_text(trig),
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
        rules=rules,
    )


def _after(value: str | None, published: str | None) -> bool:
    """Whether a date lies after the publication day (at the coarser of
    the two precisions)."""
    if not value or not published:
        return False
    n = min(len(value), len(published))
    return value[:n] > published[:n]


def _protest_against(d: Draft, actors: PhraseActors) -> None:
    if d.type == "PROTEST" and not d.target:
        d.target = counterparts.opposed(d, actors)


def _with_sectors(event: Event, d: Draft, kb: KnowledgeBase) -> Event:
    """The event with the sector of each of its actors filled in, and a
    domestic protest's recipient: a protest by a group inside a state with
    no recipient named is against the government where it takes place
    ("Egyptian demonstrators rioted" is EGY CVL against EGY GOV)."""
    sources = agents.aligned_sectors(d.source, event.source, kb)
    event = dataclasses.replace(
        event,
        source_sectors=sources,
        target_sectors=agents.aligned_sectors(d.target, event.target, kb),
        participant_sectors=agents.aligned_sectors(d.participants, event.participants, kb),
    )
    states = [c for c in event.source if c in kb.states]
    if event.type == "PROTEST" and not event.target and states and all(s not in {"", "GOV"} for s in sources):
        where = event.location if event.location in kb.states else states[0]
        rules = (*event.rules, "records:protest_at_home")
        event = dataclasses.replace(event, target=(where,), target_sectors=("GOV",), rules=rules)
    return event


def _trace_actors(d: Draft) -> None:
    """Name in the trace how the document, beyond the phrase, gave an actor
    ("the foreign minister": the state whose holder the text named)."""
    for it in d.source + d.target + d.participants:
        rule = TRACED_HOWS.get(it.how)
        if rule is not None and rule not in d.rules:
            d.noted(rule)


def _corefer(d: Draft, coref: dating.Coref) -> None:
    """ "Russia's aggression" after "Russia's aggression against Ukraine":
    a definite event noun with a known doer and no recipient is the event
    already reported, so it takes that event's recipient."""
    if d.trigger.pos_ not in {"NOUN", "PROPN"} or d.target or not d.source or not dating.definite(d):
        return
    known = coref.get((d.type, d.codes(d.source)))
    if known and known[0]:
        d.target = [Item(known[0], d.trigger, "coreference")]


def _stale(date: str | None, published: str | None) -> bool:
    """A date in a year before the publication's."""
    return bool(date and published and date[:4].isdigit() and date[:4] < published[:4])


def _present(tok: Token) -> bool:
    """The clause of the word is in the simple present ("are represented",
    "is using"), not the perfect or the past."""
    cur = tok
    for _ in range(5):
        if cur.pos_ in {"VERB", "AUX"}:
            auxes = [k for k in cur.children if k.dep_ in {"aux", "auxpass"}]
            if any(a.lower_ in {"has", "have", "had"} or a.tag_ in {"VBD", "MD"} for a in auxes):
                return False
            return cur.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
