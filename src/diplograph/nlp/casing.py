"""Headlines in Title Case read as sentences.

"Algeria Recalls Ambassador From Spain Over Western Sahara Issue": with
every word capitalised the small English model tags most of them as proper
nouns, and the parse has no verb. Such a sentence is parsed in sentence
case instead: every capitalised word that is not part of a knowledge-base
name, an acronym or the first word is lower-cased. Only the case changes,
so every character offset stays; the stored text keeps the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MIN_WORDS = 4


@lru_cache(maxsize=1)
def small_words() -> frozenset[str]:
    """Words a Title Case headline may leave small (data/headlines.yaml)."""
    path = Path(str(resources.files("diplograph.nlp") / "data" / "headlines.yaml"))
    words = yaml.safe_load(path.read_text(encoding="utf-8"))["small_words"]
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{path}: small_words must be a list of words")
    return frozenset(words)


def _words(text: str, names: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """The words outside names, less the small ones."""
    small = small_words()
    return [
        w
        for w in _WORD.finditer(text)
        if w.group().lower() not in small and not any(s <= w.start() < e for s, e in names)
    ]


def is_title_case(text: str, names: Sequence[tuple[int, int]]) -> bool:
    """Whether the text is a headline in Title Case: no closing full stop,
    and every word outside the names starts with a capital (a sentence
    full of titles and names still has a verb in small letters)."""
    if text.rstrip().endswith((".", "!", "?")):
        return False
    words = _words(text, names)
    return len(words) >= _MIN_WORDS and all(w.group()[0].isupper() for w in words)


def sentence_case(text: str, names: Sequence[tuple[int, int]]) -> str:
    """`text` with the capitalised words outside names lower-cased, except
    the first word and words written in capitals ("US", "UN") or with a
    capital inside ("McCarthy"); each part of a hyphenated word counts as a
    word ("US-Led" reads "US-led"). `names`: (start, end) offsets in `text`."""
    chars = list(text)
    for n, w in enumerate(_WORD.finditer(text)):
        # Each part of a hyphenated word is a word of its own ("US-Led",
        # "Re-Establishes").
        start = w.start()
        for k, part in enumerate(w.group().split("-")):
            keep = (n == 0 and k == 0) or any(s <= start < e for s, e in names)
            if part and not keep and part[0].isupper() and not any(c.isupper() for c in part[1:]):
                chars[start] = part[0].lower()
            start += len(part) + 1
    return "".join(chars)
