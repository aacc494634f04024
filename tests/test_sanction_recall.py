"""Sanctions as news tells them (issue #16): expulsions told by their terms,
and what is no sanction though it uses a sanction's verb. The sentences are
our own."""

from __future__ import annotations

from .conftest import Extract, typed


def test_putting_off_the_end_of_a_pact_does_not_cut_it(extract: Extract) -> None:
    r = extract("South Korea will suspend the expiry of its military agreement with Japan, Seoul said.")
    assert [e for e in typed(r) if e[0] == "SANCTION"] == []
    # suspending the agreement itself still cuts it
    r = extract("Niger suspended its military agreement with France.")
    assert typed(r) == [("SANCTION", "discontinue", ("NER",), ("FRA",))]


def test_an_envoy_declared_persona_non_grata_in_a_clause_of_its_own_is_expelled(
    extract: Extract,
) -> None:
    # the parser makes "persona non grata" a clause, the envoy its subject
    r = extract('Chad declared the French ambassador "persona non grata" on Monday.')
    assert typed(r) == [("SANCTION", "expel", ("TCD",), ("FRA",))]
    r = extract("Ecuador declared the Colombian consul in Guayaquil persona non grata last week.")
    assert typed(r) == [("SANCTION", "expel", ("ECU",), ("COL",))]
    # another description of an envoy is no expulsion
    assert typed(extract("Chad declared the French ambassador a close friend on Monday.")) == []


def test_envoys_who_must_leave_by_a_deadline_are_expelled_by_the_state_they_leave(
    extract: Extract,
) -> None:
    r = extract("Ghana announced that the Togolese diplomats should leave Ghana within three days.")
    assert [e[:4] for e in typed(r)] == [("SANCTION", "expel", ("GHA",), ("TGO",))]
    # an envoy who left within hours of something was not told to
    assert typed(extract("The Danish envoy left Tehran within hours of the attack.")) == []


def test_dropping_ties_cuts_them(extract: Extract) -> None:
    r = extract("Taiwan said it was dropping ties with Kiribati.")
    assert typed(r) == [("SANCTION", "discontinue", ("TWN",), ("KIR",))]


def test_ending_a_freeze_in_relations_mends_them(extract: Extract) -> None:
    r = extract("Cuba and the United States agreed to end decades of frozen relations in 2014.")
    assert [e for e in typed(r) if e[0] == "SANCTION"] == []


def test_a_deadline_to_leave_is_the_expulsion_of_whoever_tells_of_it(extract: Extract) -> None:
    r = extract("The Russian ambassador Ivan Petrov has 72 hours to leave, Latvia's foreign minister said.")
    assert typed(r) == [("SANCTION", "expel", ("LVA",), ("RUS",))]
    # an order to leave in the passive, with no one named as giving it
    r = extract("The Togolese ambassador was ordered to leave the country, Ghana's foreign ministry said.")
    assert typed(r) == [("SANCTION", "expel", ("GHA",), ("TGO",))]


def test_a_named_official_given_hours_to_leave_is_expelled(extract: Extract) -> None:
    # a known office-holder named alone, with no word for an envoy
    r = extract("Sergey Lavrov had 72 hours to leave the country, the Latvian minister told reporters.")
    assert typed(r) == [("SANCTION", "expel", ("LVA",), ("RUS",))]
    # people who are no actor are not expelled
    assert typed(extract("Residents had 24 hours to leave the city, Israeli officials said.")) == []
