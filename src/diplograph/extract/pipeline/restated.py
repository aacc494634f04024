"""A headline restates the story's lead.

"Laos And Thailand Sign Border Accord" heads a report whose body says "On
Tuesday, Laos and Thailand signed a border accord". The headline names no
day, so it was dated by the publication; the body's telling of the same act
(same type, same sides) dates it. Only a headline counts (a first line with
no closing full stop: a lead sentence may tell an act of its own), and only
a day in the story's window before publication: an act of the same kind
told with an older date ("they signed another accord in 2019") is another.
"""

from __future__ import annotations

from dataclasses import replace

from ...records import DocumentResult, Event
from ..time import narrative, temporal

RULE = "records:headline_restated"


def _sides(e: Event) -> frozenset[frozenset[str]]:
    return frozenset({frozenset(e.source), frozenset(e.target)})


def date_the_headline(result: DocumentResult, published: str | None) -> None:
    """Redate the records of a headline that names no time (so they were
    dated by the publication day) to the day a later sentence gives the
    same act."""
    if not published or not result.sentences:
        return
    first = result.sentences[0]
    if first.text.rstrip().endswith((".", "!", "?")) or temporal.find(first.text):
        return  # a sentence, or a headline that says when: its own date stands
    for n, e in enumerate(result.events):
        if not (first.start <= e.start < first.end) or e.date != published:
            continue
        told = [
            later.date
            for later in result.events
            if later.start >= first.end
            and later.type == e.type
            and _sides(later) == _sides(e)
            and later.date != published
            and narrative.in_story_window(later.date, published)
        ]
        if told:
            result.events[n] = replace(e, date=max(d for d in told if d), rules=(*e.rules, RULE))
