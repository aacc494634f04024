"""An event the document recorded, named again by another noun of its type
("held talks ... the meeting"): the same event, with its parties and date
(events/again.py other_word). Documents written for these tests."""

from __future__ import annotations

from .conftest import Extract, events_of, parties

PUB = "2025-02-14"


def test_a_definite_noun_of_the_type_alone_is_the_event_recorded_before(extract: Extract) -> None:
    r = extract(
        "Putin and Zelensky held talks in Istanbul on Monday. "
        "The Kremlin said the meeting lasted three hours.",
        published=PUB,
    )
    assert events_of(r, "CONSULT") == [("CONSULT", ("RUS",), ("UKR",), "2025-02-10", "occurred")] * 2
    assert "again:other_word" in r.events[-1].rules
    assert "sides:earlier_event" in r.events[-1].rules
    # a measure: "the expulsions" after "expelled", "the embargo" after "sanctions"
    r = extract(
        "Britain expelled three Russian diplomats on Monday. Moscow said the expulsions were unfriendly.",
        published=PUB,
    )
    assert events_of(r, "SANCTION") == [("SANCTION", ("GBR",), ("RUS",), "2025-02-10", "occurred")] * 2
    r = extract(
        "Canada imposed sanctions on Venezuela on Monday. "
        "Officials in Caracas said the embargo would hurt the country.",
        published=PUB,
    )
    assert events_of(r, "SANCTION") == [("SANCTION", ("CAN",), ("VEN",), "2025-02-10", "occurred")] * 2


def test_a_word_of_two_types_is_not_named_again_across_words(extract: Extract) -> None:
    # "protest" names a charge and a demonstration: the protests are no second charge
    r = extract(
        "Cuba blamed the United States on Sunday for the unrest. "
        "Havana said the protests had spread to three towns.",
        published=PUB,
    )
    assert parties(r) == [("ACCUSE", ("CUB",), ("USA",))]


def test_the_body_one_withdraws_from_is_no_meeting_named_again(extract: Extract) -> None:
    r = extract(
        "Pacific leaders held a summit of the Pacific Islands Forum in Suva on Monday. "
        "Kiribati said it would withdraw from the forum.",
        published=PUB,
    )
    assert [e.trigger for e in r.events if e.type == "CONSULT"] == ["summit"]


def test_a_noun_after_an_act_of_its_type_in_the_sentence_names_that_act(extract: Extract) -> None:
    # "the request" is London's call, not Moscow's request of the day before
    r = extract(
        "Russia asked Britain on Monday to return its diplomats. "
        "London called for an inquiry into the poisoning, but the request was turned down.",
        published=PUB,
    )
    assert parties(r) == [("REQUEST", ("RUS",), ("GBR",))]


def test_an_agreement_naming_no_party_is_the_agreement_recorded_before(extract: Extract) -> None:
    deal = "Norway and Iceland reached a deal on Monday over the herring quotas. "
    r = extract(deal + "The agreement includes an apology by Iceland.", published=PUB)
    assert events_of(r, "AGREE") == [("AGREE", ("NOR",), ("ISL",), "2025-02-10", "occurred")] * 2
    assert r.events[-1].rule == "agree.agreement.again"
    # one that names its parties may be another agreement, and states no event
    r = extract(deal + "Oslo said the agreement between Canada and Japan was different.", published=PUB)
    assert len(r.events) == 1
    # nor does an agreement the document recorded none before
    assert extract("Oslo said the agreement was final.", published=PUB).events == []


def test_a_year_of_its_own_makes_a_noun_another_event(extract: Extract) -> None:
    r = extract(
        "Norway and Iceland reached a deal on Monday over the herring quotas. "
        "The 2015 agreement had failed, Oslo said.",
        published=PUB,
    )
    assert len(r.events) == 1


def test_a_signed_deal_named_again_is_that_signing(extract: Extract) -> None:
    r = extract(
        "Chile and Peru signed a fishing deal on Monday. The deal includes quotas for both fleets.",
        published=PUB,
    )
    assert events_of(r, "SUPPORT") == [("SUPPORT", ("CHL",), ("PER",), "2025-02-10", "occurred")] * 2
    assert "lexicon:events.yaml#support.agreement.again" in r.events[-1].rules


def test_an_event_named_again_keeps_the_status_it_was_recorded_with(extract: Extract) -> None:
    # "will never recognise the annexation" negates the recognising, not the annexation
    r = extract(
        "Russia annexed the Kherson region on Friday. The EU said it would never recognise the annexation.",
        published=PUB,
    )
    assert [(e.type, e.status) for e in r.events if e.type == "COERCE"] == [("COERCE", "occurred")] * 2
