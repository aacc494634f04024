"""A small named grouping at a meeting stands for its member states on
the event's date ("a meeting of Quad foreign ministers": the README's "a
named set of states may be expanded to its members")."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from .draft import Draft


def grouping_members(d: Draft, actors: PhraseActors, on: str | None) -> None:
    """ "a meeting of Quad foreign ministers": a small named grouping at a
    meeting stands for its member states, who are its participants (the
    README's "a named set of states may be expanded to its members")."""
    rules = lexicon.sides()
    alone = d.type in rules.expanded_alone_types and not d.target
    if not (d.type in rules.expanded_types or alone) or any(it.how != "attendee" for it in d.participants):
        return
    limit = rules.expand_up_to
    present = set(d.codes(d.source + d.target + d.participants))
    for code in d.codes(d.source + d.target):
        org = actors.kb.organisations.get(code)
        if org is None:
            continue
        members = members_on(org.members, on)
        if 0 < len(members) <= limit:
            d.participants += [Item((m,), d.trigger, "group") for m in members if m not in present]


def named_set_members(d: Draft, actors: PhraseActors) -> None:
    """ "The three Baltic states accused Russia", "Nordic countries condemned
    the strike": a small named set of states (a GRP: group the knowledge
    base lists with its members) stands for its member states on the side it
    is on, as the README allows and the coders do."""
    limit = lexicon.sides().named_set_up_to
    for side in ("source", "target", "participants"):
        items: list[Item] = getattr(d, side)
        present = set(d.codes(items))
        out: list[Item] = []
        for it in items:
            named = len(it.codes) == 1 and it.codes[0].startswith("GRP:")
            members = actors.kb.members_of(it.codes[0]) if named else []
            if 0 < len(members) <= limit:
                out += [Item((m,), it.head, it.how) for m in members if m not in present]
            else:
                out.append(it)
        setattr(d, side, out)


def members_on(records: Any, on: str | None) -> list[str]:
    """The member states on a date (ISO prefix), from join/leave/suspend
    records; undated records count as always in force."""
    status: dict[str, bool] = {}
    for r in sorted(records, key=lambda r: str(r.date or "")):
        if r.date and on and str(r.date) > on:
            continue
        if r.mode == "join":
            status[r.state] = True
        elif r.mode in {"leave", "suspend"}:
            status[r.state] = False
    return [state for state, member in status.items() if member]
