"""The unit of work every process runs: one document in, its records out.

Kept in an importable module so that worker processes (multiprocessing or
Dask) load the model once per process and receive only small arguments; a
function defined in __main__ would be pickled by value and reload spaCy on
every task.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from ..extract import Extractor
from ..extract.cascade import worth_parsing
from ..kb import loader
from ..nlp import Parser
from ..records import Document, DocumentResult
from ..resolve import Resolver


@dataclass
class Worker:
    parser: Parser
    extractor: Extractor

    def process(self, doc: Document) -> DocumentResult:
        if doc.language not in {"en", "und"}:
            # Stored and searchable, but not run through the English model.
            return DocumentResult(document=doc)
        return self.extractor.extract(self.parser.parse(doc))


_WORKERS: dict[tuple[object, ...], Worker] = {}


def worker(config: Config) -> Worker:
    """This process's worker for a configuration, built on first use."""
    key = (
        config.model,
        config.nlp_batch_size,
        config.cascade,
        config.parse_cache,
        config.passes,
        config.without,
        config.learned,
    )
    if key not in _WORKERS:
        kb = loader.default()
        parser = Parser(
            kb,
            config.model,
            config.nlp_batch_size,
            worth_parsing,
            config.parse_cache,
            cascade=config.cascade,
        )
        _WORKERS[key] = Worker(
            parser,
            Extractor(Resolver(kb), parser.names, config.passes, config.without, config.learned),
        )
    return _WORKERS[key]


def process(doc: Document, config: Config) -> DocumentResult:
    return worker(config).process(doc)


def process_many(docs: list[Document], config: Config) -> list[DocumentResult]:
    w = worker(config)
    english = [d for d in docs if d.language in {"en", "und"}]
    parsed = {p.document.doc_id: p for p in w.parser.parse_many(english, group=max(1, len(english)))}
    # Stored and searchable, but not run through the English model.
    return [
        w.extractor.extract(parsed[d.doc_id]) if d.doc_id in parsed else DocumentResult(document=d)
        for d in docs
    ]


def ready(config: Config) -> bool:
    """Load the model in a new worker process before work arrives."""
    worker(config)
    return True
