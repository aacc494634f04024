"""Which drafts keep one side: a draft needs two sides unless PLOVER's
event is one-sided by nature (a mobilisation, a protest, a summit of an
organisation, a declaration an organisation adopted, armed men withdrawn);
an organisation acting on itself is no event between actors. Read by
sides.complete after its completions have run."""

from __future__ import annotations

from .. import lexicon
from ..actors import agents
from ..actors.phrases import PhraseActors
from . import counterparts as find
from . import slots
from .draft import Draft


def two_sided(d: Draft) -> bool:
    return bool(d.source) and bool(d.target or d.participants)


def organisation_on_itself(d: Draft, actors: PhraseActors) -> bool:
    """ "The EU seized its assets", "the rebels took its crew hostage" read
    with "its" as the rebels': an organisation or an armed group acting on
    itself is no event between actors (a state's acts at home are: a
    curfew, arrests)."""
    source, target = set(d.codes(d.source)), set(d.codes(d.target))
    return bool(target) and target <= source and bool(target - set(actors.kb.states))


def one_sided_by_nature(d: Draft, actors: PhraseActors) -> bool:
    rules = lexicon.sides()
    if not d.source:
        return False  # the one side such an act has is its doer ("the party will boycott the vote")
    if d.type in rules.one_sided_types or f"{d.type}:{d.mode}" in rules.one_sided_types or d.entry.one_sided:
        return True
    if f"{d.type}:{d.mode}" in rules.armed_one_sided_types and (
        find.armed(d, actors) or _armed_object(d, actors)
    ):
        return not {t.lemma_.lower() for t in slots.prep_objects(d.trigger)["from"]} & rules.left_bodies
    codes = d.codes(d.source)
    if d.type not in rules.collective_types or not codes:
        return False
    # "Iran and Saudi Arabia agreed", "the BRICS summit", "the G20 adopted a
    # declaration": the parties are all on one side.
    if len(codes) >= 2:
        return True
    if not any(c in actors.kb.organisations for c in codes):
        return False
    return d.type in rules.organisation_alone_types or d.trigger.lemma_.lower() in rules.document_verbs


def _armed_object(d: Draft, actors: PhraseActors) -> bool:
    """ "Russia withdrew its troops": armed men withdrawn (not "eased the blockade")."""
    objects = slots.verb_objects(d.trigger) if d.trigger.pos_ == "VERB" else []
    return any(agents.sector(o, actors.kb) in {"MIL", "COP"} for o in objects)
