"""The phrase matcher over every knowledge-base name, and its tokens kept
on disk.

The matcher compares the words of a text with each name's words as the
tokenizer cuts them. Tokenizing some 15,000 names took about a second of
every process's start-up, half of an ingest's own; the cut (the words'
ORTH hashes) is kept between processes by kb/cache.py, under a key of
everything that decides it: the names, the spaCy version and the
tokenizer's rules. Any change to one of them tokenizes the names afresh;
so does a kept copy that cannot be read or does not hold exactly these
names.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

from ..kb import cache

Tokens = dict[str, tuple[int, ...]]


def phrase_matcher(nlp: Any, patterns: list[dict[str, str]]) -> Any:
    """A PhraseMatcher (on ORTH) with one rule per (label, ids, short), named
    "label\\tids\\tshort", holding the text of each of its patterns."""
    from spacy.matcher import PhraseMatcher

    texts = sorted({p["pattern"] for p in patterns})
    tokens = name_tokens(nlp, texts)
    # The matcher takes a pattern as its words' hashes as well as a Doc.
    by_key: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for p in patterns:
        by_key[(p["label"], p["id"], p["short"])].append(tokens[p["pattern"]])
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for (label, ids, short), keywords in by_key.items():
        matcher.add(f"{label}\t{ids}\t{short}", keywords)
    return matcher


# How tokenize() writes a name's words; a change to it must change this,
# so that no copy kept in the old form is read.
FORMAT = "orth-v1"


def name_tokens(nlp: Any, texts: list[str]) -> Tokens:
    """Each text's words (ORTH hashes) as nlp's tokenizer cuts them: kept
    from an earlier process where one tokenized the same texts with the
    same tokenizer."""
    wanted = set(texts)

    def complete(found: Tokens) -> bool:
        return found.keys() == wanted and all(type(v) is tuple for v in found.values())

    return cache.kept("names", digest(nlp, texts), lambda: tokenize(nlp, texts), dict, complete)


def tokenize(nlp: Any, texts: list[str]) -> Tokens:
    from spacy.attrs import ORTH

    return {t: tuple(nlp.make_doc(t).to_array(ORTH).tolist()) for t in texts}


def digest(nlp: Any, texts: list[str]) -> str:
    """What the tokens depend on: the texts, spaCy's tokenizer code and
    the model's tokenizer rules (prefixes, suffixes, infixes, exceptions)."""
    from spacy.about import __version__

    h = hashlib.sha256(f"{FORMAT} spacy {__version__}\0".encode())
    h.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    for t in texts:
        h.update(t.encode() + b"\0")
    return h.hexdigest()[:40]
