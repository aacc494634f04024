"""Helpers that fill an event's roles and place from the parse: possessors,
agentless passives, the clause's subject, the place a meeting was held."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from . import slots
from .draft import Draft

Token = Any  # spacy.tokens.Token


def roles_from(roles: dict[str, list[Item]], s: dict[str, list[Token]], slot: str) -> bool:
    heads = {t.i for t in s.get(slot, [])}
    return any(it.head.i in heads for items in roles.values() for it in items)


def actor_codes(actors: PhraseActors, tok: Token) -> tuple[str, ...] | None:
    hit = actors.entity_codes(tok)
    return hit[0] if hit and hit[1] != "place" else None


def agentless_passive(tok: Token) -> bool:
    if tok.pos_ in {"VERB", "AUX"}:
        return slots.is_passive(tok) and not slots.agents(tok)
    head = tok.head
    return tok.dep_ == "nsubjpass" and not slots.agents(head)


def told_by_no_one(tok: Token) -> Token | None:
    """The verb that tells the word's doer to do it, naming no one who told
    them: "the envoy was ordered to leave" (an agentless passive), "has 72
    hours to leave" (a counted time had or given)."""
    time = tok.head
    if (
        tok.dep_ in {"relcl", "acl"}
        and time.dep_ in {"dobj", "npadvmod"}
        and any(c.dep_ == "nummod" for c in time.children)
    ):
        return time.head
    if tok.dep_ == "xcomp" and agentless_passive(tok.head):
        return tok.head
    return None


def reporter(tok: Token, actors: PhraseActors) -> list[Item]:
    """ "Riyadh said the troops would be pulled out", "'the envoy will be
    expelled,' the ministry said": a measure told in the passive with no
    agent, in what an actor reports, is that actor's own; so is an order
    or a deadline to leave that an actor tells with no one named as giving
    it ("the envoy has 72 hours to leave, the minister told reporters").
    The reporting verb governs the clause, or stands beside the quotation."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    verb = told_by_no_one(tok) or verb
    verbs = lexicon.modality().reporting_verbs
    heads = [verb.head] if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in verbs else []
    heads += [c for c in verb.children if c.dep_ == "parataxis" and c.lemma_.lower() in verbs]
    return [it for h in heads for s in h.children if s.dep_ == "nsubj" for it in actors.items(s)]


def location_of(d: Draft, s: dict[str, list[Token]], actors: PhraseActors) -> str | None:
    where = d.entry.location
    if where == "target":
        for it in d.target:
            if it.codes and it.codes[0] in actors.kb.states:
                return it.codes[0]
    if where == "subject":
        for t in s.get("subject", []):
            c = actors.is_place(t) or next(iter(actors.codes(t)), None)
            if c in actors.kb.states:
                return c
    tok = d.trigger
    candidates = s.get("in", []) + s.get("at", [])
    for child in tok.children:
        if child.dep_ in {"acl", "relcl"}:  # "the summit held in South Africa"
            candidates += slots.prep_objects(child).get("in", [])
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.pos_ in {"VERB", "AUX"}:
        candidates += slots.prep_objects(tok.head).get("in", [])
    if tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:  # "met in Islamabad and adopted"
        candidates += slots.prep_objects(tok.head).get("in", [])
    for occasion in slots.occasions(tok):  # "met on the sidelines of the summit in Astana"
        found = slots.prep_objects(occasion)
        candidates += found.get("in", []) + found.get("at", [])
    # "on the outskirts of San Francisco", "in the suburbs of Nairobi"
    candidates += [
        t
        for k in ("on", "near", "outside")
        for t in s.get(k, [])
        if t.lemma_.lower() in lexicon.slots().nearby_nouns
    ]
    for t in candidates:
        if c := actors.is_place(t):
            return c
        if t.lemma_.lower() in lexicon.slots().nearby_nouns:
            for o in slots.prep_objects(t).get("of", []):
                if c := actors.is_place(o):
                    return c
    for m in slots.modifiers(tok):  # "the Kazan summit", not "the Russia-Africa summit"
        hit = actors.entity_codes(m)
        if hit and hit[1] in {"place", "metonym"} and (c := actors.is_place(m)):
            return c
    return None


# "a village in eastern Ukraine", "parts of Ukraine", "targets near Kharkiv"
_WITHIN = {"in", "near", "outside", "outside of", "on", "of"}


def located_in(thing: Token, actors: PhraseActors, depth: int = 0) -> str | None:
    """The state a thing named by no actor stands in or is part of: "a
    village in eastern Ukraine", "targets near Kharkiv", "parts of Ukraine",
    "a police academy in Colombia's capital"."""
    if depth >= 2:
        return None
    inner = [c for c in thing.children if c.dep_ == "poss"]
    inner += [t for key, found in slots.prep_objects(thing).items() if key in _WITHIN for t in found]
    for t in inner:
        if code := actors.is_place(t) or located_in(t, actors, depth + 1):
            return code
    return None


def participle_object(verb: Token, words: frozenset[str]) -> Token | None:
    """A participle hung on the wrong noun ("the Joint Statement on the Vision
    of ... in the 21st Century, signed by ..."): the nearest noun before it
    that fits is what was signed."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    for t in reversed(list(verb.doc[verb.sent.start : verb.i])):
        if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in words:
            return t
    return None


def clause_subject(verb: Token) -> list[Token]:
    """The subject of the clause a gerund sits in: "X was evident in blocking"."""
    cur = verb
    for _ in range(3):
        if cur.head.i == cur.i:
            return []
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return subj
    return []


def event_objects(tok: Token, objects: list[Token], s: dict[str, list[Token]]) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"}:
        return objects
    return s.get("in", []) + s.get("at", [])


def place_of(noun: Token, actors: PhraseActors) -> str | None:
    for t in slots.modifiers(noun) + slots.prep_objects(noun).get("in", []):
        if (c := actors.is_place(t)) and actors.entity_codes(t) and actors.entity_codes(t)[1] != "name":  # type: ignore[index]
            return c
    return None


def included_members(verb: Token, s: dict[str, list[Token]], actors: PhraseActors) -> list[Item]:
    """ "Several heads of state visited Russia, including the presidents of
    Cuba, Bolivia and Venezuela": the subject is the listed members."""
    subjects = s.get("subject", [])
    if not subjects or any(actors.items(t) for t in subjects):
        return []
    start = next((t.i for t in verb.sent if t.lower_ == "including" and t.i > verb.i), None)
    if start is None:
        return []
    # The parser often breaks such lists; take each actor named after
    # "including", one per code, keeping its last mention (the person's name,
    # which the dated aside follows).
    last: dict[tuple[str, ...], Item] = {}
    for i in sorted(actors.entity_at):
        if i <= start:
            continue
        ent, r = actors.entity_at[i]
        if r is None or r.form not in {"name", "person", "metonym"} or i != ent.root.i:
            continue
        last.pop(r.codes, None)
        last[r.codes] = Item(r.codes, ent.root)
    return sorted(last.values(), key=lambda it: it.head.i)


def modal_clause(verb: Token) -> bool:
    """ "declared that China must drop barriers": a clause of obligation.
    "It must know that ..." tells what the speaker holds to be so (a warning,
    a judgement), not what it asks for."""
    knowing = lexicon.events().knowing_verbs
    for c in verb.children:
        if (
            c.dep_ == "ccomp"
            and c.lemma_.lower() not in knowing
            and any(a.dep_ == "aux" and a.lower_ in {"must", "should"} for a in c.children)
        ):
            return True
    return False
