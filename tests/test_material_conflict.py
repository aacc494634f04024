"""Material conflict (PLOVER ASSAULT, COERCE, MOBILIZE, RETREAT, PROTEST) as the
training news reports it (issue #16): force readied rather than used, the
aim of a mobilisation, a vessel's flag, an arrest whose doer goes unnamed,
fighters who give themselves up. The sentences are our own."""

from __future__ import annotations

from .conftest import Extract, typed


def test_an_attack_being_prepared_is_force_readied_not_used(extract: Extract) -> None:
    r = extract("The Serbian army prepared to resume shelling Albanian rebel positions.")
    assert typed(r) == [("MOBILIZE", "weapons", ("SRB",), ("ALB",))]
    assert "conventions:readied_force" in r.events[0].rules
    r = extract("Azerbaijan was preparing to launch an attack on Armenian positions, Yerevan said.")
    assert typed(r) == [("MOBILIZE", "troops", ("AZE",), ("ARM",))]
    # being prepared to strike is a readiness of mind: a threat, not a mobilisation
    r = extract("Israel is prepared to strike Iran if it enriches more uranium.")
    assert [e.type for e in r.events] == ["THREATEN"]


def test_a_war_a_mobilisation_is_for_gives_it_its_target_and_is_no_event(extract: Extract) -> None:
    r = extract("Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
    assert typed(r) == [("MOBILIZE", "troops", ("GBR",), ("IRQ",))]
    assert "conventions:aim_of_mobilisation" in r.events[0].rules
    # a war that is the object of something else stays an event
    r = extract("Britain mobilized army reservists on Tuesday. Britain waged a war against Iraq in 2003.")
    assert ("ASSAULT", None, ("GBR",), ("IRQ",)) in typed(r)


def test_a_ship_is_of_the_state_whose_flag_it_flies(extract: Extract) -> None:
    r = extract("A Panama-flagged tanker was seized by Iran on Wednesday.")
    assert typed(r) == [("COERCE", "seize", ("IRN",), ("PAN",))]
    r = extract("Iranian forces seized an oil tanker under the flag of Panama on Wednesday.")
    assert typed(r) == [("COERCE", "seize", ("IRN",), ("PAN",))]
    r = extract("Iran seized a tanker flying the Liberian flag.")
    assert typed(r) == [("COERCE", "seize", ("IRN",), ("LBR",))]


def test_vessels_are_captured_as_a_seizure_not_an_arrest(extract: Extract) -> None:
    r = extract("Russian forces captured three Ukrainian navy vessels near the strait.")
    assert typed(r) == [("COERCE", "seize", ("RUS",), ("UKR",))]
    # whose ships they were unsaid: no arrest of the captor's own state
    assert extract("The ships were captured by Russian special forces.").events == []


def test_an_arrest_with_no_doer_named_is_made_where_it_is_made(extract: Extract) -> None:
    r = extract("Dozens of protesters were detained in Tbilisi on Monday.")
    assert typed(r) == [("COERCE", "arrest", ("GEO",), ("GEO",))]
    r = extract("Two Japanese nationals were arrested in Beijing on Monday.")
    assert typed(r) == [("COERCE", "arrest", ("CHN",), ("JPN",))]
    # the place says who arrested, not whom: no arrest of the place's own state
    assert (
        extract("A missionary from Canada was arrested in Lebanon for spying, according to the press.").events
        == []
    )
    # a doer named is the doer, wherever it acts
    r = extract("A Ukrainian activist was detained by Russian forces in Crimea.")
    assert typed(r) == [("COERCE", "arrest", ("RUS",), ("UKR",))]


def test_fighters_who_surrender_lay_down_their_arms(extract: Extract) -> None:
    r = extract("Ukrainian troops surrendered to Russian forces in Mariupol.")
    assert typed(r) == [("RETREAT", "disarm", ("UKR",), ("RUS",))]
    # to their own state when no other side is named, also when it is reported
    r = extract(
        "Five hundred Ugandan rebels surrendered last week after a government offensive, an official said."
    )
    assert typed(r) == [("RETREAT", "disarm", ("UGA",), ("UGA",))]


def test_killed_in_a_states_airstrike_is_that_states_attack(extract: Extract) -> None:
    r = extract("Three Syrian soldiers were killed in an Israeli airstrike near Damascus on Sunday.")
    assert [(e.type, e.source, e.target) for e in r.events] == [("ASSAULT", ("ISR",), ("SYR",))]
    r = extract("Two Ukrainian civilians were wounded in Russian shelling of Kharkiv.")
    assert [(e.type, e.source, e.target) for e in r.events] == [("ASSAULT", ("RUS",), ("UKR",))]


def test_an_annexation_is_a_seizure_of_land_not_an_attack(extract: Extract) -> None:
    r = extract("Russia annexed four regions of Ukraine in September.")
    assert typed(r) == [("COERCE", "seize", ("RUS",), ("UKR",))]
    r = extract("Putin ratified the annexation of four Ukrainian regions on Friday.")
    assert typed(r) == [("COERCE", "seize", ("RUS",), ("UKR",))]


def test_people_led_away_by_the_police_of_a_place_are_arrested_by_its_state(extract: Extract) -> None:
    r = extract("Dozens of Vietnamese protesters were taken away by police in Hanoi on Sunday.")
    assert typed(r) == [("COERCE", "arrest", ("VNM",), ("VNM",))]
    r = extract("The Georgian police took the protesters away.")
    assert typed(r) == [("COERCE", "arrest", ("GEO",), ("GEO",))]
    # police with a state of their own are that state's, wherever they act
    r = extract("Two Canadians were detained by Chinese police in Beijing.")
    assert typed(r) == [("COERCE", "arrest", ("CHN",), ("CAN",))]
    assert r.events[0].rules == ("lexicon:events.yaml#coerce.arrest",)


def test_a_paper_ordered_to_stop_printing_is_censored_and_computers_hacked_are_their_owners(
    extract: Extract,
) -> None:
    r = extract("The Belarusian government ordered an opposition newspaper to suspend publication on Monday.")
    assert typed(r) == [("COERCE", "censor", ("BLR",), ("BLR",))]
    r = extract("North Korea tried to hack into the computers of South Korean army officers.")
    assert typed(r) == [("COERCE", "cyber", ("PRK",), ("KOR",))]


def test_what_is_seized_from_someone_was_theirs(extract: Extract) -> None:
    r = extract("Kenyan police seized weapons from Somali militants on Friday.")
    assert typed(r) == [("COERCE", "seize", ("KEN",), ("SOM",))]


def test_people_captured_are_held_and_a_crew_arrested_is_its_ships(extract: Extract) -> None:
    r = extract("Iraqi police captured two Syrian smugglers near the border.")
    assert typed(r) == [("COERCE", "arrest", ("IRQ",), ("SYR",))]
    r = extract("Iran arrested the crew of a Greek tanker on Monday.")
    assert typed(r) == [("COERCE", "arrest", ("IRN",), ("GRC",))]


def test_police_stopping_a_protest_restrict_the_protesters(extract: Extract) -> None:
    r = extract("Georgian police broke up a rally of opposition supporters in Tbilisi.")
    assert typed(r) == [("COERCE", "restrict", ("GEO",), ("GEO",))]
    # protesters stopping a march are no state's restriction
    assert [e.type for e in extract("Protesters blocked a march by nationalists.").events] != ["COERCE"]


def test_a_unilateral_truce_and_armed_men_pulling_back_need_no_other_side(extract: Extract) -> None:
    r = extract("Hezbollah declared a unilateral ceasefire in southern Lebanon on Wednesday.")
    assert [(e.type, e.mode, e.target) for e in r.events] == [("RETREAT", "ceasefire", ())]
    r = extract("The Bolivian soldiers pulled back to their barracks on Wednesday.")
    assert typed(r) == [("RETREAT", "withdraw", ("BOL",), ())]
    # leaving a bloc is no retreat of arms, even for a military regime
    r = extract(
        "The Malian and Nigerien military regimes have announced immediate withdrawal from the regional bloc."
    )
    assert [e for e in r.events if e.type == "RETREAT"] == []


def test_a_bomb_no_one_owns_is_set_off_by_a_group_of_the_place(extract: Extract) -> None:
    r = extract("Two Kenyan soldiers were killed by a roadside bomb near the Somali town of Beledweyne.")
    assert typed(r) == [("ASSAULT", "targeted", ("SOM",), ("KEN",))]
    assert "sides:bomb_of_the_place" in r.events[0].rules
    r = extract("A car bomb explosion near the city of Kandahar killed four Afghan civilians on Friday.")
    assert typed(r) == [("ASSAULT", "targeted", ("AFG",), ("AFG",))]
    # a bomb whose owner is named is that owner's; shelling is an armed force's
    r = extract("Two Kenyan soldiers were killed by a Somali rebel bomb in Mogadishu.")
    assert all("sides:bomb_of_the_place" not in e.rules for e in r.events)
    shelled = "Two Kenyan soldiers were killed by shelling near the Somali town of Beledweyne."
    assert extract(shelled).events == []
    # an explosion said to be no more than that may be an accident
    assert extract("Five Kenyan workers were killed in an explosion at a factory in Nairobi.").events == []


def test_a_place_attacked_that_names_no_one_is_of_the_state_it_stands_in(extract: Extract) -> None:
    r = extract("Russian troops captured a village in eastern Ukraine on Monday.")
    assert typed(r) == [("ASSAULT", None, ("RUS",), ("UKR",))]
    assert "roles:located_in" in r.events[0].rules
    r = extract("Sudanese rebels fired rockets at targets near Juba.")
    assert typed(r) == [("ASSAULT", "heavy-weapons", ("SDN",), ("SSD",))]
    # what the object names comes first: the owner of the positions
    r = extract("Israeli jets struck Hezbollah positions in Syria.")
    assert [e.target for e in r.events] == [("GRP:HEZBOLLAH", "LBN")]


def test_land_taken_of_a_state_is_taken_from_that_state(extract: Extract) -> None:
    text = "Kenya condemned Ethiopia's annexation of parts of Somalia. Egypt called the annexation illegal."
    r = extract(text)
    assert ("COERCE", "seize", ("ETH",), ("SOM",)) in typed(r)
    annexations = [e for e in r.events if e.type == "COERCE"]
    assert [e.target for e in annexations] == [("SOM",), ("SOM",)]
    assert "roles:located_in" in annexations[0].rules


def test_a_riot_against_a_states_policies_is_aimed_at_that_state(extract: Extract) -> None:
    r = extract("Palestinian riots against Israeli settlement policies went on for a week.")
    assert typed(r) == [("PROTEST", "riot", ("PSE",), ("ISR",))]
    r = extract("Kenyan students rioted against the Ugandan government in Kampala.")
    assert typed(r) == [("PROTEST", "riot", ("KEN",), ("UGA",))]


def test_an_anti_state_protest_is_aimed_at_that_state(extract: Extract) -> None:
    r = extract("Hundreds of Kenyans gathered for an anti-Uganda protest in Nairobi on Sunday.")
    assert typed(r) == [("PROTEST", "demo", ("KEN",), ("UGA",))]
    assert "records:protest_against" in r.events[0].rules
    r = extract("Kenyan students staged an anti-Ugandan rally in Nairobi.")
    assert typed(r) == [("PROTEST", "demo", ("KEN",), ("UGA",))]
    # "pro-" says whose side they are on: no target, a protest at home
    r = extract("Pro-Russian protesters rallied in Chisinau.")
    assert typed(r) == [("PROTEST", "demo", ("MDA",), ("MDA",))]


def test_an_attack_referred_to_is_a_mention_not_an_act_of_the_story(extract: Extract) -> None:
    text = "Trade matters more than ever, the Kenyan leader said, referring to Uganda's invasion of Rwanda."
    assert [e.type for e in extract(text).events if e.type == "ASSAULT"] == []
    # told as the news, the same attack is recorded
    r = extract("The Ugandan invasion of Rwanda began on Monday.")
    assert ("ASSAULT", None, ("UGA",), ("RWA",)) in typed(r)


def test_a_demonstration_in_a_named_city_is_held_there_not_against_it(extract: Extract) -> None:
    # "in the city of X", "in the capital X": where the crowd marched, not what
    r = extract("Thousands of Georgians demonstrated in the city of Batumi on Sunday.")
    assert typed(r) == [("PROTEST", "demo", ("GEO",), ("GEO",))]
    r = extract("Hundreds of Georgians rallied in the capital Tbilisi on Monday.")
    assert typed(r) == [("PROTEST", "demo", ("GEO",), ("GEO",))]


def test_a_people_named_in_the_plural_with_a_states_adjective_are_its_civilians(extract: Extract) -> None:
    # "Iraqi Kurds" are people of Iraq, not the Iraqi state: their protest is against it
    r = extract("Thousands of Iraqi Kurds demonstrated in the city of Erbil on Sunday.")
    assert typed(r) == [("PROTEST", "demo", ("IRQ",), ("IRQ",))]
    assert r.events[0].source_sectors == ("CVL",)


def test_forces_a_state_leads_are_that_states(extract: Extract) -> None:
    # "Kenyan-led forces": the leader's name hangs on "led", not on the forces
    r = extract("Kenyan-led forces captured a town in southern Somalia on Friday.")
    assert typed(r) == [("ASSAULT", None, ("KEN",), ("SOM",))]


def test_victims_killed_in_an_attack_were_killed_by_its_doer(extract: Extract) -> None:
    # the killing and the attack it happened in are one act: the attack's doer did it
    r = extract("Twelve Somali soldiers were killed in an attack by Kenyan troops on Monday.")
    assert typed(r) == [("ASSAULT", "targeted", ("KEN",), ("SOM",))]
    assert "conventions:in_the_act" in r.events[0].rules
    r = extract("Dozens of Armenians were killed in Azerbaijan's offensive in the region.")
    assert typed(r) == [("ASSAULT", "targeted", ("AZE",), ("ARM",))]


def test_a_state_blocking_a_road_is_no_street_protest(extract: Extract) -> None:
    # PLOVER's obstruct protest is by people; a state named as itself is not a crowd
    r = extract("French farmers blocked the highways around Paris on Monday.")
    assert typed(r) == [("PROTEST", "obstruct", ("FRA",), ("FRA",))]
    r = extract("Guatemala blocked a bridge on its border with Mexico on Monday.")
    assert [e for e in r.events if e.type == "PROTEST"] == []


def test_whose_is_the_one_the_relative_clause_describes(extract: Extract) -> None:
    # "Kosovo, whose police arrested ...": the police are Kosovo's
    r = extract("Serbia condemned Kosovo, whose police arrested two Serbian citizens on Monday.")
    assert ("COERCE", "arrest", ("XKX",), ("SRB",)) in typed(r)


def test_troops_deploying_themselves_mobilize(extract: Extract) -> None:
    # "deploy" with no object: the troops deploy themselves (mobilize.deploy.intransitive)
    r = extract("Russian troops deployed to the border region on Tuesday.")
    assert typed(r) == [("MOBILIZE", "troops", ("RUS",), ())]


def test_peacekeepers_of_a_state_are_its_military(extract: Extract) -> None:
    r = extract("Russian peacekeepers deployed to the border region on Tuesday.")
    assert typed(r) == [("MOBILIZE", "troops", ("RUS",), ())]
    assert r.events[0].source_sectors == ("MIL",)


def test_sinking_a_ship_destroys_it(extract: Extract) -> None:
    r = extract("A Vietnamese fishing boat was sunk by a Chinese coast guard vessel near the islands.")
    assert typed(r) == [("ASSAULT", "destroy", ("CHN",), ("VNM",))]
    # a ship that sank is no attack
    assert extract("The Russian cruiser sank in the Black Sea on Thursday.").events == []


def test_a_year_after_in_is_when_troops_withdrew_not_what_they_withdrew(extract: Extract) -> None:
    # "in 2022" is a time: it must not count as an object of "pulled out"
    r = extract("Belgian soldiers pulled out of Chad in 2019.")
    assert typed(r) == [("RETREAT", "withdraw", ("BEL",), ())]
    r = extract("Turkish troops withdrew from Libya in 2021.")
    assert typed(r) == [("RETREAT", "withdraw", ("TUR",), ("LBY",))]
