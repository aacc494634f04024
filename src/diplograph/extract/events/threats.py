"""Threats: an act threatened is one THREATEN ("threatened to cut off
supplies"), an act announced on a condition is a threat ("will strike
if"), and a vow of harm is a threat, not an agreement ("vowed to
retaliate against Israel", "promised to attack the capital")."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .draft import Draft

Token = Any  # spacy.tokens.Token


def threats(drafts: list[Draft]) -> list[Draft]:
    """ "Iran threatened to cut off supplies to Azerbaijan": one THREATEN
    event whose recipient is the recipient of the threatened act."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        if d.trigger.dep_ != "xcomp":
            continue
        outer = by_token.get(d.trigger.head.i)
        if outer is None or outer.type != "THREATEN" or outer is d:
            continue
        outer.target = outer.target or d.target
        outer.mode = outer.mode or threat_mode(d.type, d.mode)
        drop.add(id(d))
    return [d for d in drafts if id(d) not in drop]


def conditional_threat(tok: Token, condition_needed: bool = False) -> bool:
    """A future act of force or pressure announced as such: "will impose
    sanctions unless", "would strike if". With `condition_needed` only an
    act on a condition is a threat ("will withdraw its force unless ..."):
    a withdrawal or a sanction simply announced is not."""
    cur = tok
    for _ in range(3):
        if any(
            c.dep_ == "advcl" and any(m.lower_ in {"unless", "if"} for m in c.children) for c in cur.children
        ):
            return True
        if not condition_needed and any(
            c.lower_ in {"will", "would", "'ll"} for c in cur.children if c.dep_ == "aux"
        ):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def threat_mode(etype: str, mode: str | None) -> str | None:
    return {
        "SANCTION": "relations" if mode == "discontinue" else "restrict",
        "ASSAULT": "violence",
        "COERCE": "restrict" if mode != "arrest" else "arrest",
        "MOBILIZE": "violence",
        "RETREAT": "relations",
    }.get(etype)


def _vowed(tok: Token) -> list[Token]:
    """What a vow's verb states: "vowed to strike", "vowed that they would
    strike", their conjoined verbs ("to strike and to seize") and the acts
    they name ("vowed to launch an attack", "to impose sanctions")."""
    acting = lexicon.events().acting_verbs
    out = []
    for c in tok.children:
        if c.dep_ in {"xcomp", "ccomp"}:
            for v in (c, *c.conjuncts):
                out.append(v)
                if v.lemma_.lower() in acting:  # not "vowed to investigate the attack"
                    out += [o for o in v.children if o.dep_ == "dobj"]
    return out


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def vowed_harm(drafts: list[Draft]) -> list[Draft]:
    """ "The rebels promised to attack the capital": one THREATEN by the
    rebels aimed at the capital's state; the vow is no AGREE and the attack
    has not happened. A vow to help stays a promise (conventions.promises);
    "pledged not to attack" is a reassurance, left alone."""
    words = lexicon.events()
    vowing, recasting, hostile = words.vowing_verbs, words.vowed_harm_types, words.vowed_hostile_types
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        if d.type != "AGREE" or d.trigger.lemma_.lower() not in vowing:
            continue
        harms = [
            by_token[t.i]
            for t in _vowed(d.trigger)
            if t.i in by_token and by_token[t.i].type in hostile and not _negated(t)
        ]
        if not harms:
            continue
        recast = [h for h in harms if h.type in recasting]
        for h in harms:
            if h.type == "THREATEN":
                h.status = "occurred"
                h.source, h.target = h.source or d.source, h.target or d.target
        if not recast:
            drop.add(id(d))
            continue
        harm = recast[0]
        if set(d.codes(harm.target or d.target)) <= set(d.codes(d.source or harm.source)):
            continue  # a vow about its own ground ("to stop attacks in its north") threatens no one
        d.type, d.mode, d.status = "THREATEN", threat_mode(harm.type, harm.mode), "occurred"
        d.source = d.source or harm.source
        d.target = harm.target or d.target
        drop |= {id(h) for h in recast}
    return [d for d in drafts if id(d) not in drop]
