"""Whom lifting a measure concedes to: "lifted sanctions on Venezuela's oil
sector", "paused the tariffs on Canadian goods", "waived restrictions on
defence cooperation with Azerbaijan". The measure was aimed at the state
that owns what it is "on" (its possessor, nationality adjective, or the
partner "with" or "of" it), so easing it concedes to that state, not to
the doer's own (sides.own_target, which would otherwise be tried)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..actors.discourse import Item
from .draft import Draft

if TYPE_CHECKING:
    from .sides import Sentence

Token = Any

# The prepositions that name what a measure bears on.
_BEARS_ON = frozenset({"on", "against"})
# The prepositions that name the state a thing belongs to or is shared with.
_OWNED = frozenset({"of", "with"})
# A clause only asked for or promised ("urged Israel to ease ...") is no
# concession made; as in sides.own_target.
_ASKED_OR_PROMISED = frozenset({"xcomp", "ccomp", "acl", "relcl"})


def measure_owner(d: Draft, s: Sentence) -> None:
    """A concession with no target, or only the doer itself: the owner of
    what its measure is on."""
    mine = set(d.codes(d.source + d.participants))
    tok = d.trigger
    if (
        d.type != "CONCEDE"
        or not mine
        or not set(d.codes(d.target)) <= mine  # none, or only the doer's own ("on US cooperation")
        or tok.pos_ not in {"VERB", "AUX"}
        or tok.dep_ in _ASKED_OR_PROMISED  # "demanded that Israel ease restrictions on ..."
    ):
        return
    measures = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    for holder in (*measures, tok):
        for thing in _borne_on(holder):
            found = [it for it in _owners(thing, s) if not set(it.codes) & mine]
            if found:
                d.target = found
                return


def _borne_on(tok: Token) -> list[Token]:
    return [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in _BEARS_ON
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _owners(thing: Token, s: Sentence) -> list[Item]:
    """ "Venezuela's oil sector", "Canadian goods", "cooperation with Baku"."""
    actors = s.actors
    found = [it for c in thing.children if c.dep_ == "poss" for it in actors.items(c)]
    found += [it for it in actors.owners(thing) if it.how != "agreement"]
    found += [
        it
        for p in thing.children
        if p.dep_ == "prep" and p.lower_ in _OWNED
        for o in p.children
        if o.dep_ == "pobj"
        for it in actors.items(o) or actors.owners(o)
    ]
    return found
