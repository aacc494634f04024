"""The passes that find and shape a sentence's event drafts, and the one
that ends a sentence by noting what it taught the discourse. The records
themselves are made in event_records.py, membership_records.py and
figure_records.py."""

from __future__ import annotations

from ..actors import named_again, quotes
from ..actors.phrases import PhraseActors
from ..events import sides
from ..events.conventions import apply_conventions
from ..events.finder import EventFinder
from ..time import dating, narrative
from .state import Pass, SentenceState, Tools, register_pass


@register_pass("dateline")
def dateline(tools: Tools) -> Pass:
    """A wire dateline ("NAIROBI, Kenya –", "New Delhi, 14 March 2025 —")
    names where and when the story was filed, not a party or an event's
    date: its names are no actors, and the times pass skips its date."""

    def run(state: SentenceState) -> None:
        state.dateline_end = narrative.dateline_end(state.span)
        if state.dateline_end is not None:
            for i in [i for i in state.actors.entity_at if i < state.dateline_end]:
                del state.actors.entity_at[i]

    return run


@register_pass("times")
def times(tools: Tools) -> Pass:
    """The sentence's time expressions, resolved against the document's
    clock, which they then move on (the year the narrative is at, the
    month in focus, the story's day)."""

    def run(state: SentenceState) -> None:
        ctx = state.doc.ctx
        filed = state.dateline_end or 0
        times = dating.times(state.span, ctx, state.set_aside)
        state.times = [t for t in times if t.tokens.start >= filed]
        about_actors = len(state.span) >= 5 and bool(state.actors.entity_at)
        dating.note_times(ctx, [(t.expr, t.value) for t in state.times], about_actors)
        _follow_flashback(state)

    return run


def _follow_flashback(state: SentenceState) -> None:
    """ "In 2022, Sweden and Finland applied ... Ankara vetoed ...": a date
    opening a sentence sets a scene in the past; the sentences after it in
    the same paragraph, told in the simple past with no date of their own,
    stay there. A paragraph break, a date of their own or a verb in the
    present, perfect or future returns to the story's time."""
    ctx, text = state.doc.ctx, state.doc.document.text
    if not state.eventful:
        # read as the cascade reads a sentence it does not parse
        dating.note_light_flashback(ctx, state.span.text)
        return
    if ctx.flashback and (
        "\n" in text[ctx.flashback_end : state.offset]
        or state.times
        or not narrative.continues_flashback(state.span.root)
    ):
        ctx.flashback = None
    opening = narrative.opening_date(
        state.span, [t.tokens for t in state.times], [t.value for t in state.times], ctx.published
    )
    ctx.flashback = opening or ctx.flashback
    if ctx.flashback:
        ctx.flashback_end = state.offset + len(state.span.text)


@register_pass("events")
def events(tools: Tools) -> Pass:
    """Trigger words of events.yaml whose conditions hold, with their roles
    filled from the parse: one draft per word."""
    finder = EventFinder()

    def run(state: SentenceState) -> None:
        state.drafts += finder.find(state.span, state.actors, state.doc.author_agent)

    return run


@register_pass("conventions")
def conventions(tools: Tools) -> Pass:
    """PLOVER's conventions on the sentence's drafts: drafts that tell one
    event become one ("agreed to provide aid"), requests, threats and
    promises are recast, a visit to several countries is one per country."""

    def run(state: SentenceState) -> None:
        state.drafts = apply_conventions(state.drafts, state.actors)

    return run


@register_pass("sides")
def sides_pass(tools: Tools) -> Pass:
    """Both sides of each draft, found where the sentence names them; a
    draft left one-sided that PLOVER wants two-sided is dropped."""

    def run(state: SentenceState) -> None:
        state.drafts = sides.complete(state.drafts, state.actors, state.eventful)

    return run


@register_pass("background")
def background(tools: Tools) -> Pass:
    """ "amid Russia's war in Ukraine": an act named as the setting of the
    sentence, with no date of its own, is no event of this story."""

    def run(state: SentenceState) -> None:
        spans = [t.tokens for t in state.times]
        kept = []
        for d in state.drafts:
            setting = narrative.background(d.trigger)
            if setting is not None and not narrative.own_date(setting, spans):
                state.background.append(d)
            else:
                kept.append(d)
        state.drafts = kept

    return run


@register_pass("discourse")
def discourse(tools: Tools) -> Pass:
    """What the sentence tells the next ones: the organisation in play, and
    (in a sentence the cascade would parse) who "the parties", "he" and
    "they" are."""

    def run(state: SentenceState) -> None:
        known = state.doc.discourse
        known.last_org = _last_org(state.actors) or known.last_org
        # As with "they" below, only sentences the cascade would parse teach
        # the document who holds an office, who is speaking, what "the deal" is.
        known.last_speaker = quotes.sentence_speaker(state.actors) if state.eventful else ()
        if state.eventful:
            state.actors.note_people()  # the office-holders named: "the minister" next
            named_again.note(state.actors)  # "the council", "the statement" next
            known.last_agreement = _agreement_parties(state) or known.last_agreement
            dating.note_discourse(known, state.recorded, state.actors, state.span)

    return run


def _agreement_parties(state: SentenceState) -> tuple[str, ...]:
    """The parties of the last agreement the sentence recorded: an AGREE or
    SUPPORT of two or more parties whose word, or what it acts on, is an
    agreement ("signed a treaty", "reached a deal", "the accord between"),
    or two parties agreeing ("agreed to restore ties")."""
    words, verbs = state.actors.lex.agreement_nouns, state.actors.lex.agreement_verbs
    found: tuple[str, ...] = ()
    for d, _ in state.recorded:
        codes = d.codes(d.source + d.target + d.participants)
        if d.type not in {"AGREE", "SUPPORT"} or len(codes) < 2:
            continue
        near = [
            d.trigger,
            *d.trigger.children,
            *(g for c in d.trigger.children if c.dep_ == "prep" for g in c.children),
        ]
        agreed = d.type == "AGREE" and d.trigger.pos_ == "VERB" and d.trigger.lemma_.lower() in verbs
        if (agreed or any(t.lemma_.lower() in words for t in near)) and not any(
            it.how == "agreement" for it in d.source + d.target
        ):
            found = codes
    return found


def _last_org(actors: PhraseActors) -> str | None:
    last = None
    for i in sorted(actors.entity_at):
        r = actors.entity_at[i][1]
        if r is not None and r.codes and r.codes[0] in actors.kb.organisations:
            last = r.codes[0]
    return last
