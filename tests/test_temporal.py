"""Time expressions, resolved against the publication date at the
precision the text gives."""

from __future__ import annotations

import pytest

from diplograph.extract.time.scope import document_scope
from diplograph.extract.time.temporal import DateContext, find, resolve


def one(
    text: str, published: str | None, tense: str = "past", **ctx: object
) -> tuple[str | None, str | None]:
    exprs = find(text)
    assert len(exprs) == 1, exprs
    r = resolve(exprs[0], DateContext(published, **ctx), tense)  # type: ignore[arg-type]
    return r.value, r.end


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("the envoys met on Thursday", "2023-11-20", "past", "2023-11-16"),
        ("the envoys met on Friday", "2023-11-20", "past", "2023-11-17"),
        ("they will meet on Friday", "2023-11-20", "future", "2023-11-24"),
        ("visited Hanoi in May", "2024-12-27", "past", "2024-05"),
        ("will visit Hanoi in May", "2024-12-27", "future", "2025-05"),
        ("talks were held in December", "2024-01", "past", "2023-12"),
        ("last year the trade fell", "2024-03-02", "past", "2023"),
        ("this year the trade grew", "2024-03-02", "past", "2024"),
        ("in the outgoing year we worked", "2024-12-27", "past", "2024"),
        ("earlier this month the minister said", "2024-03-02", "past", "2024-03"),
        ("the summit took place on August 8", "2024-12-27", "past", "2024-08-08"),
        ("signed in 2019", "2024-01", "past", "2019"),
        ("signed on October 14, 2022 in Astana", "2023-11-20", "past", "2022-10-14"),
        ("on 30 November last year the council met", "2024-01", "past", "2023-11-30"),
        ("yesterday the talks ended", "2024-02-10", "past", "2024-02-09"),
        ("three days ago the talks ended", "2024-02-10", "past", "2024-02-07"),
    ],
)
def test_resolution(text: str, published: str, tense: str, expected: str) -> None:
    assert one(text, published, tense)[0] == expected


def test_ranges_keep_their_end() -> None:
    assert one("the forum ran from August 9 to 12", "2024-12-27") == ("2024-08-09", "2024-08-12")
    assert one("From January to November 2023, trade rose", "2024-01") == ("2023-01", "2023-11")
    assert one("the programme for 2024-2026", "2023-12") == ("2024", "2026")
    assert one("they met last week", "2024-02-10") == ("2024-01-29", "2024-02-04")


def test_ordinal_day_continues_the_month_in_focus() -> None:
    assert one("Then, on the 7th, he met the minister", "2024-01", last="2023-12-06")[0] == "2023-12-07"


def test_year_only_publication_uses_the_period_the_text_set_out() -> None:
    # A yearbook published "2024" that opened by speaking of 2023.
    assert one("the summit held in July", "2024", focus_year=2023)[0] == "2023-07"
    assert one("the summit held in July", "2024")[0] == "2024-07"


def test_month_may_only_where_a_month_fits() -> None:
    assert find("They may meet again.") == []
    assert [e.text for e in find("They met in May.")] == ["May"]
    assert find("sold 2,000 tonnes and 25,000-50,000 tonnes") == []


def test_weekday_needs_a_day_precise_publication_date() -> None:
    assert one("they met on Friday", "2024-03")[0] is None


def test_document_scope_of_year_reviews() -> None:
    assert document_scope("Main Foreign Policy Results In 2024", "") == "2024"
    assert document_scope(None, "Review of the year 2023\n\nText") == "2023"
    assert document_scope("Talks in Minsk", "Ministers met in 2023.") is None
    assert document_scope("2023 in review: Asia", "") == "2023"
    assert document_scope("Diplomatic Bluebook 2024", "") is None


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("The next day they flew home", "2024-05-16", "2024-05-17"),
        ("the following day the talks resumed", "2024-05-31", "2024-06-01"),
        ("two days later he met the emir", "2024-03-03", "2024-03-05"),
        ("a week later the ministers met again", "2024-03-03", "2024-03-10"),
        ("the day before the leaders spoke", "2024-03-01", "2024-02-29"),
    ],
)
def test_days_counted_from_the_narratives_last_date(text: str, last: str, expected: str) -> None:
    # Counted from the last day the text named, not from publication.
    assert one(text, "2024-12-30", last=last)[0] == expected


def test_days_later_without_a_day_to_count_from_stay_undated() -> None:
    assert one("two days later he met the emir", "2024-12-30", last="2024-03")[0] is None


def test_end_of_the_month_is_that_month() -> None:
    assert one("will visit at the end of the month", "2024-06-15", "future")[0] == "2024-06"
    assert one("met at the beginning of the year", "2024-06-15")[0] == "2024"
