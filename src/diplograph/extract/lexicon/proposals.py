"""Schema of proposals.yaml: the roles of a predicate that the learned
classifier types where no trigger of events.yaml fired. Each entry is an
ordinary trigger entry with no lemmas (the classifier chooses the word);
there must be one per PLOVER type for verbs and one for nouns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from ...vocabulary import EVENT_TYPES
from .models import Trigger


class ProposalLexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: list[str]
    triggers: list[Trigger]

    @model_validator(mode="after")
    def _every_type(self) -> ProposalLexicon:
        have = {(t.type, p) for t in self.triggers for p in t.pos}
        missing = [f"{t} {p}" for t in EVENT_TYPES for p in ("VERB", "NOUN") if (t, p) not in have]
        if missing:
            raise ValueError(f"no proposal entry for {', '.join(missing)}")
        if any(t.lemmas for t in self.triggers):
            raise ValueError("proposal entries name no lemmas: the classifier picks the word")
        return self

    def entry(self, etype: str, pos: str) -> Trigger:
        return next(t for t in self.triggers if t.type == etype and pos in t.pos)
