"""A title or body stands for the state beside it: "Russian Foreign
Minister", "the President of Russia", "his Armenian counterpart". A title
with no state beside it ("the foreign minister said", "Minister Tembo") is
the state whose holder of that office the document has named before it
(resolve/titles.py's DocumentOffices): the office-holders a sentence names
are noted as the reading gets past them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...kb.loader import KnowledgeBase
from ...resolve.titles import DocumentOffices
from . import lists
from .discourse import Item, lemmas, traced

if TYPE_CHECKING:
    from .phrases import PhraseActors

Token = Any


class SentenceOffices:
    """The document's offices, with the office-holders this sentence names
    held back until the reading gets past them: a bare title counts only
    the holders named before it."""

    def __init__(self, offices: DocumentOffices):
        self.offices = offices
        # Only sentences the cascade would parse teach the document its
        # office-holders, so that both modes read alike.
        self.learn = True
        self._people: list[tuple[int, list[str]]] = []
        self._titles: list[tuple[int, str, tuple[str, ...]]] = []

    def person(self, start: int, ids: list[str]) -> None:
        self._people.append((start, ids))

    def title(self, start: int, title: str, codes: tuple[str, ...]) -> None:
        if (start, title, codes) not in self._titles:
            self._titles.append((start, title, codes))

    def note(self, before: int | None = None) -> None:
        """Note the holders named before a position (or all of them)."""
        people, titles = [], []
        for start, ids in self._people:
            if before is not None and start >= before:
                people.append((start, ids))
            elif self.learn:
                self.offices.note_person(ids)
        for start, title, codes in self._titles:
            if before is not None and start >= before:
                titles.append((start, title, codes))
            elif self.learn:
                self.offices.note_title(title, codes)
        self._people, self._titles = people, titles

    def holder(self, title: str, at: int) -> tuple[str, ...]:
        self.note(before=at)
        return self.offices.holder(title)


def person_ids(kb: KnowledgeBase, ent: Any, codes: tuple[str, ...]) -> list[str]:
    """The people a person entity names: of several sharing the name,
    those who served the state it was resolved to."""
    people = kb.people
    ids = [p for i in ent.ent_id_.split("|") if (p := i.removeprefix("person:")) in people]
    return [p for p in ids if any((r.state or r.org) in codes for r in people[p].roles)]


def official(actors: PhraseActors, tok: Token) -> list[Item]:
    """The state a title or body stands for: the one its own words name,
    else the one whose holder of that office the document has named
    ("Iran's foreign minister arrived ... The foreign minister said")."""
    title = title_of(actors, tok)
    found = _named(actors, tok, title)
    if found:
        return found
    if issued := _issuer(actors, tok):
        return issued
    if tok.tag_ in {"NN", "NNP"} and (holder := actors.offices.holder(title, tok.i)):
        return [Item(holder, tok, "title")]
    return []


def title_of(actors: PhraseActors, tok: Token) -> str:
    """The title a word heads, in lower case: its compound and adjective
    words before it that name no actor, then its lemma ("foreign
    minister", "top diplomat")."""
    words = [
        c.lower_
        for c in tok.children
        if c.dep_ in {"compound", "amod"} and c.i < tok.i and c.i not in actors.entity_at
    ]
    return " ".join([*words, tok.lemma_.lower()])


def _noted(actors: PhraseActors, title: str, found: list[Item]) -> list[Item]:
    """The document has named these actors' holder of the office."""
    for it in found:
        actors.offices.title(it.head.i, title, it.codes)
    return found


def _named(actors: PhraseActors, tok: Token, title: str) -> list[Item]:
    """The state or organisation the title's own words name."""
    lex = actors.lex
    for child in tok.children:
        if led := _leader(actors, tok, child):
            return led
        if child.dep_ in {"amod", "compound", "nmod", "poss"}:
            hit = _widest(actors, tok, actors.entity_codes(child))
            if hit and hit[1] != "place":
                # "Iranian and Saudi officials": one party per coordinated modifier
                others = [
                    Item(other[0], tok, "official")
                    for c in child.conjuncts
                    if c.i > child.i and (other := actors.entity_codes(c)) and other[1] != "place"
                ]
                return _noted(actors, title, [Item(hit[0], tok, "official"), *others])
            if child.dep_ == "compound" and lemmas(child) & actors.official_words:
                found = official(actors, child)
                if found:
                    how = "title" if found[0].how == "title" else "official"
                    return [Item(found[0].codes, tok, how)]
            if nested := _nested_nationality(actors, tok, child):
                return _noted(actors, title, nested)
            # "the country's president", "Iran's minister"; but "his
            # counterpart" is the other side, not his.
            if child.dep_ == "poss" and not lemmas(tok) & lex.other_side_nouns:
                owners = actors.items(child, conj=False)
                if owners and owners[0].how != "author":
                    return _noted(actors, title, [Item(owners[0].codes, tok, "official")])
    preps = {"of", "from", "under"} if lemmas(tok) & lex.from_nouns else {"of"}
    if lemmas(tok) & lex.for_nouns:
        preps = preps | {"for"}  # "a spokesman for the ministry"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := actors.items(obj)):
                    if child.lower_ == "for":
                        found = [traced(it, "spoken_for") for it in found]
                    return _noted(actors, title, found)
    for child in tok.children:
        if child.dep_ == "appos" and (found := actors.items(child)):
            others = lists.coordinated_modifiers(actors, tok)
            if not others:
                return found
            # the listed members are one party beside the others
            group = tuple(dict.fromkeys(c for it in found for c in it.codes))
            return [*others, Item(group, tok, "group")]
    if (
        actors.discourse.author
        and lemmas(tok) & lex.own_offices
        and any(c.lower_ == "the" for c in tok.children)
        and tok.tag_ not in {"NNS", "NNPS"}
    ):
        # In a ministry's own statement "the Prime Minister" is its own.
        return [Item((actors.discourse.author,), tok, "author")]
    return []


def _nested_nationality(actors: PhraseActors, tok: Token, child: Token) -> list[Item]:
    """ "Kyrgyz border guards", "Chinese coast guard vessels": the parser
    may hang the nationality on the title's own compound word ("Kyrgyz
    border") rather than on the title; it still names whose they are. Only
    a nationality adjective: "Gaza war protesters" are not Gaza's."""
    if child.dep_ != "compound" or child.i > tok.i or child.i in actors.entity_at:
        return []
    for grand in child.children:
        hit = actors.entity_codes(grand) if grand.dep_ in {"amod", "compound"} else None
        if hit and hit[1] == "adjective":
            return [Item(hit[0], tok, "official")]
    return []


def _widest(
    actors: PhraseActors, tok: Token, hit: tuple[tuple[str, ...], str] | None
) -> tuple[tuple[str, ...], str] | None:
    """ "Yemen's Houthi rebels", "Lebanon's Hezbollah fighters": a group
    named beside its home state is the actor; its codes hold the state's."""
    if not hit or hit[1] == "place":
        return hit
    for child in tok.children:
        other = actors.entity_codes(child) if child.dep_ in {"amod", "compound", "nmod", "poss"} else None
        if other and other[1] != "place" and set(hit[0]) < set(other[0]):
            return other
    return hit


def _issuer(actors: PhraseActors, tok: Token) -> list[Item]:
    """ "China's foreign ministry issued a statement urging Washington ...":
    a statement that names no owner of its own is the one who issued it,
    the subject of the verb it is the object of."""
    if not lemmas(tok) & actors.lex.issued_nouns or tok.dep_ != "dobj":
        return []
    for subj in tok.head.children:
        if subj.dep_ == "nsubj" and (found := actors.items(subj)):
            codes = tuple(dict.fromkeys(c for it in found for c in it.codes))
            return [Item(codes, tok, "official")]
    return []


def _leader(actors: PhraseActors, tok: Token, child: Token) -> list[Item]:
    """ "the Saudi-led alliance", "Vietnamese-led forces": a force or
    grouping "led" by a named actor is coded as its leader (PLOVER codes a
    coalition by the state that leads it); "Iran-backed militias" stay
    the militias' own."""
    if child.dep_ != "amod" or child.lower_ not in actors.lex.leading_participles:
        return []
    for leader in child.children:
        hit = actors.entity_codes(leader) if leader.dep_ in {"npadvmod", "compound", "nmod", "amod"} else None
        if hit and hit[1] != "place":
            return [Item(hit[0], tok, "led")]
    return []
