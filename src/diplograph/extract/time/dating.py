"""Which date each event gets: the time expressions of its sentence, resolved
and attached through the parse, or, failing those, a date carried over from
the occasion the text continues."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ... import dates
from ...nlp import text_of
from .. import lexicon
from ..actors.discourse import Discourse
from ..actors.phrases import PhraseActors
from ..events import slots
from ..events.draft import Draft
from . import attachment, narrative, temporal
from .tense import tense_of

Token = Any
Coref = dict[tuple[str, tuple[str, ...]], tuple[tuple[str, ...], str | None]]


@dataclass
class TimeMention:
    expr: temporal.TimeExpr
    tokens: Any  # spaCy span
    attach: Token
    paren_owner: Token | None
    value: str | None
    end: str | None
    # Where the parse hung it, when a rule moved it (the date of saying).
    parsed: TimeMention | None = None


def times(
    sent: Any, ctx: temporal.DateContext, set_aside: list[TimeMention] | None = None
) -> list[TimeMention]:
    """The sentence's time expressions that can date its events; those that
    end a period or set a deadline ("until 2027", "by 2030") go to
    `set_aside` instead."""
    out = []
    for expr in temporal.find(text_of(sent)):
        span = sent.doc.char_span(
            sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand"
        )
        if span is None or attachment.comparison_point(span):
            continue
        root = span.root
        attach = root.head
        if (root.dep_ == "pobj" and attach.dep_ == "prep") or (attach.dep_ == "prep" and root.dep_ != "pobj"):
            attach = attach.head
        paren_owner = attachment.paren_owner(span)
        resolved = temporal.resolve(expr, ctx, tense_of(attach))
        mention = TimeMention(expr, span, attach, paren_owner, resolved.value, resolved.end)
        said = attachment.reporting_verb(span, attach)
        if said is not None:
            # kept as the parse had it, for the trace (date_rules)
            mention.parsed = TimeMention(expr, span, attach, paren_owner, resolved.value, resolved.end)
            again = temporal.resolve(expr, ctx, tense_of(said))
            mention.attach, mention.value, mention.end = said, again.value, again.end
        if attachment.period_end(span):
            if set_aside is not None:
                set_aside.append(mention)
        elif not attachment.period_covered(span):
            out.append(mention)
    return out


def dates_for(
    d: Draft, times: list[TimeMention], trigger_ids: set[int], published: str | None = None
) -> list[tuple[str | None, str | None, Token | None]]:
    """One (date, end, anchor) per event to emit: a list of targets each
    followed by its own parenthesised date splits into several events."""
    own = [t for t in times if t.paren_owner is not None]
    if d.date_anchor is not None and own:
        # One of several visits split from a list: its own aside, if any.
        mine = [
            t
            for t in own
            if t.paren_owner is not None
            and (t.paren_owner.i == d.date_anchor.i or d.date_anchor.is_ancestor(t.paren_owner))
        ]
        if mine:
            return [(mine[0].value, mine[0].end, None)]
        others = {t.expr.start for t in own}
        value, end = date_for_token(
            d.trigger, [t for t in times if t.expr.start not in others], trigger_ids, d
        )
        return [(value, end, None)]
    for side in (d.target, d.source):
        if len(side) < 2 or not own:
            continue
        per_item = []
        for item in side:
            hit = next(
                (
                    t
                    for t in own
                    if t.paren_owner is not None
                    and (t.paren_owner.i == item.head.i or item.head.is_ancestor(t.paren_owner))
                ),
                None,
            )
            per_item.append((item, hit))
        if sum(h is not None for _, h in per_item) >= 2:
            return [(h.value if h else None, h.end if h else None, item.head) for item, h in per_item]
    value, end = date_for_token(d.trigger, act_times(d.trigger, times, published), trigger_ids, d)
    return [(value, end, None)]


def act_times(trig: Token, times: list[TimeMention], published: str | None = None) -> list[TimeMention]:
    """Drop the dates of what an invitation is to: in "invited Egypt to
    become a member from 1 January 2024" or "agreed to invite Belarus to
    join next year" the date is the membership's; the invitation is dated
    by the decision."""
    joining = invited_to(trig)
    if joining is None:
        return times
    mine = set(map(id, joining_times(trig, times, published)))
    return [t for t in times if id(t) not in mine]


def invited_to(trig: Token) -> Token | None:
    """The clause an invitation invites to ("invited Belarus to join")."""
    if trig.lemma_.lower() != "invite":
        return None
    return next((c for c in trig.children if c.dep_ == "xcomp"), None)


def joining_times(trig: Token, times: list[TimeMention], published: str | None = None) -> list[TimeMention]:
    """The dates of the membership an invitation is to: in its clause, and
    marked as a start ("from 1 January") or still to come ("next year"). A
    past date there ("was invited to join in August") is the invitation's."""
    joining = invited_to(trig)
    if joining is None:
        return []
    inside = {t.i for t in joining.subtree}

    def starts(t: TimeMention) -> bool:
        i = t.tokens.start
        return i > 0 and t.tokens.doc[i - 1].lower_ in {"from", "of", "starting", "effective"}

    def to_come(t: TimeMention) -> bool:
        pub = published or ""
        return bool(t.value and pub and t.value[: len(pub)] > pub[: len(t.value)])

    return [
        t for t in times if (t.attach.i in inside or t.tokens.root.i in inside) and (starts(t) or to_come(t))
    ]


def _names_a_thing(t: TimeMention, trigger_ids: set[int]) -> bool:
    """A date that is part of a thing's name or description, on a noun that
    states no event: "last September's explosions", "ended the 2015 Algiers
    agreement", "suspended the 1960 treaty". It dates that thing, not the
    act done to it; an occasion's date is the date of what was done at it
    ("met at the 2019 summit")."""
    root = t.tokens.root
    if t.attach.i in trigger_ids:
        return False
    if root.dep_ == "poss":
        return True
    head = root.head
    return (
        root.dep_ in {"nummod", "compound", "amod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i not in trigger_ids
        # "met at the 2019 summit", "attended the 2019 summit": the occasion's date is the act's
        and head.lemma_.lower() not in lexicon.dating().occasion_nouns
        # inside the noun phrase: "the 2015 agreement", not "in 2023 - Kyrgyzstan"
        and any(c.dep_ in {"det", "poss"} and c.i < root.i for c in head.children)
    )


def date_for_token(
    trig: Token, times: list[TimeMention], trigger_ids: set[int], d: Draft | None = None
) -> tuple[str | None, str | None]:
    claimed = []
    loose = []
    for t in times:
        if t.paren_owner is not None and d is not None and d.target and len(d.target) > 1:
            continue
        if _names_a_thing(t, trigger_ids):
            continue  # "to discuss last September's explosions": the explosions' date
        owner = attachment.owning_trigger(t.attach, trigger_ids)
        if owner is not None and (owner.i == trig.i or attachment.conjoined(owner, trig)):
            claimed.append(t)
        elif owner is None and (t.attach.i == trig.i or t.attach.is_ancestor(trig)):
            loose.append(t)
        elif t.paren_owner is not None and (t.paren_owner.i == trig.i or trig.is_ancestor(t.paren_owner)):
            claimed.append(t)
    for group in (claimed, loose):
        valued = [t for t in group if t.value]
        if valued:
            best = min(valued, key=lambda t: (abs(t.tokens.start - trig.i), -len(t.value or "")))
            # "the 2023 summit is held on August 22-24": a farther date that
            # narrows the nearer one down (same year, a day in it) is the date.
            finer = [
                t
                for t in claimed + loose
                if t.value and t.value.startswith(best.value or "") and t.value != best.value
            ]
            if finer:
                best = max(finer, key=lambda t: len(t.value or ""))
            return best.value, best.end
    held = attachment.held_on(trig)
    if held is not None:
        return date_for_token(held, times, trigger_ids)
    # "met on 3 July on the sidelines of the summit": the summit shares the date.
    verb = slots.occasion_verb(trig)
    if verb is not None:
        return date_for_token(verb, times, trigger_ids)
    return None, None


def date_rules(
    d: Draft,
    value: str | None,
    times: list[TimeMention],
    set_aside: list[TimeMention],
    trigger_ids: set[int],
    published: str | None,
) -> tuple[str, ...]:
    """The dating rules that decided a draft's date, for its trace: each
    rule whose undoing would have given the draft another date."""
    out = []
    as_parsed = [t.parsed or t for t in times]
    if any(t.parsed for t in times) and _first_date(d, as_parsed, trigger_ids, published) != value:
        out.append("dating:date_of_saying")
    if set_aside and _first_date(d, times + set_aside, trigger_ids, published) != value:
        out.append("dating:period_end")
    held = attachment.held_on(d.trigger)
    if value is not None and held is not None and date_for_token(held, times, trigger_ids)[0] == value:
        out.append("dating:held_on")
    return tuple(out)


def _first_date(
    d: Draft, times: list[TimeMention], trigger_ids: set[int], published: str | None
) -> str | None:
    return dates_for(d, times, trigger_ids, published)[0][0]


def inherit(
    d: Draft,
    sent: Any,
    actors: PhraseActors,
    ctx: temporal.DateContext,
    last_consult_date: str | None,
    coref: Coref,
) -> str | None:
    """No date in the sentence: carry one over only where the text
    continues the same occasion ("the parties", "at the meeting", a
    definite mention of an event already reported), or the document is a
    review of a stated period."""
    if any(it.how == "anaphor" for it in d.source + d.target):
        antecedent = actors.discourse.pair_draft
        if antecedent is not None and antecedent.date:
            return str(antecedent.date)
        if actors.discourse.last_pair_date:
            return actors.discourse.last_pair_date
    if d.trigger.pos_ in {"NOUN", "PROPN"} and definite(d):
        known = coref.get((d.type, d.codes(d.source)))
        if known and known[0] == d.codes(d.target) and known[1]:
            return known[1]
    pair = set(d.codes(d.source + d.target))
    if (
        d.type in {"AGREE", "SUPPORT", "CONSULT"}
        and len(pair) >= 2
        and pair == set(actors.discourse.last_pair)
        and actors.discourse.last_pair_date
    ):
        # The same parties again, with no new date: the same occasion.
        return actors.discourse.last_pair_date
    words = lexicon.dating()
    for tok in sent:
        if (
            tok.lemma_.lower() in words.occasion_nouns
            and any(c.lower_ == "the" for c in tok.children)
            and tok.dep_ == "pobj"
            and tok.head.lower_ in words.occasion_prepositions
            and last_consult_date
            and tok.i != d.trigger.i
        ):
            return last_consult_date
    if ctx.scope and d.status in {"occurred", "negated"}:
        return ctx.scope
    return None


def story_date(trig: Token, status: str, ctx: temporal.DateContext, times: list[TimeMention]) -> str | None:
    """An act reported without a date belongs to the story being told: the
    story's day as this sentence or the lede gave it, or the publication
    date. Plans, conditions and acts told as earlier background keep none."""
    if status not in {"occurred", "negated"} or narrative.told_as_past(trig):
        return None
    here = next((t.value for t in times if narrative.in_story_window(t.value, ctx.published)), None)
    return narrative.story_date(here or ctx.narrative, ctx.published)


def note_times(
    ctx: temporal.DateContext, found: list[tuple[temporal.TimeExpr, str | None]], about_actors: bool
) -> None:
    """What a sentence's dates tell about the rest of the document: the year
    the narrative is at, the period it first set out, the month in focus."""
    pub_year = int(ctx.published[:4]) if ctx.published else None
    for expr, value in found:
        if expr.explicit_year and value:
            year = int(value[:4])
            if pub_year is None or year <= pub_year:
                ctx.anchor_year = year
                # The period a text is about is set by its first dated
                # statement about actors, not by a title ("Bluebook 2024").
                if ctx.focus_year is None and about_actors:
                    ctx.focus_year = year
        if value and dates.precision(value) >= 2:
            ctx.last = value
        if ctx.narrative is None and narrative.in_story_window(value, ctx.published):
            ctx.narrative = value  # the lede's day is the story's


def note_light_sentence(ctx: temporal.DateContext, text: str, n_names: int) -> None:
    """A sentence that was not parsed still moves the document's time on."""
    found = [(e, temporal.resolve(e, ctx, "past").value) for e in temporal.find(text)]
    note_times(ctx, found, n_names > 0 and len(text.split()) >= 5)
    note_light_flashback(ctx, text)


def note_light_flashback(ctx: temporal.DateContext, text: str) -> None:
    """A sentence read without its parse ends a flashback if it names a
    time of its own, and starts none."""
    if ctx.flashback and temporal.find(text):
        ctx.flashback = None


def note_discourse(
    discourse: Discourse, dated: list[tuple[Draft, str | None]], actors: PhraseActors, sent: Any
) -> None:
    """Who the next sentences' "the parties", "he" and "they" can mean."""
    # Records split from one statement ("Belarus and Russia blocked
    # Estonia's bid": one per doer) are one statement to the reader.
    union: dict[int, tuple[str, ...]] = {}
    for d, _ in dated:
        union[d.trigger.i] = tuple(
            dict.fromkeys(union.get(d.trigger.i, ()) + d.codes(d.source + d.target + d.participants))
        )
    for d, value in dated:
        codes = union[d.trigger.i]
        if any(it.how == "anaphor" for it in d.source + d.target):
            continue
        if len(codes) == 2:
            # "the parties", "both sides": the last two-party event.
            if set(codes) != set(discourse.last_pair) or value:
                discourse.last_pair_date = value
            discourse.last_pair = codes
            discourse.pair_draft = d
        elif len(codes) > 2:
            discourse.last_group = codes
    persons = [hit[0] for e in sent.ents if e.label_ == "PERSON" and (hit := actors.entity_codes(e.root))]
    if persons:
        discourse.last_person = persons[-1]
    subj = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "Putin met Xi ... The next day he travelled": "he" is the subject.
    people = [hit[0] for t in subj if (hit := actors.entity_codes(t)) and hit[1] == "person"]
    discourse.subject_person = people[0] if people else None
    # A named set of states ("the five Central Asian states") is its members;
    # a group with its home state ("Hamas fighters") stays one party.
    states = actors.kb.states
    parties = tuple(
        p
        for s in subj
        for it in actors.items(s)
        for p in (((c,) for c in it.codes) if all(c in states for c in it.codes) else (it.codes,))
        if p
    )
    codes = tuple(dict.fromkeys(c for p in parties for c in p))
    if codes:
        discourse.last_subject = codes
        discourse.last_subject_parties = parties
    if len(codes) == 2 and set(codes) != set(discourse.last_pair) and any(s.conjuncts for s in subj):
        # "Finland and Sweden applied ..., after Russia's invasion of Ukraine.
        # ... invited both countries": the sentence's subject pair, not the
        # pair of an event in a subordinate phrase.
        discourse.last_pair = codes
        discourse.last_pair_date = None
        discourse.pair_draft = None  # no event of theirs gave the pair: no occasion to continue


def definite(d: Draft) -> bool:
    """An event noun named by its doer ("Russia's aggression") or with
    "the" refers to one already known; "a meeting" does not."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
        for c in d.trigger.children
    )
