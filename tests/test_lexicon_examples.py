"""Every trigger in the lexicons carries example sentences; each one, run
through the whole pipeline, must give a record from that trigger. A trigger
whose examples stop firing is dead or shadowed by another entry."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from diplograph.extract import lexicon
from diplograph.extract.lexicon import MembershipTrigger, Trigger
from diplograph.nlp import Parser

from .conftest import Extract

EVENT_CASES = [
    pytest.param(t, s, id=f"{t.id}-{i}") for t in lexicon.events().triggers for i, s in enumerate(t.examples)
]
MEMBERSHIP_CASES = [
    pytest.param(t, s, id=f"{t.id}-{i}")
    for t in lexicon.memberships().triggers
    for i, s in enumerate(t.examples)
]


@pytest.mark.parametrize(("trigger", "sentence"), EVENT_CASES)
def test_event_trigger_example(extract: Extract, trigger: Trigger, sentence: str) -> None:
    r = extract(sentence)
    types = {trigger.type, trigger.type_override}
    got = [(e.rule, e.type) for e in r.events]
    # An event's rule is the id of the lexicon entry that produced it.
    assert any(e.rule == trigger.id and e.type in types for e in r.events), got


@pytest.mark.parametrize(("trigger", "sentence"), MEMBERSHIP_CASES)
def test_membership_trigger_example(
    extract: Extract, parser: Parser, trigger: MembershipTrigger, sentence: str
) -> None:
    r = extract(sentence)
    # Membership records carry no rule id: the trigger word's lemma (as the
    # pipeline reads it) and the mode identify the entry.
    lemmas = {t.text: t.lemma_.lower() for t in parser.nlp(sentence)}
    got = [(m.trigger, m.mode) for m in r.memberships]
    assert any(
        m.mode == trigger.mode and lemmas.get(m.trigger, m.trigger.lower()) in trigger.lemmas
        for m in r.memberships
    ), got


def test_every_trigger_has_an_example() -> None:
    # The schema requires them; this names the rule for whoever adds a trigger.
    assert all(t.examples for t in lexicon.events().triggers)
    assert all(t.examples for t in lexicon.memberships().triggers)


def test_story_and_sides_lexicons_are_validated() -> None:
    good = lexicon.sides().model_dump()
    assert lexicon.sides().expand_up_to == 12 and "MOBILIZE" in lexicon.sides().one_sided_types
    with pytest.raises(ValidationError, match="not PLOVER event types"):
        lexicon.SidesLexicon.model_validate({**good, "collective_types": ["MEET"]})
    with pytest.raises(ValidationError):
        lexicon.SidesLexicon.model_validate({**good, "expand_up_to": ["12"]})
    with pytest.raises(ValidationError, match="lower-case"):
        lexicon.NarrativeLexicon.model_validate({**lexicon.narrative().model_dump(), "stative_verbs": ["Be"]})
