"""Trigger entries for predicates that news uses and the lexicon did not
know (issue #16, the long tail of event words): who is the source, who the
target, and where each entry stops. The sentences are our own."""

from __future__ import annotations

from .conftest import Extract, events_of, parties, typed


def test_a_weapon_fired_at_someone_is_an_attack_and_one_fired_at_no_one_a_show_of_force(
    extract: Extract,
) -> None:
    r = extract("Syrian rebels fired mortars at a Turkish border post on Sunday.")
    assert typed(r) == [("ASSAULT", "heavy-weapons", ("SYR",), ("TUR",))]
    r = extract("North Korea launched two ballistic missiles into the sea on Tuesday.")
    assert typed(r) == [("MOBILIZE", "weapons", ("PRK",), ())]
    r = extract("Ghanaian soldiers opened fire on Togolese smugglers near the border.")
    assert typed(r) == [("ASSAULT", "firearms", ("GHA",), ("TGO",))]


def test_ground_taken_by_force_is_an_attack_on_the_state_it_belongs_to(extract: Extract) -> None:
    r = extract("Russian troops captured the Ukrainian town of Avdiivka in February.")
    assert typed(r) == [("ASSAULT", None, ("RUS",), ("UKR",))]
    # seizing goods stays a seizure (COERCE), not an attack
    assert [e.type for e in extract("Iran seized a Greek tanker on Monday.").events] == ["COERCE"]


def test_a_ship_rammed_or_an_office_blown_up_is_destruction(extract: Extract) -> None:
    r = extract("China's coast guard rammed a Philippine supply boat on Monday.")
    assert typed(r) == [("ASSAULT", "destroy", ("CHN",), ("PHL",))]
    r = extract("North Korea blew up the South Korean liaison office near the border.")
    assert typed(r) == [("ASSAULT", "destroy", ("PRK",), ("KOR",))]


def test_the_noun_of_an_arrest_names_who_was_held_after_of_and_who_held_them_after_by(
    extract: Extract,
) -> None:
    r = extract("The detention of two Canadian citizens by China has strained relations.")
    assert typed(r) == [("COERCE", "arrest", ("CHN",), ("CAN",))]
    r = extract("Myanmar's army placed the civilian leader under house arrest.")
    assert typed(r) == [("COERCE", "arrest", ("MMR",), ("MMR",))]


def test_ending_an_agreement_with_a_state_is_a_sanction_of_it(extract: Extract) -> None:
    r = extract("Mali revoked its defence accord with France on Monday.")
    assert typed(r) == [("SANCTION", "discontinue", ("MLI",), ("FRA",))]
    r = extract("The United States tore up its nuclear deal with Iran in 2018.")
    assert typed(r) == [("SANCTION", "discontinue", ("USA",), ("IRN",))]


def test_tariffs_imposed_are_a_sanction_and_tariffs_paused_a_concession(extract: Extract) -> None:
    r = extract("The United States imposed tariffs on Canadian steel in March.")
    assert typed(r) == [("SANCTION", "discontinue", ("USA",), ("CAN",))]
    r = extract("The United States paused its tariffs on Mexico for a month.")
    assert parties(r) == [("CONCEDE", ("USA",), ("MEX",))]


def test_persona_non_grata_expels_and_an_envoy_summoned_home_is_recalled(extract: Extract) -> None:
    r = extract("Latvia declared a Russian diplomat persona non grata on Friday.")
    assert typed(r) == [("SANCTION", "expel", ("LVA",), ("RUS",))]
    r = extract("Algeria summoned its ambassador from Madrid for consultations.")
    assert typed(r) == [("SANCTION", "withdraw", ("DZA",), ("ESP",))]
    # another state's envoy summoned is still a reprimand of that state
    r = extract("Poland summoned the Russian ambassador on Friday.")
    assert parties(r) == [("ACCUSE", ("POL",), ("RUS",))]


def test_saying_that_a_state_did_a_wrong_accuses_it(extract: Extract) -> None:
    r = extract("Vietnam said China had violated its sovereignty in the Gulf of Tonkin.")
    assert typed(r) == [("ACCUSE", "allege", ("VNM",), ("CHN",))]
    # denying a wrong of one's own accuses no one
    assert events_of(extract("Russia said it had not violated any rules.")) == []


def test_upset_by_a_states_act_is_disapproval_but_a_fear_is_not(extract: Extract) -> None:
    r = extract("Peru was outraged by the Bolivian statement.")
    assert typed(r) == [("ACCUSE", "disapprove", ("PER",), ("BOL",))]
    r = extract("Australia is worried that the pact could bring Chinese warships to the Pacific.")
    assert events_of(r, "ACCUSE") == []


def test_asking_and_pressing_name_who_is_asked(extract: Extract) -> None:
    r = extract("India sought an explanation from Nepal on Tuesday.")
    assert parties(r) == [("REQUEST", ("IND",), ("NPL",))]
    r = extract("France pressured Mali to hold elections.")
    assert parties(r) == [("REQUEST", ("FRA",), ("MLI",))]


def test_retaliation_vowed_is_a_threat(extract: Extract) -> None:
    r = extract("Iran vowed harsh retaliation against Israel on Sunday.")
    assert typed(r) == [("THREATEN", "violence", ("IRN",), ("ISR",))]


def test_prisoners_swapped_released_or_troops_pulled_out_are_a_retreat(extract: Extract) -> None:
    r = extract("A prisoner swap between Armenia and Azerbaijan took place on Wednesday.")
    assert [(e.type, e.mode, {*e.source, *e.target}) for e in r.events] == [
        ("RETREAT", "release", {"ARM", "AZE"})
    ]
    r = extract("The release of two Japanese sailors by Iran was announced on Monday.")
    assert typed(r) == [("RETREAT", "release", ("IRN",), ("JPN",))]
    r = extract("Russian troops withdrew from Kherson in November 2022.")
    assert typed(r) == [("RETREAT", "withdraw", ("RUS",), ("UKR",))]


def test_standing_with_a_state_supports_it_and_accepting_its_offer_agrees_with_it(extract: Extract) -> None:
    r = extract("Poland stands with Ukraine, its president said.")
    assert parties(r) == [("SUPPORT", ("POL",), ("UKR",))]
    r = extract("Sudan accepted Qatar's offer of mediation on Monday.")
    assert parties(r) == [("AGREE", ("SDN",), ("QAT",))]


def test_suspending_trade_with_a_state_is_a_sanction_of_it(extract: Extract) -> None:
    r = extract("Pakistan suspended trade with India on Wednesday.")
    assert typed(r) == [("SANCTION", "discontinue", ("PAK",), ("IND",))]
    r = extract("China halted imports of Japanese seafood in August.")
    assert typed(r) == [("SANCTION", "discontinue", ("CHN",), ("JPN",))]


def test_a_protest_staged_is_done_by_who_staged_it(extract: Extract) -> None:
    # "staged" was read as a form of "stag", so the light verb lent no doer
    r = extract("Thousands of Kenyan students staged demonstrations in Nairobi on Saturday.")
    assert [(e.type, e.source) for e in r.events] == [("PROTEST", ("KEN",))]
    r = extract("Algerian activists are staging a hunger strike against the government.")
    assert [(e.type, e.mode, e.source) for e in r.events] == [("PROTEST", "hunger", ("DZA",))]


def test_hit_with_sanctions_is_a_penalty_not_a_blow(extract: Extract) -> None:
    r = extract("The EU hit Russia with new sanctions on Friday.")
    assert parties(r) == [("SANCTION", ("EU",), ("RUS",))]


def test_brushing_off_a_states_protest_rejects_it_and_gunning_down_is_an_attack(extract: Extract) -> None:
    r = extract("Ankara brushed off Greece's protest on Monday.")
    assert parties(r) == [("REJECT", ("TUR",), ("GRC",))]
    r = extract("Pakistani militants gunned down two Afghan border guards on Friday.")
    assert typed(r) == [("ASSAULT", "firearms", ("PAK",), ("AFG",))]


def test_coming_under_fire_from_a_state_is_its_attack_but_under_fire_from_critics_is_not(
    extract: Extract,
) -> None:
    r = extract("A Georgian border patrol came under fire from Russian troops on Monday.")
    assert parties(r) == [("ASSAULT", ("RUS",), ("GEO",))]
    r = extract("The Kenyan minister came under fire from the Ugandan opposition over the budget.")
    assert [e.type for e in r.events if e.type == "ASSAULT"] == []


def test_killed_by_a_states_strike_is_that_states_attack(extract: Extract) -> None:
    r = extract("Two Lebanese soldiers were wounded by Israeli shelling on Monday.")
    assert parties(r) == [("ASSAULT", ("ISR",), ("LBN",))]
    r = extract("Iran vowed revenge after its general was killed by an American drone strike in Iraq.")
    assert [(e.type, e.source) for e in r.events if e.type == "ASSAULT"] == [("ASSAULT", ("USA",))]


def test_casualties_named_after_an_attack_are_its_harm_when_the_victims_are_the_same(
    extract: Extract,
) -> None:
    r = extract("Azerbaijan shelled an Armenian border post on Monday. Three Armenian soldiers were wounded.")
    wounded = [e for e in r.events if "sides:casualties_of_last_attack" in e.rules]
    assert [(e.source, e.target) for e in wounded] == [(("AZE",), ("ARM",))]
    r = extract("Azerbaijan shelled an Armenian border post on Monday. Three Georgian soldiers were wounded.")
    assert [e for e in r.events if "sides:casualties_of_last_attack" in e.rules] == []


def test_the_strike_after_an_airstrike_is_that_attack_again(extract: Extract) -> None:
    r = extract(
        "Israel carried out an airstrike on a Syrian army base on Thursday. "
        "Syrian officials said the strike destroyed two hangars."
    )
    again = [e for e in r.events if "sides:earlier_event" in e.rules]
    assert [(e.type, e.source, e.target) for e in again] == [("ASSAULT", ("ISR",), ("SYR",))]
