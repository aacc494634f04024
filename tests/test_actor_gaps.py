"""Actor gaps found on the training news (#16): ships, boats and guards
that a nationality names; a named group beside its home state; peace
operations and unrecognised authorities in the knowledge base; "its
nationals" in a clause about holding or freeing them. Sentences written
for these tests."""

from __future__ import annotations

from .conftest import Extract, parties


def test_a_ship_or_guard_stands_for_the_state_its_adjective_names(extract: Extract) -> None:
    r = extract("A Greek coast guard vessel rammed a Turkish fishing boat near Lesbos on Friday.")
    assert ("ASSAULT", ("GRC",), ("TUR",)) in parties(r)


def test_a_group_named_beside_its_home_state_is_the_group(extract: Extract) -> None:
    r = extract("Lebanon's Hezbollah fighters fired rockets at Israel on Tuesday.")
    assert ("ASSAULT", ("GRP:HEZBOLLAH", "LBN"), ("ISR",)) in parties(r)


def test_a_peace_operation_codes_to_the_organisation_that_leads_it(extract: Extract) -> None:
    r = extract("NATO-led KFOR troops clashed with masked protesters in Zvecan on Monday.")
    assert any(e.type == "ASSAULT" and e.source == ("NATO",) for e in r.events), r.events


def test_unrecognised_authorities_code_beside_the_recognised_state(extract: Extract) -> None:
    r = extract("Azerbaijan shelled positions of the Artsakh Defence Army on Tuesday.")
    assert any(e.type == "ASSAULT" and "GRP:ARTSAKH" in e.target for e in r.events), r.events


def test_its_nationals_held_by_another_state_are_the_speakers(extract: Extract) -> None:
    r = extract("Canada said Beijing had detained two of its citizens last week.")
    assert ("COERCE", ("CHN",), ("CAN",)) in parties(r)


def test_a_statement_is_its_issuers(extract: Extract) -> None:
    r = extract("Egypt's foreign ministry issued a statement urging Ethiopia to halt the filling of the dam.")
    assert ("REQUEST", ("EGY",), ("ETH",)) in parties(r)


def test_taiwans_office_holders_code_to_taiwan(extract: Extract) -> None:
    r = extract(
        "Beijing sharply criticised Tsai Ing-wen on Monday for her transit stop in New York.", "2019-07-15"
    )
    assert ("ACCUSE", ("CHN",), ("TWN",)) in parties(r)


def test_it_in_a_reported_clause_is_the_speaker(extract: Extract) -> None:
    r = extract(
        "Egypt's foreign ministry, answering a statement from Ethiopia, "
        "said it would retaliate against Addis Ababa."
    )
    assert ("THREATEN", ("EGY",), ("ETH",)) in parties(r)
