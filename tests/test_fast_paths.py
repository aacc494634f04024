"""Shortcuts taken for speed (issue #16) give what the plain code gave."""

from __future__ import annotations

import pytest
import spacy

from diplograph.extract.actors import quotes
from diplograph.extract.time import temporal
from diplograph.kb import loader
from diplograph.nlp import Parser


def test_a_sentence_reaches_the_parser_whole() -> None:
    from spacy.attrs import SENT_START

    parser = Parser(loader.default())
    text = "The talks ended on Monday. Both delegations then flew home!  Nobody spoke."
    doc = parser._one_sentence(text)
    plain = parser.nlp.make_doc(text)
    for tok in plain[1:]:
        tok.is_sent_start = False
    assert doc.to_array([SENT_START]).tolist() == plain.to_array([SENT_START]).tolist()
    assert len(list(parser.nlp(doc).sents)) == 1


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The envoy said “we will not sign” on Friday .", {3, 4, 5, 6, 7, 8}),
        ('The envoy said " we will not sign " on Friday .', {3, 4, 5, 6, 7, 8}),
        ("The envoy said nothing at all .", set()),
    ],
)
def test_quotation_marks_are_found_by_their_hashes(text: str, inside: set[int]) -> None:
    doc = spacy.blank("en")(text)
    assert quotes.quoted(doc[:]) == inside


def _every_pattern(text: str) -> list[temporal.TimeExpr]:
    """temporal.find without the per-pattern shortcut."""
    needs, temporal._NEEDS = temporal._NEEDS, {}
    try:
        return temporal.find(text)
    finally:
        temporal._NEEDS = needs


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met from March 3 to 5, 2024, and again in mid-Sept. 2025.",
        "Talks held 12-14 June ended without a deal; the accord of 2019-21 lapsed.",
        "Since 1998 the border has been closed, a spokesman said on Tuesday.",
        "The market reacted three days ago, and the mayor may decide today.",
        "It will run through the end of the year, officials said last week.",
        "Between January and April 2023 the two sides exchanged fire on the 4th.",
        "The decision came two weeks later; the day before, nothing had moved.",
    ],
)
def test_time_expressions_are_those_every_pattern_finds(text: str) -> None:
    assert temporal.find(text) == _every_pattern(text)
    assert temporal.find(text)


def test_each_shortcut_is_a_condition_of_its_patterns() -> None:
    """A pattern skipped for want of a month name (or a year) cannot match
    without one: its shortcut matches wherever the pattern matches."""
    samples = [
        "from Jan. 3 through Feb 9, 2024",
        "3 – 9 Dec 2020",
        "between March and May 2021",
        "12 August next year",
        "July 4th, 1999",
        "late-October",
        "the end of November of 2022",
        "2014-15",
        "in 2031",
    ]
    for kind, pattern in temporal._PATTERNS:
        need = temporal._NEEDS.get(kind)
        if need is None:
            continue
        for text in samples:
            for m in pattern.finditer(text):
                assert need.search(m.group(0)), (kind, text)
        assert any(pattern.search(t) for t in samples), kind
