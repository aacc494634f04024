"""How each source portrays an actor, in [-1, 1].

Two kinds of evidence, averaged: the events the source reports about the
actor (PLOVER's cooperation-conflict score of what the actor does, and at
half weight of what is done to it), and the evaluative words the source
uses near the actor's name, from a small diplomatic lexicon ("outrageous
act", "aggression" against "flagship", "successfully"). General sentiment
lexicons misread this register: VADER scores "armed aggression" as
positive.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..extract import lexicon
from ..vocabulary import EVENT_TYPES
from .relations import score

NEAR = 60  # characters: a phrase this close to the name is about the actor
FAR_WEIGHT = 0.3  # elsewhere in the same sentence it counts for less
TARGET_WEIGHT = 0.5  # what is done to an actor says less about it than what it does


@dataclass
class Stance:
    source: str
    docs: set[str] = field(default_factory=set)
    contributions: list[float] = field(default_factory=list)
    phrases: Counter[str] = field(default_factory=Counter)
    n_events: int = 0

    def as_dict(self) -> dict[str, Any]:
        value = sum(self.contributions) / len(self.contributions) if self.contributions else 0.0
        weights = lexicon.stance().phrases
        top = sorted(self.phrases.items(), key=lambda kv: (-abs(weights[kv[0]]) * kv[1], kv[0]))[:8]
        return {
            "source": self.source,
            "docs": sorted(self.docs),
            "stance": round(max(-1.0, min(1.0, value)), 3),
            "n_events": self.n_events,
            "n_phrases": sum(self.phrases.values()),
            "phrases": [{"phrase": p, "count": n, "weight": weights[p]} for p, n in top],
        }


@lru_cache(maxsize=1)
def _phrase_patterns() -> list[tuple[str, re.Pattern[str], float, tuple[str, ...]]]:
    out = []
    for phrase, weight in lexicon.stance().phrases.items():
        words = r"\s+".join(re.escape(w) for w in phrase.split())
        pattern = re.compile(rf"(?<![\w-]){words}(?![\w-])", re.I)
        out.append((phrase, pattern, weight, tuple(phrase.lower().split())))
    # Longer phrases first, so "outrageous act" is not also counted as "outrageous".
    return sorted(out, key=lambda x: -len(x[0]))


def phrases_in(text: str) -> list[tuple[str, int, float]]:
    """(phrase, position, weight) of every lexicon phrase in a text, longest
    phrases taking precedence over the words inside them."""
    lower = text.lower()
    taken: list[tuple[int, int]] = []
    found = []
    for phrase, pattern, weight, words in _phrase_patterns():
        # A phrase can match only where each of its words occurs: one
        # substring test each spares most texts most of the patterns.
        if not all(w in lower for w in words):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((phrase, m.start(), weight))
    return found


def source_name(publisher: str | None, doc: str) -> str:
    return publisher or doc


def stances(
    actor: str, events: Iterable[dict[str, Any]], mentions: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """events: dicts with doc, publisher, type, mode, source, target.
    mentions: dicts with doc, publisher, sentence, sent_start, start, end
    (character offsets in the document) for each mention of the actor."""
    by_source: dict[str, Stance] = {}

    def entry(publisher: str | None, doc: str) -> Stance:
        name = source_name(publisher, doc)
        s = by_source.setdefault(name, Stance(name))
        s.docs.add(doc)
        return s

    for e in events:
        if e["type"] not in EVENT_TYPES:
            continue
        value = score(e["type"], e.get("mode")) / 10
        if actor in (e["source"] or []):
            s = entry(e["publisher"], e["doc"])
            s.contributions.append(value)
            s.n_events += 1
        elif actor in (e["target"] or []):
            s = entry(e["publisher"], e["doc"])
            # Being the recipient of conflict portrays an actor as its object;
            # of cooperation, as a partner.
            s.contributions.append(TARGET_WEIGHT * value)
            s.n_events += 1
    seen_sentences: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for m in mentions:
        s = entry(m["publisher"], m["doc"])
        key = (m["doc"], m["sent_start"])
        if key in seen_sentences[s.source]:
            continue  # one sentence counts once, however often it names the actor
        seen_sentences[s.source].add(key)
        rel_start, rel_end = m["start"] - m["sent_start"], m["end"] - m["sent_start"]
        for phrase, pos, weight in phrases_in(m["sentence"]):
            distance = max(0, rel_start - pos, pos - rel_end)
            s.contributions.append(weight * (1.0 if distance <= NEAR else FAR_WEIGHT))
            s.phrases[phrase] += 1
    return sorted((s.as_dict() for s in by_source.values()), key=lambda d: d["source"])
