"""A faster stand-in for the model's attribute ruler.

en_core_web_sm maps fine-grained tags to parts of speech, morphology and a
few lemmas with 179 token patterns run through spaCy's general Matcher,
which takes as long as the parser. Almost all the patterns test a single
token's tag, lower-case form and dependency label, so they are indexed by
those values here and only the candidates are checked; the handful of
multi-token patterns still go through a Matcher. Patterns apply in their
original order, later ones overriding earlier ones, exactly as before
(tests/test_nlp.py checks the output is identical).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

Token = Any
# Distinct (tag, form, label) combinations remembered; a long ingest starts over.
_CACHE_LIMIT = 200_000
_Entry = tuple[tuple[tuple[int, dict[str, str]], ...], tuple[tuple[int, int], ...], bool]


@dataclass(frozen=True)
class _Cond:
    key: str  # TAG, LOWER, DEP, ORTH
    values: frozenset[Any] | None  # None when matched by regex
    regex: re.Pattern[str] | None
    negated: bool = False  # NOT_IN


def _condition(key: str, spec: Any) -> _Cond:
    if isinstance(spec, str | bool | int):
        return _Cond(key, frozenset([spec]), None)
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return _Cond(key, frozenset(spec["IN"]), None)
    if isinstance(spec, dict) and set(spec) == {"NOT_IN"}:
        return _Cond(key, frozenset(spec["NOT_IN"]), None, negated=True)
    if isinstance(spec, dict) and set(spec) == {"REGEX"}:
        return _Cond(key, None, re.compile(spec["REGEX"]))
    raise ValueError(f"unsupported attribute-ruler condition {key}: {spec!r}")


class FastAttributeRuler:
    def __init__(self, patterns: list[dict[str, Any]], vocab: Any):
        from spacy.matcher import Matcher

        self.single: list[tuple[int, list[_Cond], dict[str, str]]] = []
        self.by_tag: dict[str, list[int]] = defaultdict(list)
        self.by_lower: dict[str, list[int]] = defaultdict(list)
        self.always: list[int] = []
        self.multi = Matcher(vocab)
        self.multi_attrs: dict[int, tuple[int, dict[str, str], int]] = {}
        # The first token of each multi-token pattern: without one, a
        # sentence need not go through the Matcher at all.
        self.multi_first: list[list[_Cond]] = []
        # (tag, orth, dep) -> (single-token hits, what they set as array
        # columns, whether the token can begin a multi-token pattern)
        self._cache: dict[tuple[int, int, int], _Entry] = {}
        for order, p in enumerate(patterns):
            for alternative in p["patterns"]:
                if len(alternative) == 1:
                    conds = [_condition(k, v) for k, v in alternative[0].items()]
                    n = len(self.single)
                    self.single.append((order, conds, p["attrs"]))
                    self._index(n, conds)
                else:
                    key = f"multi{order}"
                    self.multi.add(key, [alternative])
                    self.multi_first.append([_condition(k, v) for k, v in alternative[0].items()])
                    self.multi_attrs[vocab.strings[key]] = (order, p["attrs"], p.get("index", 0))

    def _index(self, n: int, conds: list[_Cond]) -> None:
        for key, table in (("TAG", self.by_tag), ("LOWER", self.by_lower)):
            cond = next((c for c in conds if c.key == key and c.values is not None and not c.negated), None)
            if cond is not None:
                for v in cond.values or ():
                    table[str(v)].append(n)
                return
        self.always.append(n)

    def __call__(self, doc: Any) -> Any:
        import numpy
        from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG

        # A single-token pattern depends only on the token's tag, form and
        # dependency label, so what those patterns set is worked out once per
        # combination. Patterns that hit the same token apply in pattern order,
        # later overriding earlier, as in spaCy's ruler.
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        entries = []
        for key in doc.to_array([TAG, ORTH, DEP]).tolist():
            entry = self._cache.get((key[0], key[1], key[2]))
            if entry is None:
                entry = self._cache[(key[0], key[1], key[2])] = self._entry(doc.vocab, *key)
            entries.append(entry)
        multi: dict[int, list[tuple[int, dict[str, str]]]] = {}
        if any(entry[2] for entry in entries):
            for match_id, start, _end in self.multi(doc):
                order, attrs, index = self.multi_attrs[match_id]
                multi.setdefault(start + index, []).append((order, attrs))
        values = doc.to_array([POS, MORPH, LEMMA, TAG]).tolist()
        for i, (hits, columns, _starts) in enumerate(entries):
            extra = multi.get(i)
            for column, value in _encode(doc.vocab, _fold((*hits, *extra))) if extra else columns:
                values[i][column] = value
        doc.from_array([POS, MORPH, LEMMA, TAG], numpy.array(values, dtype="uint64"))
        return doc

    def _entry(self, vocab: Any, tag: int, orth: int, dep: int) -> _Entry:
        lexeme = vocab[orth]
        values = {
            "TAG": vocab.strings[tag],
            "LOWER": lexeme.lower_,
            "DEP": vocab.strings[dep],
            "ORTH": lexeme.orth_,
            "IS_SPACE": lexeme.is_space,
        }
        candidates = {
            *self.by_tag.get(values["TAG"], ()),
            *self.by_lower.get(values["LOWER"], ()),
            *self.always,
        }
        hits = tuple(
            (order, attrs)
            for order, conds, attrs in (self.single[n] for n in sorted(candidates))
            if all(_holds(c, values[c.key]) for c in conds)
        )
        starts = any(all(_holds(c, values[c.key]) for c in conds) for conds in self.multi_first)
        return hits, _encode(vocab, _fold(hits)), starts

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


def _holds(cond: _Cond, value: Any) -> bool:
    if cond.values is not None:
        return (value in cond.values) != cond.negated
    return bool(cond.regex and cond.regex.search(value))


def _fold(hits: tuple[tuple[int, dict[str, str]], ...]) -> dict[str, str]:
    """What a token ends up with: later patterns override earlier ones."""
    merged: dict[str, str] = {}
    for _order, attrs in sorted(hits, key=lambda h: h[0]):
        merged.update(attrs)
    return merged


def _encode(vocab: Any, attrs: dict[str, str]) -> tuple[tuple[int, int], ...]:
    """(column, value) pairs for Doc.from_array, as the Token setters store
    them. A DEP set by a pattern is not applied (it never was here)."""
    from spacy.parts_of_speech import IDS

    out = []
    for attr, value in attrs.items():
        if attr == "POS":
            out.append((0, IDS[value]))
        elif attr == "MORPH":
            out.append((1, vocab.morphology.add(value)))
        elif attr == "LEMMA":
            out.append((2, vocab.strings.add(value)))
        elif attr == "TAG":
            out.append((3, vocab.strings.add(value)))
    return tuple(out)


def install(nlp: Any) -> None:
    """Replace the pipeline's attribute ruler with the fast equivalent."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    from spacy.language import Language

    name = "diplograph_attribute_ruler"
    if not Language.has_factory(name):
        Language.factory(name, default_config={"patterns": []})(_make)
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", name, config={"patterns": patterns})


def _make(nlp: Any, name: str, patterns: list[dict[str, Any]]) -> FastAttributeRuler:
    return FastAttributeRuler(patterns, nlp.vocab)
