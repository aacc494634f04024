"""PLOVER's conventions for who is source and who target of a meeting: a
reciprocal event names one party as source and the others as target,
three or more parties make it multilateral, and a host is the target of
those who come to it."""

from __future__ import annotations

from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from .draft import Draft


def shape(d: Draft, actors: PhraseActors) -> None:
    """PLOVER's actor conventions: reciprocal events name one party as
    source and the others as target; three or more parties, or an
    organisation's meeting, make a multilateral event."""
    kb = actors.kb
    codes = d.codes(d.source + d.target + d.participants)
    has_org = any(c in kb.organisations for c in codes)
    if d.participants or (d.entry.reciprocal and not d.target):
        parties = _dedupe_items(d.source + d.participants)
        if not d.target and len(parties) == 2:
            d.source, d.target, d.participants = [parties[0]], [parties[1]], []
        elif not d.target:
            d.source, d.participants = parties, []
    if d.type == "CONSULT" and d.mode is None and (has_org or len(codes) >= 3):
        d.mode = "multilateral"


def _dedupe_items(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for it in items:
        fresh = tuple(c for c in it.codes if c not in seen)
        if fresh:
            seen.update(fresh)
            out.append(Item(fresh, it.head, it.how))
    return out


def _visitor(item: Item) -> bool:
    """ "a visiting Iranian president", "the visiting delegation", "the
    president, who is in Beijing on a state visit" (a relative clause that
    says the party is visiting or has arrived)."""
    for t in [item.head, *[c for c in item.head.children if c.dep_ == "appos"]]:
        if any(c.lower_ == "visiting" for c in t.children if c.dep_ in {"amod", "compound"}):
            return True
        for clause in (c for c in t.children if c.dep_ == "relcl"):
            if any(w.lemma_.lower() in _VISITING for w in clause.subtree):
                return True
    return False


_VISITING = frozenset({"visit", "visiting", "arrive", "tour"})


def host_rule(d: Draft) -> None:
    """At a meeting held in one party's country, that party hosts: the
    others are the source (visitors), the host the target. A party called
    "visiting" is the visitor."""
    if d.type == "CONSULT" and d.mode is None and len(d.target) == 1 and _visitor(d.target[0]):
        d.source, d.target, d.mode = d.target, d.source, "visit"
        d.location = d.location or next((c for c in d.codes(d.target) if len(c) == 3), None)
        return
    if d.type != "CONSULT" or not d.location or d.mode in {"visit", "multilateral", "phone"}:
        return
    src, tgt = d.codes(d.source), d.codes(d.target)
    if d.location in src and d.location not in tgt and len(src) == 1 and tgt:
        d.source, d.target = d.target, d.source
    if d.location in d.codes(d.target) or d.location in d.codes(d.source):
        d.mode = "visit"
