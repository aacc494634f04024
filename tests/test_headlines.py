"""Headlines: one in Title Case is parsed in sentence case, and one that
names no day restates the story's lead, whose day dates it (#16). The
texts are our own."""

from __future__ import annotations

from diplograph.nlp.casing import is_title_case, sentence_case

from .conftest import Extract


def test_a_title_case_headline_is_read_as_a_sentence(extract: Extract) -> None:
    r = extract("Peru Recalls Ambassador From Mexico Over Border Dispute", published="2022-03-19")
    assert [(e.type, e.source, e.target, e.trigger) for e in r.events] == [
        ("SANCTION", ("PER",), ("MEX",), "Recalls")  # the record keeps the headline's own spelling
    ]
    # a sentence full of titles and names is no headline: its verb is small
    r = extract(
        "President Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister Giorgia Meloni met"
        " Volodymyr Zelensky in Kyiv."
    )
    assert [(e.type, e.source, e.target) for e in r.events] == [("CONSULT", ("FRA", "DEU", "ITA"), ("UKR",))]


def test_sentence_case_keeps_names_acronyms_and_offsets() -> None:
    text = "US Envoy Meets Kim Jong Un In Pyongyang For Nuclear Talks"
    names = [(15, 26), (30, 39)]  # "Kim Jong Un", "Pyongyang"
    assert is_title_case(text, names)
    cased = sentence_case(text, names)
    assert cased == "US envoy meets Kim Jong Un in Pyongyang for nuclear talks"
    assert len(cased) == len(text)
    assert not is_title_case("Japan and India signed a defence pact on Monday.", [(0, 5), (10, 15)])
    assert not is_title_case("Foreign Minister Wang Yi Met Kenyan Officials In Nairobi.", [])


def test_each_part_of_a_hyphenated_headline_word_is_cased(extract: Extract) -> None:
    text = "US-Led Coalition Launches Fresh Strikes On Houthi Targets In Yemen"
    assert sentence_case(text, [(0, 2), (43, 49), (61, 66)]) == (
        "US-led coalition launches fresh strikes on Houthi targets in Yemen"
    )
    r = extract(
        "Saudi Arabia Formally Re-Establishes Diplomatic Ties With Iran After Long Rift",
        published="2023-06-06",
    )
    assert [(e.type, e.source, e.target) for e in r.events] == [("SUPPORT", ("SAU",), ("IRN",))]


def test_a_headline_without_a_day_takes_the_day_the_story_gives_its_act(extract: Extract) -> None:
    r = extract(
        "Japan and India sign a defence pact\n\nOn Monday, Japan and India signed a defence pact in Tokyo.",
        published="2024-06-12",
    )
    assert [(e.type, e.date) for e in r.events] == [("SUPPORT", "2024-06-10"), ("SUPPORT", "2024-06-10")]
    assert "records:headline_restated" in r.events[0].rules
    # an older act of the same kind is another act
    r = extract(
        "Japan and India sign a defence pact\n\nJapan and India signed a defence pact in 2019.",
        published="2024-06-12",
    )
    assert [(e.type, e.date) for e in r.events] == [("SUPPORT", "2024-06-12"), ("SUPPORT", "2019")]
    # a lead sentence is no headline: an act it tells undated is its own
    r = extract(
        "Russia launched missiles at Kyiv, killing five people.\n\n"
        "Russian forces had also struck Kyiv on Tuesday.",
        published="2024-06-15",
    )
    assert ("ASSAULT", "2024-06-15") in [(e.type, e.date) for e in r.events]
