"""An event mentioned again: "the sanctions", "this attack" with no party
of their own are the event of that word the document recorded last, and
take its parties and date (sides.earlier_event). So is a definite noun of
that event's type by another word, where the word names events of that
type alone ("held talks ... the meeting", "expelled ... the expulsions"):
a word of two types ("protest", "exchange") may be the other one."""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import lexicon
from ..actors.discourse import Discourse, Recorded

Token = Any

# Determiners that make an event noun refer to one already reported; "a
# meeting" is a new one.
DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def earlier(tok: Token, etype: str, discourse: Discourse) -> Recorded | None:
    """The record `tok` names again: `tok` is a definite noun, the word of
    the document's last record of its type (for an agreement or an arrest,
    any noun of that type: "the agreement" after "reached a deal"; for any
    type, a noun of that type alone, `other_word`), with nothing that makes
    it another event ("the new sanctions"; "the deployment of mercenaries",
    its doer named if not as an actor)."""
    known = discourse.last_of_type.get(etype)
    if (
        known is None
        or tok.pos_ != "NOUN"
        or (
            tok.lemma_.lower() != known.word
            and etype not in lexicon.sides().referred_across_types
            and not other_word(tok, etype)
        )
        or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
        or any(c.dep_ in {"prep", "agent"} and c.lower_ in {"of", "by"} for c in tok.children)
        or any(c.dep_ == "amod" and c.lower_ in lexicon.agents().new_event_words for c in tok.children)
        or _other_year(tok, known)
    ):
        return None
    return known


def _other_year(tok: Token, known: Recorded) -> bool:
    """ "the 2015 agreement" after a deal reached this year: a year of its
    own, not the record's, makes the noun another event."""
    years = [c.text for c in tok.children if c.like_num and len(c.text) == 4 and c.text[:2] in {"19", "20"}]
    return bool(years) and not any((known.date or "").startswith(y) for y in years)


def other_word(tok: Token, etype: str) -> bool:
    """ "Putin and Zelensky held talks ... the meeting was tense": a noun
    that names events of `etype` and of no other type. Not "the forum" one
    withdraws from, which is the body left, not its meeting."""
    head = tok.head.lemma_.lower()
    leaving = lexicon.sides().leaving_words
    if head in leaving or (head == "from" and tok.head.head.lemma_.lower() in leaving):
        return False
    return _noun_types().get(tok.lemma_.lower()) == frozenset({etype})


def named_before_in_sentence(tok: Token, etype: str, earlier_triggers: list[tuple[int, str]]) -> bool:
    """ "Moscow called for an inquiry, but the request was turned down": a
    noun after a word of its type in the same sentence names that event,
    not the document's last one. `earlier_triggers`: the sentence's drafts
    as (position, type)."""
    return any(i < tok.i and t == etype for i, t in earlier_triggers)


@cache
def _noun_types() -> dict[str, frozenset[str]]:
    """The event types each noun of events.yaml names."""
    found: dict[str, set[str]] = {}
    for entry in lexicon.events().triggers:
        if "NOUN" in entry.pos:
            for lemma in entry.lemmas:
                found.setdefault(lemma.lower(), set()).add(entry.type)
    return {w: frozenset(ts) for w, ts in found.items()}


def visited(tok: Token, visitor: tuple[str, ...], discourse: Discourse) -> Recorded | None:
    """ "Orban visited Moscow on Friday ... Orban's visit drew criticism": a
    visit noun naming its visitor alone, definite or possessive, is the
    visit the document last recorded by that visitor (its host and date)."""
    known = discourse.last_of_type.get("CONSULT")
    if (
        known is None
        or tok.pos_ != "NOUN"
        or not known.target
        or known.mode != "visit"
        or set(known.source) != set(visitor)
        or not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children)
    ):
        return None
    return known
