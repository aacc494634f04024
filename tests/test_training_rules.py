"""Rules of English and of diplomatic reporting that the labelled training
news taught (issue #16: "ship the rules that the training set taught"). The
sentences are our own; each test is one general rule."""

from __future__ import annotations

from .conftest import Extract, events_of, parties, typed


def test_concern_voiced_over_a_states_act_is_disapproval_of_that_state(extract: Extract) -> None:
    r = extract("Kenya expressed deep concern over Somalia's decision on Tuesday.", published="2024-06-14")
    assert events_of(r) == [("ACCUSE", ("KEN",), ("SOM",), "2024-06-11", "occurred")]
    # regret for one's own acts is no charge against anyone
    assert events_of(extract("Japan expressed regret for its wartime actions.")) == []


def test_told_to_leave_is_expulsion_by_whoever_told_or_whose_ground_it_is(extract: Extract) -> None:
    r = extract("Kenya ordered the Ugandan ambassador to leave on Monday.", published="2024-06-12")
    assert events_of(r) == [("SANCTION", ("KEN",), ("UGA",), "2024-06-10", "occurred")]
    r = extract("The Estonian envoy has 48 hours to leave Moscow.")
    assert [(e.type, e.mode, e.source, e.target) for e in r.events] == [
        ("SANCTION", "expel", ("RUS",), ("EST",))
    ]
    # a headline's passive without its auxiliary
    r = extract("Swedish envoy ordered to leave Iran")
    assert parties(r) == [("SANCTION", ("IRN",), ("SWE",))]
    # nor is leaving of one's own accord
    assert events_of(extract("The Nigerian ambassador will leave Accra next week.")) == []


def test_expelling_officials_is_a_diplomatic_sanction_not_a_deportation(extract: Extract) -> None:
    r = extract("Chad expelled two Sudanese officials on Monday.", published="2024-06-12")
    assert [(e.type, e.mode, e.source, e.target) for e in r.events] == [
        ("SANCTION", "expel", ("TCD",), ("SDN",))
    ]


def test_scheduled_or_set_to_act_is_done_by_the_passives_subject(extract: Extract) -> None:
    r = extract("The Kenyan president is scheduled to visit Uganda on Friday.", published="2024-06-12")
    assert events_of(r) == [("AGREE", ("KEN",), ("UGA",), "2024-06-14", "planned")]


def test_calling_for_someone_to_act_is_a_request_to_them(extract: Extract) -> None:
    for text in (
        "Armenia called for Russian peacekeepers to step in.",
        "The OAS called upon the Kremlin to end the war.",
        "Mali called for the United Nations Security Council to withdraw the mission without delay.",
    ):
        got = [(e.type, e.target) for e in extract(text).events]
        assert len(got) == 1 and got[0][0] == "REQUEST" and got[0][1] in {("RUS",), ("UNSC",)}, (text, got)


def test_withholding_recognition_is_a_refusal_of_who_is_not_recognised(extract: Extract) -> None:
    r = extract("Serbia will never recognize an independent Kosovo, its president said.")
    assert events_of(r) == [("REJECT", ("SRB",), ("XKX",), "2024-06-15", "occurred")]


def test_an_allegation_is_aimed_at_whom_the_claimed_clause_says_did_it(extract: Extract) -> None:
    pub = "2024-06-14"
    r = extract("Cambodia claimed on Monday that the Thai government had acted in bad faith.", published=pub)
    assert events_of(r) == [("ACCUSE", ("KHM",), ("THA",), "2024-06-10", "occurred")]
    assert "sides:allegation_subject" in r.events[0].rules
    # the doer of a passive clause is its agent
    r = extract("Moscow alleged on Monday that the talks had been wrecked by Kyiv.", published=pub)
    assert parties(r) == [("ACCUSE", ("RUS",), ("UKR",))]
    # a claim about oneself charges no one
    assert events_of(extract("Cambodia claimed that its army had acted lawfully.")) == []


def test_leaving_an_agreement_is_a_sanction_kept_with_the_leaver_alone(extract: Extract) -> None:
    # PLOVER: leaving or suspending an agreement is a SANCTION; a deal of
    # many may name no other side, and the leaver's record is still kept
    for text in (
        "Moscow quit the fishing accord on Tuesday.",
        "Moscow pulled out of the fishing accord on Tuesday.",
        "Moscow withdrew from the fishing accord on Tuesday.",
        "Prices fell after Moscow's withdrawal from the fishing accord on Tuesday.",
    ):
        assert typed(extract(text)) == [("SANCTION", "withdraw", ("RUS",), ())], text
    # the deal's other party, named on it, is the target
    r = extract("Washington abandoned the Iranian nuclear accord in 2018.")
    assert parties(r) == [("SANCTION", ("USA",), ("IRN",))]
    # troops withdrawn are a retreat, and a one-sided sanction of another kind still needs its target
    assert parties(extract("Chile withdrew from the talks on Monday.")) == []
    assert parties(extract("Peru recalled its ambassador on Monday.")) == []


def test_who_decided_does_what_was_decided(extract: Extract) -> None:
    r = extract("Kenya protested Uganda's decision to expel two Kenyan diplomats.")
    assert ("SANCTION", ("UGA",), ("KEN",)) in parties(r)
    r = extract("Egypt criticised Moscow's decision to pull out of the fishing accord.")
    assert ("SANCTION", ("RUS",), ()) in parties(r)
    # a plan, an offer or a pledge is its owner's too, still to come
    r = extract("Kenya protested Uganda's plan to expel two Kenyan diplomats.")
    assert ("SANCTION", ("UGA",), ("KEN",), None, "planned") in events_of(r)
    r = extract("Nigerian Foreign Minister Yusuf Tuggar announced his plans to visit Accra.")
    assert parties(r) == [("AGREE", ("NGA",), ("GHA",))]
    # an attempt may have failed: it passes nothing on
    r = extract("Kenya protested Uganda's attempt to expel two Kenyan diplomats.")
    assert ("SANCTION", ("UGA",), ("KEN",)) not in parties(r)


def test_providing_someone_with_aid_gives_it_to_them(extract: Extract) -> None:
    r = extract("Japan supplied Laos and Cambodia with food aid in May.")
    assert parties(r) == [("AID", ("JPN",), ("LAO", "KHM"))]
    # offered for later, it is a promise
    r = extract("Japan is ready to provide Laos with food aid.")
    assert parties(r) == [("AGREE", ("JPN",), ("LAO",))]
    # what is provided must be help
    assert parties(extract("The crisis provided Russia with an opportunity.")) == []


def test_a_phrase_hung_on_the_last_name_of_a_list_is_the_verbs(extract: Extract) -> None:
    # the parser attaches "with ..." to the list's last member
    r = extract("Kenya and Uganda cut diplomatic relations and all trade links with Sudan.")
    assert parties(r) == [("SANCTION", ("KEN",), ("SDN",)), ("SANCTION", ("UGA",), ("SDN",))]


def test_a_participle_on_an_event_noun_names_its_parties(extract: Extract) -> None:
    r = extract("Kenya condemned the new sanctions imposed by the United States against Kenyan officials.")
    assert ("SANCTION", ("USA",), ("KEN",)) in parties(r)
    # with no doer named on it, the clause's subject does not become the doer
    r = extract(
        "Analysts said Kazakhstan has gained weight amid the sanctions imposed on Russia"
        " over its invasion of Ukraine on 24 February 2022."
    )
    assert events_of(r) == [("ASSAULT", ("RUS",), ("UKR",), "2022-02-24", "occurred")]
    # and "the decision of X to ..." is X's
    r = extract("Kenya condemned the decision of the European Union to sanction Kenyan officials.")
    assert ("SANCTION", ("EU",), ("KEN",)) in parties(r)


def test_a_visit_named_again_by_its_visitor_is_the_visit_recorded(extract: Extract) -> None:
    r = extract(
        "Hungarian Prime Minister Viktor Orban visited Moscow on Friday. Kyiv criticised Orban's visit.",
        published="2024-07-06",
    )
    assert ("CONSULT", ("HUN",), ("RUS",), "2024-07-05", "occurred") in events_of(r)
    assert len([e for e in r.events if e.type == "CONSULT"]) == 2
    # another visitor's visit is not that one
    r = extract("The Hungarian prime minister visited Moscow on Friday. Kyiv criticised Poland's visit.")
    assert [e.source for e in r.events if e.type == "CONSULT"] == [("HUN",)]


def test_looking_forward_to_cooperating_is_a_promise(extract: Extract) -> None:
    r = extract("Kenya looks forward to cooperating with Ethiopia on energy.")
    assert [(e.type, e.source, e.target, e.status) for e in r.events] == [
        ("AGREE", ("KEN",), ("ETH",), "planned")
    ]


def test_halting_joint_projects_or_training_with_a_state_sanctions_it(extract: Extract) -> None:
    r = extract("Washington stopped all training of Iraqi soldiers on Monday.")
    assert typed(r) == [("SANCTION", "discontinue", ("USA",), ("IRQ",))]
    # a state's own project halted at home is no sanction of anyone
    assert typed(extract("Kenya halted the construction project in Nairobi.")) == []
