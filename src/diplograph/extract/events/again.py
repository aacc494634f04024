"""An event mentioned again: "the sanctions", "this attack" with no party
of their own are the event of that word the document recorded last, and
take its parties and date (sides.earlier_event)."""

from __future__ import annotations

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
    any noun of that type: "the agreement" after "reached a deal"), with
    nothing that makes it another event ("the new sanctions"; "the deployment of mercenaries",
    its doer named if not as an actor)."""
    known = discourse.last_of_type.get(etype)
    if (
        known is None
        or tok.pos_ != "NOUN"
        or (tok.lemma_.lower() != known.word and etype not in lexicon.sides().referred_across_types)
        or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
        or any(c.dep_ in {"prep", "agent"} and c.lower_ in {"of", "by"} for c in tok.children)
        or any(c.dep_ == "amod" and c.lower_ in lexicon.agents().new_event_words for c in tok.children)
    ):
        return None
    return known


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
