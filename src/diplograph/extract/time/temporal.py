"""Time expressions in a sentence, resolved against the publication date.

Resolution keeps the precision the text gives ("in May" is a month, "on
Friday" a day, "last year" a year) and picks past or future from the tense
of the verb the expression belongs to. Documents with only a year of
publication resolve bare months against the year the narrative last named
(the way a yearbook says "in 2023 ... in July").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from ... import dates

Tense = Literal["past", "future", "present"]

_M = (
    r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{n}>(?:19|20)\d\d)"
_REL_YEAR = r"(?P<{n}>last|this|next|the\s+previous|the\s+current|the\s+coming|the\s+outgoing)\s+year"


def _p(template: str, **names: str) -> str:
    return template.format(**names)


def _m(n: str) -> str:
    return _M.format(n=n)


def _d(n: str) -> str:
    return _D.format(n=n)


def _y(n: str) -> str:
    return _Y.format(n=n)


# Ordered: the first pattern that matches at a position wins, so longer
# forms come before their prefixes.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "day_range_md",
        re.compile(
            rf"\b(?:from\s+)?{_m('m1')}\s+{_d('d1')}\s*(?:-|–|to|through|until)\s*(?:{_m('m2')}\s+)?{_d('d2')}"
            rf"(?:,?\s+{_y('y')})?\b",
            re.I,
        ),
    ),
    (
        "day_range_dm",
        re.compile(
            rf"\b(?:from\s+)?{_d('d1')}\s*(?:-|–|to|until)\s*{_d('d2')}\s+{_m('m1')}(?:,?\s+{_y('y')})?\b",
            re.I,
        ),
    ),
    (
        "month_range",
        re.compile(
            rf"\b(?:from\s+|between\s+)?{_m('m1')}\s*(?:-|–|to|through|until|and)\s*{_m('m2')}(?:,?\s+{_y('y')})?\b",
            re.I,
        ),
    ),
    (
        "day_month",
        re.compile(rf"\b{_d('d')}\s+{_m('m')}(?:,?\s+{_y('y')}|\s+{_p(_REL_YEAR, n='rel')})?\b", re.I),
    ),
    (
        "month_day",
        re.compile(
            rf"\b{_m('m')}\s+{_d('d')}(?!\d)(?:st|nd|rd|th)?"
            rf"(?:,?\s+{_y('y')}|\s+{_p(_REL_YEAR, n='rel')})?\b",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<part>early|mid|late|the\s+beginning\s+of|the\s+end\s+of|the\s+middle\s+of)[\s-]+)?{_m('m')}"
            rf"(?:\s+of)?(?:,?\s+{_y('y')}|\s+{_p(_REL_YEAR, n='rel')})?\b",
            re.I,
        ),
    ),
    ("year_range", re.compile(rf"\b{_y('y')}\s*(?:-|–|to)\s*(?P<y2>(?:19|20)?\d\d)\b(?![.,]?\d|%)", re.I)),
    ("year", re.compile(rf"(?<![\d,.$€£])\b{_y('y')}\b(?![\d%])(?!\s*(?:percent|per cent))", re.I)),
    ("weekday", re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)),
    ("ordinal_day", re.compile(r"\bon\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b", re.I)),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>(?:earlier|later)\s+this\s+(?:year|month|week)"
            r"|(?:last|this|next|the\s+previous|the\s+current|the\s+coming|the\s+outgoing|the\s+past)\s+(?:year|month|week)"
            r"|yesterday|today|tomorrow"
            r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+(?:year|month))\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b",
            re.I,
        ),
    ),
    # Counted from the narrative's last day, not from publication: "met on
    # 16 May. The next day ...", "two days later".
    (
        "later",
        re.compile(
            r"\b(?:(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week)s?\s+later"
            r"|the\s+(?P<next>next|following|previous)\s+day|the\s+(?P<before>day\s+before))\b",
            re.I,
        ),
    ),
]
# Words that make a bare month name something else ("May" the verb).
_MAY_NOT_MONTH = re.compile(r"^\s*(?:be|have|not|also|well|still|need|take|help|lead|become|seek)\b", re.I)
_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@dataclass(frozen=True)
class TimeExpr:
    start: int  # character offsets in the text that was scanned
    end: int
    text: str
    kind: str
    parts: dict[str, str]

    @property
    def explicit_year(self) -> bool:
        return bool(self.parts.get("y"))


@dataclass
class DateContext:
    """What a reader knows about time at a point in a document."""

    published: str | None
    anchor_year: int | None = None  # the year the narrative last named
    focus_year: int | None = None  # the first year the text names (its period)
    last: str | None = None  # the last resolved date of month precision or better
    scope: str | None = None  # the period a year-in-review covers
    narrative: str | None = None  # the story's own day, near publication
    # A flashback in progress ("In 2022, Ankara vetoed ..."): its date, and
    # where the last sentence told in it ends in the text.
    flashback: str | None = None
    flashback_end: int = 0

    def reference(self) -> tuple[int | None, int | None, int | None]:
        if not self.published:
            return (self.anchor_year, None, None)
        parts = [int(p) for p in self.published.split("-")]
        parts += [None] * (3 - len(parts))  # type: ignore[list-item]
        return parts[0], parts[1], parts[2]


@dataclass(frozen=True)
class Resolved:
    value: str | None
    end: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


# Every pattern needs a digit, a month or weekday name, or one of these words;
# most sentences have none and skip the twelve patterns.
_QUICK = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|year|month|week|yesterday|today|tomorrow|ago|day",
    re.I,
)


# What each pattern cannot match without: a month name for the patterns
# that name one, a year of the 1900s or 2000s for the year patterns. A
# sentence without either skips those patterns (most sentences).
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_NEEDS = dict.fromkeys(("day_range_md", "day_range_dm", "month_range", "day_month", "month_day"), _MONTH_WORD)
_NEEDS |= {"month": _MONTH_WORD, "year_range": _YEAR_DIGITS, "year": _YEAR_DIGITS}
_NEEDED = set(_NEEDS.values())


def find(text: str) -> list[TimeExpr]:
    """All time expressions in a text, leftmost-longest, not overlapping."""
    if not _QUICK.search(text):
        return []
    absent = {need for need in _NEEDED if not need.search(text)}
    found: list[TimeExpr] = []
    for kind, pattern in _PATTERNS:
        if _NEEDS.get(kind) in absent:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e.end and e.start < m.end() for e in found):
                continue
            parts = {k: v for k, v in m.groupdict().items() if v}
            if kind in {"month", "month_day", "day_month"} and not _month_ok(text, m, parts):
                continue
            if kind in {"day_month", "month_day", "day_range_md", "day_range_dm"} and not _days_ok(parts):
                continue
            found.append(TimeExpr(m.start(), m.end(), m.group(0), kind, parts))
    return sorted(found, key=lambda e: e.start)


def _month_ok(text: str, m: re.Match[str], parts: dict[str, str]) -> bool:
    word = parts.get("m", "")
    if word.lower() == "may" and not parts.get("y") and not parts.get("d"):
        # "May" is a month only where a month fits: after in/of/since/by/
        # until/during/from/early/late, or before a year or day.
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"\b(in|of|since|by|until|till|during|from|early|late|mid|to|and|,)\s*$", before):
            return False
        if _MAY_NOT_MONTH.match(text[m.end() :]):
            return False
    if word[:1].islower() and word.lower() not in dates.MONTHS:
        return False
    # Month names written in lower case are usually verbs or other words.
    return word[:1].isupper()


def _days_ok(parts: dict[str, str]) -> bool:
    return all(1 <= int(parts[k]) <= 31 for k in ("d", "d1", "d2") if k in parts)


def resolve(expr: TimeExpr, ctx: DateContext, tense: Tense) -> Resolved:
    p = expr.parts
    year = int(p["y"]) if p.get("y") else None
    ref_y, ref_m, ref_d = ctx.reference()
    if p.get("rel") and ref_y is not None:
        year = ref_y + _year_shift(p["rel"])
    if expr.kind in {"year", "year_range"}:
        if year is None:
            return Resolved(None)
        end = None
        if expr.kind == "year_range":
            y2 = p["y2"]
            end = dates.make(int(y2) if len(y2) == 4 else year // 100 * 100 + int(y2))
        return Resolved(dates.make(year), end)
    if expr.kind in {"month", "month_day", "day_month", "month_range", "day_range_md", "day_range_dm"}:
        month = dates.month_number(p.get("m") or p.get("m1") or "")
        if month is None:
            return Resolved(None)
        if year is None:
            year = _year_for_month(month, ctx, tense)
        if year is None:
            return Resolved(None)
        day = p.get("d") or p.get("d1")
        start = dates.make(year, month, int(day) if day else None)
        end = None
        if expr.kind == "month_range":
            m2 = dates.month_number(p.get("m2") or "")
            end = dates.make(year, m2) if m2 else None
        elif expr.kind in {"day_range_md", "day_range_dm"}:
            m2 = dates.month_number(p.get("m2") or "") or month
            end = dates.make(year, m2, int(p["d2"]))
        return Resolved(start, end)
    if expr.kind == "weekday":
        if ref_y is None or ref_m is None or ref_d is None:
            return Resolved(None)
        return Resolved(_weekday(date(ref_y, ref_m, ref_d), dates.WEEKDAYS[p["w"].lower()], tense))
    if expr.kind == "ordinal_day":
        if not ctx.last or len(ctx.last) < 7:
            return Resolved(None)
        y, m = (int(x) for x in ctx.last[:7].split("-"))
        return Resolved(dates.make(y, m, int(p["d"])))
    if expr.kind == "relative":
        return _relative(p["rel"].lower(), ctx)
    if expr.kind == "ago":
        return _ago(p, ctx)
    if expr.kind == "later":
        return _later(p, ctx)
    return Resolved(None)


def _later(p: dict[str, str], ctx: DateContext) -> Resolved:
    if not ctx.last or dates.precision(ctx.last) < 3:
        return Resolved(None)
    if p.get("next"):
        days = -1 if p["next"].lower() == "previous" else 1
    elif p.get("before"):
        days = -1
    else:
        n_text = p["n"].lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        days = n * (7 if p["unit"].lower() == "week" else 1)
    return Resolved((date.fromisoformat(ctx.last[:10]) + timedelta(days=days)).isoformat())


def _year_shift(rel: str) -> int:
    rel = " ".join(rel.lower().split())
    if rel.startswith(("last", "the previous")):
        return -1
    if rel.startswith(("next", "the coming")):
        return 1
    return 0


def _year_for_month(month: int, ctx: DateContext, tense: Tense) -> int | None:
    ref_y, ref_m, _ = ctx.reference()
    if ref_y is not None and ref_m is not None:
        if tense == "future":
            return ref_y if month >= ref_m else ref_y + 1
        if tense == "past":
            return ref_y if month <= ref_m else ref_y - 1
        return ref_y
    # A year-only publication date (a yearbook): the period the text set out
    # in its first dated statement, else the publication year.
    if ctx.published and ctx.focus_year is not None:
        return ctx.focus_year
    if not ctx.published and ctx.anchor_year is not None:
        return ctx.anchor_year
    return ref_y


def _weekday(ref: date, weekday: int, tense: Tense) -> str:
    if tense == "future":
        delta = (weekday - ref.weekday()) % 7 or 7
        return (ref + timedelta(days=delta)).isoformat()
    delta = (ref.weekday() - weekday) % 7
    return (ref - timedelta(days=delta)).isoformat()


def _relative(rel: str, ctx: DateContext) -> Resolved:
    rel = " ".join(rel.split())
    ref_y, ref_m, ref_d = ctx.reference()
    if ref_y is None:
        return Resolved(None)
    unit = rel.split()[-1]
    if " of " in rel:  # "the end of the month": the month (or year) in question
        rel = "this " + unit
    if unit == "year":
        return Resolved(dates.make(ref_y + _year_shift(rel)))
    if rel in {"yesterday", "today", "tomorrow"}:
        if ref_m is None or ref_d is None:
            return Resolved(None)
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[rel]
        return Resolved((date(ref_y, ref_m, ref_d) + timedelta(days=shift)).isoformat())
    if ref_m is None:
        return Resolved(dates.make(ref_y) if "this" in rel else None)
    if unit == "month":
        shift = _year_shift(rel)
        y, m = divmod(ref_y * 12 + ref_m - 1 + shift, 12)
        return Resolved(dates.make(y, m + 1))
    if unit == "week":
        if ref_d is None:
            return Resolved(dates.make(ref_y, ref_m))
        ref = date(ref_y, ref_m, ref_d)
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=_year_shift(rel))
        return Resolved(monday.isoformat(), (monday + timedelta(days=6)).isoformat())
    return Resolved(None)


def _ago(p: dict[str, str], ctx: DateContext) -> Resolved:
    ref_y, ref_m, ref_d = ctx.reference()
    n_text = " ".join(p["n"].lower().split())
    vague = n_text in {"a few", "several", "some"}
    n = int(n_text) if n_text.isdigit() else 3 if vague else _NUMBER_WORDS.get(n_text, 1)
    unit = p["unit"].lower()
    if ref_y is None:
        return Resolved(None)
    if vague and unit in {"day", "week"} and ref_m is not None and ref_d is not None:
        # "a few weeks ago": about then, so only the month it falls in
        back = date(ref_y, ref_m, ref_d) - timedelta(days=n * (7 if unit == "week" else 1))
        return Resolved(dates.make(back.year, back.month))
    if vague:
        unit = "year" if unit == "year" else unit
        if unit == "month" and ref_m is not None:
            y, _ = divmod(ref_y * 12 + ref_m - 1 - n, 12)
            return Resolved(dates.make(y))
    if unit == "year":
        return Resolved(dates.make(ref_y - n))
    if ref_m is None:
        return Resolved(None)
    if unit == "month":
        y, m = divmod(ref_y * 12 + ref_m - 1 - n, 12)
        return Resolved(dates.make(y, m + 1))
    if ref_d is None:
        return Resolved(None)
    days = n * (7 if unit == "week" else 1)
    return Resolved((date(ref_y, ref_m, ref_d) - timedelta(days=days)).isoformat())
