"""Sub-state and non-state actors: police, armies, rebels, protesters,
opposition parties, named armed groups.

PLOVER codes such an actor as its state plus a sector ("Israeli police" is
ISR COP, "Ugandan rebels" UGA REB, "Hamas" PSE REB). Here the state stays
the actor code, so that a record compares with state-level coding, and the
sector goes into the event's own sector fields. A named group (kb
groups.yaml) codes to its group code and its home state.

The nouns of each sector are data (data/sectors.yaml). Which state such a
noun stands for comes from the phrase first ("Kenyan police", "police in
Kenya", "Iraq's army"), else from where the sentence is set ("protesters
in Nairobi"), else from the one state the sentence names ("Turkish police
dispersed students"): groups inside a country act in it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...kb.loader import KnowledgeBase
from .. import lexicon
from .discourse import Item, lemmas

if TYPE_CHECKING:
    from .phrases import PhraseActors

Token = Any  # spacy.tokens.Token


@lru_cache(maxsize=1)
def _sector_by_word() -> dict[str, str]:
    return {w: code for code, words in lexicon.sectors().sectors.items() for w in words}


def nouns() -> frozenset[str]:
    """Every noun that names a sector: phrase resolution treats them as it
    treats officials ("the Russian ministry"): they stand for a state."""
    return frozenset(_sector_by_word())


def noun_sector(tok: Token) -> str | None:
    words = _sector_by_word()
    return next((words[w] for w in sorted(lemmas(tok)) if w in words), None)


def sector(tok: Token, kb: KnowledgeBase, code: str = "") -> str:
    """The sector of the actor a phrase headed by tok names; "" for a state
    or organisation itself. A named group's sector is the knowledge base's;
    a noun's is its own or its modifier's ("rebel group", "army officers");
    an office-holder of a state is its government."""
    for c in tok.ent_id_.split("|") if tok.ent_id_ else ():
        group = kb.groups.get(c)
        if group is not None:
            return group.sector
    if tok.ent_type_ and ethnic(tok):
        return "CVL"  # "ethnic Albanians": a people
    if tok.ent_type_ == "PERSON":
        return "GOV" if code in kb.states else ""
    if tok.ent_type_ == "ACTOR_ADJ":
        # "Sierra Leonean and Liberian refugees": the first adjective heads
        # its own item; the noun it qualifies says who they are.
        noun = tok
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if noun.dep_ in {"amod", "compound"} and not noun.head.ent_type_:
            return noun_sector(noun.head) or ""
        if tok.tag_ in {"NNS", "NNPS"} and tok.dep_ not in {"amod", "compound"}:
            return "CVL"  # "thousands of Cubans": the people, not their state
        return ""
    if tok.ent_type_:
        return ""  # a state or organisation named by its name
    if crowd(tok):
        return "CVL"
    # The modifier is the more specific: "police force", "opposition party",
    # the nearest most of all ("military intelligence agency" is SPY); but
    # "government forces", "regime troops" are whose forces, not what.
    own = noun_sector(tok)
    for child in sorted(tok.children, key=lambda c: -c.i):
        if child.dep_ in {"compound", "amod", "nmod"} and not child.ent_type_:
            found = noun_sector(child)
            if found and not (found == "GOV" and own):
                return found
    # "Iraqi Kurds", "Turkish Cypriots": a people named in the plural
    return own or ("CVL" if tok.tag_ == "NNPS" else "")


def ethnic(tok: Token) -> bool:
    """ "ethnic Albanians", "ethnic Albanian guerrillas": a people, not the
    state of that name; they code to where they live."""
    return any(c.lower_ == "ethnic" for c in tok.children if c.dep_ in {"amod", "compound"})


def _reporters_place(place: Token) -> bool:
    """ "..., officials in Nairobi said": where those who tell of an act
    are is not where it happened."""
    holder = place.head.head
    return holder.dep_ == "nsubj" and holder.head.lemma_.lower() in lexicon.agents().speech_verbs


def crowd(tok: Token) -> bool:
    """ "Thousands rallied", "hundreds were detained": a plural count with
    no "of" after it stands for people."""
    return (
        tok.tag_ == "NNS"
        and tok.lower_ in lexicon.agents().quantities
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


def _manner(tok: Token) -> bool:
    """ "by force", "the use of force": "force" bare and singular, with no
    determiner or modifier, names a means, not a body of armed men."""
    if tok.tag_ != "NN" or tok.lemma_.lower() != "force":
        return False
    return not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in tok.children)


def placed(actors: PhraseActors, tok: Token) -> list[Item]:
    """The state of a sub-state group whose phrase names none: the place it
    is in, else the place the sentence is set in, else the one state the
    sentence names."""
    sec = sector(tok, actors.kb) or ("CVL" if ethnic(tok) else "")
    if sec not in lexicon.sectors().place_fallback or _manner(tok):
        return []
    near = lexicon.sectors().place_prepositions  # "police in Kenya"
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in near:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (code := actors.is_place(obj)):
                    return [Item((code,), tok, "official")]
    # Below, the state comes from the sentence, not the phrase: "placed".
    for t in actors.sent:
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in near
            and not _reporters_place(t)
            and (code := actors.is_place(t))
        ):
            return [Item((code,), tok, "placed")]
    named = {
        r.codes[0]
        for ent, r in actors.entity_at.values()
        if r is not None
        and r.form in {"name", "adjective", "metonym"}
        and r.codes[0] in actors.kb.states
        and not ethnic(ent.root.head if ent.root.dep_ == "amod" else ent.root)
    }
    if len(named) == 1:
        return [Item((named.pop(),), tok, "placed")]
    return []


def aligned_sectors(items: list[Item], codes: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    """One sector per code: that of the first item that names the code."""
    out = []
    for code in codes:
        item = next((it for it in items if code in it.codes), None)
        # "both parties", "they", "we": the words say nothing of who they are.
        known = item is not None and item.how not in {"anaphor", "pronoun", "author"}
        out.append(sector(item.head, kb, code) if item is not None and known else "")
    return tuple(out)


def other_side(item: Item, source: list[Item], kb: KnowledgeBase) -> bool:
    """Whether a recipient with the same state code as the source is still
    the other side: "Kenyan police arrested Kenyan protesters" is KEN COP
    against KEN CVL, a domestic event, not an actor repeated."""
    mine = {sector(it.head, kb, c) for it in source for c in it.codes if c in item.codes}
    theirs = {sector(item.head, kb, c) for c in item.codes}
    return bool(theirs - {""}) and not theirs & mine
