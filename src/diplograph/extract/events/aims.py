"""Whom a protest is aimed at, where the sentence names its doer only and
says the rest in the protest's purpose (sides.py runs this with its other
rules): "Students rallied in Dhaka to protest India's water policy" is a
protest against India, not against Bangladesh's own government."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import lexicon
from .draft import Draft

if TYPE_CHECKING:
    from .sides import Sentence

Token = Any  # spacy.tokens.Token
_NOMINAL = {"NOUN", "PROPN"}


def protest_purpose(d: Draft, s: Sentence) -> None:
    """ "Demonstrators blocked a road to show their anger at Britain's
    policy", "rioted, demanding independence from Indonesian rule",
    "marched in defiance of the Chinese authorities": a protest with no
    target is aimed at the one its purpose names, unless that purpose is
    to back someone ("rallied to support the junta")."""
    if d.type != "PROTEST" or d.target or not d.source:
        return
    words = lexicon.sides()
    mine = set(d.codes(d.source))
    for part in _purposes(d.trigger, words.protest_reasons, words.backing_verbs):
        for t in part.subtree:
            if t.pos_ not in _NOMINAL:
                continue
            found = [it for it in s.actors.items(t) or s.actors.owners(t) if not set(it.codes) & mine]
            if found:
                d.target = found
                return


def _purposes(tok: Token, reasons: frozenset[str], backing: frozenset[str]) -> list[Token]:
    """The clauses and phrases that say what a protest is for: "to protest
    X", "demanding X", "in defiance of X"."""
    out = []
    for c in tok.children:
        if c.dep_ in {"xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"} and c.lemma_.lower() not in backing:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "in":
            out += [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in reasons]
    return out
