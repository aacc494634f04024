"""Learned event detection: a classifier over candidate predicates (verbs
and event nouns with their arguments) that says which PLOVER type, if any,
each one states. It is trained with spaCy's own training (`make train`) on
the labelled news sentences and shipped as package data; the extraction's
`model` pass reads its verdicts."""

from .component import LABELS, NONE, PredicateClassifier, load_classifier

__all__ = ["LABELS", "NONE", "PredicateClassifier", "load_classifier"]
