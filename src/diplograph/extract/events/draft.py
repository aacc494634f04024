"""An event as the sentence states it, before dates and ids, and the trace
of the rules that made it what it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..actors.discourse import Item
from ..lexicon import Trigger, entry_id

Token = Any  # spacy.tokens.Token


@dataclass
class Draft:
    """An event before dates and ids: what the sentence says happened."""

    trigger: Token
    entry: Trigger
    type: str
    mode: str | None
    source: list[Item]
    target: list[Item]
    participants: list[Item]
    location: str | None
    status: str
    date_anchor: Token | None = None  # the token whose parenthesised date applies
    absorbed: list[Token] = field(default_factory=list)
    date: str | None = None  # once assigned, for events that refer back to this one
    # Why the record is what it is: the lexicon entry that fired, then each
    # rule that changed it, in order ("lexicon:events.yaml#consult.meet",
    # "sides:possessor_target"). Stored with the record.
    rules: tuple[str, ...] = ()
    # A learned pass's confidence in a draft it proposed; rules leave it None.
    score: float | None = None

    @staticmethod
    def proposed_entry(by: str, etype: str, mode: str | None = None) -> Trigger:
        """The entry a draft stands on when no lexicon trigger gave it (a
        learned pass's proposal): no conditions, roles or location of its
        own."""
        return Trigger(
            id=by,
            type=etype,
            mode=mode,
            pos=["VERB", "NOUN"],
            lemmas=[],
            roles={},
            examples=[f"(proposed by {by})"],
        )

    def codes(self, items: list[Item]) -> tuple[str, ...]:
        # Called for every rule on every draft (see form): the usual cases,
        # no item or one, without the generator.
        if not items:
            return ()
        if len(items) == 1:
            return tuple(dict.fromkeys(items[0].codes))
        return tuple(dict.fromkeys(c for it in items for c in it.codes))

    def form(self) -> tuple[object, ...]:
        """What a rule can change about the record: its type, mode, status,
        parties and place."""
        parties = (self.codes(self.source), self.codes(self.target), self.codes(self.participants))
        return (self.type, self.mode, self.status, *parties, self.location)

    def noted(self, rule: str) -> None:
        """Add a rule that changed this draft to its trace."""
        self.rules = (*self.rules, rule)


def fired(entry: Trigger) -> tuple[str, ...]:
    """The start of a draft's trace: the events.yaml entry that fired."""
    return (entry_id("events.yaml", entry.id),)


def traced(rule: str, step: Callable[..., list[Draft]], drafts: list[Draft], *args: Any) -> list[Draft]:
    """Run a step over a sentence's drafts (`step(drafts, *args)`); each
    draft that comes out changed (see Draft.form) has the rule added to its
    trace. Drafts the step merges away or drops are gone; drafts it creates
    trace themselves."""
    before = {id(d): (d, d.form()) for d in drafts}
    out = step(drafts, *args)
    for d in out:
        seen = before.get(id(d))
        if seen is not None and seen[1] != d.form():
            d.noted(rule)
    return out


def traced_one(rule: str, step: Callable[..., None], d: Draft, *args: Any) -> None:
    """Run a rule on one draft (`step(d, *args)`), tracing it if it changed
    the draft."""
    before = d.form()
    step(d, *args)
    if d.form() != before:
        d.noted(rule)
