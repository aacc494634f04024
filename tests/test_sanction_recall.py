"""Sanctions as news tells them (issue #16): expulsions told by their terms,
and what is no sanction though it uses a sanction's verb. The sentences are
our own."""

from __future__ import annotations

from .conftest import Extract, typed


def test_putting_off_the_end_of_a_pact_does_not_cut_it(extract: Extract) -> None:
    r = extract("Norway will suspend the expiry of its fishing agreement with Iceland, Oslo said on Friday.")
    assert [e for e in typed(r) if e[0] == "SANCTION"] == []
    # suspending the agreement itself still cuts it
    r = extract("Norway suspended its fishing agreement with Iceland on Friday.")
    assert typed(r) == [("SANCTION", "discontinue", ("NOR",), ("ISL",))]


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


def test_dropping_ties_cuts_them(extract: Extract) -> None:
    r = extract("Taiwan said it was dropping ties with Kiribati.")
    assert typed(r) == [("SANCTION", "discontinue", ("TWN",), ("KIR",))]


def test_ending_a_freeze_in_relations_mends_them(extract: Extract) -> None:
    r = extract("Ecuador and Mexico said on Friday that they would end two years of frozen relations.")
    assert [e for e in typed(r) if e[0] == "SANCTION"] == []


def test_a_deadline_to_leave_is_the_expulsion_of_whoever_tells_of_it(extract: Extract) -> None:
    r = extract("Albania's foreign minister said the Iranian envoy, Reza Amini, has two days to leave.")
    assert typed(r) == [("SANCTION", "expel", ("ALB",), ("IRN",))]
    # an order to leave in the passive, with no one named as giving it
    r = extract("The Togolese ambassador was ordered to leave the country, Ghana's foreign ministry said.")
    assert typed(r) == [("SANCTION", "expel", ("GHA",), ("TGO",))]
