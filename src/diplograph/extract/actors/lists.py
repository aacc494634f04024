"""Lists the parser breaks or hides: members after a dated aside ("visits
to Uzbekistan (in May) and Kazakhstan"), after a dash ("six countries -
Kyrgyzstan, China, ..."), and parties coordinated inside a modifier ("the
European Union and Mercosur countries")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import dates
from .discourse import Item

if TYPE_CHECKING:
    from .phrases import PhraseActors

Token = Any


def after_parenthesis(actors: PhraseActors, tok: Token) -> list[Item]:
    """Repair a list the parser broke at a parenthesis: in "visits to
    Uzbekistan (in May) and Kazakhstan (in November)" the parser hangs
    "Kazakhstan" elsewhere. An actor right after "(...) and" joins the list."""
    doc = tok.doc
    last = max([tok, *tok.conjuncts], key=lambda t: t.i)
    i = last.i + 1 if last.i + 1 < len(doc) and doc[last.i + 1].text == "(" else last.right_edge.i + 1
    out: list[Item] = []
    while i + 2 < len(doc) and i < actors.sent.end:
        if doc[i].text != "(":
            break
        close = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), None)
        if close is None or close + 2 >= len(doc) or doc[close + 1].lower_ not in {"and", "or", ","}:
            break
        if not any(t.like_num or t.lower_ in dates.MONTHS for t in doc[i + 1 : close]):
            break  # only a dated aside like "(in May)" breaks a list this way
        nxt = doc[close + 2]
        if nxt.lower_ == "the" and close + 3 < len(doc):
            nxt = doc[close + 3]
        hit = actors.entity_codes(nxt)
        if hit is None or hit[1] not in {"name", "metonym"}:
            break
        ent = actors.entity_at[nxt.i][0]
        out.append(Item(hit[0], ent.root))
        i = ent.end
    return out


def coordinated_modifiers(actors: PhraseActors, tok: Token) -> list[Item]:
    """ "The European Union and Mercosur countries - Argentina, ...": in a
    coordinated modifier the parties before the last are their own."""
    out: list[Item] = []
    for m in tok.children:
        if m.dep_ in {"nmod", "compound"} and any(c.dep_ == "conj" for c in m.children):
            out += [it for it in actors._one(m) if it.codes]
    return out


def dash_list(actors: PhraseActors, tok: Token) -> list[Item]:
    """Actors listed after a dash or colon that follows a counted group:
    "the six countries that Putin visited in 2023 - Kyrgyzstan, China, ..."."""
    doc = tok.doc
    end = tok.sent.end
    i = next((j for j in range(tok.i + 1, min(end, tok.i + 12)) if doc[j].text in {"-", "–", "—", ":"}), None)
    if i is None:
        return []
    out: list[Item] = []
    j = i + 1
    while j < end:
        hit = actors.entity_codes(doc[j])
        if hit and hit[1] == "name":
            ent = actors.entity_at[j][0]
            out.append(Item(hit[0], ent.root))
            j = ent.end
        elif doc[j].lower_ in {",", "and", "the", "or"}:
            j += 1
        else:
            break
    return out if len(out) >= 2 else []


def coordinated_before(actors: PhraseActors, mod: Token) -> bool:
    """ "Egypt's President A and Turkish President B agreed": whether a
    person named before the head and hung under it with its own "and" (a
    parse of long names) is a party of its own, not a modifier."""
    hit = actors.entity_codes(mod)
    return (
        mod.dep_ in {"nmod", "compound"}
        and hit is not None
        and hit[1] == "person"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in mod.children)
        and any(c.dep_ == "conj" for c in mod.children)
    )


def other_leader(actors: PhraseActors, tok: Token, appos: Token) -> bool:
    """ "Chile's Boric, Peru's Boluarte agree": two named people of two
    states, the second in apposition to the first, are two parties (a
    person is no apposition of another state's person)."""
    mine, theirs = actors.entity_codes(tok), actors.entity_codes(appos)
    if mine is None or theirs is None or mine[1] != "person" or theirs[1] != "person":
        return False
    return bool(mine[0]) and bool(theirs[0]) and not set(mine[0]) & set(theirs[0])
