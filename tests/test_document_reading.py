"""Reading the whole document: what a sentence leaves unsaid that the text
around it settles (a bare title of office, a quote's speaker, the parties of
"the summit" or "the agreement", the story's time). Documents written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import Extract, events_of, parties


def test_a_bare_title_is_the_state_whose_holder_the_document_named(extract: Extract) -> None:
    r = extract(
        "Zambia's foreign minister arrived in Accra on Sunday. "
        "The foreign minister criticised Israel on Monday.",
        published="2025-03-05",
    )
    assert events_of(r, "ACCUSE") == [("ACCUSE", ("ZMB",), ("ISR",), "2025-03-03", "occurred")]
    assert "actors:bare_title" in r.events[-1].rules
    # "Minister Tembo": a title before an unknown name
    r = extract(
        "Zambia's foreign minister arrived in Accra on Sunday. Minister Tembo criticised Israel on Monday.",
        published="2025-03-05",
    )
    assert events_of(r, "ACCUSE") == [("ACCUSE", ("ZMB",), ("ISR",), "2025-03-03", "occurred")]
    # named by name, in office on the date
    r = extract(
        "Abbas Araghchi arrived in Muscat on Sunday. The minister criticised Israel on Monday.",
        published="2025-03-05",
    )
    assert events_of(r, "ACCUSE") == [("ACCUSE", ("IRN",), ("ISR",), "2025-03-03", "occurred")]


def test_a_bare_title_after_two_states_holders_is_no_one(extract: Extract) -> None:
    r = extract(
        "The foreign ministers of Zambia and Ghana met in Accra on Sunday. "
        "The foreign minister criticised Israel on Monday.",
        published="2025-03-05",
    )
    assert events_of(r, "ACCUSE") == []
    # another office's holder says nothing of this one
    r = extract(
        "Zambia's foreign minister arrived in Accra on Sunday. The president criticised Israel on Monday.",
        published="2025-03-05",
    )
    assert events_of(r, "ACCUSE") == []


def test_a_holder_named_later_in_the_sentence_does_not_count_for_the_title_before_him(
    extract: Extract,
) -> None:
    r = extract(
        "Iran's foreign minister arrived in Muscat on Sunday. "
        "The foreign minister held talks with Oman's foreign minister on Monday.",
        published="2025-03-05",
    )
    assert ("CONSULT", ("IRN",), ("OMN",), "2025-03-03", "occurred") in events_of(r)


def test_the_first_person_in_a_quotation_is_its_speaker(extract: Extract) -> None:
    pub = "2024-06-12"
    r = extract('"We will send grain to Ghana and Togo," Putin told reporters on Monday.', published=pub)
    assert events_of(r) == [("AGREE", ("RUS",), ("GHA", "TGO"), "2024-06-10", "planned")]
    assert "actors:quote_speaker" in r.events[0].rules
    r = extract('"My government condemns Kenya\'s decision," the Ugandan president said.', published=pub)
    assert events_of(r) == [("ACCUSE", ("UGA",), ("KEN",), "2024-06-12", "occurred")]
    # a quotation with no attribution continues the speaker of the one before it
    r = extract(
        '"We are ready for talks," Zelensky said on Monday. "We will meet Russia in Geneva."',
        published="2024-06-12",
    )
    assert events_of(r) == [("AGREE", ("UKR",), ("RUS",), "2024-06-10", "planned")]


def test_a_quotation_with_no_speaker_named_gives_its_first_person_no_one(extract: Extract) -> None:
    r = extract('"We will send grain to Ghana," a spokesman said on Monday.', published="2024-06-12")
    assert events_of(r) == []
    # after the narrative moves on, an unattributed quotation is no one's
    r = extract(
        '"We are ready for talks," Zelensky said on Monday. Fighting went on in the east. '
        '"We will meet Russia in Geneva."',
        published="2024-06-12",
    )
    assert events_of(r) == []


def test_saying_that_someones_act_is_a_disparaging_thing_accuses_them(extract: Extract) -> None:
    pub = "2024-06-12"
    r = extract('"Kosovo\'s demands are blackmail," the Serbian ministry said on Monday.', published=pub)
    assert events_of(r) == [("ACCUSE", ("SRB",), ("XKX",), "2024-06-10", "occurred")]
    assert r.events[0].rules[0] == "lexicon:events.yaml#accuse.said"
    r = extract("Ghana said on Monday that Togo's new border rules were illegal.", published=pub)
    assert events_of(r) == [("ACCUSE", ("GHA",), ("TGO",), "2024-06-10", "occurred")]
    # what is praised is no charge
    assert extract("Ghana said on Monday that Togo's new border rules were fair.", published=pub).events == []


def test_a_charge_naming_no_one_by_the_target_of_the_last_act_answers_its_doer(extract: Extract) -> None:
    pub = "2024-06-12"
    r = extract(
        "Kosovo demanded on Monday that Serbia withdraw its police. "
        '"This is blackmail," the Serbian ministry said.',
        published=pub,
    )
    assert events_of(r) == [
        ("REQUEST", ("XKX",), ("SRB",), "2024-06-10", "occurred"),
        ("ACCUSE", ("SRB",), ("XKX",), "2024-06-10", "occurred"),
    ]
    assert "sides:reply_to_act" in r.events[1].rules
    # a third party's charge says nothing of whom it is aimed at
    r = extract(
        "Kosovo demanded on Monday that Serbia withdraw its police. "
        '"This is blackmail," the Albanian ministry said.',
        published=pub,
    )
    assert [e.type for e in r.events] == ["REQUEST"]


def test_a_speakers_will_not_is_a_refusal_but_a_reporters_is_a_plan(extract: Extract) -> None:
    pub = "2024-06-12"
    r = extract('"We will not sign the declaration with Ukraine," Orban said on Monday.', published=pub)
    assert events_of(r) == [("REJECT", ("HUN",), ("UKR",), "2024-06-10", "occurred")]
    assert "events:refusal_ahead_is_reject" in r.events[0].rules
    r = extract("Orban will not sign the declaration with Ukraine.", published=pub)
    assert [(e.type, e.status) for e in r.events] == [("SUPPORT", "negated")]


def test_a_periods_end_or_a_deadline_is_not_the_events_date(extract: Extract) -> None:
    pub = "2024-06-12"  # a Wednesday
    r = extract(
        "Belgrade said on Monday it would freeze the talks with Pristina until the end of 2027.",
        published=pub,
    )
    assert [(e.source, e.target, e.date) for e in r.events] == [(("SRB",), ("XKX",), "2024-06-10")]
    assert {"dating:date_of_saying", "dating:period_end"} <= set(r.events[0].rules)
    # a plan dated only by its deadline is dated by the day it was announced
    r = extract("Kenya will sign a trade agreement with Ethiopia by 2030.", published=pub)
    assert [(e.type, e.date) for e in r.events] == [("AGREE", "2024-06-12")]
    assert "dating:period_end" in r.events[0].rules


_SIGNED = "Argentina, Brazil, Paraguay and Uruguay signed a customs agreement with the EU on Friday. "


def test_a_summit_naming_none_of_its_parties_is_the_documents_last_group(extract: Extract) -> None:
    pub = "2024-12-10"
    r = extract(
        _SIGNED + "The Commission's president announced the deal at a summit in Montevideo.", published=pub
    )
    summits = [(e.type, e.mode, e.source, e.date) for e in r.events if e.trigger == "summit"]
    assert summits == [("CONSULT", "multilateral", ("ARG", "BRA", "PRY", "URY", "EU"), "2024-12-06")]
    assert "sides:summit_of_the_document" in r.events[-1].rules
    # not a summit to come, nor one where someone outside the group speaks
    r = extract(_SIGNED + "Another summit will be held in Lima next year.", published=pub)
    assert [e.type for e in r.events] == ["SUPPORT"]
    r = extract(_SIGNED + "Chile's president spoke at a summit in Lima on Saturday.", published=pub)
    assert [e.type for e in r.events] == ["SUPPORT"]


def test_a_summit_named_by_a_small_regions_adjective_is_its_states(extract: Extract) -> None:
    r = extract("The Central Asian summit was held in Dushanbe on Friday.", published="2024-12-10")
    assert [(e.type, e.source) for e in r.events] == [("CONSULT", ("KAZ", "KGZ", "TJK", "TKM", "UZB"))]
    assert "actors:regional_summit" in r.events[0].rules
    # a region of more than ten states stays the region
    r = extract("The African summit was held in Addis Ababa on Friday.", published="2024-12-10")
    assert all("actors:regional_summit" not in e.rules for e in r.events)


def test_the_deal_is_the_agreement_named_before_and_binds_its_parties(extract: Extract) -> None:
    pub = "2024-06-12"
    r = extract(
        "Serbia and Kosovo signed an agreement on Monday. Croatia rejected the agreement on Tuesday.",
        published=pub,
    )
    assert events_of(r, "REJECT") == [("REJECT", ("HRV",), ("SRB", "XKX"), "2024-06-11", "occurred")]
    assert "actors:agreement_parties" in r.events[-1].rules
    r = extract(
        "Russia and Ukraine agreed on a truce on Monday. The EU welcomed the truce on Tuesday.", published=pub
    )
    assert events_of(r, "SUPPORT") == [("SUPPORT", ("EU",), ("RUS", "UKR"), "2024-06-11", "occurred")]
    # with no agreement named before, "the agreement" is no one's
    assert extract("Croatia rejected the agreement on Tuesday.", published=pub).events == []


def test_two_parties_agreeing_reach_the_agreement_a_later_mention_names(extract: Extract) -> None:
    pub = "2024-06-12"
    r = extract(
        "Ghana and Togo agreed on Monday to reopen their border. "
        "The African Union praised the agreement on Tuesday.",
        published=pub,
    )
    assert events_of(r, "SUPPORT") == [("SUPPORT", ("AU",), ("GHA", "TGO"), "2024-06-11", "occurred")]
    assert "actors:agreement_parties" in next(e for e in r.events if e.type == "SUPPORT").rules
    # a promise is no agreement: "the agreement" after it is still no one's
    r = extract(
        "Japan promised new aid to Ukraine on Monday. The African Union praised the agreement on Tuesday.",
        published=pub,
    )
    assert events_of(r, "SUPPORT") == []


def test_a_flashback_keeps_its_date_until_the_text_returns_to_the_story(extract: Extract) -> None:
    pub = "2024-06-12"
    r = extract(
        "In 2022, Ankara vetoed Sweden's bid to join NATO. It also blocked Finland's application. "
        "On Monday, Turkey criticised Sweden.",
        published=pub,
    )
    assert [(e.type, e.target, e.date) for e in r.events] == [
        ("REJECT", ("SWE",), "2022"),
        ("REJECT", ("FIN",), "2022"),
        ("ACCUSE", ("SWE",), "2024-06-10"),
    ]
    assert "dating:flashback" in r.events[1].rules
    # the definite plural after the scene-setting sentence stays in 2022 too
    r = extract(
        "In 2022, Sweden and Finland applied to join NATO. Ankara vetoed the northern countries' accession.",
        published=pub,
    )
    assert [(e.type, e.date) for e in r.events] == [("REJECT", "2022")]
    # a new paragraph returns to the story's time
    r = extract(
        "In 2022, Sweden and Finland applied to join NATO.\n\nTurkey criticised Sweden.", published=pub
    )
    assert [(e.type, e.date) for e in r.events] == [("ACCUSE", "2024-06-12")]


def test_an_event_named_again_is_the_event_recorded_before(extract: Extract) -> None:
    pub = "2025-02-14"
    r = extract(
        "Canada imposed sanctions on Venezuela on Monday. "
        "Officials in Caracas said the sanctions would hurt the country's oil workers.",
        published=pub,
    )
    got = events_of(r, "SANCTION")
    assert got == [("SANCTION", ("CAN",), ("VEN",), "2025-02-10", "occurred")] * 2
    assert "sides:earlier_event" in r.events[-1].rules
    # the same word, a verb first: the noun's date is the attack's, not the story's
    r = extract(
        "Russian drones attacked Kharkiv on 3 February. "
        "Ukraine said on Thursday the attack damaged a hospital.",
        published=pub,
    )
    assert events_of(r, "ASSAULT") == [("ASSAULT", ("RUS",), ("UKR",), "2025-02-03", "occurred")] * 2
    # "the new sanctions" are other sanctions (another word of the type:
    # tests/test_named_again_by_another_word.py)
    r = extract(
        "Canada imposed sanctions on Venezuela on Monday. "
        "Officials in Caracas said the new sanctions would hurt the country.",
        published=pub,
    )
    assert all("sides:earlier_event" not in e.rules for e in r.events)


def test_the_same_doers_next_sanction_naming_no_one_is_aimed_where_its_charge_was(extract: Extract) -> None:
    pub = "2024-06-14"
    r = extract(
        "Britain condemned Iran's nuclear programme on Monday. On Tuesday it expelled two diplomats.",
        published=pub,
    )
    assert events_of(r, "SANCTION") == [("SANCTION", ("GBR",), ("IRN",), "2024-06-11", "occurred")]
    assert "sides:continued_charge" in r.events[-1].rules
    # another doer's sanction says nothing of whom it is aimed at
    r = extract(
        "Britain condemned Iran's nuclear programme on Monday. On Tuesday Germany expelled two diplomats.",
        published=pub,
    )
    assert events_of(r, "SANCTION") == []


def test_an_agentless_passive_in_what_an_actor_reports_is_that_actors_act(extract: Extract) -> None:
    # the reporting verb governs the clause, or stands beside the quotation
    for text in (
        "Kenya said on Tuesday that two Somali diplomats had been expelled.",
        "'Two Somali diplomats have been expelled,' the Kenyan foreign ministry said on Tuesday.",
    ):
        r = extract(text, published="2025-02-14")
        assert parties(r) == [("SANCTION", ("KEN",), ("SOM",))]
        assert "actors:passive_reporter" in r.events[0].rules
    # one who reports a measure taken against itself did not take it
    r = extract(
        "Somalia said on Tuesday that two of its diplomats had been expelled.", published="2025-02-14"
    )
    assert r.events == []


def test_a_denial_answers_the_charge_against_the_one_who_denies(extract: Extract) -> None:
    r = extract(
        "Armenia accused Azerbaijan on Monday of shelling a border village. Baku denied the charge.",
        published="2025-02-14",
    )
    assert parties(r) == [
        ("ACCUSE", ("ARM",), ("AZE",)),
        ("REJECT", ("AZE",), ("ARM",)),
    ]
    assert "sides:denial_answers_charge" in r.events[1].rules
    # with no charge against it in the document, a denial has no one to answer
    r = extract(
        "Armenia accused Azerbaijan on Monday of shelling a border village. Georgia denied the charge.",
        published="2025-02-14",
    )
    assert [e.type for e in r.events] == ["ACCUSE"]
    # a refusal that is no denial answers no charge
    r = extract(
        "Armenia accused Azerbaijan on Monday of shelling a border village. Baku rejected the offer.",
        published="2025-02-14",
    )
    assert [e.type for e in r.events] == ["ACCUSE"]


def test_an_agreement_named_again_by_another_word_is_the_one_recorded(extract: Extract) -> None:
    r = extract(
        "Russia and the African Union agreed on Monday to expand their trade. "
        "It was also agreed to hold the summit every three years.",
        published="2025-02-14",
    )
    assert [(e.type, e.source, e.target, e.status) for e in r.events] == [
        ("AGREE", ("RUS",), ("AU",), "occurred"),
        ("AGREE", ("RUS",), ("AU",), "planned"),
    ]
    assert "sides:earlier_event" in r.events[1].rules


def test_a_warning_is_aimed_at_the_one_whose_act_is_the_condition_of_what_it_says(extract: Extract) -> None:
    r = extract(
        "Russia warned on Monday that further measures could follow if Britain expelled more diplomats.",
        published="2025-02-14",
    )
    assert parties(r) == [("THREATEN", ("RUS",), ("GBR",))]
    assert "sides:threat_condition" in r.events[0].rules
    # a condition no actor fulfils names no target: the warning stays one-sided and is dropped
    r = extract("Russia warned on Monday that further measures could follow if the talks failed.")
    assert r.events == []


def test_they_in_the_clause_an_actor_reports_is_that_actors_side(extract: Extract) -> None:
    # not the previous sentence's subject
    for speaker in ("Iran", "A senior Iranian commander", "An adviser to the leader of Iran"):
        r = extract(
            "Iraq's parliament voted on Sunday to expel foreign troops. "
            f"{speaker} vowed on Monday that they would strike American bases.",
            published="2025-02-14",
        )
        assert parties(r)[-1] == ("THREATEN", ("IRN",), ("USA",))
    # "they" outside a reported clause still continues the previous sentence
    r = extract(
        "Iraq and Syria signed a water agreement on Sunday. They also criticised Turkey on Monday.",
        published="2025-02-14",
    )
    assert parties(r)[-2:] == [
        ("ACCUSE", ("IRQ",), ("TUR",)),
        ("ACCUSE", ("SYR",), ("TUR",)),
    ]


def test_a_pluperfect_in_what_was_announced_is_news_of_the_day_not_background(extract: Extract) -> None:
    pub = "2025-02-14"
    r = extract(
        "On Tuesday evening, Kenya announced that two Somali diplomats had been expelled.", published=pub
    )
    assert events_of(r) == [("SANCTION", ("KEN",), ("SOM",), "2025-02-11", "occurred")]
    # told by the narrator, the pluperfect is still an earlier act, with no date of the story
    r = extract("Kenya had expelled two Somali diplomats.", published=pub)
    assert [e.date for e in r.events] == [None]


def test_the_country_as_an_object_is_another_state_than_its_verbs_doer(extract: Extract) -> None:
    pub = "2025-02-14"
    r = extract(
        "Maduro said on Monday that Russia would deliver 300 tons of humanitarian aid to the country.",
        published=pub,
    )
    assert parties(r) == [("AGREE", ("RUS",), ("VEN",))]
    # a possessive may still be the doer's own country
    r = extract(
        "Egypt cut its ties with Qatar on Monday, accusing the country of backing terrorism.", published=pub
    )
    assert parties(r) == [
        ("SANCTION", ("EGY",), ("QAT",)),
        ("ACCUSE", ("EGY",), ("QAT",)),
    ]


def test_talks_naming_no_party_are_held_by_the_clauses_subject(extract: Extract) -> None:
    r = extract(
        "Iran and Oman agreed on Monday to reopen their border after two days of talks.",
        published="2025-02-14",
    )
    assert parties(r) == [
        ("AGREE", ("IRN",), ("OMN",)),
        ("CONSULT", ("IRN",), ("OMN",)),
    ]
    assert "sides:governing_subject" in r.events[1].rules
    # a charge against the talks is no part in them
    assert extract("Iran condemned the talks on Monday.").events == []


@pytest.mark.parametrize(
    "text",
    [
        # the date describes the dam, not the recall
        "Egypt recalled its ambassador from Ethiopia, angered by a dam filled on 3 May.",
        # the date is the explosions' own
        "Egypt has asked Ethiopia to investigate last September's explosions at the dam.",
        # a record measured against an earlier occasion
        "Egypt recalled its ambassador from Ethiopia, the most serious step it has taken since 2013.",
        # the year is part of what the treaty is called
        "Egypt suspended the 1959 water treaty with Ethiopia.",
    ],
)
def test_a_date_that_belongs_to_something_else_does_not_date_the_event(extract: Extract, text: str) -> None:
    r = extract(text, published="2024-06-12")
    assert [(e.source, e.target, e.date) for e in r.events] == [(("EGY",), ("ETH",), "2024-06-12")]


def test_a_small_named_set_of_states_stands_for_its_members(extract: Extract) -> None:
    r = extract("Baltic ministers accused Russia of obstructing the OSCE.")
    assert [(e.type, e.source, e.target) for e in r.events] == [("ACCUSE", ("EST", "LVA", "LTU"), ("RUS",))]
    assert "records:named_set_members" in r.events[0].rules
    # a large one ("the Middle East") stays one code
    r = extract("Iran accused Middle Eastern governments of backing the attack.")
    assert parties(r) == [("ACCUSE", ("IRN",), ("GRP:MIDDLE_EAST",))]


def test_a_year_on_the_event_noun_itself_still_dates_it(extract: Extract) -> None:
    # "the 2019 summit" is the summit's own year; only a year on a thing
    # acted on ("the 1959 treaty") is that thing's.
    r = extract("Egypt and Ethiopia met at the 2019 Nile summit in Cairo.", published="2024-06-12")
    assert [(e.type, e.date) for e in r.events] == [("CONSULT", "2019")], r.events
