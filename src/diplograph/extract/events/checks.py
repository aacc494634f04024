"""The conditions a trigger entry may set (requires_object, passive_only,
...), one small check per field of the schema, run from a table keyed by the
field's name. A check returns False when the word, in this sentence, is not
the entry's event."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field
from typing import Any

from .. import cascade
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from ..lexicon import EventLexicon, Trigger
from . import slots
from .conventions import of_objects
from .roles import modal_clause, participle_object

Token = Any


def object_words(tokens: list[Token]) -> set[str]:
    """Lemmas that describe an object: its head, its "of" or "in" noun and
    modifiers ("tonnes of humanitarian aid", "$1 billion in assistance" count
    as aid), for each coordinated object."""
    words = set()
    for t in [x for tok in tokens for x in (tok, *tok.conjuncts)]:
        words.add(t.lemma_.lower())
        words.add(t.lower_)
        for c in t.children:
            if c.dep_ in {"amod", "compound"}:
                words.add(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ in {"of", "in"}:
                for g in c.children:
                    if g.dep_ == "pobj":
                        words.add(g.lemma_.lower())
                        words |= {x.lemma_.lower() for x in g.children if x.dep_ in {"amod", "compound"}}
    return words


@dataclass
class Match:
    """One trigger word tried as one entry: what the checks look at."""

    tok: Token
    entry: Trigger
    lex: EventLexicon
    actors: PhraseActors
    # The word's slots (slots.collect), collected once for all its entries;
    # each entry works on its own copy.
    known: InitVar[dict[str, list[Token]]]
    s: dict[str, list[Token]] = field(init=False)
    is_verb: bool = field(init=False)
    objects: list[Token] = field(init=False)
    roles: dict[str, list[Item]] = field(default_factory=dict)

    def __post_init__(self, known: dict[str, list[Token]]) -> None:
        self.s = defaultdict(list, {k: list(v) for k, v in known.items()})
        self.is_verb = self.tok.pos_ in {"VERB", "AUX"}
        # A noun's object is what it governs through "of" ("signing of the treaty").
        self.objects = self.s["object"] if self.is_verb else of_objects(self.tok)

    def modifiers(self) -> set[str]:
        return {c.lemma_.lower() for c in self.tok.children if c.dep_ in {"amod", "compound", "nmod"}}


def _passive_only(m: Match, _: bool) -> bool:
    return bool(slots.is_passive(m.tok))


def _requires_no_object(m: Match, _: bool) -> bool:
    # "demonstrated in the city of Basra", "in the capital Tbilisi": where,
    # not what (slots.verb_objects takes an "in" phrase's noun as an object).
    return not [o for o in m.objects if not _named_place(o, m.actors)]


def _named_place(noun: Token, actors: PhraseActors) -> bool:
    """A common noun in a prepositional phrase that a place's own name
    follows: "the northern city of Kirkuk", "the capital Tbilisi"."""
    if noun.dep_ != "pobj" or noun.pos_ == "PROPN":
        return False
    names = [c for c in noun.children if c.dep_ in {"appos", "compound"}]
    names += [noun.nbor(1)] if noun.i + 1 < len(noun.doc) else []  # the parser may hang the name elsewhere
    names += slots.prep_objects(noun).get("of", [])
    return any((hit := actors.entity_codes(t)) is not None and hit[1] in {"place", "metonym"} for t in names)


def _requires_modal_clause(m: Match, _: bool) -> bool:
    return modal_clause(m.tok)


def _requires_object(m: Match, value: list[str] | str) -> bool:
    req = m.lex.words(value) or frozenset()
    if object_words(m.objects) & req:
        return True
    # "the Joint Statement ..., signed by": a participle hung on the wrong noun.
    repaired = participle_object(m.tok, req)
    if repaired is None:
        return _small_clause_object(m, req)
    m.objects = [repaired]
    return True


def _small_clause_object(m: Match, req: frozenset[str]) -> bool:
    """ "declared the envoy persona non grata": for a verb that says what its
    object is called (requires_description), the parser may make the object
    the subject of that description, a clause of its own."""
    if m.objects or not m.entry.requires_description:
        return False
    found = [
        c
        for h in m.tok.children
        if h.dep_ in {"ccomp", "xcomp", "oprd"}
        for c in h.children
        if c.dep_ in {"nsubj", "nmod"} and c.i < h.i and object_words([c]) & req
    ]
    if not found:
        return False
    m.objects = m.s["object"] = found
    m.s["object_poss"] = [p for t in found for p in t.children if p.dep_ == "poss"]
    m.s["object_modifier"] = [x for t in found for x in slots.modifiers(t)]
    return True


def _not_object(m: Match, value: list[str]) -> bool:
    return not (object_words(m.objects) & set(value))


def _not_subject(m: Match, value: list[str] | str) -> bool:
    subject = m.s["object"] if slots.is_passive(m.tok) else m.s["subject"]
    if m.tok.dep_ == "relcl":
        # "a plane from Athens, which was flying to Vilnius": the clause may
        # hang on the noun's own modifier
        head = m.tok.head
        hit = m.actors.entity_codes(head)
        if hit is not None and (hit[1] == "place" or (hit[1] == "metonym" and head.dep_ == "pobj")):
            return False  # "a jet from Riga, which was flying": a town does not travel
        subject = [*subject, head, *([head.head.head] if head.dep_ == "pobj" else [])]
    return not (object_words(subject) & (m.lex.words(value) or frozenset()))


def _not_prep(m: Match, value: list[str]) -> bool:
    return not any(c.dep_ == "prep" and c.lower_ in value for c in m.tok.children)


def _prep_objects(m: Match) -> list[Token]:
    """Every prepositional slot's objects, the deeper ones ("under from") too."""
    plain = {"subject", "object", "poss", "modifier"}
    return [t for k, v in m.s.items() if k not in plain for t in v]


def _not_prep_object(m: Match, value: list[str] | str) -> bool:
    return not _requires_prep_object(m, value)


def _requires_governor(m: Match, value: list[str]) -> bool:
    """ "ordered the ambassador to leave", "was asked to leave Mali", "gave
    the diplomats 48 hours to leave": the verb the word is the infinitive
    of, directly or through a counted time that is its object."""
    tok, gov = m.tok, m.tok.head
    told = [c for c in gov.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    if (
        tok.dep_ in {"relcl", "acl"}
        and gov.dep_ in {"dobj", "npadvmod"}
        and any(c.dep_ == "nummod" for c in gov.children)
    ):
        gov = gov.head
        # the time's holder: to whom it was given, else who has it
        told = [c for c in gov.children if c.dep_ in {"dative", "nsubjpass"}]
        m.s["subject"] = told or slots.verb_subject(gov)
    elif tok.dep_ not in {"xcomp", "ccomp"} or gov.i == tok.i:
        return False
    if gov.lemma_.lower() not in value:
        return False
    # with no one told ("Envoy ordered to leave Iran", a headline's passive),
    # the subject is the one told, not the teller
    m.s["governor_subject"] = slots.verb_subject(gov) if told else []
    return True


def _requires_subject(m: Match, value: list[str] | str) -> bool:
    # A passive's grammatical subject is the active verb's object.
    subject = m.s["object"] if slots.is_passive(m.tok) else m.s["subject"]
    return bool(object_words(subject) & (m.lex.words(value) or frozenset()))


def _requires_prep(m: Match, value: list[str]) -> bool:
    # "called the meeting ... for 2023": a year is not what is called for.
    return any(t for p in value for t in m.s.get(p, []) if not (t.like_num or t.pos_ == "NUM"))


def _requires_prep_object(m: Match, value: list[str] | str) -> bool:
    return bool(object_words(_prep_objects(m)) & (m.lex.words(value) or frozenset()))


def _requires_adverb(m: Match, value: list[str]) -> bool:
    # "working together with Fiji": the parser may hang the adverb on the preposition
    kids = [*m.tok.children, *(g for c in m.tok.children if c.dep_ == "prep" for g in c.children)]
    return any(c.dep_ in {"advmod", "prt"} and c.lower_ in value for c in kids)


def _requires_description(m: Match, value: list[str] | str) -> bool:
    """What the verb calls its object ("as" phrase, predicate complement)
    has one of the words."""
    words = m.lex.words(value) or frozenset()
    heads = [c for c in m.tok.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}]
    heads += [g for c in m.tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    # "held the government responsible": the parser may hang the complement
    # on the object, after it
    heads += [
        a for o in m.tok.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and a.i > o.i
    ]
    return any(t.lemma_.lower() in words or t.lower_ in words for h in heads for t in h.subtree)


def _requires_predicate(m: Match, value: list[str] | str) -> bool:
    """What the clause said says something is ("their demands are
    blackmail", "the decision was an illegal step") has one of the words:
    the predicate's head or a modifier of it."""
    words = m.lex.words(value) or frozenset()
    preds = [p for clause in slots.said_clauses(m.tok) for p in slots.predicates(clause)]
    return any(
        t.lemma_.lower() in words or t.lower_ in words
        for p in preds
        for t in [p, *(c for c in p.children if c.dep_ in {"amod", "compound"})]
    )


def _requires_clause_verb(m: Match, value: list[str] | str) -> bool:
    """The clause said is headed by one of the verbs ("said Beijing had
    violated its sovereignty"), by a verb joined to it ("ignored the deal
    and violated ..."), or says its subject did an act that is one of them
    ("said the vessel committed an act that violated ...")."""
    words = m.lex.words(value) or frozenset()
    verbs = [v for c in slots.said_clauses(m.tok) for v in (c, *c.conjuncts)]
    verbs += [
        r
        for v in verbs
        for o in v.children
        if o.dep_ in {"dobj", "attr"}
        for r in o.children
        if r.dep_ == "relcl"
    ]
    return any(c.pos_ == "VERB" and c.lemma_.lower() in words and not _denied(c) for c in verbs)


def _requires_disparaged_owner(m: Match, value: list[str] | str) -> bool:
    """The clause said names someone's act or words by one of the words, on
    a noun they own ("in retaliation for Estonia's unfriendly step", "must
    end its unconscionable war"): the owners fill `disparaged_poss`."""
    words = m.lex.words(value) or frozenset()
    acts = m.lex.words("@acts_and_words") or frozenset()
    m.s["disparaged_poss"] = [
        p
        for clause in slots.said_clauses(m.tok)
        for t in clause.subtree
        if t.dep_ == "amod"
        and (t.lemma_.lower() in words or t.lower_ in words)
        and (t.head.lemma_.lower() in acts or t.head.lower_ in cascade.trigger_forms())
        for p in t.head.children
        if p.dep_ == "poss"
    ]
    return bool(m.s["disparaged_poss"])


def _requires_said_outcome(m: Match, value: list[str] | str) -> bool:
    """The clause said promises an act an answer to come: under "will",
    "would", "must" or "shall", what its head says the act gets ("will not
    go unanswered", "would have serious consequences") is one of the words,
    or the head is one of them denied ("would not be tolerated", "will not
    tolerate Somali incursions"). Whose the act is ("Latvia's provocation",
    "the seizure by Iran", "Israeli strikes") fills `answered_owner`."""
    words = m.lex.words(value) or frozenset()
    said = [c for s in slots.said_clauses(m.tok) for c in (s, *s.conjuncts)]
    # "'It must know that this crime will not go unanswered,' Raisi said"
    said += [c for s in said for k in s.children if k.dep_ == "ccomp" for c in (k, *k.conjuncts)]
    for clause in said:
        if not any(c.dep_ == "aux" and c.lemma_.lower() in _PROMISING for c in clause.children):
            continue
        gets = [c for c in clause.children if c.dep_ in {"acomp", "oprd", "dobj"}]
        borne = clause.pos_ == "VERB" and clause.lemma_.lower() in words and _denied(clause)
        if borne or any(t.lemma_.lower() in words for t in gets):
            acts = [c for c in clause.children if c.dep_ in ({"nsubjpass", "dobj"} if borne else {"nsubj"})]
            m.s["answered_owner"] = [
                o
                for a in acts
                for o in (
                    *(c for c in a.children if c.dep_ == "poss"),
                    *slots.modifiers(a),
                    *slots.prep_objects(a).get("by", []),
                )
            ]
            return True
    return False


_PROMISING = frozenset({"will", "would", "must", "shall"})


def _denied(verb: Token) -> bool:
    """ "had not violated", "violated no rules": the wrong is denied."""
    kids = list(verb.children)
    return any(k.dep_ == "neg" for k in kids) or any(
        d.lower_ == "no" for k in kids if k.dep_ == "dobj" for d in k.children
    )


def _requires_modifier(m: Match, value: list[str]) -> bool:
    return bool(m.modifiers() & set(value))


def _not_modifier(m: Match, value: list[str]) -> bool:
    return not (m.modifiers() & set(value))


def _requires_actor_object(m: Match, _: bool) -> bool:
    if not m.roles.get("target") and not m.roles.get("source"):
        return False
    # An object that should be the target but names no actor ("welcomed the decision").
    return bool(m.roles.get("target")) or m.entry.roles.get("object") != "target"


def _requires_person_subject(m: Match, _: bool) -> bool:
    return any(
        t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.i not in m.actors.entity_at)
        for t in m.s["subject"]
    )


def _people_subject(m: Match, _: bool) -> bool:
    return not any(
        (hit := m.actors.entity_codes(it.head)) is not None and hit[1] in {"name", "metonym"}
        for it in m.roles.get("source", [])
    )


Check = Callable[[Match, Any], bool]
# Checks on the word and its grammar, in this order (requires_object may
# replace the objects that not_object then looks at).
BEFORE_ROLES: dict[str, Check] = {
    "passive_only": _passive_only,
    "requires_no_object": _requires_no_object,
    "requires_modal_clause": _requires_modal_clause,
    "requires_object": _requires_object,
    "not_object": _not_object,
    "requires_governor": _requires_governor,  # before requires_subject: it finds the doer
    "requires_subject": _requires_subject,
    "not_subject": _not_subject,
    "not_prep": _not_prep,
    "not_prep_object": _not_prep_object,
    "requires_prep": _requires_prep,
    "requires_prep_object": _requires_prep_object,
    "requires_adverb": _requires_adverb,
    "requires_modifier": _requires_modifier,
    "requires_description": _requires_description,
    "requires_predicate": _requires_predicate,
    "requires_clause_verb": _requires_clause_verb,
    "requires_disparaged_owner": _requires_disparaged_owner,
    "requires_said_outcome": _requires_said_outcome,
    "not_modifier": _not_modifier,
}
# Checks on the actors found in the entry's roles.
AFTER_ROLES: dict[str, Check] = {
    "requires_actor_object": _requires_actor_object,
    "requires_person_subject": _requires_person_subject,
    "people_subject": _people_subject,
}


def passes(m: Match, table: dict[str, Check]) -> bool:
    """Every condition the entry sets holds; an unset field (None, False, an
    empty list) is no condition."""
    for name, check in table.items():
        value = getattr(m.entry, name)
        if value is None or value is False:
            continue
        if not check(m, value):
            return False
    return True
