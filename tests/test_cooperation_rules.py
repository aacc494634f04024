"""Cooperation and sanction rules from the labelled training news (issue #16):
agreeing, meeting, joint exercises, cutting ties. The sentences are our own;
each test is one general rule and fails without it."""

from __future__ import annotations

from .conftest import Extract, parties, typed


def test_welcoming_what_a_leader_said_is_no_visit_of_the_leader(extract: Extract) -> None:
    r = extract("Germany welcomed the Japanese prime minister's statement on the war.")
    assert "CONSULT" not in {e.type for e in r.events}
    # the leader in person is a guest
    r = extract("Germany welcomed the Japanese prime minister in Berlin on Monday.")
    assert parties(r) == [("CONSULT", ("JPN",), ("DEU",))]


def test_contacts_between_two_groups_are_links_not_talks(extract: Extract) -> None:
    r = extract("Police uncovered contacts between Hamas and Iranian agents.")
    assert "CONSULT" not in {e.type for e in r.events}


def test_two_states_drilling_together_cooperate_whatever_arm_drills(extract: Extract) -> None:
    for text in (
        "Kenya and Tanzania began an air exercise on Monday.",
        "Kenya and Tanzania started a strategic navy drill on Monday.",
        "Kenyan and Tanzanian warships launched ten days of war games on Monday.",
    ):
        assert parties(extract(text)) == [("COOPERATE", ("KEN",), ("TZA",))], text
    # one state's drill is no cooperation
    assert "COOPERATE" not in {e.type for e in extract("Kenya held a navy drill on Monday.").events}


def test_two_states_severing_ties_are_each_others_target(extract: Extract) -> None:
    r = extract("Ghana and Togo severed ties on Friday.")
    assert typed(r) == [("SANCTION", "discontinue", ("GHA",), ("TGO",))]
    # with the other side named, each subject cuts ties with it
    r = extract("Ghana and Togo cut ties with Benin on Friday.")
    assert parties(r) == [("SANCTION", ("GHA",), ("BEN",)), ("SANCTION", ("TGO",), ("BEN",))]


def test_making_or_sealing_a_deal_with_a_state_is_an_agreement(extract: Extract) -> None:
    assert parties(extract("Nepal made a deal with China on Tuesday.")) == [("AGREE", ("NPL",), ("CHN",))]
    r = extract("Ghana and Togo sealed a border agreement on Friday.")
    assert parties(r) == [("AGREE", ("GHA",), ("TGO",))]


def test_an_active_verb_joined_to_a_passive_is_done_by_the_passives_subject(extract: Extract) -> None:
    r = extract("Ghana was angered by the decision and recalled its ambassador from Lome.")
    assert parties(r) == [("SANCTION", ("GHA",), ("TGO",))]


def test_the_country_after_an_infinitive_is_not_the_infinitives_doer(extract: Extract) -> None:
    r = extract("Maduro said Russia was scheduled to deliver grain to the country.")
    assert parties(r) == [("AGREE", ("RUS",), ("VEN",))]


def test_the_suspension_of_ties_or_links_with_a_state_sanctions_it(extract: Extract) -> None:
    r = extract("Ghana announced the suspension of air links with Togo on Monday.")
    assert typed(r) == [("SANCTION", "discontinue", ("GHA",), ("TGO",))]
    r = extract("Ghana's severance of diplomatic ties with Togo surprised its neighbours.")
    assert parties(r) == [("SANCTION", ("GHA",), ("TGO",))]
    # asked for, it has not happened
    r = extract("Kenya called for the suspension of trade with Uganda.")
    assert "SANCTION" not in {e.type for e in r.events}


def test_a_ban_on_another_states_goods_sanctions_that_state(extract: Extract) -> None:
    r = extract("South Korea announced a ban on fish imports from Japan on Friday.")
    assert typed(r) == [("SANCTION", "discontinue", ("KOR",), ("JPN",))]
    r = extract("India's ban of Chinese apps angered Beijing.")
    assert parties(r) == [("SANCTION", ("IND",), ("CHN",))]


def test_envoys_withdrawn_with_no_doer_named_are_withdrawn_by_their_own_state(extract: Extract) -> None:
    r = extract("Ghanaian diplomats will be withdrawn from Togo, the ministry said.")
    assert typed(r) == [("SANCTION", "withdraw", ("GHA",), ("TGO",))]
    # expelled envoys are another's doing: no doer named, no record
    assert "SANCTION" not in {e.type for e in extract("Ghanaian diplomats were expelled from Togo.").events}


def test_recalling_a_charge_daffaires_is_recalling_an_envoy(extract: Extract) -> None:
    r = extract("Ghana decided to recall its charge d'affaires from Lome for consultations.")
    assert parties(r) == [("SANCTION", ("GHA",), ("TGO",))]


def test_talks_after_following_are_held_by_the_clauses_subject(extract: Extract) -> None:
    # "following" is a participle used as a preposition: the talks belong to
    # the subject of the verb the phrase hangs on
    r = extract("Kenya and Uganda announced the deal in Mombasa, following talks over the final details.")
    assert parties(r) == [("CONSULT", ("KEN",), ("UGA",))]


def test_who_took_a_decision_does_what_was_decided(extract: Extract) -> None:
    # "took (made) the decision to X": the light verb's subject decided, and does X
    r = extract("Ghana took the decision to withdraw from ECOWAS on Monday.")
    assert parties(r) == [("SANCTION", ("GHA",), ("ECOWAS",))]


def test_monitors_or_staff_withdrawn_are_no_recall_of_envoys(extract: Extract) -> None:
    for text in ("UN inspectors were withdrawn from Iraq.", "OSCE observers were withdrawn from Ukraine."):
        assert [e for e in extract(text).events if e.type == "SANCTION"] == []


def test_being_committed_to_an_act_of_help_promises_it(extract: Extract) -> None:
    r = extract("Norway remains committed to providing humanitarian aid to Yemen.")
    assert parties(r) == [("AGREE", ("NOR",), ("YEM",))]


def test_talks_a_state_will_suspend_are_no_promise_of_talks(extract: Extract) -> None:
    r = extract("Chile will suspend its trade talks with Peru next week.")
    assert "AGREE" not in {e.type for e in r.events}
    # talks it will hold are one
    assert parties(extract("Chile will hold trade talks with Peru.")) == [("AGREE", ("CHL",), ("PER",))]


def test_pledging_allegiance_supports_whom_it_is_sworn_to(extract: Extract) -> None:
    r = extract("The rebel group M23 has sworn allegiance to Rwanda.")
    assert parties(r) == [("SUPPORT", ("GRP:M23", "COD"), ("RWA",))]


def test_headline_abbreviations_of_the_two_koreas_are_the_states(extract: Extract) -> None:
    assert parties(extract("Japan, N. Korea hold rare talks on fishing")) == [("CONSULT", ("JPN",), ("PRK",))]
    assert parties(extract("N. Korean troops shelled a S. Korean island on Monday.")) == [
        ("ASSAULT", ("PRK",), ("KOR",))
    ]


def test_two_leaders_of_two_states_set_side_by_side_are_two_parties(extract: Extract) -> None:
    r = extract("Chile's Boric, Peru's Boluarte agree on new border crossings", published="2024-06-12")
    assert parties(r) == [("AGREE", ("CHL",), ("PER",))]
    assert "actors:side_by_side" in r.events[0].rules


def test_easing_a_measure_on_a_states_goods_concedes_to_that_state(extract: Extract) -> None:
    r = extract("Washington suspended the tariffs on Canadian steel on Monday.")
    assert parties(r) == [("CONCEDE", ("USA",), ("CAN",))]
    r = extract("Britain lifted its restrictions on Kenya's flower exports on Monday.")
    assert parties(r) == [("CONCEDE", ("GBR",), ("KEN",))]
    # the doer's own thing, shared with a partner: the partner
    r = extract("Japan eased its controls on Japanese chip cooperation with Seoul on Friday.")
    assert parties(r) == [("CONCEDE", ("JPN",), ("KOR",))]
    # a concession only asked for is none
    r = extract("Kenya urged Uganda to ease its curbs on Kenyan milk imports.")
    assert ("CONCEDE", ("UGA",), ("KEN",)) not in parties(r)
