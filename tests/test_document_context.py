"""Reading the whole document, continued: a side a sentence names only by a
body's or a text's head noun ("the council", "the statement"), or leaves
out because the story is about two parties. Documents written for these
tests."""

from __future__ import annotations

from .conftest import Extract, events_of


def test_a_body_named_again_by_its_head_noun_is_that_body(extract: Extract) -> None:
    r = extract(
        "The UN Security Council met in New York on Monday. "
        "The council condemned Pyongyang's latest missile launch.",
        published="2025-03-05",
    )
    charges = [e for e in r.events if e.type == "ACCUSE"]
    assert [(e.source, e.target) for e in charges] == [(("UNSC",), ("PRK",))]
    assert "actors:named_again" in charges[0].rules


def test_a_statement_named_again_is_its_issuers(extract: Extract) -> None:
    r = extract(
        "Nepal's foreign ministry said in a statement on Monday that it had recalled its ambassador "
        "from Delhi. The statement also accused India of meddling in the election.",
        published="2025-03-05",
    )
    charges = [e for e in r.events if e.type == "ACCUSE"]
    assert [(e.source, e.target) for e in charges] == [(("NPL",), ("IND",))]
    assert "actors:named_again" in charges[0].rules


def test_a_text_is_not_the_one_who_blocked_it_and_a_new_one_is_no_one(extract: Extract) -> None:
    # Vetoing a resolution is not issuing it.
    r = extract(
        "Moscow vetoed a resolution at the UN on Friday. The resolution condemned the seizure of the port.",
        published="2025-03-05",
    )
    assert [e for e in r.events if e.type == "ACCUSE"] == []
    # "a statement" is another one, not the one named before.
    r = extract(
        "Nepal's foreign ministry said in a statement on Monday that it had recalled its ambassador "
        "from Delhi. A statement on Tuesday accused India of meddling in the election.",
        published="2025-03-05",
    )
    assert [e for e in r.events if e.type == "ACCUSE"] == []


def test_a_measure_by_one_of_the_two_parties_is_aimed_at_the_other(extract: Extract) -> None:
    r = extract(
        "Thailand and Cambodia traded accusations over the border clash on Monday. "
        "On Tuesday Thailand recalled its ambassador.",
        published="2025-03-05",
    )
    measures = [e for e in r.events if e.type == "SANCTION"]
    assert [(e.source, e.target) for e in measures] == [(("THA",), ("KHM",))]
    assert "sides:measure_on_pair" in measures[0].rules
    # a third party's measure names no target of the pair's
    r = extract(
        "Thailand and Cambodia traded accusations over the border clash on Monday. "
        "On Tuesday Japan recalled its ambassador.",
        published="2025-03-05",
    )
    assert events_of(r, "SANCTION") == []


def test_a_states_body_named_again_is_that_states_and_after_two_no_ones(extract: Extract) -> None:
    r = extract(
        "Sudan's army attacked rebel positions on Monday. On Tuesday the army shelled a Chadian border post.",
        published="2025-03-05",
    )
    assaults = [e for e in r.events if e.type == "ASSAULT"]
    assert [(e.source, e.target) for e in assaults] == [(("SDN",), ("TCD",))]
    assert "actors:named_again" in assaults[0].rules
    # two states' armies named: "the army" could be either
    r = extract(
        "Sudan's army and Chad's army clashed on the border on Monday. "
        "On Tuesday the army accused Egypt of arming the rebels.",
        published="2025-03-05",
    )
    assert events_of(r, "ACCUSE") == []


def test_a_measure_also_taken_by_another_is_aimed_where_the_last_was(extract: Extract) -> None:
    r = extract(
        "The African Union suspended Sudan on Monday. The World Bank has also suspended its funding.",
        published="2025-03-05",
    )
    measures = [e for e in r.events if e.source == ("WB",)]
    assert [(e.type, e.target) for e in measures] == [("SANCTION", ("SDN",))]
    assert "sides:measure_on_pair" in measures[0].rules
    # without "also" the bank's measure names no target
    r = extract(
        "The African Union suspended Sudan on Monday. The World Bank has suspended its funding.",
        published="2025-03-05",
    )
    assert [e for e in r.events if e.source == ("WB",)] == []


def test_in_a_ministrys_own_statement_the_government_stays_its_own(extract: Extract) -> None:
    r = extract(
        "Kenya's government protested the arrests on Monday. "
        "The government accused Togo of harbouring rebels on Tuesday.",
        publisher="Ministry of Foreign Affairs of Ghana",
    )
    charges = [e for e in r.events if e.target == ("TGO",)]
    assert [e.source for e in charges] == [("GHA",)]
