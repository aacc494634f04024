"""The figures pass: money amounts with a metric of figures.yaml, their
pair of actors and the period they are for, as records."""

from __future__ import annotations

from typing import Any

from ...nlp import text_of
from ...records import Figure, stable_id
from ..events.figures import FigureDraft, FigureFinder, targeted
from ..time import periods
from .state import Pass, SentenceState, Tools, register_pass


@register_pass("figures")
def figures(tools: Tools) -> Pass:
    finder = FigureFinder()

    def run(state: SentenceState) -> None:
        doc, memory = state.doc, state.doc.figures
        # "$30 billion by 2030": the deadline that dates no event is a
        # figure's period all the same.
        times = sorted([*state.times, *state.set_aside], key=lambda t: t.tokens.start)
        for f in finder.find(state.span, state.actors, memory.previous):
            f.period = periods.period(f, times, state.span, memory.previous, doc.ctx.scope)
            if targeted(f.anchor):
                f.status, f.rules = "planned", (*f.rules, "figures:target")
            elif periods.ahead(f, times, state.span, doc.document.published):
                f.status, f.rules = "planned", (*f.rules, "figures:period_ahead")
            doc.result.figures.append(
                _figure(doc.document.doc_id, state.sent_id, state.offset, state.span, f)
            )
            memory.previous = f
            memory.since = 0

    return run


def _figure(doc_id: str, sent_id: str, offset: int, sent: Any, f: FigureDraft) -> Figure:
    start = offset + sent.start_char
    return Figure(
        figure_id=stable_id(doc_id, "figure", start + f.amount.start, f.metric),
        doc_id=doc_id,
        sent_id=sent_id,
        start=start + f.amount.start,
        end=start + f.amount.end,
        text=text_of(sent)[f.amount.start : f.amount.end],
        metric=f.metric,
        actors=f.actors,
        value=f.amount.value,
        unit=f.amount.unit,
        period=f.period,
        rules=f.rules,
        status=f.status,
    )
