"""An event as the sentence states it, before dates and ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..actors.discourse import Item
from ..lexicon import Trigger

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

    def codes(self, items: list[Item]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for it in items for c in it.codes))
