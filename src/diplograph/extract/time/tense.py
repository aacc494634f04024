"""The tense of the clause a token belongs to, which decides whether "in
May" is the last May or the next."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..events.modality import future_in_the_past
from .temporal import Tense

Token = Any


def tense_of(tok: Token) -> Tense:
    """Past, present or future of the clause a token belongs to, for
    resolving "in May" to the last May or the next."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            auxes = [k for k in cur.children if k.dep_ in {"aux", "auxpass"}]
            if any(a.lower_ in {"will", "shall", "'ll"} for a in auxes):
                return "future"
            if future_in_the_past(cur):
                return "future"
            if (
                any(a.lower_ == "to" for a in auxes)
                and cur.head.lemma_.lower() in lexicon.modality().future_governors
            ):
                return "future"
            # "a statement to be released after the summit": an infinitive
            # has no tense of its own; the clause above it decides.
            infinitive = any(a.lower_ == "to" for a in auxes)
            perfect = any(a.tag_ == "VBD" or a.lower_ in {"has", "have", "had"} for a in auxes)
            if perfect or (cur.tag_ in {"VBD", "VBN"} and not infinitive):
                return "past"
            # "the meeting starting on Thursday" (the parser may hang it on the
            # verb before it); not "Opening the summit on Thursday, Xi said".
            trailing = cur.tag_ == "VBG" and (
                cur.dep_ == "acl" or (cur.dep_ == "advcl" and cur.i > cur.head.i)
            )
            if cur.tag_ in {"VBZ", "VBP"} or trailing:
                # "the summit opens on Thursday": a gathering told in the
                # present is scheduled ("takes part in" is no holding).
                lemma = cur.lemma_.lower()
                place = lemma == "take" and any(c.lower_ == "place" for c in cur.children)
                if not auxes and (lemma in lexicon.modality().holding_verbs - {"be", "take"} or place):
                    return "future"
                if cur.tag_ in {"VBZ", "VBP"}:
                    return "present"
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return "past"
