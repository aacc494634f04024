"""How a news story is read as a whole: the date of acts its sentences do not
date, background mentions, both sides of an event, datelines, and the
members of a small grouping at a meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplograph.extract.time import narrative
from diplograph.ingest import Extracted, build_document
from diplograph.nlp import Parser

from .conftest import Extract, events_of, parties


def test_undated_act_takes_the_ledes_day_not_the_publication_day(extract: Extract) -> None:
    r = extract(
        "Ghana and Togo signed a border agreement on Monday. "
        "Togo's president also praised Ghana for its help with the talks.",
        published="2024-03-13",
    )
    assert events_of(r) == [
        ("SUPPORT", ("GHA",), ("TGO",), "2024-03-11", "occurred"),
        ("SUPPORT", ("TGO",), ("GHA",), "2024-03-11", "occurred"),
    ]


def test_a_day_in_the_sentence_dates_the_act_its_parse_does_not_reach(extract: Extract) -> None:
    r = extract(
        "In a sharp escalation, Chile on Monday (October 14, 2024) ordered the expulsion "
        "of four Peruvian diplomats.",
        published="2024-10-15",
    )
    assert events_of(r) == [("SANCTION", ("CHL",), ("PER",), "2024-10-14", "occurred")]


def test_a_date_long_before_publication_is_not_the_storys_day(extract: Extract) -> None:
    r = extract(
        "Ghana and Togo signed a border agreement in March 2019. Togo praised Nigeria for its help.",
        published="2024-03-13",
    )
    assert [e.date for e in r.events] == ["2019-03", "2024-03-13"]


def test_plans_and_conditions_get_no_story_date_but_a_promise_is_made_that_day(extract: Extract) -> None:
    # The AGREE is the announcement, made on the story's day; what it
    # announces is still to come.
    r = extract("Kenya will meet Haiti's prime minister.", published="2024-06-25")
    assert [(e.type, e.status, e.date) for e in r.events] == [("AGREE", "planned", "2024-06-25")]
    r = extract("Kenya could impose sanctions on Haiti.", published="2024-06-25")
    assert [(e.type, e.status, e.date) for e in r.events] == [("SANCTION", "hypothetical", None)]


def test_background_mention_is_no_event_unless_dated(extract: Extract) -> None:
    r = extract("Finland joined NATO amid Russia's war against Ukraine.", published="2023-04-04")
    assert events_of(r, "ASSAULT") == []
    r = extract(
        "Sanctions were imposed on Belarus over Russia's invasion of Ukraine on February 24, 2022.",
        published="2023-04-04",
    )
    assert events_of(r, "ASSAULT") == [("ASSAULT", ("RUS",), ("UKR",), "2022-02-24", "occurred")]
    r = extract(
        "Estonia expelled a Russian diplomat in response to the attack on Ukraine.", published="2023-04-04"
    )
    assert events_of(r, "ASSAULT") == []


def test_possessor_of_what_is_acted_on_is_the_target(extract: Extract) -> None:
    r = extract("The African Union suspended Mali's membership on Friday.", published="2021-06-02")
    assert events_of(r, "SANCTION") == [("SANCTION", ("AU",), ("MLI",), "2021-05-28", "occurred")]
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("MLI", "AU", "suspend")]


def test_nominal_act_is_done_by_the_subject_of_its_verb(extract: Extract) -> None:
    r = extract("Lithuania ordered the expulsion of two Belarusian diplomats.", published="2024-05-02")
    assert events_of(r) == [("SANCTION", ("LTU",), ("BLR",), "2024-05-02", "occurred")]
    # but a charge is not done by the one who makes it
    r = extract("Poland condemned the attack on Ukrainian civilians.", published="2024-05-02")
    assert all(e.source != ("POL",) for e in r.events if e.type == "ASSAULT")


def test_one_sided_charge_is_dropped_but_an_organisations_summit_stays(extract: Extract) -> None:
    assert extract("Brazil condemned the decision.", published="2024-05-02").events == []
    r = extract("The BRICS summit opened in Kazan on Tuesday.", published="2024-10-24")
    assert [(e.type, e.source) for e in r.events] == [("CONSULT", ("BRICS",))]


def test_two_parties_acting_together_are_each_others_counterpart(extract: Extract) -> None:
    r = extract(
        "Venezuela and Guyana agreed on Thursday to continue a direct dialogue.", published="2023-12-15"
    )
    assert parties(r) == [("AGREE", ("VEN",), ("GUY",))]


def test_dateline_place_is_not_a_party(extract: Extract) -> None:
    r = extract(
        "NAIROBI, Kenya – Uganda and Tanzania signed a pipeline agreement on Monday.", published="2024-02-14"
    )
    assert events_of(r) == [("SUPPORT", ("UGA",), ("TZA",), "2024-02-12", "occurred")]


def test_title_case_dateline_names_no_party(extract: Extract) -> None:
    # A wire dateline written in title case, with its date and agency, is
    # where the story was filed: its city is no member and no source.
    r = extract(
        "Kuala Lumpur, 26 October 2025 (AFP) - Timor-Leste joined ASEAN on Sunday.", published="2025-10-26"
    )
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("TLS", "ASEAN", "join")]
    r = extract(
        "New Delhi, 14 March 2025 — Japan pledged two billion dollars in aid to Sri Lanka.",
        published="2025-03-14",
    )
    assert parties(r) == [("AGREE", ("JPN",), ("LKA",))]


def test_lead_sentence_keeps_its_events_after_a_title_case_dateline(extract: Extract) -> None:
    r = extract(
        "Paris, Dec 3 (Xinhua) -- Thailand and Cambodia signed a border agreement on Monday.",
        published="2025-12-03",
    )
    assert events_of(r) == [("SUPPORT", ("THA",), ("KHM",), "2025-12-01", "occurred")]


def test_dateline_date_does_not_date_the_lead_sentences_event(extract: Extract) -> None:
    # The filing date (a Friday) is not when the act happened: its own
    # "on Wednesday" dates it.
    r = extract(
        "New Delhi, 14 March 2025 — Japan pledged two billion dollars in aid to Sri Lanka on Wednesday.",
        published="2025-03-14",
    )
    assert [(e.type, e.date) for e in r.events] == [("AGREE", "2025-03-12")]
    r = extract(
        "WASHINGTON, May 9 (Reuters) - Chile expelled two Peruvian diplomats.", published="2025-05-12"
    )
    assert events_of(r) == [("SANCTION", ("CHL",), ("PER",), "2025-05-12", "occurred")]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("SEOUL -- Japan and Korea met in Tokyo.", "SEOUL --"),
        ("New Delhi, 14 March 2025 — India and Japan met.", "New Delhi, 14 March 2025 —"),
        ("Paris, Dec 3 (Xinhua) -- France and Japan met.", "Paris, Dec 3 (Xinhua) --"),
        # small words inside a place's name, an agency in small letters
        (
            "KINGSTOWN, St Vincent and the Grenadines, May 2 (AFP) - Cuba and Haiti met.",
            "KINGSTOWN, St Vincent and the Grenadines, May 2 (AFP) -",
        ),
        ("BERLIN, May 2 (dpa) - Germany and Poland met.", "BERLIN, May 2 (dpa) -"),
        ("Kenya – President Ruto met the Tanzanian president.", None),
        ("Kenya (Nairobi) – President Ruto met the Tanzanian president.", None),
        ("On 3 May 2025 – the day of the summit – Kenya and Uganda met.", None),
        # a hyphen inside a word is no dash
        ("NATO-led troops detained two Serbian officers.", None),
        ("UN Secretary-General Guterres met the Iranian president.", None),
    ],
)
def test_what_counts_as_a_dateline(parser: Parser, text: str, dateline: str | None) -> None:
    doc = build_document(Extracted(text=text, name="t"), "t.txt", None)
    assert not isinstance(doc, Exception)
    (unit,) = parser.parse(doc).sentences
    end = narrative.dateline_end(unit.doc[:])
    assert (unit.doc[:end].text if end is not None else None) == dateline


def test_a_name_alone_before_a_dash_in_title_case_is_a_party(extract: Extract) -> None:
    # A list entry or an aside, not a dateline: only capitals, or a comma,
    # date or agency, make a dateline.
    r = extract("Kazakhstan – President Tokayev met Xi Jinping in Astana on Monday.", published="2025-03-12")
    assert [(e.type, set(e.source) | set(e.target)) for e in r.events] == [("CONSULT", {"KAZ", "CHN"})]


def test_small_grouping_at_a_meeting_lists_its_members(extract: Extract) -> None:
    r = extract("Quad foreign ministers met in Tokyo on Monday.", published="2024-07-30")
    (e,) = [e for e in r.events if e.type == "CONSULT"]
    assert e.source == ("QUAD",) and set(e.participants) == {"AUS", "IND", "JPN", "USA"}
    assert e.date == "2024-07-29" and e.location == "JPN"


def test_promise_is_made_even_though_what_it_promises_is_to_come(extract: Extract) -> None:
    r = extract(
        "The European Union pledged to provide 190 million euros in aid to Sudan.", published="2023-06-19"
    )
    assert events_of(r, "AGREE") == [("AGREE", ("EU",), ("SDN",), "2023-06-19", "occurred")]


def test_each_state_of_a_list_leaves_the_bloc_named_before(extract: Extract) -> None:
    r = extract(
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS on Sunday. "
        "They said leaving the regional bloc was a sovereign decision.",
        published="2024-01-29",
    )
    got = {(m.member, m.organization, m.mode, m.date) for m in r.memberships}
    assert got == {(c, "ECOWAS", "leave", "2024-01-28") for c in ("MLI", "BFA", "NER")}


def test_the_bloc_and_it_refer_to_the_organisation_in_play(extract: Extract) -> None:
    r = extract(
        "OPEC met in Vienna on Thursday. Angola said it had decided to leave the bloc.",
        published="2023-12-22",
    )
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("AGO", "OPEC", "leave")]


def test_an_organisation_can_join_another(extract: Extract) -> None:
    r = extract("The African Union became a permanent member of the G20 on Saturday.", published="2023-09-10")
    assert [(m.member, m.organization, m.mode, m.date) for m in r.memberships] == [
        ("AU", "G20", "join", "2023-09-09")
    ]


def test_an_initiative_to_grant_status_is_a_plan(extract: Extract) -> None:
    r = extract(
        "An initiative was launched to grant Laos the status of an SCO observer.", published="2024-12-27"
    )
    assert [(m.member, m.mode, m.status) for m in r.memberships] == [("LAO", "observer", "planned")]


def test_invitation_is_dated_by_the_decision_and_the_join_is_planned(extract: Extract) -> None:
    r = extract(
        "The SCO leaders agreed on Tuesday to invite Belarus to join the organisation next year.",
        published="2024-06-15",
    )
    got = sorted((m.mode, m.date, m.status) for m in r.memberships if m.member == "BLR")
    assert got == [("invite", "2024-06-11", "occurred"), ("join", "2025", "planned")]


def test_standing_observer_status_is_kept_with_its_start(extract: Extract) -> None:
    # "it" is never taken for an organisation as member (the CSTO is no EAEU observer)
    r = extract("Uzbekistan did not join the CSTO, though it has been an observer of the EAEU since 2020.")
    assert not any(m.member == "CSTO" for m in r.memberships)
    r = extract("Turkmenistan has been an observer state in the EAEU since 2019.", published="2024-06-15")
    assert [(m.member, m.mode, m.date) for m in r.memberships] == [("TKM", "observer", "2019")]
    r = extract("Turkey is a dialogue partner of the SCO.", published="2024-06-15")
    assert [(m.member, m.mode, m.date) for m in r.memberships] == [("TUR", "partner", None)]


def test_co_signers_act_towards_the_party_named_in_their_purpose(extract: Extract) -> None:
    r = extract(
        "Morocco and Sudan signed agreements in Washington on Tuesday to normalize relations with Israel.",
        published="2020-12-16",
    )
    assert [(e.type, set(e.source), e.target) for e in r.events] == [("SUPPORT", {"MAR", "SDN"}, ("ISR",))]
    # with no such party they are each other's counterpart
    r = extract("Armenia and Georgia signed a memorandum on transit on Monday.", published="2024-02-14")
    assert events_of(r) == [("SUPPORT", ("ARM",), ("GEO",), "2024-02-12", "occurred")]


def test_armed_men_arriving_deploy_rather_than_visit(extract: Extract) -> None:
    r = extract("Rwandan troops arrived in Mozambique on Friday.", published="2021-07-12")
    got = [(e.type, e.mode, e.source, e.target) for e in r.events]
    assert got == [("MOBILIZE", "troops", ("RWA",), ("MOZ",))]
    r = extract("The Rwandan president arrived in Mozambique on Friday.", published="2021-07-12")
    assert [(e.type, e.mode) for e in r.events] == [("CONSULT", "visit")]


def test_ruling_out_an_act_negates_it(extract: Extract) -> None:
    r = extract("Canada, which ruled out sending troops to Haiti, hailed the mission.")
    assert [(e.type, e.source, e.status) for e in r.events if e.type == "MOBILIZE"] == [
        ("MOBILIZE", ("CAN",), "negated")
    ]


def test_threat_is_aimed_at_the_one_whose_act_is_its_condition(extract: Extract) -> None:
    r = extract("Iran threatened to leave the talks if the United States imposed new sanctions.")
    assert [(e.type, e.source, e.target) for e in r.events if e.type == "THREATEN"] == [
        ("THREATEN", ("IRN",), ("USA",))
    ]


def test_rejected_offer_targets_the_one_it_came_from(extract: Extract) -> None:
    r = extract("Ethiopia rejected an offer from Egypt for new talks on the dam.")
    assert [(e.type, e.source, e.target) for e in r.events if e.type == "REJECT"] == [
        ("REJECT", ("ETH",), ("EGY",))
    ]


def test_coordinated_verbs_of_one_promise_share_its_counterpart(extract: Extract) -> None:
    r = extract(
        "Japan is ready to consolidate mutual trust and promote practical cooperation with Fiji, "
        "and will provide support and assistance with its capacity.",
        published="2024-09-24",
    )
    assert [(e.type, e.source, e.target, e.date) for e in r.events] == [
        ("AGREE", ("JPN",), ("FJI",), "2024-09-24")
    ]


def test_aid_goes_to_the_place_of_the_needs_it_is_for(extract: Extract) -> None:
    r = extract(
        "Norway said it would allocate an additional $20 million for priority humanitarian needs in Yemen.",
        published="2023-03-01",
    )
    assert parties(r) == [("AGREE", ("NOR",), ("YEM",))]


def test_two_states_named_together_are_not_their_region(extract: Extract) -> None:
    r = extract("Australia and New Zealand are working together with Fiji to build a new port.")
    assert [(set(e.source), e.target) for e in r.events] == [({"AUS", "NZL"}, ("FJI",))]


def test_a_party_coordinated_with_a_listed_group_faces_the_group(extract: Extract) -> None:
    r = extract(
        "The African Union and SADC countries—Angola, Zambia and Malawi—have signed a transport agreement.",
        published="2024-12-06",
    )
    got = [(e.type, e.source, set(e.target)) for e in r.events]
    assert got == [("SUPPORT", ("AU",), {"AGO", "ZMB", "MWI"})]


def test_object_him_is_the_person_named_before_not_the_subject(extract: Extract) -> None:
    r = extract(
        "Polish President Andrzej Duda sent a letter to his Lithuanian counterpart, inviting him to Warsaw.",
        published="2024-05-02",
    )
    assert parties(r) == [("AGREE", ("POL",), ("LTU",))]


def test_officials_with_coordinated_nationalities_are_one_party_each(extract: Extract) -> None:
    r = extract("Kenyan and Ugandan officials met in Nairobi on Tuesday.", published="2024-05-09")
    assert events_of(r) == [("CONSULT", ("UGA",), ("KEN",), "2024-05-07", "occurred")]
    r = extract("Peruvian and Chilean negotiators agreed on a fishing quota.", published="2024-05-09")
    assert {(e.type, e.source, e.target) for e in r.events} == {("AGREE", ("PER",), ("CHL",))}


def test_talks_under_a_measure_are_held_by_the_light_verbs_subject(extract: Extract) -> None:
    r = extract(
        "Envoys from Serbia and Kosovo held three rounds of talks in Brussels last week.",
        published="2024-05-09",
    )
    assert [(e.type, e.source, e.target, e.location) for e in r.events] == [
        ("CONSULT", ("SRB",), ("XKX",), "BEL")
    ]


def test_a_council_that_speaks_is_a_body_not_a_meeting(extract: Extract) -> None:
    r = extract(
        "The AU's peace and security council said on Friday that it condemned the coup in Guinea.",
        published="2024-05-11",
    )
    assert events_of(r) == [("ACCUSE", ("AU",), ("GIN",), "2024-05-10", "occurred")]


def test_the_leaders_are_the_ones_just_named_unless_of_names_them(extract: Extract) -> None:
    r = extract(
        "The presidents of Kenya and Tanzania met in Arusha on Monday. "
        "Uganda urged the leaders to reopen the border.",
        published="2024-05-09",
    )
    assert {(e.type, e.source, e.target) for e in r.events} == {
        ("CONSULT", ("KEN",), ("TZA",)),
        ("REQUEST", ("UGA",), ("KEN", "TZA")),
    }


def test_a_definite_plural_naming_no_one_is_the_parties_just_named(extract: Extract) -> None:
    r = extract(
        "Norway and Iceland applied to join the customs pact. Denmark blocked the northern countries' entry. "
        "The ministers of Chile and Peru met the African states' envoys.",
        published="2024-05-09",
    )
    assert ("REJECT", ("DNK",), ("NOR", "ISL")) in {(e.type, e.source, e.target) for e in r.events}
    # named states are never replaced by the parties before
    assert all("NOR" not in e.target for e in r.events if e.type == "CONSULT")


def test_a_grouping_issuing_a_statement_alone_lists_its_members_with_no_thought_as_a_party(
    extract: Extract,
) -> None:
    r = extract(
        "Ministers under the AUKUS partnership met in Canberra on Monday and issued a joint statement, "
        "with China in mind. The Eurasian Economic Commission signed a memorandum with Cuba on Monday.",
        published="2024-05-09",
    )
    got = {(e.type, e.source, e.target, e.participants) for e in r.events}
    assert got == {
        ("CONSULT", ("AUKUS",), (), ("AUS", "GBR", "USA")),
        ("SUPPORT", ("AUKUS",), (), ("AUS", "GBR", "USA")),
        # signing with another party, the organisation is the party
        ("SUPPORT", ("EAEU",), ("CUB",), ()),
    }


def test_a_package_of_sanctions_voted_by_ambassadors_is_their_bodys_sanction(extract: Extract) -> None:
    r = extract(
        "Ambassadors from the EU's member states voted in favour of a new package of sanctions "
        "against Iran on Monday.",
        published="2024-05-09",
    )
    assert events_of(r) == [("SANCTION", ("EU",), ("IRN",), "2024-05-06", "occurred")]


def test_a_states_forces_against_its_own_people_are_aimed_at_the_state(extract: Extract) -> None:
    r = extract(
        "Indian police wounded two Indian farmers on Monday. "
        "Chinese officials met Chinese business leaders in Shanghai on Monday.",
        published="2024-05-09",
    )
    # violence is coded at home (police against farmers); a meeting is not
    assert events_of(r) == [("ASSAULT", ("IND",), ("IND",), "2024-05-06", "occurred")]
    assert (r.events[0].source_sectors, r.events[0].target_sectors) == (("COP",), ("AGR",))


def test_the_same_speakers_next_demand_is_aimed_where_the_last_act_was(extract: Extract) -> None:
    r = extract(
        "Ghana condemned the coup in Niger on Monday. It called for an immediate return to civilian rule.",
        published="2024-05-09",
    )
    assert events_of(r) == [
        ("ACCUSE", ("GHA",), ("NER",), "2024-05-06", "occurred"),
        ("REQUEST", ("GHA",), ("NER",), "2024-05-06", "occurred"),
    ]
    # another speaker's demand is not aimed there
    r = extract(
        "Ghana condemned the coup in Niger on Monday. Togo called for an immediate return to civilian rule.",
        published="2024-05-09",
    )
    assert [e.type for e in r.events] == ["ACCUSE"]


def test_calling_someones_act_by_a_disparaging_name_is_an_accusation(extract: Extract) -> None:
    r = extract(
        "China described the American sanctions as illegal and unacceptable on Monday. "
        "Russia called the meeting with Egypt constructive.",
        published="2024-05-09",
    )
    assert events_of(r) == [("ACCUSE", ("CHN",), ("USA",), "2024-05-06", "occurred")]


def test_who_meets_on_the_sidelines_of_a_summit_attends_it(extract: Extract) -> None:
    r = extract(
        "Kenya's foreign minister met several envoys on the sidelines of the AU summit on Monday.",
        published="2024-05-09",
    )
    assert [(e.type, e.source, e.participants) for e in r.events] == [("CONSULT", ("AU",), ("KEN",))]


def test_a_target_named_only_by_its_nationality_is_that_state(extract: Extract) -> None:
    r = extract(
        "Canada imposed new sanctions on Iranian oil exports on Thursday. "
        "Israeli jets struck Lebanese villages on Sunday. "
        "Serbia launched an offensive against ethnic Albanian rebels on Monday.",
        published="2024-05-10",
    )
    got = {(e.type, e.source, e.target) for e in r.events}
    assert ("SANCTION", ("CAN",), ("IRN",)) in got and ("ASSAULT", ("ISR",), ("LBN",)) in got
    # an ethnic group is not the state of its name
    assert not any("ALB" in e.target for e in r.events)


def test_an_organisation_suspending_a_state_sanctions_it_and_suspends_its_membership(
    extract: Extract,
) -> None:
    r = extract("The African Union suspended Niger on Friday.", published="2024-05-10")
    assert events_of(r) == [("SANCTION", ("AU",), ("NER",), "2024-05-10", "occurred")]
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("NER", "AU", "suspend")]


def test_victims_placed_only_by_the_sentence_are_not_the_attackers_own_people(extract: Extract) -> None:
    r = extract("Russian forces shelled Kharkiv overnight, killing three civilians.", published="2024-05-10")
    # the city attacked is the target; the civilians are not taken for Russians
    assert parties(r) == [("ASSAULT", ("RUS",), ("UKR",))]


def test_a_withdrawal_announced_is_a_promise_and_on_a_condition_a_threat(extract: Extract) -> None:
    r = extract("Syria says it is willing to withdraw its troops from Lebanon.", published="2024-05-10")
    assert [(e.type, e.source, e.target, e.status) for e in r.events] == [
        ("AGREE", ("SYR",), ("LBN",), "planned")
    ]
    r = extract(
        "Nigeria said it will withdraw its peacekeepers from Chad unless the rebels agree to a ceasefire.",
        published="2024-05-10",
    )
    assert ("THREATEN", ("NGA",), ("TCD",)) in {(e.type, e.source, e.target) for e in r.events}


def test_aid_received_quantities_of_people_and_a_single_officer_visiting(extract: Extract) -> None:
    r = extract(
        "Nigeria received 300,000 doses of vaccines from the United Kingdom. "
        "Thousands of Georgians protested in Tbilisi against the new law. "
        "Pakistan's army chief visited Washington for talks.",
        published="2024-05-10",
    )
    got = {(e.type, e.source, e.target) for e in r.events}
    assert ("AID", ("GBR",), ("NGA",)) in got
    assert any(e.type == "PROTEST" and e.source == ("GEO",) for e in r.events)
    assert ("CONSULT", ("PAK",), ("USA",)) in got and not any(e.type == "MOBILIZE" for e in r.events)


def test_a_proposal_put_forward_by_a_state_is_theirs_when_rejected(extract: Extract) -> None:
    r = extract(
        "Sudan's army rejected the ceasefire proposal put forward by Egypt on Monday.", published="2024-05-10"
    )
    assert events_of(r) == [("REJECT", ("SDN",), ("EGY",), "2024-05-06", "occurred")]


def test_they_after_a_group_is_that_one_party(extract: Extract) -> None:
    # "Hamas fighters" are one party coded with the group and its home;
    # "they" in the next sentence stays that one party, not two accusers.
    r = extract(
        "Hamas fighters attacked an Israeli post on Monday. They also accused Egypt of closing the crossing.",
        published="2024-06-12",
    )
    assert [e.source for e in r.events if e.type == "ACCUSE"] == [("GRP:HAMAS", "PSE")], r.events
    # a pair of states stays two parties
    r = extract("Iran and Iraq signed a pact on Monday. They also condemned Israel.", published="2024-06-12")
    assert sorted(e.source for e in r.events if e.type == "ACCUSE") == [("IRN",), ("IRQ",)], r.events


def test_a_group_acting_on_itself_is_no_event(extract: Extract) -> None:
    # "its" read as the rebels' own: a group taking itself hostage is no
    # event between actors; a state acting at home and a group attacking
    # its home state's forces are.
    r = extract(
        "On Sunday the Houthis seized a cargo ship and took its crew hostage.", published="2024-01-12"
    )
    assert not [e for e in r.events if set(e.target) & {"GRP:HOUTHIS"} and set(e.source) & {"GRP:HOUTHIS"}]
    r = extract("Houthi rebels attacked Yemeni government forces in Marib on Sunday.", published="2024-01-12")
    assert [(e.type, e.target) for e in r.events] == [("ASSAULT", ("YEM",))]
    r = extract("Nigerian police arrested 20 protesters in Lagos on Sunday.", published="2024-01-12")
    assert [(e.type, e.source, e.target) for e in r.events] == [("COERCE", ("NGA",), ("NGA",))]
