"""Lemmas for irregular verb forms the tagger mislabels.

The small English model sometimes tags a past form as present ("Russia
forgave Africa $20 billion": `forgave`/VBP), and its rule lemmatizer then
keeps the form as its own lemma, so no lexicon entry for "forgive" fires.
Irregular forms are few and known: a table (data, with its source) maps
each back to its base form.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

COMPONENT = "diplograph_irregular_lemmas"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    path = Path(str(resources.files("diplograph.nlp") / "data" / "inflections.yaml"))
    loaded: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return loaded


def irregular() -> dict[str, list[str]]:
    """Base form -> its irregular past and participle forms."""
    table: dict[str, list[str]] = _table()["irregular"]
    return table


@lru_cache(maxsize=1)
def misread() -> dict[str, str]:
    """Regular verb forms the rule lemmatizer reads as another word
    ("staged" -> "stag"): form -> base form, which always wins."""
    table: dict[str, list[str]] = _table().get("misread", {})
    return {form: base for base, forms in table.items() for form in forms}


def inflections(lemma: str) -> set[str]:
    """A lemma's regular forms (-s, -es, -ed, -ing with the usual spelling
    changes) and its irregular ones."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w + "d"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # stop -> stopped
    return forms | set(irregular().get(w, []))


@lru_cache(maxsize=1)
def hyphenated() -> dict[str, str]:
    """Each form of a prefixed, hyphenated word ("re-established") -> its
    lemma, spelled without the hyphen ("reestablish")."""
    words: list[str] = _table().get("hyphenated", [])
    return {form: w.replace("-", "") for w in words for form in inflections(w)}


@lru_cache(maxsize=1)
def base_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for base, forms in irregular().items():
        for form in forms:
            out.setdefault(form, base)  # "left" is "leave", the first listed
    return out


class Lemmas:
    """spaCy's rule lemmatizer followed by the irregular-form fix, remembered
    per (form, part of speech, morphology): a lemma depends on nothing else,
    and spaCy's own cache skips the forms it finds already basic (most of
    them), so it recomputed those on every token."""

    def __init__(self, lemmatizer: Any, limit: int = 200_000):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}
        self.limit = limit

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if len(self.cache) > self.limit:
            self.cache.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            found = self.cache.get((orth, pos, morph))
            if found is None:
                found = self.cache[(orth, pos, morph)] = self._lemma(doc[i])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def _lemma(self, tok: Any) -> int:
        lower = tok.lower_
        if (joined := hyphenated().get(lower)) is not None:
            return int(tok.vocab.strings.add(joined))
        lemma = self.lemmatizer.lemmatize(tok)[0]
        if tok.pos_ in {"VERB", "AUX"}:
            if (read := misread().get(lower)) is not None:
                lemma = read
            elif lemma.lower() == lower and lower in (bases := base_forms()):
                lemma = bases[lower]
        return int(tok.vocab.strings.add(lemma))


def install(nlp: Any) -> None:
    """The lemmatizer's work done by `Lemmas`: spaCy's component stays in the
    pipeline, disabled, as the rules it consults. Hyphenated prefixed words
    stay one token."""
    from spacy.language import Language
    from spacy.symbols import ORTH

    for form in hyphenated():
        for spelled in {form, form[:1].upper() + form[1:]}:
            nlp.tokenizer.add_special_case(spelled, [{ORTH: spelled}])

    if COMPONENT not in Language.factories:
        Language.factory(COMPONENT)(_make)
    nlp.add_pipe(COMPONENT, after="lemmatizer")
    nlp.disable_pipe("lemmatizer")


def _make(nlp: Any, name: str) -> Lemmas:
    return Lemmas(nlp.get_pipe("lemmatizer"))
