"""Checks on query arguments, so that a bad value is an error naming it
rather than a crash deep in a query or an empty answer that looks like
"nothing happened". The CLI and the HTTP API only translate InvalidQuery."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence

from ... import dates
from ...vocabulary import EVENT_TYPES, METRICS, STATUSES

# A filter's repeated values become one IN list; past a few dozen no person
# means them, and each one costs the server work while it holds the store.
MAX_VALUES = 20
_STRICT_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class InvalidQuery(ValueError):
    """A query argument that cannot be right: an impossible date, an
    unknown code, too many values."""


def date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if not _STRICT_DATE.fullmatch(value) or dates.parse_iso_prefix(value) != value:
        raise InvalidQuery(
            f"invalid {name} date {value!r}: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return value


def window(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Both dates checked, and the first not after the second (a partial
    "to" date runs to the end of its month or year)."""
    start, end = date(date_from, "from"), date(date_to, "to")
    if start and end and start > end.ljust(10, "9"):
        raise InvalidQuery(f"from date {start!r} is after to date {end!r}: nothing can fall between them")
    return start, end


def source(
    value: str | None, exists: Callable[[str], bool], publishers: Callable[[], list[str]]
) -> str | None:
    """A publisher or document name the store has; for one it has not, the
    publishers whose names are close (a different case, a typo)."""
    if value is None or exists(value):
        return value
    close = difflib.get_close_matches(value, publishers(), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    raise InvalidQuery(f"unknown source {value!r}: no publisher or document of that name{hint}")


def event_type(value: str | None) -> str | None:
    if value is None:
        return None
    upper = value.upper()
    if upper not in EVENT_TYPES:
        raise InvalidQuery(f"unknown event type {value!r}; known: {', '.join(EVENT_TYPES)}")
    return upper


def status(value: str | None) -> str | None:
    if value is None:
        return None
    if value.lower() not in STATUSES:
        raise InvalidQuery(f"unknown status {value!r}; known: {', '.join(STATUSES)}")
    return value.lower()


def metric(value: str | None) -> str | None:
    if value is None:
        return None
    if value.lower() not in METRICS:
        raise InvalidQuery(f"unknown metric {value!r}; known: {', '.join(METRICS)}")
    return value.lower()


def many(values: Sequence[str], name: str) -> None:
    if len(values) > MAX_VALUES:
        raise InvalidQuery(f"too many {name} values: {len(values)} (at most {MAX_VALUES})")


def actors(
    codes: Iterable[str], known: Callable[[list[str]], set[str]], what: str = "actor"
) -> tuple[str, ...]:
    """Upper-cased codes, each known to the knowledge base or the store
    (`known` returns the subset it knows)."""
    given = [c.upper() for c in codes]
    many(given, what)
    upper = tuple(dict.fromkeys(given))
    unknown = sorted(set(upper) - known(list(upper))) if upper else []
    if unknown:
        raise InvalidQuery(f"unknown {what} code{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}")
    return upper
