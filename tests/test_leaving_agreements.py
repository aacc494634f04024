"""Leaving an agreement is SANCTION (the coding conventions: "leaving or
suspending an agreement is SANCTION"), and the possessor of a noun with an
infinitive does what it says ("Moscow's decision to quit the deal").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Extract, typed


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Washington withdrew from the nuclear deal with Iran in May 2018.", ("USA",), ("IRN",)),
        # a deal of many parties: the one who leaves is the only side
        ("Moscow quit the grain deal on Monday.", ("RUS",), ()),
        ("Russia pulled out of the Black Sea grain deal on Monday.", ("RUS",), ()),
        ("Markets fell after Russia's withdrawal from the grain deal on Monday.", ("RUS",), ()),
    ],
)
def test_leaving_an_agreement_is_sanction_withdraw(
    extract: Extract, text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    r = extract(text)
    assert typed(r) == [("SANCTION", "withdraw", source, target)]
    assert r.events[0].rules[0].endswith(("leave.agreement", "withdraw.agreement", "withdrawal.agreement"))


def test_withdrawing_an_envoy_is_still_an_expulsion_not_leaving_a_deal(extract: Extract) -> None:
    assert typed(extract("Mali withdrew its ambassador from France on Monday.")) == [
        ("SANCTION", "expel", ("MLI",), ("FRA",))
    ]


def test_the_possessor_of_a_decision_does_what_was_decided(extract: Extract) -> None:
    r = extract("Critics condemned Moscow's decision to quit the grain deal on Monday.")
    assert ("SANCTION", "withdraw", ("RUS",), ()) in typed(r)


def test_the_possessor_of_a_demand_is_not_the_one_who_is_to_act(extract: Extract) -> None:
    # Ethiopia demands; who is to withdraw is not said
    r = extract("Kenya ignored Ethiopia's demand to withdraw from the border agreement.")
    assert [e for e in r.events if e.type == "SANCTION"] == []


def test_the_of_phrase_of_a_decision_is_the_one_who_decided(extract: Extract) -> None:
    r = extract("Tehran condemned the decision of the EU to impose sanctions on Iranian officials.")
    assert ("SANCTION", "discontinue", ("EU",), ("IRN",)) in typed(r)


def test_a_participle_that_carries_out_the_act_lends_it_its_doer(extract: Extract) -> None:
    r = extract("Tehran said the sanctions imposed by the US against Iranian officials were futile.")
    assert ("SANCTION", "discontinue", ("USA",), ("IRN",)) in typed(r)
    # promising aid is no delivery of it
    r = extract("Kenya praised the aid promised by Japan to Somalia.")
    assert [e.type for e in r.events] == ["AGREE"]


def test_a_measure_named_as_the_setting_is_not_done_by_the_clause_subject(extract: Extract) -> None:
    r = extract(
        "Central Asia has regained weight amid the sanctions imposed on Russia over its invasion "
        "of Ukraine on 24 February 2022."
    )
    assert [e for e in r.events if e.type == "SANCTION"] == []
