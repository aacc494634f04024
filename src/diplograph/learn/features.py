"""What the classifier sees of a candidate predicate: its lemma, part of
speech and grammatical function, the words of its arguments (object,
prepositions, particle, complement), whether an actor fills them, negation
and modality, its neighbours, and which PLOVER types the trigger lexicon
gives its lemma. All of it comes from the parse the pipeline already made;
nothing is computed twice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Token = Any
CANDIDATE_POS = frozenset({"VERB", "NOUN"})
ACTOR_LABELS = frozenset({"ACTOR", "ACTOR_PLACE", "ACTOR_ADJ", "PERSON", "REGION_ADJ"})
MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "must", "can"})
# Dependents whose words say what the predicate is about.
OBJECTS = frozenset({"dobj", "attr", "oprd", "dative"})
AGENTS = frozenset({"nsubj", "nsubjpass", "agent", "poss", "compound", "amod"})
LexiconTypes = Mapping[str, frozenset[str]]


def is_candidate(tok: Token) -> bool:
    """Verbs and nouns, and a copula heading its clause ("X is a threat")."""
    if tok.ent_type_ in ACTOR_LABELS:
        return False
    return tok.pos_ in CANDIDATE_POS or (tok.pos_ == "AUX" and tok.dep_ == "ROOT")


def candidates(doc: Any) -> list[Token]:
    return [t for t in doc if is_candidate(t)]


def _has_actor(tok: Token) -> bool:
    return any(t.ent_type_ in ACTOR_LABELS for t in tok.subtree)


def features(tok: Token, lexicon: LexiconTypes) -> list[str]:
    lemma = tok.lemma_.lower()
    out = [f"l={lemma}", f"p={tok.pos_}", f"d={tok.dep_}", f"tag={tok.tag_}", f"l,p={lemma},{tok.pos_}"]
    for kind in sorted(lexicon.get(lemma, ())):
        out += [f"lex={kind}", f"lex,p={kind},{tok.pos_}"]
    if lemma in lexicon:
        out.append("inlex")
    head = tok.head
    out += [f"h={head.lemma_.lower()}", f"hd={head.dep_}", f"l,d,h={lemma},{tok.dep_},{head.lemma_.lower()}"]
    for child in tok.children:
        out += _child_features(lemma, child, lexicon)
    doc = tok.doc
    for step in (-2, -1, 1, 2):
        k = tok.i + step
        if 0 <= k < len(doc):
            out.append(f"w{step}={doc[k].lemma_.lower()}")
    return out


def _child_features(lemma: str, child: Token, lexicon: LexiconTypes) -> list[str]:
    word, dep = child.lemma_.lower(), child.dep_
    if dep in OBJECTS:
        out = [f"dobj={word}", f"l,dobj={lemma},{word}"]
        out += [f"dobjlex={kind}" for kind in sorted(lexicon.get(word, ()))]
        return out + (["dobj_actor"] if _has_actor(child) else [])
    if dep == "prep":
        out = [f"prep={word}", f"l,prep={lemma},{word}"]
        for grand in child.children:
            if grand.dep_ == "pobj":
                out.append(f"l,prep,pobj={lemma},{word},{grand.lemma_.lower()}")
                if _has_actor(grand):
                    out.append(f"prep_actor={word}")
        return out
    if dep in AGENTS:
        out = [f"{dep}_"] + ([f"{dep}_actor"] if _has_actor(child) else [])
        return out + ([f"l,mod={lemma},{word}"] if dep in {"amod", "compound"} else [])
    if dep == "neg":
        return ["neg"]
    if dep == "aux" and word in MODALS:
        return ["modal"]
    if dep == "xcomp":
        return [f"xcomp={word}"]
    if dep == "prt":
        return [f"l,prt={lemma},{word}"]
    return []
