"""The period a money figure is for, as its text states it, and whether
that period makes it a target rather than a level reached."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import dates
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
    t = stated(times, sent, f.anchor)
    if t is not None:
        return f"{t.value}/{t.end}" if t.end else t.value
    if previous is not None and ("same period" in text_of(sent).lower() or f.continued):
        return previous.period
    return scope


def stated(times: Sequence[TimeMention], sent: Any, anchor: Any = None) -> TimeMention | None:
    """The time expression of the sentence that gives the period of the
    figure at `anchor`: the one on the nearest word the amount depends on
    ("reached $65 billion in 2024 and target $100 billion by 2030": each
    its own), else the first."""
    filed = narrative.dateline_end(sent)
    eligible = []
    for t in times:
        if not t.value or (filed is not None and t.tokens.start < filed):
            continue
        if t.attach.lemma_.lower() in lexicon.figures().reporting_verbs:
            # "..., the minister said on Tuesday": when it was said, not the figure's period
            continue
        eligible.append(t)
    if anchor is not None:
        path = [anchor.i, *(a.i for a in anchor.ancestors)]
        on_path = [t for t in eligible if t.attach.i in path]
        if on_path:
            return min(on_path, key=lambda t: path.index(t.attach.i))
    return eligible[0] if eligible else None


def ahead(f: FigureDraft, times: Sequence[TimeMention], sent: Any, published: str | None) -> bool:
    """Whether the figure's stated period is still to come when the text
    was written: a later period ("next year", "in 2030"), or a deadline
    not yet past ("by 2030", "by the end of the year"): the amount is a
    target or a forecast, not a level reached."""
    t = stated(times, sent, f.anchor)
    if t is None or not t.value or not published:
        return False
    pub = dates.as_date(published)
    if dates.as_date(t.value) > dates.last_day(published):
        return True
    deadline = t.tokens.start > 0 and sent.doc[t.tokens.start - 1].lower_ == "by"
    return deadline and dates.last_day(t.end or t.value) >= pub
