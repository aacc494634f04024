"""Shared fixtures: the real knowledge base, the real spaCy pipeline, and
stores built from small hand-made inputs or the sample corpus.

A store that tests only read is built once per test run, also when pytest-xdist
runs the tests in several processes (built_once); a test that writes copies
it first or builds its own."""

from __future__ import annotations

import atexit
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from diplograph.config import load_config
from diplograph.extract import Extractor
from diplograph.ingest import Extracted, build_document
from diplograph.ingest.manifest import ManifestRow
from diplograph.kb import loader
from diplograph.kb.loader import KnowledgeBase
from diplograph.nlp import Parser
from diplograph.records import DocumentResult
from diplograph.resolve import Resolver

from .hostile import good_corpus

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


def built_once(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder that build() fills once per test run: the first process of
    the run to ask builds it, the others (xdist workers) wait and share it.
    Those who get it only read it."""
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder = root / name
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            (folder / ".built").touch()
    return folder


def _ingested(corpus: Path, manifest: bool = True) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        from diplograph.api import ingest

        ingest([corpus], folder / "s.duckdb", corpus / "manifest.csv" if manifest else None)

    return build


def clean_ingest(corpus: Path, db: Path) -> None:
    """The store a clean ingest makes, for a killed or failed one to be
    compared with: in this process, whose model is loaded already, rather
    than in a worker pool that loads it twice more. The two give the same
    store (test_scale.py::test_process_pool_equals_in_process)."""
    from diplograph.api import ingest

    ingest([corpus], db, config=replace(load_config(), workers=1))


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus, ingested. Read it; a test that writes copies it."""
    corpus = sample_corpus()
    return built_once(tmp_path_factory, f"sample-{corpus.name}", _ingested(corpus)) / "s.duckdb"


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus written for this project (never ../shared), ingested;
    the same store as sample_store where this checkout has no ../shared."""
    return built_once(tmp_path_factory, f"sample-{EXAMPLES.name}", _ingested(EXAMPLES)) / "s.duckdb"


def _good(n: int) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        good_corpus(folder / "corpus", n)
        clean_ingest(folder / "corpus", folder / "s.duckdb")

    return build


@pytest.fixture(scope="session")
def good_64(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """64 small news files (two of the ingest's batches of 32, enough for its
    worker pool) and the store a clean ingest makes of them."""
    folder = built_once(tmp_path_factory, "good64", _good(64))
    return folder / "corpus", folder / "s.duckdb"


@pytest.fixture(scope="session")
def good_300(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """300 small news files (hostile.good_corpus) and the store a clean ingest
    makes of them, for the ingests that are killed or fail to compare with:
    its worker pool parses for seconds, long enough to be killed mid-run."""
    folder = built_once(tmp_path_factory, "good300", _good(300))
    return folder / "corpus", folder / "s.duckdb"


# -- the web UI's browser (tests/test_web_ui*.py) --------------------------
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_context() -> Iterator[Any]:
    """Debian's Chromium, headless, and one browser context in it, for the
    whole test process: the web UI's tests open their own pages in it and
    close them (test_web_ui.UI). A context of its own costs a test about a
    CPU-second of Chromium's start-up, a page a third of that; the pages
    keep no state of their own between tests (no cookies, no storage)."""
    from diplograph.web.app import static_dir

    vendor = static_dir() / "vendor"
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium to run the browser tests")
    if not (vendor / "cytoscape.min.js").exists():
        if os.environ.get("CI"):
            pytest.fail(f"{vendor} is empty: `make install` must run npm ci and scripts/vendor-js.sh")
        pytest.skip(f"{vendor} is empty: run `make install` (npm ci --prefix web && scripts/vendor-js.sh)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1360, "height": 860})
        yield context
        context.close()
        browser.close()


def parties(result: DocumentResult) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, source, target) of each event, for compact asserts."""
    return [(e.type, e.source, e.target) for e in result.events]


def typed(result: DocumentResult) -> list[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]]:
    """(type, mode, source, target) of each event, for compact asserts."""
    return [(e.type, e.mode, e.source, e.target) for e in result.events]


def events_of(
    result: DocumentResult, type: str | None = None
) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None, str]]:
    """(type, source, target, date, status) of each event, for compact asserts."""
    return [
        (e.type, e.source, e.target, e.date, e.status)
        for e in result.events
        if type is None or e.type == type
    ]
