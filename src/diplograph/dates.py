"""Partial ISO dates: the precision a text supports, and arithmetic on it.

A date is kept as an ISO 8601 prefix: "2024", "2024-05" or "2024-05-16".
Shared by ingest (publication dates) and extract (event dates).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE}),?\s+(\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\s+(\d{{4}})\b", re.I)
NUMERIC_DATE = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
EURO_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def make(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """Build an ISO prefix, or None if the parts are not a real date."""
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_iso_prefix(text: str) -> str | None:
    m = ISO_PREFIX.match(text.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    return make(int(y), int(mo) if mo else None, int(d) if d else None)


def parse_loose(text: str) -> str | None:
    """A publication date as written in metadata: ISO, '27 December 2024',
    'November 20, 2023', 'May 2024', '2024-05-16T10:00:00Z'."""
    text = text.strip()
    if not text:
        return None
    iso = parse_iso_prefix(text[:10]) if re.match(r"^\d{4}", text) else None
    if iso and (len(text) <= 10 or text[10] in "T "):
        return iso
    for pattern, order in ((DAY_MONTH_YEAR, "dmy"), (MONTH_DAY_YEAR, "mdy")):
        m = pattern.search(text)
        if m:
            a, b, y = m.groups()
            day, mon = (a, b) if order == "dmy" else (b, a)
            month = month_number(mon)
            if month:
                return make(int(y), month, int(day))
    m = NUMERIC_DATE.search(text)
    if m:
        return make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = MONTH_YEAR.search(text)
    if m and (month := month_number(m.group(1))):
        return make(int(m.group(2)), month)
    if re.fullmatch(r"\d{4}", text):
        return make(int(text))
    return None


def precision(iso: str | None) -> int:
    """0 for no date, 1 year, 2 month, 3 day."""
    return 0 if not iso else {4: 1, 7: 2, 10: 3}.get(len(iso), 0)


def as_date(iso: str) -> date:
    """The first day an ISO prefix covers."""
    parts = [int(p) for p in iso.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def last_day(iso: str) -> date:
    """The last day an ISO prefix covers."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(parts[0], parts[1], parts[2])


def compatible(a: str | None, b: str | None) -> bool:
    """Two partial dates can describe the same day (one contains the other)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)
