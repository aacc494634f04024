"""The cascade's test: which sentences can hold an event, a membership or a
figure, decided from words alone before any parsing.

A sentence is parsed when it has a trigger word (any inflected form of a
lexicon lemma) or a money amount, and something that can name an actor: a
knowledge-base name, or a word that refers back to one ("they", "the
parties", "the president"). Everything else is stored and searchable but
never reaches the statistical pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..nlp import Match
from ..nlp.lemmas import hyphenated, inflections
from . import lexicon

ACTOR_LABELS = {"ACTOR", "ACTOR_PLACE", "ACTOR_ADJ", "PERSON", "REGION_ADJ"}
_MONEY = re.compile(r"[$€£¥₽₹]\s?\d|\d\s?(?:billion|million|trillion|bn|bln|mln|tln)\b", re.I)


def _forms(words: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    lemmas = {w.lower() for w in words}
    for w in lemmas:
        out |= inflections(w)
    # "re-established" is read as "reestablish" (nlp.lemmas.hyphenated)
    out |= {form for form, lemma in hyphenated().items() if lemma in lemmas}
    return frozenset(out)


@lru_cache(maxsize=1)
def rules() -> list[tuple[frozenset[str], tuple[frozenset[str], ...]]]:
    """Per trigger: its word forms, and the word sets of which the sentence
    must contain one each (its required object, modifier, adverb or
    preposition). A sentence that fails every rule cannot yield a record."""
    lex = lexicon.events()
    out = []
    for t in lex.triggers:
        needs = []
        for words in (
            lex.words(t.requires_object),
            lex.words(t.requires_prep_object),
            lex.words(t.requires_subject),
        ):
            if words is not None:
                needs.append(_forms(words))
        for plain in (t.requires_modifier, t.requires_adverb, t.requires_prep):
            if plain:
                needs.append(frozenset(w.lower() for w in plain))
        out.append((_forms(t.lemmas), tuple(needs)))
    for m in lexicon.memberships().triggers:
        needs = [_forms(w) for w in (m.requires_object, m.requires_modifier) if w]
        out.append((_forms(m.lemmas), tuple(needs)))
    return out


@lru_cache(maxsize=1)
def trigger_forms() -> frozenset[str]:
    return frozenset(f for forms, _ in rules() for f in forms)


@lru_cache(maxsize=1)
def _rules_by_form() -> dict[str, tuple[int, ...]]:
    """Each trigger word form -> the rules it can start."""
    out: dict[str, list[int]] = {}
    for n, (forms, _needs) in enumerate(rules()):
        for f in forms:
            out.setdefault(f, []).append(n)
    return {f: tuple(ns) for f, ns in out.items()}


def worth_parsing(words: frozenset[str], text: str, matches: tuple[Match, ...]) -> bool:
    """`words`: the sentence's lower-case tokens; `text`: the sentence."""
    refers = any(m.label in ACTOR_LABELS for m in matches) or bool(words & lexicon.cascade().referring_words)
    if not refers:
        return False
    if _MONEY.search(text):
        return True
    found = words & trigger_forms()
    if not found:
        return False
    table, by_form = rules(), _rules_by_form()
    candidates = {n for f in found for n in by_form[f]}
    return any(all(words & need for need in table[n][1]) for n in candidates)


def sentence_words(tokens: Any) -> frozenset[str]:
    """The lower-case words of a parsed sentence (a Doc or Span)."""
    return frozenset(t.lower_ for t in tokens)
