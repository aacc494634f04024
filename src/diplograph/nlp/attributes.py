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


_GETTERS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "ORTH": lambda t: t.text,
}


class FastAttributeRuler:
    def __init__(self, patterns: list[dict[str, Any]], vocab: Any):
        from spacy.matcher import Matcher

        self.single: list[tuple[int, list[_Cond], dict[str, str]]] = []
        self.by_tag: dict[str, list[int]] = defaultdict(list)
        self.by_lower: dict[str, list[int]] = defaultdict(list)
        self.always: list[int] = []
        self.multi = Matcher(vocab)
        self.multi_attrs: dict[int, tuple[int, dict[str, str], int]] = {}
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
        # (pattern order, token index, attrs), applied in pattern order
        hits: list[tuple[int, int, dict[str, str]]] = []
        for tok in doc:
            for n in {*self.by_tag.get(tok.tag_, ()), *self.by_lower.get(tok.lower_, ()), *self.always}:
                order, conds, attrs = self.single[n]
                if all(_holds(c, tok) for c in conds):
                    hits.append((order, tok.i, attrs))
        for match_id, start, _end in self.multi(doc):
            order, attrs, index = self.multi_attrs[match_id]
            hits.append((order, start + index, attrs))
        for _order, i, attrs in sorted(hits, key=lambda h: h[0]):
            tok = doc[i]
            for attr, value in attrs.items():
                if attr == "POS":
                    tok.pos_ = value
                elif attr == "MORPH":
                    tok.set_morph(value)
                elif attr == "LEMMA":
                    tok.lemma_ = value
                elif attr == "TAG":
                    tok.tag_ = value
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


def _holds(cond: _Cond, tok: Token) -> bool:
    getter = _GETTERS.get(cond.key)
    value = getter(tok) if getter else getattr(tok, cond.key.lower())
    if cond.values is not None:
        return (value in cond.values) != cond.negated
    return bool(cond.regex and cond.regex.search(value))


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
