"""The unit of work every process runs: one document in, its records out.

Kept in an importable module so that worker processes (multiprocessing or
Dask) load the model once per process and receive only small arguments; a
function defined in __main__ would be pickled by value and reload spaCy on
every task.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from ...config import Config
from ...extract import Extractor
from ...extract.cascade import worth_parsing
from ...ingest.documents import unexpected
from ...ingest.normalize import folded
from ...kb import loader
from ...nlp import Parser
from ...records import Document, DocumentResult, IngestError
from ...resolve import Resolver

# Languages run through the model ("und": too little text to tell). The
# others are stored and searchable, and the ingest says so per document.
READ_LANGUAGES = frozenset({"en", "und"})
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


@dataclass
class Worker:
    parser: Parser
    extractor: Extractor

    def process(self, doc: Document) -> DocumentResult:
        if doc.language not in READ_LANGUAGES:
            # Stored and searchable, but not run through the English model.
            return DocumentResult(document=doc)
        return as_written(self.extractor.extract(self.parser.parse(for_reading(doc))), doc)


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


def process_many(docs: list[Document], config: Config) -> list[DocumentResult | IngestError]:
    """The documents' results in their order; a document the pipeline
    fails on is that document's error, and the others' results are kept."""
    try:
        return list(_process_many(docs, config))
    except Exception as exc:
        if len(docs) == 1:
            return [IngestError(docs[0].path, _failed(docs[0], exc))]
    # Which one it was: each alone.
    return [result for doc in docs for result in process_many([doc], config)]


def _failed(doc: Document, exc: Exception) -> str:
    """The error's line; a JSON lines record is named, the file is the path."""
    record = "" if doc.name == Path(doc.path).stem else f"record {doc.name}: "
    return record + unexpected(exc)


def _process_many(docs: list[Document], config: Config) -> list[DocumentResult]:
    w = worker(config)
    english = [for_reading(d) for d in docs if d.language in READ_LANGUAGES]
    parsed = {p.document.doc_id: p for p in w.parser.parse_many(english, group=max(1, len(english)))}
    # Stored and searchable, but not run through the English model.
    return [
        as_written(w.extractor.extract(parsed[d.doc_id]), d)
        if d.doc_id in parsed
        else DocumentResult(document=d)
        for d in docs
    ]


def for_reading(doc: Document) -> Document:
    """The document as the language pipeline reads it: one apostrophe (the
    knowledge base's names are written with it), offsets unchanged."""
    return replace(doc, text=folded(doc.text))


def as_written(result: DocumentResult, doc: Document) -> DocumentResult:
    """A result read from `for_reading(doc)`, with the document, its
    sentences, mentions and figures quoting the text as the source wrote it."""
    text = doc.text
    result.document = doc
    result.sentences = [replace(s, text=text[s.start : s.end]) for s in result.sentences]
    result.mentions = [replace(m, text=text[m.start : m.end]) for m in result.mentions]
    result.figures = [replace(f, text=text[f.start : f.end]) for f in result.figures]
    return result


def ready(config: Config) -> bool:
    """Load the model in a new worker process before work arrives."""
    worker(config)
    return True


def die_with_parent(parent: int) -> None:
    """A pool worker's initializer: end this process when the ingest that
    started it ends, even by kill -9, rather than holding its copy of the
    model (about 200 MiB) for minutes. Linux is asked to kill it when its
    parent dies; elsewhere a thread watches the parent."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            asked = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            asked = False
    else:
        asked = False
    if os.getppid() != parent:  # the parent died before we asked
        os._exit(1)
    if not asked:
        threading.Thread(target=_watch, args=(parent,), daemon=True, name="parent-watch").start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
