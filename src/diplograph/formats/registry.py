"""Export formats by name. Each format is one streaming writer, registered
with @register in its own module: it reads the store in batches through a
Source and writes as it goes, so that its memory stays flat however large
the store. `diplograph export --format NAME` and the Python API
(diplograph.api.export) look formats up here."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from .source import Source

# The modules that register formats: a new format is a module here.
MODULES = ("jsonl", "tabular", "graphs", "polecat", "ftm")

Writer = Callable[[Source, IO[Any]], int]


@dataclass(frozen=True)
class Format:
    name: str
    summary: str
    suffix: str
    write: Writer  # returns how many `counts` it wrote
    binary: bool = False  # written to a file opened in binary mode, never to a terminal
    counts: str = "records"


_FORMATS: dict[str, Format] = {}


def register(
    name: str, summary: str, suffix: str, binary: bool = False, counts: str = "records"
) -> Callable[[Writer], Writer]:
    def add(write: Writer) -> Writer:
        if name in _FORMATS:
            raise ValueError(f"export format {name!r} is registered twice")
        _FORMATS[name] = Format(name, summary, suffix, write, binary, counts)
        return write

    return add


def _load() -> None:
    # Importing a module registers its formats; one already imported
    # (graphs, by the API's relations graph) is not registered twice.
    for module in MODULES:
        importlib.import_module(f"{__package__}.{module}")


def names() -> list[str]:
    """The formats' names, in the order of MODULES."""
    _load()
    order = [f"{__package__}.{m}" for m in MODULES]
    return sorted(_FORMATS, key=lambda n: order.index(_FORMATS[n].write.__module__))


def get(name: str) -> Format:
    """The format of that name; ValueError naming the known ones if none."""
    _load()
    found = _FORMATS.get(name)
    if found is None:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(names())}")
    return found
