"""What the words around a name say about it: a name joined to "pro-" or
"-backed" is a side, not an actor; a title beside a person's name says
which state or organisation the text means them as."""

from __future__ import annotations

from typing import Any

from ..kb.loader import KnowledgeBase

Span = Any  # spacy.tokens.Span
Token = Any  # spacy.tokens.Token
# How a title and its modifiers hang on a person's name: "former Georgian
# president Saakashvili" (compound, amod), "Ban, the former UN chief"
# (appos), "Kosovo's president Osmani" (poss).
_TITLE_DEPS = {"compound", "amod", "nmod", "appos", "poss"}
_AFFILIATION_LABELS = {"ACTOR", "ACTOR_ADJ", "ACTOR_PLACE"}


def side_or_backer(ent: Span, kb: KnowledgeBase) -> bool:
    """ "pro-Russian protesters", "Iranian-backed militias", "a Russian-born
    businessman": the name, joined by a hyphen, says whose side a group is
    on or who backs it; the group is not that actor."""
    doc = ent.doc
    before = doc[ent.start - 2] if ent.start >= 2 else None
    if before is not None and _joined(before, doc[ent.start - 1]) and before.lower_ in kb.hyphen_prefixes:
        return True
    if ent.end + 1 < len(doc) and _joined(doc[ent.end - 1], doc[ent.end]):
        return bool(doc[ent.end + 1].lower_ in kb.hyphen_suffixes)
    return False


def _joined(tok: Token, hyphen: Token) -> bool:
    """tok, a hyphen and the next word written as one ("pro-Russian")."""
    return bool(hyphen.text == "-" and not tok.whitespace_ and not hyphen.whitespace_)


def affiliation_tokens(ent: Span) -> list[Token]:
    """The names of states or organisations in the title around a person's
    name, nearest first: "former Georgian president Saakashvili" gives
    "Georgian"; "Ban Ki-moon, the former UN chief," gives "UN"."""
    inside = {t.i for t in ent}
    found: list[Token] = []
    stack = [ent.root]
    seen = {ent.root.i}
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.i in seen or child.dep_ not in _TITLE_DEPS:
                continue
            seen.add(child.i)
            if child.i not in inside and child.ent_type_ in _AFFILIATION_LABELS:
                found.append(child)
            elif child.i not in inside and child.ent_type_:
                continue  # another person or place: not this one's title
            stack.append(child)
    return sorted(found, key=lambda t: abs(t.i - ent.root.i))
