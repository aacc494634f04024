"""A body or a text named again by its head noun alone: "The UN Security
Council met on Monday. The council condemned ..." is the Security Council;
"Sudan's army attacked ... the army shelled" is Sudan's; "Nepal's foreign
ministry said in a statement ... The statement accused India" is Nepal. A
report names a body (or the one who issued a text) in full once, then
calls it "the council", "the army", "the statement".

What each sentence named is noted for the next ones (`note`); a definite
singular noun of `named_again` (agents.yaml) naming no one itself is the
body or issuer named so before (`resolve`), and no one once two owners
have been named so, as with a bare title (resolve/titles.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import lexicon
from .discourse import PHRASE_TRACED_HOWS, Item

if TYPE_CHECKING:
    from .phrases import PhraseActors

Token = Any

_DEFINITE = {"the", "this"}


def resolve(actors: PhraseActors, tok: Token) -> list[Item]:
    """ "the council", "the statement": the body or issuer the document
    named with that noun; [] if it is no such phrase, or none or two are known."""
    word = tok.lemma_.lower()
    if word not in actors.lex.named_again or tok.tag_ != "NN":
        return []
    if actors.discourse.author and word in actors.lex.own_offices:
        return []  # in a ministry's own statement "the government" is its own (officials.py)
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids):
        return []
    if any(c.dep_ in {"poss", "compound", "nmod"} for c in kids) or actors.entities_in(tok, adjectives=True):
        return []  # "China's statement", "the Treasury statement": said there
    codes = actors.discourse.named_again.get(word, ())
    return [Item(codes, tok, "named_again")] if codes else []


# "Moscow vetoed a resolution": a text its blocker did not issue
_BLOCKING = {"veto", "block", "reject", "oppose"}


def blocked_before(actors: PhraseActors, tok: Token) -> bool:
    """Whether the document named a text by this word as blocked ("Moscow
    vetoed a resolution"): "the resolution" then is that one, which speaks
    for no one, not the organisation in play (anaphora.py)."""
    word = tok.lemma_.lower()
    return word in actors.discourse.blocked_texts and f"the {word}" in actors.lex.anaphors


def note(actors: PhraseActors) -> None:
    """Who the sentence named by these nouns: a body by its name ("the UN
    Security Council"), a text by its issuer ("X issued a statement", "X
    said in a statement", "China's foreign ministry statement")."""
    words = actors.lex.named_again
    known = actors.discourse.named_again
    for i in sorted(actors.entity_at):
        ent, r = actors.entity_at[i]
        if i == ent.root.i and r is not None and r.form == "name" and ent.root.lemma_.lower() in words:
            _learn(known, ent.root.lemma_.lower(), tuple(r.codes))
    for tok in actors.sent:
        word = tok.lemma_.lower()
        if word in words and tok.pos_ == "NOUN" and tok.i not in actors.entity_at:
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BLOCKING:
                actors.discourse.blocked_texts.add(word)
            codes = _issuer(actors, tok) or _owner(actors, tok)
            if codes:
                _learn(known, word, codes)


def _learn(known: dict[str, tuple[str, ...]], word: str, codes: tuple[str, ...]) -> None:
    """Two owners named so ("Sudan's army", "Chad's army"): "the army" could
    be either, and is no one from then on."""
    before = known.get(word)
    known[word] = codes if before is None or before == codes else ()


# Ways an owner is named by the phrase itself: by name or office, or by a
# traced rule that reads the phrase (not a group: "the bloc's statement").
_OWN = frozenset({"official", "entity", *PHRASE_TRACED_HOWS})


def _owner(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "Sudan's army", "China's statement": the owner the phrase itself
    names, not one guessed from the sentence around it."""
    found = actors.items(tok, conj=False)
    if not found or any(it.how not in _OWN for it in found):
        return ()
    return tuple(dict.fromkeys(c for it in found for c in it.codes))


def _issuer(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "said in a statement", "adopted a resolution": the subject of the
    verb of saying the noun is said in, or of the verb issuing it."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if verb.lemma_.lower() not in actors.lex.speech_verbs:
            return ()
    elif tok.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.sides().document_verbs:
        return ()
    for subj in verb.children:
        if subj.dep_ == "nsubj":
            return actors.codes(subj)
    return ()
