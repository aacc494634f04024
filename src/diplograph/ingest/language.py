"""A small language guess: enough to keep non-English text away from the
English model. Function-word counts for Latin-script languages, letters for
Cyrillic ones."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FUNCTION_WORDS = {
    "en": {
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "on",
        "was",
        "as",
        "by",
        "it",
        "are",
        "be",
        "this",
        "has",
        "have",
        "from",
        "at",
        "its",
        "were",
        "which",
    },
    "fr": {
        "le",
        "la",
        "les",
        "des",
        "et",
        "est",
        "une",
        "dans",
        "que",
        "pour",
        "du",
        "sur",
        "pas",
        "avec",
        "sont",
        "aux",
    },
    "de": {
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "den",
        "dem",
        "ein",
        "eine",
        "auf",
        "für",
        "sich",
        "auch",
        "von",
    },
    "es": {
        "el",
        "los",
        "las",
        "del",
        "y",
        "es",
        "una",
        "por",
        "con",
        "para",
        "que",
        "su",
        "al",
        "como",
        "más",
    },
}


def guess_language(text: str) -> str:
    sample = text[:4_000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return "und"
    cyrillic = sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff")
    if cyrillic > len(words) / 2:
        letters = set("".join(words))
        if letters & set("іїєґ"):
            return "uk"
        if "ў" in letters:
            return "be"
        return "ru"
    if sum(1 for w in words if "\u4e00" <= w[0] <= "\u9fff") > len(words) / 4:
        return "zh"
    scores = {lang: sum(w in fw for w in words) / len(words) for lang, fw in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 0.05:
        return "en" if scores["en"] > 0.02 else "und"
    return best
