"""Accusations, refusals and threats whose other side the sentence names
outside the trigger's slots (issue #16): in what is warned of, or as the
doer of an act the same sentence tells against the accuser. The sentences
are our own."""

from __future__ import annotations

from .conftest import Extract, parties


def test_a_warning_of_measures_against_a_state_threatens_it(extract: Extract) -> None:
    r = extract("The European Union welcomed the truce but warned of new sanctions against Russia.")
    assert ("THREATEN", ("EU",), ("RUS",)) in parties(r)
    r = extract("Japan warned of harsh measures against North Korea on Monday.")
    assert parties(r) == [("THREATEN", ("JPN",), ("PRK",))]


def test_a_threat_answering_an_attack_in_the_same_sentence_is_aimed_at_the_attacker(
    extract: Extract,
) -> None:
    r = extract(
        "Iran will retaliate for a suspected Israeli air strike on its embassy in Syria, the president said."
    )
    assert ("THREATEN", ("IRN",), ("ISR",)) in parties(r)


def test_a_charge_answering_an_attack_in_the_same_sentence_is_aimed_at_the_attacker(
    extract: Extract,
) -> None:
    r = extract("Kenya condemned the attack on Monday after Somali militants killed three Kenyan soldiers.")
    assert ("ACCUSE", ("KEN",), ("SOM",)) in parties(r)
    # an act by the accuser itself is not what it answers
    r = extract("Kenya condemned the violence on Monday after Kenyan police arrested three Somali traders.")
    assert [p for p in parties(r) if p[0] == "ACCUSE"] == []


def test_a_charge_that_an_act_is_about_does_not_answer_it(extract: Extract) -> None:
    # the British accusations are what Moscow judges, not a reply to Moscow
    r = extract("Moscow called the British accusations absurd.")
    assert parties(r) == [("ACCUSE", ("RUS",), ("GBR",))]


def test_mutual_charges_are_one_record_for_each_accuser(extract: Extract) -> None:
    r = extract("Armenia and Azerbaijan accused each other of violating the ceasefire on Sunday.")
    assert sorted(parties(r)) == [("ACCUSE", ("ARM",), ("AZE",)), ("ACCUSE", ("AZE",), ("ARM",))]
    r = extract("Sudan and South Sudan blamed one another for the clashes.")
    assert sorted(parties(r)) == [("ACCUSE", ("SDN",), ("SSD",)), ("ACCUSE", ("SSD",), ("SDN",))]


def test_holding_a_state_responsible_accuses_it(extract: Extract) -> None:
    # the parser hangs "responsible" on the object
    r = extract("The EU held the Belarusian government responsible for the safety of the passengers.")
    assert parties(r) == [("ACCUSE", ("EU",), ("BLR",))]


def test_a_response_to_a_hostile_act_vowed_or_warned_of_is_a_threat(extract: Extract) -> None:
    r = extract("Israel vowed to respond to the Iranian missile attack.")
    assert parties(r) == [("THREATEN", ("ISR",), ("IRN",))]
    r = extract("Iran warned it would hit back at Israel.")
    assert parties(r) == [("THREATEN", ("IRN",), ("ISR",))]
    # responding to a request is no threat, nor is striking a deal
    r = extract("Japan vowed to respond to the Chinese request quickly.")
    assert "THREATEN" not in [p[0] for p in parties(r)]


def test_the_counterpart_of_a_coordinated_object_is_the_acts(extract: Extract) -> None:
    r = extract("India cancelled the summit and the trade talks with Canada.")
    assert parties(r) == [("REJECT", ("IND",), ("CAN",))]


def test_saying_or_believing_a_state_did_a_wrong_accuses_it(extract: Extract) -> None:
    r = extract("Vietnam said the Chinese vessel had committed an act that violated its sovereignty.")
    assert parties(r) == [("ACCUSE", ("VNM",), ("CHN",))]
    r = extract("The US Navy believes that Iran's actions violate international law.")
    assert parties(r) == [("ACCUSE", ("USA",), ("IRN",))]
    r = extract("Serbia said Kosovo ignored the deal and violated the rights of Serbs.")
    assert parties(r) == [("ACCUSE", ("SRB",), ("XKX",))]
    # a wrong denied is no charge
    assert parties(extract("Russia said Ukraine had not violated the truce.")) == []
    assert parties(extract("Vietnam said China signed a deal that violated no rules.")) == []


def test_a_threat_answering_the_previous_sentences_act_is_aimed_at_its_doer(extract: Extract) -> None:
    r = extract("Israel struck the Iranian consulate in Damascus on Monday. Iran vowed to retaliate.")
    assert ("THREATEN", ("IRN",), ("ISR",)) in parties(r)


def test_rejecting_what_someone_proposed_is_aimed_at_the_proposer(extract: Extract) -> None:
    r = extract("Ghana rejected the plan as proposed by Togo.")
    assert parties(r) == [("REJECT", ("GHA",), ("TGO",))]
    # one who expected it did not put it forward
    assert parties(extract("Ghana rejected the plan, as expected by Togo.")) == []


def test_who_is_prompted_to_act_does_it(extract: Extract) -> None:
    r = extract(
        "Mexico agreed to send troops to the border, prompting the United States to pause "
        "the tariffs on Mexico."
    )
    assert ("CONCEDE", ("USA",), ("MEX",)) in parties(r)
    assert ("CONCEDE", ("MEX",), ("MEX",)) not in parties(r)
    r = extract("The Czech move prompted Russia to expel 20 Czech diplomats.")
    assert parties(r) == [("SANCTION", ("RUS",), ("CZE",))]


def test_a_denial_does_not_go_on_with_the_deniers_last_act(extract: Extract) -> None:
    r = extract(
        "Armenia accused Russia of failing to keep the peace. Armenia denied having troops in the region."
    )
    assert parties(r) == [("ACCUSE", ("ARM",), ("RUS",))]


def test_the_one_blame_is_laid_on_is_accused(extract: Extract) -> None:
    r = extract("Bolivia blamed the fuel shortage on Chilean port fees.")
    assert parties(r) == [("ACCUSE", ("BOL",), ("CHL",))]
    # the parser may hang "on" on the thing blamed: it is still whom the blame is laid on
    r = extract("Pakistan blamed the bombing on India.")
    assert ("ACCUSE", ("PAK",), ("IND",)) in parties(r)


def test_a_veto_cast_in_a_body_rejects_the_body(extract: Extract) -> None:
    r = extract("China vetoed a draft resolution at the Security Council on Tuesday.")
    assert parties(r) == [("REJECT", ("CHN",), ("UNSC",))]
    # a time, not a body
    r = extract("China vetoed the draft in March.")
    assert parties(r) == []


def test_a_refusal_told_by_the_one_refused_is_its_charge(extract: Extract) -> None:
    r = extract('"Serbia flouts the rulings of the court," the Croatian foreign ministry said on Monday.')
    assert ("ACCUSE", ("HRV",), ("SRB",)) in parties(r)


def test_a_disapproval_naming_no_one_is_aimed_at_the_last_aggressor(extract: Extract) -> None:
    coup = "Soldiers seized power in Sudan on Monday and arrested the prime minister."
    assert ("ACCUSE", ("DEU",), ("SDN",)) in parties(extract(f"{coup} Germany condemned the coup."))
    # not the aggressor's own words, and not a demand
    assert [p for p in parties(extract(f"{coup} Sudan condemned the coup.")) if p[0] == "ACCUSE"] == []
    assert [p for p in parties(extract(f"{coup} Germany called for calm.")) if p[0] == "REQUEST"] == []


def test_the_resolution_speaks_for_the_organisation_in_play(extract: Extract) -> None:
    text = "The UN Security Council met on Monday. The resolution condemns the Eritrean missile test."
    assert ("ACCUSE", ("UNSC",), ("ERI",)) in parties(extract(text))
    # with no organisation in play it speaks for no one
    r = extract("The resolution condemns the Eritrean missile test.")
    assert [p for p in parties(r) if p[0] == "ACCUSE"] == []


def test_an_agreement_that_calls_on_a_party_is_the_other_parties_asking(extract: Extract) -> None:
    text = "The World Bank signed a loan agreement with Kenya on Friday."
    text += " The agreement calls for Kenya to cut fuel subsidies."
    assert ("REQUEST", ("WB",), ("KEN",)) in parties(extract(text))


def test_seeking_asylum_or_a_visa_asks_the_state_that_would_let_one_in(extract: Extract) -> None:
    assert parties(extract("Afghan refugees sought asylum in Pakistan last year.")) == [
        ("REQUEST", ("AFG",), ("PAK",))
    ]
    assert ("REQUEST", ("BIH",), ("USA",)) in parties(
        extract("The Bosnian Serb leader sought a US visa in May.")
    )
    # a city where talks are sought is no one asked
    assert parties(extract("Russia sought talks in Geneva.")) == []


def test_a_vow_of_harm_is_a_threat_not_an_agreement(extract: Extract) -> None:
    r = extract("Iran vowed to retaliate against Israel for the strike on its consulate.")
    assert [(e.type, e.source, e.target, e.status) for e in r.events] == [
        ("THREATEN", ("IRN",), ("ISR",), "occurred")
    ]
    assert "conventions:vowed_harm" in r.events[0].rules
    r = extract("Hamas vowed to launch an attack on Israel.")
    assert parties(r) == [("THREATEN", ("GRP:HAMAS", "PSE"), ("ISR",))]
    # a vowed sanction stays the planned sanction; the vow is no agreement
    r = extract("The United States pledged to impose new sanctions on Iran.")
    assert parties(r) == [("SANCTION", ("USA",), ("IRN",))]
    # a vow to help is still a promise
    r = extract("China pledged to strengthen cooperation with Laos.")
    assert parties(r) == [("AGREE", ("CHN",), ("LAO",))]


def test_calling_an_act_a_grave_wrong_accuses_its_doer(extract: Extract) -> None:
    r = extract("Ghana called Togo's campaign against the northern villages genocide on Monday.")
    assert parties(r) == [("ACCUSE", ("GHA",), ("TGO",))]
    r = extract("Peru described the Bolivian raid as aggression.")
    assert parties(r) == [("ACCUSE", ("PER",), ("BOL",))]


def test_calling_for_an_act_asks_its_doer_not_where_it_happens(extract: Extract) -> None:
    r = extract("The EU called for the withdrawal of Russian troops from Moldova.")
    assert parties(r) == [("REQUEST", ("EU",), ("RUS",))]
    # an act with no doer named is aimed at its target, as before
    r = extract("Poland called for sanctions against Belarus.")
    assert parties(r) == [("REQUEST", ("POL",), ("BLR",))]


def test_naming_anothers_act_by_a_disparaging_word_in_what_one_says_disapproves_of_it(
    extract: Extract,
) -> None:
    r = extract("Russia said on Monday that the expulsion answered Latvia's unfriendly step.")
    assert parties(r) == [("ACCUSE", ("RUS",), ("LVA",))]
    # the word on one's own act disparages no one else
    assert parties(extract("Kenya said its hostile neighbours had closed the border.")) == []


def test_calling_for_an_act_done_together_asks_every_side_of_it(extract: Extract) -> None:
    r = extract("Kenya called for talks between Ethiopia and Eritrea.")
    assert parties(r) == [("REQUEST", ("KEN",), ("ETH", "ERI"))]


def test_a_vow_to_look_into_or_stop_harm_threatens_no_one(extract: Extract) -> None:
    r = extract("Iran vowed to investigate the attack on its embassy by Israel.")
    assert [e.type for e in r.events if e.type == "THREATEN"] == []


def test_promising_an_act_an_answer_threatens_its_owner(extract: Extract) -> None:
    r = extract("Iran said the Israeli strike would not go unanswered.")
    assert parties(r) == [("THREATEN", ("IRN",), ("ISR",))]
    r = extract("Russia warned that any further provocation by Latvia would not be tolerated.")
    assert parties(r) == [("THREATEN", ("RUS",), ("LVA",))]
    r = extract("Kenya said it would not tolerate Somali incursions.")
    assert parties(r) == [("THREATEN", ("KEN",), ("SOM",))]
    # what has had consequences is no promise of an answer
    r = extract("Ghana said the sanctions on Togo had consequences for the economy.")
    assert [p for p in parties(r) if p[0] == "THREATEN"] == []


def test_a_charge_joined_to_a_warning_shares_its_target(extract: Extract) -> None:
    r = extract("South Korea expressed regret over the blast and warned North Korea of a stern response.")
    assert ("ACCUSE", ("KOR",), ("PRK",)) in parties(r)
    assert ("THREATEN", ("KOR",), ("PRK",)) in parties(r)
    # a demand is addressed to whoever can act, not to the one condemned
    r = extract("Kenya asked the African Union for help and condemned the raids.")
    assert [p for p in parties(r) if p[0] == "ACCUSE"] == []


def test_a_threat_naming_no_one_is_aimed_at_the_last_aggressor(extract: Extract) -> None:
    r = extract(
        "Malian gunmen attacked a Senegalese border post on Monday. Two soldiers died. "
        "Gambia warned that any repeat would not go unanswered."
    )
    assert ("THREATEN", ("GMB",), ("MLI",)) in parties(r)


def test_a_refusal_on_a_condition_is_aimed_at_whose_act_the_condition_is(extract: Extract) -> None:
    r = extract("Britain opposes the deal unless Iran halts enrichment.")
    assert parties(r) == [("REJECT", ("GBR",), ("IRN",))]


def test_a_warning_of_a_danger_threatens_no_one(extract: Extract) -> None:
    # no harm named and no act answered: "warned of a catastrophe" after an
    # attack, or joined to a charge, is no threat aimed at the attacker
    r = extract(
        "Russian forces shelled Kharkiv on Monday. The UN warned of a humanitarian catastrophe in the city.",
        published="2024-06-12",
    )
    assert [e for e in r.events if e.type == "THREATEN"] == []
    r = extract("Germany condemned Russia's strikes on Odesa and warned of a humanitarian crisis.")
    assert [e for e in r.events if e.type == "THREATEN"] == []
    # a forecast of consequences is no threat
    assert (
        extract("The IMF said Argentina's default would have severe consequences for its economy.").events
        == []
    )
