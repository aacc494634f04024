"""Shared fixtures: the real knowledge base, the real spaCy pipeline, and
stores built from small hand-made inputs or the sample corpus."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from diplograph.extract import Extractor
from diplograph.ingest import Extracted, build_document
from diplograph.ingest.manifest import ManifestRow
from diplograph.kb import loader
from diplograph.kb.loader import KnowledgeBase
from diplograph.nlp import Parser
from diplograph.records import DocumentResult
from diplograph.resolve import Resolver

# The knowledge base's disk cache (kb/cache.py) of this test run, apart from
# the user's own.
if "DIPLOGRAPH_KB_CACHE" not in os.environ:
    os.environ["DIPLOGRAPH_KB_CACHE"] = tempfile.mkdtemp(prefix="diplograph-kb-cache-")
    atexit.register(shutil.rmtree, os.environ["DIPLOGRAPH_KB_CACHE"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EXAMPLES = ROOT / "examples" / "corpus"


def sample_corpus() -> Path:
    """The shared seeds where this checkout has them, else our own examples."""
    return SEEDS if SEEDS.is_dir() else EXAMPLES


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return loader.default()


@pytest.fixture(scope="session")
def parser(kb: KnowledgeBase) -> Parser:
    return Parser(kb)


@pytest.fixture(scope="session")
def extractor(kb: KnowledgeBase, parser: Parser) -> Extractor:
    return Extractor(Resolver(kb), parser.names)


Extract = Callable[..., DocumentResult]


@pytest.fixture(scope="session")
def extract(parser: Parser, extractor: Extractor) -> Extract:
    """Run the whole pipeline on a text written in the test."""

    def run(
        text: str,
        published: str | None = "2024-06-15",
        publisher: str | None = None,
        title: str | None = None,
    ) -> DocumentResult:
        row = ManifestRow(Path("t.txt"), None, title, publisher, published, "en")
        doc = build_document(Extracted(text=text, name="t"), "t.txt", row)
        assert not isinstance(doc, Exception)
        return extractor.extract(parser.parse(doc))  # type: ignore[arg-type]

    return run


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from diplograph.api import ingest

    corpus = sample_corpus()
    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    ingest([corpus], db, corpus / "manifest.csv")
    return db


def events_of(
    result: DocumentResult, type: str | None = None
) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None, str]]:
    """(type, source, target, date, status) of each event, for compact asserts."""
    return [
        (e.type, e.source, e.target, e.date, e.status)
        for e in result.events
        if type is None or e.type == type
    ]
