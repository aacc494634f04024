"""Sub-state and non-state actors on sentences written for these tests:
police, armies, rebels, protesters code to their state with a PLOVER
sector; named armed groups code to their own code and their home state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.extract.actors import agents
from diplograph.extract.actors.discourse import Discourse
from diplograph.extract.actors.phrases import PhraseActors
from diplograph.kb.loader import KnowledgeBase
from diplograph.nlp import Parser
from diplograph.records import Document, DocumentResult, Event
from diplograph.resolve import Resolver

from .conftest import Extract

Phrase = Callable[[str, str], list[tuple[tuple[str, ...], str]]]


def _only(r: DocumentResult, etype: str) -> Event:
    found = [e for e in r.events if e.type == etype]
    assert len(found) == 1, r.events
    return found[0]


def test_named_group_codes_to_itself_and_its_home_state(extract: Extract) -> None:
    e = _only(extract("Hamas fired rockets at Israel on Tuesday."), "ASSAULT")
    assert e.source == ("GRP:HAMAS", "PSE") and e.target == ("ISR",)
    assert e.source_sectors == ("REB", "REB") and e.target_sectors == ("",)


def test_named_group_as_recipient(extract: Extract) -> None:
    e = _only(extract("The United States imposed sanctions on the Wagner Group."), "SANCTION")
    assert e.source == ("USA",) and e.target == ("GRP:WAGNER", "RUS")
    assert e.target_sectors == ("PRM", "PRM")


def test_national_police_is_the_state_with_sector_cop(extract: Extract) -> None:
    e = _only(extract("Israeli police arrested two Palestinians in Jerusalem."), "COERCE")
    assert (e.source, e.target) == (("ISR",), ("PSE",))
    assert e.source_sectors == ("COP",)


def test_forces_in_a_country_are_that_country(extract: Extract) -> None:
    e = _only(extract("Security forces in Guinea have tortured scores of Liberian refugees."), "ASSAULT")
    assert e.source == ("GIN",) and e.source_sectors == ("MIL",)
    assert e.target == ("LBR",) and e.target_sectors == ("REF",)


def test_group_adjective_with_a_sector_noun(extract: Extract) -> None:
    r = extract("Israel accused Hezbollah guerrillas of violating the ceasefire.")
    e = _only(r, "ACCUSE")
    assert e.source == ("ISR",) and e.target == ("GRP:HEZBOLLAH", "LBN")
    assert e.target_sectors == ("REB", "REB")


def test_office_holders_are_their_government(extract: Extract) -> None:
    r = extract("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.")
    e = _only(r, "CONSULT")
    assert e.source_sectors == ("GOV",) and e.target_sectors == ("GOV",)


@pytest.fixture(scope="module")
def phrase(kb: KnowledgeBase, parser: Parser) -> Phrase:
    """The actors of the phrase headed by a word of a one-sentence text."""
    from diplograph.ingest import Extracted, build_document

    def run(text: str, head: str) -> list[tuple[tuple[str, ...], str]]:
        doc = build_document(Extracted(text=text, name="t"), "t.txt", None)
        assert isinstance(doc, Document)
        sent = next(s.doc for s in parser.parse(doc).sentences if s.doc is not None)[:]
        actors = PhraseActors(sent, Resolver(kb), "2024-06-15", Discourse())
        tok = next(t for t in sent if t.text == head)
        return [(it.codes, agents.sector(it.head, kb, it.codes[0])) for it in actors.items(tok)]

    return run


def test_unplaced_group_takes_the_place_the_sentence_is_set_in(phrase: Phrase) -> None:
    got = phrase("Kenyan police arrested twelve protesters in Nairobi on Monday.", "protesters")
    assert got == [(("KEN",), "CVL")]
    got = phrase("Demonstrators in Belgrade demanded new elections.", "Demonstrators")
    assert got == [(("SRB",), "CVL")]


def test_unplaced_group_in_a_sentence_naming_one_state(phrase: Phrase) -> None:
    got = phrase("Turkish police dispersed hundreds of students on Monday.", "students")
    assert got == [(("TUR",), "EDU")]


def test_government_noun_without_a_country_is_not_placed(phrase: Phrase) -> None:
    # "the government" is left to the author and anaphora rules.
    assert phrase("The government met protesters in Nairobi.", "government") == []


def test_force_as_a_means_is_no_actor(phrase: Phrase) -> None:
    # "by force" is how, not who: it does not take the sentence's place.
    assert phrase("In Brussels, the bloc rejected any seizure of power by force in Gabon.", "force") == []
    assert phrase("Russian forces shelled the town.", "forces") != []


def test_domestic_event_police_against_protesters(extract: Extract) -> None:
    e = _only(extract("Kenyan police arrested twelve protesters in Nairobi on Monday."), "COERCE")
    assert (e.source, e.target) == (("KEN",), ("KEN",))
    assert (e.source_sectors, e.target_sectors) == (("COP",), ("CVL",))


@pytest.mark.parametrize(
    "text",
    ["Thousands rallied in Stockholm on Friday.", "Thousands of people rallied in Stockholm on Friday."],
)
def test_a_counted_crowd_is_people_of_the_place_they_are_in(extract: Extract, text: str) -> None:
    e = _only(extract(text), "PROTEST")
    assert (e.source, e.target) == (("SWE",), ("SWE",))
    assert e.source_sectors == ("CVL",)


def test_where_the_reporters_are_is_not_where_the_act_was(extract: Extract) -> None:
    r = extract("Gunmen ambushed Somali troops near the border on Sunday, aid workers in Nairobi said.")
    assert [e for e in r.events if "KEN" in e.source + e.target] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Opposition groups in Kenya are demanding that President Ruto abandon the finance bill.", "REQUEST"),
        ("Kenyan opposition leaders accused the government of rigging the vote.", "ACCUSE"),
    ],
)
def test_a_group_of_a_state_against_its_own_government_is_that_state_on_both_sides(
    extract: Extract, text: str, etype: str
) -> None:
    e = _only(extract(text), etype)
    assert (e.source, e.target) == (("KEN",), ("KEN",))
    assert e.source_sectors == ("OPP",)
