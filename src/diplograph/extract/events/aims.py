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


def protest_purpose(d: Draft, s: Sentence) -> None:
    """ "farmers marched to protest Chile's new water law", "students sat
    down on the highway to voice their fury at Kenya's tax plan", "crowds
    gathered, calling for independence from Spanish rule", "workers struck
    in defiance of the Turkish government": a protest with no target is
    aimed at the one its purpose opposes. Only what is opposed counts: "to
    demand the release of a Dutch reporter", "closer ties with the EU",
    "support for Ukraine" name no opponent; nor does a clause with a doer of
    its own ("rallied after Armenia condemned Turkey")."""
    if d.type != "PROTEST" or d.target or not d.source:
        return
    mine = set(d.codes(d.source))
    for head in _opposed(d.trigger):
        # "the Chinese authorities", "Indonesian rule", "India's water policy":
        # who it is or whose it is, not whom it concerns ("the arrest of a
        # British journalist" opposes the arrest, not Britain)
        for t in [head, *(c for c in head.children if c.dep_ == "poss")]:
            found = [it for it in s.actors.items(t) or s.actors.owners(t) if not set(it.codes) & mine]
            if found:
                d.target = found
                return


def _opposed(tok: Token) -> list[Token]:
    """What a protest's purpose opposes: the object of an opposing verb
    ("to protest X"), what a grievance is at ("their anger at X"), what
    independence is from, what "in defiance of" names."""
    words = lexicon.sides()
    out: list[Token] = []
    for c in tok.children:
        own_doer = any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)
        if c.dep_ in {"xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"} and not own_doer:
            out += _opposed_by(c, words.opposing_verbs, words.grievance_nouns)
            out += [
                o for t in c.subtree if t.lemma_.lower() in words.breakaway_nouns for o in _pobjs(t, {"from"})
            ]
        elif c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in words.protest_reasons:
                    out += _pobjs(o, {"of", "at", "against", "over", "to"})
    return out


def _opposed_by(verb: Token, opposing: frozenset[str], grievances: frozenset[str]) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in opposing:
        return objects + _pobjs(verb, {"against", "at", "over"})
    if not any(n.lemma_.lower() in grievances for n in objects):
        return []
    # "show their anger at X": the parser hangs "at" on the noun or on the verb
    return [o for h in (*objects, verb) for o in _pobjs(h, lexicon.sides().grievance_preps)]


def _pobjs(head: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    return [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]
