"""Spokespeople (#16): "a spokeswoman for the foreign ministry" speaks for
the ministry's state, and "the spokesman", once a story has named one
actor's spokesman, is that actor's; a rebel group's spokesman is the
group's. Sentences written for these tests."""

from __future__ import annotations

from diplograph.kb.loader import KnowledgeBase
from diplograph.resolve.titles import DocumentOffices

from .conftest import Extract, parties


def test_a_spokesman_for_a_body_speaks_for_its_state(extract: Extract) -> None:
    r = extract("A spokesman for the Iraqi Foreign Ministry condemned Turkey on Sunday.")
    assert ("ACCUSE", ("IRQ",), ("TUR",)) in parties(r)
    # The record says the speaker's state came through the "for" phrase.
    assert all("actors:spokesperson_for" in e.rules for e in r.events if e.source == ("IRQ",))


def test_an_envoy_for_a_country_is_not_that_countrys(extract: Extract) -> None:
    r = extract("The envoy for Syria accused Turkey of shelling villages on Sunday.")
    assert not any(e.source == ("SYR",) for e in r.events), r.events


def test_the_spokesman_is_the_one_the_story_named(extract: Extract) -> None:
    r = extract(
        "The Houthi spokesman, Yahya Saree, accused Israel of genocide on Monday.\n"
        "The spokesman also accused Britain of piracy."
    )
    assert ("ACCUSE", ("GRP:HOUTHIS", "YEM"), ("GBR",)) in parties(r)


def test_a_ministrys_spokesman_is_a_spokesman(kb: KnowledgeBase) -> None:
    offices = DocumentOffices(kb, "2025-03-01")
    offices.note_title("foreign ministry spokesperson", ("CHN",))
    assert offices.holder("spokeswoman") == ("CHN",)
    assert offices.holder("deputy minister") == ()  # only spokespeople keep their role whatever precedes


def test_two_spokesmen_leave_the_spokesman_unresolved(kb: KnowledgeBase) -> None:
    offices = DocumentOffices(kb, "2025-03-01")
    offices.note_title("spokesman", ("RUS",))
    offices.note_title("army spokesman", ("UKR",))
    assert offices.holder("spokesman") == ()
