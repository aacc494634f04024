"""Rules narrowed because they fired wrongly more often than rightly on
unseen text (#16, item 4). Each test is one rule, on sentences written for
it: the wrong reading is gone and the right one stays."""

from __future__ import annotations

from .conftest import Extract, events_of, parties


def test_thanking_a_host_is_courtesy_not_support(extract: Extract) -> None:
    r = extract(
        "The Armenian minister thanked the Kazakh side for hosting the round.", published="2025-05-14"
    )
    assert events_of(r, "SUPPORT") == []
    r = extract("Hungary praised Serbia's plan for the region on Monday.", published="2025-05-14")
    assert parties(r) == [("SUPPORT", ("HUN",), ("SRB",))]


def test_meeting_the_press_with_a_counterpart_is_no_talks(extract: Extract) -> None:
    r = extract(
        "When meeting the press with his South Korean counterpart, "
        "the Japanese foreign minister said Japan would pay."
    )
    assert events_of(r, "CONSULT") == []
    r = extract("The Japanese foreign minister met the South Korean foreign minister in Seoul on Monday.")
    assert parties(r) == [("CONSULT", ("JPN",), ("KOR",))]


def test_a_question_about_a_visit_is_no_request(extract: Extract) -> None:
    r = extract("The Chinese spokesman spoke on Tuesday, when asked about the Australian minister's trip.")
    assert events_of(r, "REQUEST") == []
    r = extract("Ukraine asked Germany for more air defence systems on Tuesday.")
    assert parties(r) == [("REQUEST", ("UKR",), ("DEU",))]


def test_calling_a_plan_something_names_it_and_asks_nothing(extract: Extract) -> None:
    r = extract("Chile's president called Peru's proposal the most sensible way of settling the dispute.")
    assert events_of(r, "REQUEST") == []
    r = extract(
        "Chile's president called Peru's 2019 proposal to give the islands autonomy the best way out."
    )
    assert events_of(r, "REQUEST") == []
    r = extract("The African Union called on Chad to end the fighting on Monday.")
    assert parties(r) == [("REQUEST", ("AU",), ("TCD",))]


def test_a_must_know_clause_is_a_warning_not_a_demand(extract: Extract) -> None:
    r = extract('"Tehran must understand that this crime will not go unanswered," the Israeli minister said.')
    assert events_of(r, "REQUEST") == []
    r = extract("Russia said on Tuesday that Sudan must return the captured helicopter.")
    assert parties(r) == [("REQUEST", ("RUS",), ("SDN",))]


def test_what_a_state_must_or_should_do_is_not_done(extract: Extract) -> None:
    # the demand is the saying; the act demanded is not an act of the state
    r = extract("The French president said that Iraq must cooperate fully with the UN inspectors.")
    assert events_of(r, "COOPERATE") == []
    r = extract("Russia should withdraw its troops from Moldova at once.")
    assert events_of(r, "RETREAT") == []
    r = extract("Russia withdrew its troops from Moldova on Monday.", published="2025-05-14")
    assert events_of(r, "RETREAT") == [("RETREAT", ("RUS",), ("MDA",), "2025-05-12", "occurred")]


def test_a_plane_flying_somewhere_is_no_visit(extract: Extract) -> None:
    r = extract("A plane from Athens was flying over Belarus on its way to Lithuania on Sunday.")
    assert events_of(r, "CONSULT") == []
    r = extract("The Indian foreign minister flew to Egypt on Monday.", published="2025-05-14")
    assert parties(r) == [("CONSULT", ("IND",), ("EGY",))]


def test_hitting_a_state_with_sanctions_is_no_assault(extract: Extract) -> None:
    r = extract("The United States hit Moscow with new sanctions on Friday.")
    assert events_of(r, "ASSAULT") == []
    r = extract("Russian missiles hit Kharkiv on Friday.")
    assert [e.type for e in r.events] == ["ASSAULT"]


def test_protesters_storming_an_embassy_riot_rather_than_assault(extract: Extract) -> None:
    r = extract("Angry protesters in Lima stormed the Bolivian embassy on Friday.", published="2025-05-14")
    assert [(e.type, e.mode, e.source, e.target) for e in r.events] == [
        ("PROTEST", "riot", ("PER",), ("BOL",))
    ]
    assert r.events[0].rules[0] == "lexicon:events.yaml#protest.riot.attack"


def test_a_states_own_national_security_council_is_not_the_un_one(extract: Extract) -> None:
    r = extract("The National Security Council met on Monday to discuss the attack.")
    assert all("UNSC" not in e.source + e.target + e.participants for e in r.events)
    r = extract("The Security Council met in New York on Monday to discuss Haiti.", published="2025-05-14")
    assert any("UNSC" in e.source + e.participants for e in r.events)


def test_its_in_a_clause_with_a_named_state_subject_is_that_states(extract: Extract) -> None:
    r = extract(
        "Pakistan has declined to deploy peacekeepers in Iraq and has urged its citizens to stay away."
    )
    # a state telling its own citizens is no REQUEST of Iraq
    assert [(e.type, e.target) for e in r.events if e.type == "REQUEST"] == []
    assert parties(r) == [("REJECT", ("PAK",), ("IRQ",))]


def test_one_nation_of_a_region_is_not_the_whole_region(extract: Extract) -> None:
    r = extract(
        "Russia has expelled Latvia's ambassador and will downgrade relations with the European nation.",
        published="2025-05-14",
    )
    assert all("M49:150" not in e.target for e in r.events)
    r = extract("Japan and China held talks. The two Asian nations agreed to resume flights on Monday.")
    assert parties(r)[-1] == ("AGREE", ("JPN",), ("CHN",))
    r = extract("The five Central Asian countries met in Astana on Friday.")
    assert [e.participants or e.source for e in r.events] == [("KAZ", "KGZ", "TJK", "TKM", "UZB")]


def test_a_day_in_the_year_named_before_the_noun_dates_the_meeting(extract: Extract) -> None:
    r = extract("The 2025 ASEAN summit is being held in Kuala Lumpur on May 26-27.", published="2025-05-26")
    assert [e.date for e in r.events] == ["2025-05-26"]


def test_a_party_said_to_be_on_a_visit_is_the_visitor_of_talks(extract: Extract) -> None:
    r = extract(
        "President Lula held talks with French President Emmanuel Macron, who is on a state visit, on Monday."
    )
    assert parties(r) == [("CONSULT", ("FRA",), ("BRA",))]


def test_an_invitation_to_join_an_organisation_involves_it(extract: Extract) -> None:
    r = extract("South Africa invited Egypt and Ethiopia to become members of BRICS on Thursday.")
    assert [(e.type, e.participants) for e in r.events if e.type == "AGREE"] == [("AGREE", ("BRICS",))]
    r = extract("China invited the Brazilian president to Beijing on Thursday.")
    assert [(e.type, e.participants) for e in r.events] == [("AGREE", ())]


def test_talks_scheduled_to_take_place_are_planned(extract: Extract) -> None:
    r = extract(
        "The next round of talks between Serbia and Kosovo is scheduled to take place in Brussels in May.",
        published="2025-03-01",
    )
    assert [(e.type, e.status) for e in r.events] == [("AGREE", "planned")]


def test_a_plane_in_a_relative_clause_is_no_visitor(extract: Extract) -> None:
    r = extract("Minsk ordered a jet from Riga, which was flying to Vilnius, to land at once.")
    assert events_of(r, "CONSULT") == []
    r = extract("Belarus forced down an airliner from Athens, which was flying to Vilnius, on Sunday.")
    assert events_of(r, "CONSULT") == []


def test_a_summit_in_the_present_tense_is_not_one_recorded_years_before(extract: Extract) -> None:
    text = (
        "The first Japan-Africa summit was held in Tokyo in 2019. "
        "Japan says 49 states are represented at the summit."
    )
    r = extract(text, published="2025-05-14")
    assert [e.date for e in r.events if e.type == "CONSULT"] == ["2019"]


def test_what_an_appeal_asks_for_has_not_happened(extract: Extract) -> None:
    r = extract("Lebanon rejected on Thursday a UN appeal for deploying army troops along its border.")
    assert [e.type for e in r.events] == ["REJECT"]


def test_a_reported_would_not_is_a_refusal(extract: Extract) -> None:
    r = extract(
        "The United States said it would not meet the kidnappers' demands to release prisoners in Iraq."
    )
    assert [(e.type, e.source, e.target, e.status) for e in r.events] == [
        ("REJECT", ("USA",), ("IRQ",), "occurred")
    ]


def test_easing_a_blockade_with_no_one_named_is_no_one_sided_withdrawal(extract: Extract) -> None:
    assert extract("Egypt eased the blockade on Monday.").events == []
    assert parties(extract("Russia withdrew its troops on Monday.")) == [("RETREAT", ("RUS",), ())]


def test_handing_over_papers_or_a_chair_is_no_extradition(extract: Extract) -> None:
    assert extract("Kenya handed over the chairmanship of the bloc to Uganda.").events == []
    assert extract("Iceland handed over its accession to the treaty to Norway.").events == []
    assert extract("Peru's minister handed over the instruments of ratification to Chile.").events == []
    assert parties(extract("Sweden handed over the suspect to Turkey on Monday.")) == [
        ("COOPERATE", ("SWE",), ("TUR",))
    ]


def test_having_sought_to_block_a_thing_is_opposing_it(extract: Extract) -> None:
    r = extract("Hungary has sought to block Ukraine's bid to join the EU.", published="2026-06-15")
    assert [(e.type, e.source, e.target, e.status) for e in r.events] == [
        ("REJECT", ("HUN",), ("UKR",), "occurred")
    ]
    assert "events:attempt_is_act" in r.events[0].rules
    # still seeking, or planning to: not yet done
    r = extract("Hungary is seeking to block Ukraine's bid to join the EU.", published="2026-06-15")
    assert [e.status for e in r.events] == ["planned"]


def test_undertaking_an_act_does_it_and_undertaking_to_act_promises(extract: Extract) -> None:
    r = extract(
        "Indian Prime Minister Narendra Modi undertook a state visit to Japan last week.",
        published="2024-06-15",
    )
    assert [(e.type, e.source, e.target, e.status, e.date) for e in r.events] == [
        ("CONSULT", ("IND",), ("JPN",), "occurred", "2024-06-03")
    ]
    r = extract("Turkey undertook to return the refugees to Greece.")
    assert parties(r) == [("AGREE", ("TUR",), ("GRC",))]


def test_an_act_talked_about_or_judged_likely_has_not_happened(extract: Extract) -> None:
    r = extract("Japan has talked about giving aid to Nepal.")
    assert [(e.type, e.status, e.date) for e in r.events] == [("AID", "hypothetical", None)]
    assert "modality:mused_or_judged" in r.events[0].rules
    r = extract("Seoul warned that a new North Korean strike on South Korea was possible.")
    assert [(e.type, e.status) for e in r.events if e.type == "ASSAULT"] == [("ASSAULT", "hypothetical")]
    # an act told as done stays done
    r = extract("Seoul said a new North Korean strike on South Korea was repelled.")
    assert [(e.type, e.status) for e in r.events if e.type == "ASSAULT"] == [("ASSAULT", "occurred")]
