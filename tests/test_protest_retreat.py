"""Street protests and retreats that news reports in words the lexicon
missed (issue #16): "took to the streets", "staged a rally", a release by a
passive agent, a prisoner exchange agreed by a clause's subjects. The
sentences are our own."""

from __future__ import annotations

from .conftest import Extract, typed


def test_taking_to_the_streets_is_a_protest_against_the_government_at_home(extract: Extract) -> None:
    r = extract("Thousands of protesters took to the streets of Santiago on Friday.")
    assert typed(r) == [("PROTEST", "demo", ("CHL",), ("CHL",))]
    # taking something else is no protest
    r = extract("Chile took the lead in the talks on Friday.")
    assert "PROTEST" not in [e.type for e in r.events]


def test_a_people_named_by_its_nationality_protests_against_its_own_state(extract: Extract) -> None:
    # "Peruvians" are the people, not the state: the protest is aimed at Peru
    r = extract("Thousands of Peruvians took to the streets on Sunday.")
    assert typed(r) == [("PROTEST", "demo", ("PER",), ("PER",))]


def test_protesters_gathering_or_people_gathering_for_a_rally_protest(extract: Extract) -> None:
    r = extract("Armenian protesters gathered outside the government building in Yerevan.")
    assert [(e.type, e.source) for e in r.events] == [("PROTEST", ("ARM",))]
    r = extract("Georgian students held a rally outside parliament in Tbilisi on Monday.")
    assert [(e.type, e.source) for e in r.events] == [("PROTEST", ("GEO",))]
    # ministers gathering for talks do not protest
    r = extract("Arab foreign ministers gathered in Cairo on Monday.")
    assert "PROTEST" not in [e.type for e in r.events]


def test_a_pilot_released_by_a_state_is_a_retreat_towards_the_pilots_state(extract: Extract) -> None:
    r = extract("A Turkish pilot was released by Syria on Friday.")
    assert typed(r) == [("RETREAT", "release", ("SYR",), ("TUR",))]


def test_a_prisoner_exchange_agreed_by_two_states_is_theirs(extract: Extract) -> None:
    r = extract("Armenia and Azerbaijan agreed to a prisoner exchange on Monday.")
    retreats = [(e.mode, {*e.source, *e.target}) for e in r.events if e.type == "RETREAT"]
    assert retreats == [("release", {"ARM", "AZE"})]


def test_boycotting_a_meeting_is_a_protest_against_its_holder(extract: Extract) -> None:
    r = extract("Lithuania will boycott the OSCE meeting in Skopje next week.")
    assert [(e.type, e.mode, e.source, e.target) for e in r.events] == [
        ("PROTEST", "boycott", ("LTU",), ("OSCE",))
    ]


def test_a_protest_whose_doer_no_one_names_is_not_recorded(extract: Extract) -> None:
    # the party is no actor we know: a boycott aimed at Chile by no one says nothing
    r = extract("The small Rainbow party said it would boycott Chile's regional elections.")
    assert [e for e in r.events if not e.source] == []


def test_a_protest_is_aimed_at_whom_its_purpose_opposes(extract: Extract) -> None:
    r = extract("Students rallied in Dhaka to protest India's water policy.")
    assert typed(r) == [("PROTEST", "demo", ("BGD",), ("IND",))]
    assert "sides:protest_purpose" in r.events[0].rules
    r = extract("Farmers in Nakuru blocked a highway to vent their anger at Uganda's milk tariffs.")
    assert typed(r) == [("PROTEST", "obstruct", ("KEN",), ("UGA",))]
    # only what the purpose opposes: whom a demand concerns, or a rally backs, is no target
    for text, home in (
        ("Students rallied in Nairobi to demand the release of a French journalist.", ("KEN",)),
        ("Protesters gathered in Tbilisi to voice support for Ukraine.", ("GEO",)),
        ("Thousands of Kenyans marched in Nairobi to protest the arrest of a British journalist.", ("KEN",)),
    ):
        assert [e.target for e in extract(text).events if e.type == "PROTEST"] == [home], text
    # a clause with a doer of its own is no purpose of the protest
    r = extract("Thousands rallied in Baku on Monday after Armenia condemned Turkey.")
    assert [e.target for e in r.events if e.type == "PROTEST"] == [("AZE",)]
