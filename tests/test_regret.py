"""Regretting another's act is disapproval (PLOVER ACCUSE), as expressing
regret over it is; regretting one's own or no one's act is no charge
(#16). Sentences written for these tests."""

from __future__ import annotations

from .conftest import Extract


def test_regretting_anothers_decision_is_a_charge(extract: Extract) -> None:
    r = extract(
        "Chile deeply regretted Peru's decision to close the border on Monday.", published="2024-06-12"
    )
    assert [(e.type, e.mode, e.source, e.target) for e in r.events] == [
        ("ACCUSE", "disapprove", ("CHL",), ("PER",))
    ]


def test_regretting_ones_own_or_no_ones_act_is_no_charge(extract: Extract) -> None:
    assert extract("Russia regretted its decision on Monday.", published="2024-06-12").events == []
    r = extract("Chile said on Monday that it deeply regretted the decision.", published="2024-06-12")
    assert r.events == []
