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
