"""A force or grouping "led" by a named actor is coded as its leader (#16):
PLOVER codes a coalition by the state that leads it. Sentences written for
these tests."""

from __future__ import annotations

from .conftest import Extract, parties


def test_a_coalition_led_by_a_state_is_that_states(extract: Extract) -> None:
    r = extract("The Saudi-led military alliance struck Houthi positions in Yemen on Monday.")
    assert ("ASSAULT", ("SAU",), ("GRP:HOUTHIS", "YEM")) in parties(r)
    assert all("actors:led_by" in e.rules for e in r.events if e.source == ("SAU",))


def test_a_government_led_by_a_group_is_the_groups(extract: Extract) -> None:
    r = extract("The Taliban-led government rejected the demand of Pakistan on Monday.")
    assert any(e.type == "REJECT" and "GRP:TALIBAN" in e.source for e in r.events), r.events


def test_a_force_headed_by_a_state_is_that_states(extract: Extract) -> None:
    # "-headed" says what "-led" says (`leading_participles` in agents.yaml).
    r = extract("A Kenyan-headed force captured two towns from al-Shabaab in Somalia on Monday.")
    assert any(
        e.type == "ASSAULT" and e.source == ("KEN",) and "actors:led_by" in e.rules for e in r.events
    ), r.events
