"""International non-governmental organisations (#16) are actors of their
own, with no home state: "Human Rights Watch accused Ethiopia" is an
ACCUSE by the NGO. Sentences written for these tests."""

from __future__ import annotations

from .conftest import Extract, parties


def test_a_rights_group_accuses_a_state(extract: Extract) -> None:
    r = extract("Human Rights Watch accused Ethiopia of blocking food aid to Tigray on Tuesday.")
    assert ("ACCUSE", ("GRP:HRW",), ("ETH",)) in parties(r)


def test_the_red_cross_is_the_icrc(extract: Extract) -> None:
    r = extract("The Red Cross urged Israel to let fuel into Gaza on Friday.")
    assert any(e.type == "REQUEST" and e.source == ("GRP:ICRC",) for e in r.events), r.events


def test_the_permanent_court_of_arbitration_is_an_actor(extract: Extract) -> None:
    r = extract("Beijing rejected the award of the Permanent Court of Arbitration on Tuesday.")
    assert ("REJECT", ("CHN",), ("PCA",)) in parties(r)
