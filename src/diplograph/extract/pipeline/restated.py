"""A headline restates the story's lead.

"Xi and Putin Sign Joint Statement" heads a report whose body says "On May
16, the two heads of state signed a joint statement". The headline names no
day, so it was dated by the publication; the body's telling of the same act
(same type, same sides) dates it. Only a day in the week before publication
is taken: an act of the same kind told with an older date ("they signed
another statement in 2019") is another act.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ...records import DocumentResult, Event
from ..time import temporal

RULE = "records:headline_restated"
_RECENT = timedelta(days=7)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _sides(e: Event) -> frozenset[frozenset[str]]:
    return frozenset({frozenset(e.source), frozenset(e.target)})


def date_the_headline(result: DocumentResult, published: str | None) -> None:
    """Redate the records of a first sentence that names no time (so they
    were dated by the publication day) to the day a later sentence gives
    the same act."""
    pub = _day(published)
    if pub is None or not result.sentences:
        return
    first = result.sentences[0]
    if temporal.find(first.text):
        return  # the headline says when: its own date stands
    for n, e in enumerate(result.events):
        if not (first.start <= e.start < first.end) or e.date != published:
            continue
        told = [
            d
            for later in result.events
            if later.start >= first.end
            and later.type == e.type
            and _sides(later) == _sides(e)
            and (d := _day(later.date)) is not None
            and pub - _RECENT <= d < pub
        ]
        if told:
            result.events[n] = replace(e, date=max(told).isoformat(), rules=(*e.rules, RULE))
