"""The phrase matcher's tokenized names, kept on disk between processes
(nlp/name_matcher.py): reused while nothing they depend on changes, rebuilt when
something does or when the kept copy is damaged."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest
import spacy

from diplograph.nlp import name_matcher as names

PATTERNS = [
    {"label": "ACTOR", "pattern": "the Republic of Wakanda", "id": "WAK", "short": ""},
    {"label": "ACTOR", "pattern": "Wakanda", "id": "WAK", "short": ""},
    {"label": "PERSON", "pattern": "T'Challa", "id": "tchalla", "short": ""},
    {"label": "ACTOR", "pattern": "Genovia-Wakanda Pact", "id": "GWP", "short": "1"},
]
TEXT = "Officials of the Republic of Wakanda said T'Challa signed the Genovia-Wakanda Pact."


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DIPLOGRAPH_KB_CACHE", str(folder))
    return folder


def found(nlp: Any, matcher: Any) -> list[tuple[str, str]]:
    doc = nlp.make_doc(TEXT)
    return sorted((nlp.vocab.strings[k], doc[s:e].text) for k, s, e in matcher(doc))


def expected(nlp: Any) -> list[tuple[str, str]]:
    """What a matcher given the names as the tokenizer's Docs finds."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for p in PATTERNS:
        matcher.add(f"{p['label']}\t{p['id']}\t{p['short']}", [nlp.make_doc(p["pattern"])])
    return found(nlp, matcher)


def test_kept_names_match_as_freshly_tokenized_ones(kept: Path) -> None:
    nlp = spacy.blank("en")
    first = found(nlp, names.phrase_matcher(nlp, PATTERNS))
    assert len(list(kept.glob("names-*.pickle"))) == 1
    again = found(nlp, names.phrase_matcher(nlp, PATTERNS))
    assert first == again == expected(nlp)
    assert ("PERSON\ttchalla\t", "T'Challa") in first


def test_a_second_process_reads_the_kept_tokens(kept: Path) -> None:
    nlp = spacy.blank("en")
    names.phrase_matcher(nlp, PATTERNS)
    (path,) = kept.glob("names-*.pickle")
    tokens = pickle.loads(path.read_bytes())
    # Mark the kept copy: "Wakanda" now stands for the words "said T'Challa".
    tokens["Wakanda"] = tuple(t.orth for t in nlp.make_doc("said T'Challa"))
    path.write_bytes(pickle.dumps(tokens))
    assert ("ACTOR\tWAK\t", "said T'Challa") in found(nlp, names.phrase_matcher(nlp, PATTERNS))


def test_other_names_or_another_tokenizer_are_tokenized_afresh(kept: Path) -> None:
    nlp = spacy.blank("en")
    names.phrase_matcher(nlp, PATTERNS)
    more = [*PATTERNS, {"label": "ACTOR", "pattern": "Genovia", "id": "GEN", "short": ""}]
    assert ("ACTOR\tGEN\t", "Genovia") in found(nlp, names.phrase_matcher(nlp, more))
    assert len(list(kept.glob("names-*.pickle"))) == 2
    # A tokenizer rule that cuts a name differently: kept under another key.
    nlp.tokenizer.add_special_case("T'Challa", [{"ORTH": "T'"}, {"ORTH": "Challa"}])
    texts = sorted({p["pattern"] for p in PATTERNS})
    tokens = names.name_tokens(nlp, texts)
    assert len(tokens["T'Challa"]) == 2
    assert len(list(kept.glob("names-*.pickle"))) == 3
    assert found(nlp, names.phrase_matcher(nlp, PATTERNS)) == expected(nlp)


@pytest.mark.parametrize(
    "damage",
    [
        b"not a pickle",
        b"",
        pickle.dumps({"Wakanda": (1, 2)}),  # not these names
        pickle.dumps(["a", "list"]),
        pickle.dumps({p["pattern"]: [1] for p in PATTERNS}),  # not tuples
    ],
)
def test_a_damaged_copy_is_rebuilt_not_trusted(kept: Path, damage: bytes) -> None:
    nlp = spacy.blank("en")
    names.phrase_matcher(nlp, PATTERNS)
    (path,) = kept.glob("names-*.pickle")
    path.write_bytes(damage)
    assert found(nlp, names.phrase_matcher(nlp, PATTERNS)) == expected(nlp)
    # ... and replaced, so that the next process reads it again.
    assert pickle.loads(path.read_bytes()).keys() == {p["pattern"] for p in PATTERNS}


def test_a_folder_that_cannot_be_written_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("in the way", encoding="utf-8")
    monkeypatch.setenv("DIPLOGRAPH_KB_CACHE", str(blocker / "cache"))
    nlp = spacy.blank("en")
    assert found(nlp, names.phrase_matcher(nlp, PATTERNS)) == expected(nlp)


def test_no_copy_is_kept_with_the_cache_off(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_KB_CACHE", "off")
    nlp = spacy.blank("en")
    assert found(nlp, names.phrase_matcher(nlp, PATTERNS)) == expected(nlp)
    assert not kept.exists()


def test_a_value_that_cannot_be_kept_is_still_returned_and_leaves_nothing_behind(kept: Path) -> None:
    from diplograph.kb import cache

    # A lambda cannot be pickled: the cache only saves time, so the run goes on.
    value = {"f": lambda: 1}
    assert cache.kept("odd", "k1", lambda: value, dict) is value
    assert list(kept.glob("*")) == [] and list(kept.glob(".*")) == []


def test_the_key_names_how_the_tokens_are_written() -> None:
    nlp = spacy.blank("en")
    before = names.digest(nlp, ["Wakanda"])
    saved = names.FORMAT
    try:
        names.FORMAT = "lower-v1"
        assert names.digest(nlp, ["Wakanda"]) != before
    finally:
        names.FORMAT = saved
