"""What a phrase that refers back stands for: "the parties", "both
countries", "they", "the bloc", "the northern countries". Resolved from
what the document said before (its discourse) and, for an organisation,
what this sentence named first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...nlp import text_of
from .discourse import Item

if TYPE_CHECKING:
    from .phrases import PhraseActors

Token = Any


def anaphor(actors: PhraseActors, tok: Token) -> list[Item] | None:
    """A phrase that refers back ("the parties", "they", "the bloc"): the
    actors it stands for, [] when it refers but to no one known, None when
    it is no such phrase (`anaphors` in `agents.yaml`)."""
    left = text_of(tok.doc[tok.left_edge.i : tok.i + 1]).lower()
    if left not in actors.anaphor_heads and tok.lower_ not in actors.anaphor_heads:
        return None
    right = text_of(tok.doc[tok.left_edge.i : tok.right_edge.i + 1]).lower()
    if any(
        actors.entity_codes(g)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}
        for g in c.subtree
    ):
        return None  # "the presidents of Russia and Turkey" say who they are
    for phrase in (left, right):
        kind = actors.lex.anaphors.get(phrase)
        if kind is None:
            continue
        d = actors.discourse
        pair = d.sentence_pair or d.last_pair
        if phrase.startswith(("the two", "both")) and len(pair) > 2:
            # "visited the UAE and Saudi Arabia and met the heads of state
            # of the two countries": the two are one side of the event.
            sides = d.pair_sides
            pair = next((side for side in sides if len(side) == 2), pair)
        codes = {
            "pair": pair,
            "group": d.last_group or d.last_pair,
            # "X and Y held talks, after which they signed": this sentence's pair.
            "previous": d.sentence_pair or d.last_subject or d.last_pair,
            # "the bloc's summit", "the alliance": the organisation in play,
            # the one named earlier in this sentence first
            "organisation": organisation_before(actors, tok) or ((d.last_org,) if d.last_org else ()),
        }[kind]
        if codes:
            actors.anaphor_used = True
            if kind == "previous" and codes == d.last_subject:
                # the subject's parties as they were: "Hamas fighters ... they" is one party
                return [Item(p, tok, "anaphor") for p in d.last_subject_parties]
            # "the bloc" names an organisation, not the occasion of a pair
            how = "entity" if kind == "organisation" else "anaphor"
            return [Item((c,), tok, how) for c in codes]
        return []
    return None


def definite_plural(actors: PhraseActors, tok: Token) -> list[Item]:
    """ "the northern countries' accession", "these states": a definite
    plural that names no one, in or after it, is the parties just named
    (like "they")."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.lower_ not in actors.lex.definite_plurals:
        return []
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in kids):
        return []
    if any(c.dep_ not in {"det", "amod", "nummod", "case"} for c in kids):
        return []  # "the countries that ...", "the states of ...": said there
    if any(actors.entity_codes(t) for t in tok.subtree):
        return []
    d = actors.discourse
    codes = d.sentence_pair or d.last_subject or d.last_pair
    if len(codes) < 2:
        return []
    actors.anaphor_used = True
    return [Item((c,), tok, "anaphor") for c in codes]


def organisation_before(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    for i in sorted((i for i in actors.entity_at if i < tok.i), reverse=True):
        r = actors.entity_at[i][1]
        orgs = [c for c in (r.codes if r is not None else ()) if c in actors.kb.organisations]
        if orgs:
            return (orgs[0],)
    return ()
