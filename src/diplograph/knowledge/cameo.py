"""The CAMEO root code of a PLOVER event, from knowledge/data/cameo.yaml
(the PLOVER project's CAMEO-to-PLOVER table, summed up per type and mode).
Every export gives it as `cameo`, for tools that still speak CAMEO."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..extract import lexicon


class CameoError(ValueError):
    """cameo.yaml is malformed or does not fit the event lexicon."""


class TypeRoots(BaseModel):
    model_config = ConfigDict(extra="forbid")
    root: str
    modes: dict[str, str] = {}


class CameoTable(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    licence: str
    roots: dict[str, str]
    types: dict[str, TypeRoots]

    @field_validator("roots")
    @classmethod
    def _twenty_roots(cls, v: dict[str, str]) -> dict[str, str]:
        expected = [f"{n:02d}" for n in range(1, 21)]
        if sorted(v) != expected:
            raise ValueError(f"roots must be CAMEO's twenty cue categories 01-20, got {sorted(v)}")
        return v

    def root(self, event_type: str, mode: str | None) -> str | None:
        entry = self.types.get(event_type)
        if entry is None:
            return None
        return entry.modes.get(mode or "", entry.root)


def check(table: CameoTable) -> list[str]:
    """What in the table does not fit the event lexicon: a type without a
    root, a root that is no CAMEO cue category, a mode the type does not have."""
    types = lexicon.events().types
    problems = [f"no CAMEO root for {t}" for t in types if t not in table.types]
    for name, entry in table.types.items():
        if name not in types:
            problems.append(f"{name} is not a PLOVER event type")
            continue
        for code in [entry.root, *entry.modes.values()]:
            if code not in table.roots:
                problems.append(f"{name}: {code!r} is not a CAMEO root code")
        unknown = sorted(set(entry.modes) - set(types[name].modes))
        if unknown:
            problems.append(f"{name}: modes {', '.join(unknown)} are not modes of {name}")
    return problems


@lru_cache(maxsize=1)
def table() -> CameoTable:
    path = resources.files("diplograph.knowledge") / "data" / "cameo.yaml"
    try:
        loaded = CameoTable.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError) as exc:
        raise CameoError(f"cameo.yaml: {exc}") from exc
    problems = check(loaded)
    if problems:
        raise CameoError("cameo.yaml: " + "; ".join(problems))
    return loaded


def root(event_type: str, mode: str | None) -> str | None:
    """The two-digit CAMEO root ("04") of a PLOVER type and mode; None for
    a type PLOVER's table does not cover."""
    return table().root(event_type, mode)
