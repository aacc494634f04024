"""One doer's joined verbs aimed at one side: "Seoul voiced regret over
the blast and warned of a firm response if Pyongyang goes further" names
whom the regret is about only in the warning (sides.conjunct_target)."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..actors.discourse import Item
from .draft import Draft

Token = Any


def conjunct_target(d: Draft, drafts: list[Draft]) -> list[Item]:
    """The target of a draft of the same doer whose verb is joined to this
    one's by "and" (either way round), when both are of the verbal types
    that share it; none when the joined verb has none or another doer."""
    shared = lexicon.sides().conjunct_shared_types
    if d.target or not d.source or d.type not in shared or not aimed_threat(d):
        return []
    mine = set(d.codes(d.source))
    for x in drafts:
        joined = x.trigger in d.trigger.conjuncts
        if x is d or not joined or x.type not in shared or not x.target:
            continue
        if set(x.codes(x.source)) == mine and not mine & set(x.codes(x.target)):
            return list(x.target)
    return []


def aimed_threat(d: Draft) -> bool:
    """Whether a draft, if a threat, may be aimed from outside its own
    words: it names the harm threatened (a mode) or answers an act
    (`aimed_threats`); "warned of a humanitarian catastrophe" does neither."""
    return d.type != "THREATEN" or d.mode is not None or d.entry.id in lexicon.sides().aimed_threats
