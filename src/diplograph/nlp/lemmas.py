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
def irregular() -> dict[str, list[str]]:
    """Base form -> its irregular past and participle forms."""
    path = Path(str(resources.files("diplograph.nlp") / "data" / "inflections.yaml"))
    loaded: dict[str, list[str]] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)[
        "irregular"
    ]
    return loaded


@lru_cache(maxsize=1)
def base_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for base, forms in irregular().items():
        for form in forms:
            out.setdefault(form, base)  # "left" is "leave", the first listed
    return out


def fix_lemmas(doc: Any) -> Any:
    table = base_forms()
    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() == tok.lower_ and tok.lower_ in table:
            tok.lemma_ = table[tok.lower_]
    return doc


def install(nlp: Any) -> None:
    from spacy.language import Language

    if COMPONENT not in Language.factories:
        Language.component(COMPONENT)(fix_lemmas)
    nlp.add_pipe(COMPONENT, after="lemmatizer")
