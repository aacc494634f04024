"""A figure's period is what its text states, never the day the story was
filed (a wire dateline) or told ("the minister said on Tuesday")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplograph.extract.events.figures import Amount, FigureDraft
from diplograph.extract.time import dating, periods, temporal
from diplograph.ingest import Extracted, build_document
from diplograph.ingest.manifest import ManifestRow
from diplograph.nlp import Parser

from .conftest import Extract

CASES = [
    ("Trade between India and Russia reached $65.7 billion.", None),
    ("MOSCOW, March 5 (TASS) - Trade between India and Russia reached $65.7 billion.", None),
    ("MOSCOW, March 5, 2024 - Trade between India and Russia reached $65.7 billion.", None),
    ("Trade between India and Russia has reached $65.7 billion, the minister said on Tuesday.", None),
    ("Trade between India and Russia reached $65.7 billion in 2023.", "2023"),
    ("MOSCOW, March 5 (TASS) - Trade between India and Russia reached $65.7 billion last year.", "2023"),
    # a wire dateline in title case
    ("Moscow, 5 March 2024 — Trade between India and Russia reached $65.7 billion.", None),
    ("Moscow, Mar 5 (TASS) - Trade between India and Russia reached $65.7 billion last year.", "2023"),
]


def period_of(parser: Parser, text: str, published: str = "2024-06-15") -> str | None:
    """periods.period on the sentence's own time expressions, as the
    extractor finds them."""
    row = ManifestRow(Path("t.txt"), None, None, None, published, "en")
    doc = build_document(Extracted(text=text, name="t"), "t.txt", row)
    assert not isinstance(doc, Exception)
    unit = parser.parse(doc).sentences[0]
    assert unit.doc is not None
    sent: Any = unit.doc[:]
    times = dating.times(sent, temporal.DateContext(published=published))
    draft = FigureDraft(Amount(0, 1, 65.7e9, "USD"), "trade", ("IND", "RUS"), sent.root)
    return periods.period(draft, times, sent, None, None)


@pytest.mark.parametrize(("text", "period"), CASES)
def test_period_is_stated_never_the_dateline_or_the_day_it_was_said(
    parser: Parser, text: str, period: str | None
) -> None:
    assert period_of(parser, text) == period


@pytest.mark.parametrize(("text", "period"), [*CASES[1:4], *CASES[6:]])
def test_extracted_figures_take_no_period_from_the_dateline(
    extract: Extract, text: str, period: str | None
) -> None:
    assert [f.period for f in extract(text).figures] == [period]
