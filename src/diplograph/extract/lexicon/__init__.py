"""The extraction lexicons (event triggers, memberships, figures, agents,
sectors, modality, dating, slots, stance ...) are data files in
extract/data/; this is their one loader. Each file is validated by its
schema (lexicon/models.py) when first used, and `diplograph kb` loads and
lists them all."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ...vocabulary import EVENT_TYPES
from .models import (
    NAMED_SLOTS,
    AgentLexicon,
    EventLexicon,
    FigureLexicon,
    LexiconError,
    MembershipLexicon,
    MembershipTrigger,
    Trigger,
    TypeInfo,
)
from .proposals import ProposalLexicon
from .rule_models import (
    CascadeLexicon,
    DatingLexicon,
    ModalityLexicon,
    NarrativeLexicon,
    SectorLexicon,
    SidesLexicon,
    SlotsLexicon,
    StanceLexicon,
)

__all__ = [
    "EVENT_TYPES",
    "NAMED_SLOTS",
    "EventLexicon",
    "FigureLexicon",
    "LexiconError",
    "MembershipLexicon",
    "MembershipTrigger",
    "Trigger",
    "TypeInfo",
    "entry_id",
]

Model = TypeVar("Model", bound=BaseModel)


def _data_dir() -> Path:
    return Path(str(resources.files("diplograph.extract") / "data"))


def _load(name: str, model: type[Model]) -> Model:
    path = _data_dir() / name
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        return model.model_validate(raw)
    except (yaml.YAMLError, ValidationError) as exc:
        raise LexiconError(f"{name}: {exc}") from exc


def entry_id(file: str, entry: str) -> str:
    """How a record names the lexicon entry that fired, in its `rules`:
    "lexicon:events.yaml#sanction.impose"."""
    return f"lexicon:{file}#{entry}"


@lru_cache(maxsize=1)
def events() -> EventLexicon:
    return _load("events.yaml", EventLexicon)


@lru_cache(maxsize=1)
def memberships() -> MembershipLexicon:
    return _load("memberships.yaml", MembershipLexicon)


@lru_cache(maxsize=1)
def figures() -> FigureLexicon:
    return _load("figures.yaml", FigureLexicon)


@lru_cache(maxsize=1)
def agents() -> AgentLexicon:
    return _load("agents.yaml", AgentLexicon)


@lru_cache(maxsize=1)
def sectors() -> SectorLexicon:
    return _load("sectors.yaml", SectorLexicon)


@lru_cache(maxsize=1)
def modality() -> ModalityLexicon:
    return _load("modality.yaml", ModalityLexicon)


@lru_cache(maxsize=1)
def stance() -> StanceLexicon:
    return _load("stance.yaml", StanceLexicon)


@lru_cache(maxsize=1)
def cascade() -> CascadeLexicon:
    return _load("cascade.yaml", CascadeLexicon)


@lru_cache(maxsize=1)
def narrative() -> NarrativeLexicon:
    return _load("narrative.yaml", NarrativeLexicon)


@lru_cache(maxsize=1)
def sides() -> SidesLexicon:
    return _load("sides.yaml", SidesLexicon)


@lru_cache(maxsize=1)
def slots() -> SlotsLexicon:
    return _load("slots.yaml", SlotsLexicon)


@lru_cache(maxsize=1)
def dating() -> DatingLexicon:
    return _load("dating.yaml", DatingLexicon)


@lru_cache(maxsize=1)
def proposals() -> ProposalLexicon:
    return _load("proposals.yaml", ProposalLexicon)


# Every lexicon file, by the loader that reads it.
LOADERS = {
    "events.yaml": events,
    "memberships.yaml": memberships,
    "figures.yaml": figures,
    "agents.yaml": agents,
    "sectors.yaml": sectors,
    "modality.yaml": modality,
    "stance.yaml": stance,
    "cascade.yaml": cascade,
    "narrative.yaml": narrative,
    "sides.yaml": sides,
    "slots.yaml": slots,
    "dating.yaml": dating,
    "proposals.yaml": proposals,
}


def validate_all() -> list[str]:
    """Load every lexicon; return a problem per file that fails."""
    problems = []
    for loader in LOADERS.values():
        try:
            loader()
        except (LexiconError, OSError) as exc:
            problems.append(str(exc))
    return problems
