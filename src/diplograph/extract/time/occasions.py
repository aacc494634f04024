"""A named occasion ("the 43rd ASEAN Summit", "the Munich Security
Conference") is one event however often a report names it, so every
mention of it takes the finest date the document gives it: "the summit
this week ... the summit held on September 5-6" is the 5th, in both
sentences, and a mention with no date of its own ("was not represented
at the summit") is the same day too."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ... import dates

Token = Any

# Words that may stand in an occasion's name before its head noun.
_NAME_DEPS = {"compound", "nummod", "amod"}


@dataclass
class Occasion:
    """The finest date the document gave a named occasion so far, and the
    positions (in the document's events) of the records that name it."""

    value: str | None
    end: str | None
    stated: bool  # the date came from a sentence that names the occasion
    # (position in the document's events, whether its own sentence dated it)
    records: list[tuple[int, bool]] = field(default_factory=list)


def name_of(trig: Token) -> str | None:
    """The occasion's name when the event word heads a proper name, with a
    capitalised head and a capitalised or numbered word before it ("43rd
    ASEAN Summit", "G20 Summit"); "the summit" or "a regional summit" is
    no name, as an ordinary noun can be a new occasion each time."""
    if not trig.text[:1].isupper() or trig.i == trig.sent.start:
        return None
    mods = [c for c in trig.children if c.dep_ in _NAME_DEPS and c.i < trig.i]
    if not any(c.text[:1].isupper() or c.text[:1].isdigit() for c in mods):
        return None
    first = min(c.left_edge.i for c in mods)
    words = [t.lower_ for t in trig.doc[first : trig.i + 1] if t.dep_ not in {"det", "poss", "case", "punct"}]
    return " ".join(words)


def _days(value: str, end: str | None) -> tuple[date, date]:
    return dates.as_date(value), dates.last_day(end or value)


def _finer(value: str, end: str | None, than_value: str | None, than_end: str | None) -> bool:
    """A stated date that lies inside another (if any) and is narrower."""
    if not than_value:
        return True
    lo, hi = _days(value, end)
    olo, ohi = _days(than_value, than_end)
    return olo <= lo and hi <= ohi and (hi - lo) < (ohi - olo)


def settle(
    known: dict[str, Occasion], name: str, value: str | None, end: str | None, stated: bool
) -> tuple[str | None, str | None, bool]:
    """The date a new mention of `name` is recorded under, and whether it
    is the occasion's date (rather than the one its sentence gave). A
    stated date that refines the occasion's becomes the occasion's."""
    occ = known.get(name)
    if occ is None:
        known[name] = Occasion(value if stated else None, end if stated else None, stated)
        return value, end, False
    if stated and value and _finer(value, end, occ.value, occ.end):
        occ.value, occ.end, occ.stated = value, end, True
        return value, end, False
    if occ.value and (not stated or not value or _finer(occ.value, occ.end, value, end)):
        return occ.value, occ.end, True
    return value, end, False


def redated(occ: Occasion, value: str | None, end: str | None, stated: bool) -> bool:
    """Whether an earlier record of the occasion, dated `value` (by its own
    sentence when `stated`), should take the occasion's finer date now known."""
    if not occ.value or (value, end) == (occ.value, occ.end):
        return False
    return not stated or not value or _finer(occ.value, occ.end, value, end)
