"""The period a money figure is for, as its text states it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...nlp import text_of
from .. import lexicon
from ..events.figures import FigureDraft
from . import narrative
from .dating import TimeMention


def period(
    f: FigureDraft, times: Sequence[TimeMention], sent: Any, previous: FigureDraft | None, scope: str | None
) -> str | None:
    """The period a figure is for, as the text states it: a date in its
    sentence, the previous figure's for "the same period" or a continued
    figure, or the year a year-in-review covers. A wire dateline or the
    day something was said is when the story was filed or told, not the
    figure's period; with nothing else stated the period is unknown (None),
    never the publication date."""
    filed = narrative.dateline_end(sent)
    for t in times:
        if not t.value or (filed is not None and t.tokens.start < filed):
            continue
        if t.attach.lemma_.lower() in lexicon.figures().reporting_verbs:
            # "..., the minister said on Tuesday": when it was said, not the figure's period
            continue
        return f"{t.value}/{t.end}" if t.end else t.value
    if previous is not None and ("same period" in text_of(sent).lower() or f.continued):
        return previous.period
    return scope
