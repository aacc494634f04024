"""Dates of occasions and of what describes a noun. A named occasion is one
event in a report: every mention of "the 50th ASEAN Summit" takes the
finest date the document gives it. A date in a clause describing a noun is
that noun's, unless the noun is the occasion the act took place at.
Documents written for these tests."""

from __future__ import annotations

from diplograph.records import DocumentResult

from .conftest import Extract


def _summits(r: DocumentResult) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.date_end) for e in r.events if e.type == "CONSULT"]


def test_a_named_summit_takes_the_day_the_report_gives_it_later(extract: Extract) -> None:
    r = extract(
        "Laos welcomed the decisions made at the 50th ASEAN Summit in Manila this week. "
        "Thailand sent no minister to the 50th ASEAN Summit. "
        "During the 50th ASEAN Summit held on May 13-14, the leaders criticised Myanmar.",
        published="2026-05-15",
    )
    assert _summits(r) == [("2026-05-13", "2026-05-14")] * 3
    named = [e for e in r.events if e.type == "CONSULT" and "records:named_occasion" in e.rules]
    assert len(named) == 2  # the first two re-dated; the third stated the days itself
    # a later mention with no date of its own takes the occasion's
    r = extract(
        "The 50th ASEAN Summit was held in Manila on May 13. "
        "Myanmar's generals criticised the 50th ASEAN Summit. "
        "Thailand sent no minister to the 50th ASEAN Summit.",
        published="2026-05-20",
    )
    assert [d for d, _ in _summits(r)] == ["2026-05-13"] * len(_summits(r))


def test_an_unnamed_or_differently_dated_summit_keeps_its_own_date(extract: Extract) -> None:
    # "a summit" is no name: each mention may be a new occasion
    r = extract(
        "Leaders of ASEAN met at a summit in Jakarta on May 2. "
        "Another ASEAN summit was held in Manila on May 13.",
        published="2026-05-15",
    )
    assert [d for d, _ in _summits(r)] == ["2026-05-02", "2026-05-13"]
    # a day outside the month the occasion was given is not its day
    r = extract(
        "The 50th ASEAN Summit was held in Manila in May. Laos hosted the 50th ASEAN Summit on June 2.",
        published="2026-06-15",
    )
    assert _summits(r)[0] == ("2026-05", None)


def test_a_date_in_a_relative_clause_is_its_noun_s(extract: Extract) -> None:
    pub = "2026-06-15"
    r = extract("Kenya criticised Uganda for a decision that it took in March.", published=pub)
    assert [(e.type, e.date) for e in r.events] == [("ACCUSE", pub)]
    r = extract("Kenya, which attacked Uganda in March, was criticised by Tanzania.", published=pub)
    assert [(e.type, e.date) for e in r.events] == [("ASSAULT", "2026-03"), ("ACCUSE", pub)]


def test_the_occasion_an_act_took_place_at_dates_the_act(extract: Extract) -> None:
    for text in (
        "Ghana and Togo met at the summit held in Lome in March.",
        "Ghana and Togo met at the summit that was held in Lome in March.",
        "Ghana and Togo signed a deal during the visit that took place in March.",
    ):
        assert [e.date for e in extract(text, published="2026-06-15").events] == ["2026-03"], text


def test_a_present_tense_act_takes_no_date_from_a_past_year(extract: Extract) -> None:
    pub = "2026-07-10"
    r = extract(
        "Ghana and Togo signed a border treaty in 2019. The two countries hold talks in Accra.", published=pub
    )
    assert [(e.type, e.date) for e in r.events] == [("SUPPORT", "2019"), ("CONSULT", pub)]
    # told in the past, "the two countries" continue the occasion of 2019
    r = extract(
        "Ghana and Togo signed a border treaty in 2019. The two countries held talks in Accra.", published=pub
    )
    assert [(e.type, e.date) for e in r.events] == [("SUPPORT", "2019"), ("CONSULT", "2019")]


def test_a_gathering_told_in_the_present_is_the_coming_one(extract: Extract) -> None:
    # published on a Tuesday: Thursday is two days on, not five days back
    r = extract("The OSCE meeting opens in Skopje on Thursday.", published="2023-11-28")
    assert [(e.type, e.date) for e in r.events] == [("CONSULT", "2023-11-30")]
    r = extract(
        "Serbia invited Hungary to the two-day OSCE meeting starting on Thursday.", published="2023-11-28"
    )
    assert [(e.type, e.date) for e in r.events] == [("AGREE", "2023-11-28"), ("CONSULT", "2023-11-30")]
    # an act told in the present is no gathering: "on Monday" stays the last one
    r = extract("Serbia accuses Kosovo of violating the agreement on Monday.", published="2023-11-28")
    assert [(e.type, e.date) for e in r.events] == [("ACCUSE", "2023-11-27")]


def test_a_gathering_scheduled_to_take_place_is_dated_by_when_it_takes_place(extract: Extract) -> None:
    r = extract(
        "The fourth round of talks between Colombia and Venezuela is scheduled to take place in Caracas"
        " from August 14 to September 4.",
        published="2023-06-10",
    )
    assert [(e.source, e.target, e.date, e.date_end) for e in r.events] == [
        (("COL",), ("VEN",), "2023-08-14", "2023-09-04")
    ]
    assert "dating:held_on" in r.events[0].rules
    r = extract("The summit of BRICS leaders is due to open on Monday.", published="2023-06-10")
    assert [(e.type, e.date) for e in r.events] == [("CONSULT", "2023-06-12")]


def test_an_act_dated_after_publication_has_not_happened_yet(extract: Extract) -> None:
    r = extract(
        "A communique is to be issued after the Peru-Chile summit in Lima on March 12.",
        published="2025-03-03",
    )
    assert [(e.type, e.date, e.status) for e in r.events] == [("CONSULT", "2025-03-12", "planned")]
    assert "records:not_after_publication" in r.events[0].rules
