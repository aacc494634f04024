"""Stated money figures, in sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Extract


def figures(r) -> list[tuple[str, tuple[str, ...], float, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(f.metric, tuple(sorted(f.actors)), f.value, f.unit, f.period) for f in r.figures]


def test_trade_between_two_states_with_year(extract: Extract) -> None:
    r = extract("Trade between India and Russia reached $65.7 billion in 2023.", published="2024-04-01")
    assert figures(r) == [("trade", ("IND", "RUS"), 65.7e9, "USD", "2023")]


@pytest.mark.parametrize(
    ("amount", "value", "unit"),
    [
        ("$18 bln", 18e9, "USD"),
        ("$23bn", 23e9, "USD"),
        ("3 trillion yen", 3e12, "JPY"),
        ("€4.5 million", 4.5e6, "EUR"),
        ("200 billion US dollars", 200e9, "USD"),
    ],
)
def test_amount_forms(extract: Extract, amount: str, value: float, unit: str) -> None:
    r = extract(f"Trade between Japan and Vietnam was {amount} last year.", published="2024-04-01")
    assert figures(r) == [("trade", ("JPN", "VNM"), value, unit, "2023")]


def test_quantities_are_not_money(extract: Extract) -> None:
    r = extract("Kazakhstan exported 25,000-50,000 tonnes of grain to Afghanistan in 2023.")
    assert r.figures == []


def test_debt_cancelled_to_a_region(extract: Extract) -> None:
    r = extract("China forgave Africa $3 billion in debt in 2018.", published="2019-01-01")
    assert figures(r) == [("debt_cancelled", ("CHN", "M49:002"), 3e9, "USD", "2018")]


def test_range_from_to_keeps_the_latest_and_period_range(extract: Extract) -> None:
    r = extract(
        "From January to November 2023, trade between Turkey and Iran grew from $4 billion to $6 billion.",
        published="2024-01-15",
    )
    assert figures(r) == [("trade", ("IRN", "TUR"), 6e9, "USD", "2023-01/2023-11")]


def test_a_following_figure_continues_the_counterpart(extract: Extract) -> None:
    r = extract(
        "China's trade with Southeast Asia reached $900 billion in 2023. Japan followed, with "
        "a turnover of $250 billion.",
        published="2024-03-01",
    )
    assert figures(r) == [
        ("trade", ("CHN", "M49:035"), 900e9, "USD", "2023"),
        ("trade", ("JPN", "M49:035"), 250e9, "USD", "2023"),
    ]


def test_aid_figure(extract: Extract) -> None:
    r = extract("Japan provided $500 million in aid to Ukraine in 2023.", published="2024-02-01")
    assert figures(r) == [("aid", ("JPN", "UKR"), 500e6, "USD", "2023")]


def test_aid_promised_to_a_recipient_with_us_dollars(extract: Extract) -> None:
    # The giver is the subject of the verb that governs "provide"; the
    # recipient is the object of "to".
    r = extract(
        "Canada has decided to provide further assistance to Moldova of 300 million U.S. dollars.",
        published="2024-03-01",
    )
    assert figures(r) == [("aid", ("CAN", "MDA"), 300e6, "USD", None)]
    r = extract("Norway is ready to provide a total of 2 billion dollars to Ukraine.")
    assert figures(r) == [("aid", ("NOR", "UKR"), 2e9, "USD", None)]


def test_mutual_trade_with_no_states_named_is_the_pair_just_met(extract: Extract) -> None:
    r = extract(
        "Aliyev held talks with Tokayev in Astana on 5 May. The volume of mutual trade reached "
        "$500 million last year.",
        published="2024-05-06",
    )
    assert figures(r) == [("trade", ("AZE", "KAZ"), 500e6, "USD", "2023")]


def status_of(r) -> list[tuple[float, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(f.value, f.period, f.status) for f in r.figures]


@pytest.mark.parametrize(
    "text",
    [
        "India and Brazil aim to raise bilateral trade to $30 billion by 2030.",
        "Trade between India and Brazil should reach $30bn by 2030.",
        "Trade between India and Brazil is expected to hit $30 billion in 2030.",
        "Trade between India and Brazil will reach $30 billion.",
        "India and Brazil set a target of raising their trade to $30 billion.",
    ],
)
def test_a_target_is_planned_not_a_level_reached(extract: Extract, text: str) -> None:
    r = extract(text, published="2025-05-14")
    assert [(f.metric, f.status) for f in r.figures] == [("trade", "planned")]
    assert r.figures[0].rules[-1].startswith("figures:")


def test_a_level_reached_and_a_target_in_one_sentence_keep_their_own_periods(extract: Extract) -> None:
    r = extract(
        "Trade between India and Brazil reached $15 billion in 2024, and the two sides target "
        "$30 billion by 2030.",
        published="2025-05-14",
    )
    assert status_of(r) == [(15e9, "2024", "occurred"), (30e9, "2030", "planned")]


def test_a_period_still_to_come_makes_a_figure_planned(extract: Extract) -> None:
    r = extract("Japan's aid to Sri Lanka amounts to $2 billion in 2027.", published="2025-05-14")
    assert status_of(r) == [(2e9, "2027", "planned")]
    assert r.figures[0].rules[-1] == "figures:period_ahead"
    # a deadline already past is a level reached
    r = extract("Trade between Kenya and Uganda grew to $2 billion by 2024.", published="2025-05-14")
    assert status_of(r) == [(2e9, "2024", "occurred")]


def test_a_pledge_is_made_and_its_sum_is_no_target(extract: Extract) -> None:
    r = extract("Japan pledged $2 billion in aid to Sri Lanka on Monday.", published="2025-05-14")
    assert status_of(r) == [(2e9, "2025-05-12", "occurred")]
