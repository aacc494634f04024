"""NLP: sentences, names, and (where worth it) tokens, parses and entities."""

from .pipeline import (
    DEFAULT_MODEL,
    Match,
    ParsedDocument,
    Parser,
    Sentence,
    lemma_ids,
    load_nlp,
    ruler_patterns,
    text_of,
    token_text,
)

__all__ = [
    "DEFAULT_MODEL",
    "Match",
    "ParsedDocument",
    "Parser",
    "Sentence",
    "lemma_ids",
    "load_nlp",
    "ruler_patterns",
    "text_of",
    "token_text",
]
