"""Both sides of an event. A sentence often names the other side only
inside a phrase the trigger's slots do not reach ("suspended Gabon's
membership", "India ordered the expulsion of Canadian diplomats"); these
completions find it there (counterparts.py). What still has one side
afterwards is kept only where PLOVER's event is one-sided by nature (a
mobilisation, a protest, a summit of an organisation, a declaration an
organisation adopted): a one-sided "sanction" or "accusation" is most
often a misread.

The completions are small named rules, tried in order on each draft (the
way conventions.py's are tried on the sentence); a rule that changes a
draft names itself in the draft's trace ("sides:possessor_target")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .. import lexicon
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from . import again, aims, conjoined, measures, slots
from . import counterparts as find
from .draft import Draft, traced_one
from .one_sided import one_sided_by_nature, organisation_on_itself, two_sided

Token = Any


@dataclass(frozen=True)
class Sentence:
    """What a rule may look at besides its draft."""

    actors: PhraseActors
    by_trigger: dict[int, Draft]  # the sentence's drafts by trigger position
    # Whether the cascade would parse the sentence: a rule that makes an
    # event no trigger-and-actor sentence states must not fire otherwise.
    eventful: bool = True


def counterpart_in_purpose(d: Draft, s: Sentence) -> None:
    """ "X and Y signed ... to normalize relations with Z": X and Y
    together, towards Z, when the sentence names such a Z."""
    if d.type in lexicon.sides().collective_types and find.co_parties(d):
        parties = d.source + d.target
        found = find.counterpart_in_purpose(replace(d, source=parties, target=[]), s.actors)
        if found:
            d.source, d.target = parties, found


def armed_arrival_deploys(d: Draft, s: Sentence) -> None:
    """ "Kenyan police arrived in Haiti": armed men arriving deploy, they do not visit."""
    armed = find.armed(d, s.actors) if d.type == "CONSULT" and d.mode == "visit" else ""
    if armed:
        d.type, d.mode = "MOBILIZE", "police" if armed == "COP" else "troops"


def leaving_is_sanction(d: Draft, s: Sentence) -> None:
    """ "withdrawal from ECOWAS": leaving an organisation is a sanction of it."""
    if (
        d.type == "RETREAT"
        and d.trigger.lemma_.lower() in lexicon.sides().leaving_words
        and d.target
        and all(c in s.actors.kb.organisations for c in d.codes(d.target))
    ):
        d.type, d.mode = "SANCTION", "withdraw"


def pair_acts_together(d: Draft, s: Sentence) -> None:
    """ "Venezuela and Guyana agreed": two parties acting together are each
    other's counterpart, as with "met" and "talks between"; so are the
    parties a reciprocal word takes from its clause ("Armenia and Azerbaijan
    agreed to a prisoner swap")."""
    if (
        (d.type in lexicon.sides().collective_types or d.entry.reciprocal)
        and not d.target
        and len(d.source) == 2
        and len(set(d.codes(d.source))) == 2
    ):
        d.source, d.target = d.source[:1], d.source[1:]


def each_other(d: Draft, s: Sentence) -> None:
    """ "Armenia and Azerbaijan accused each other of violating the truce":
    each doer's act is aimed at the others (each_doer splits them)."""
    if not d.target and len(d.source) >= 2 and d.type not in lexicon.sides().collective_types:
        d.target = list(d.source) if find.at_each_other(d) else []


def possessor_target(d: Draft, s: Sentence) -> None:
    """ "The AU suspended Gabon's membership": the owner of what is acted on."""
    if not d.target and d.source:
        d.target = find.possessor_of_object(d, s.actors)


def threat_condition(d: Draft, s: Sentence) -> None:
    """ "Kenya threatened to leave the talks if Uganda builds the dam",
    "opposes the deal unless Iran halts enrichment"."""
    if not d.target and d.source and d.type in lexicon.sides().conditioned_types:
        d.target = find.conditioned(d, s.actors)


def allegation_subject(d: Draft, s: Sentence) -> None:
    """ "Cambodia claimed that the Thai government acted in bad faith": an
    allegation is aimed at the one its claimed clause says did it."""
    if not d.target and d.source and d.type == "ACCUSE" and d.mode == "allege":
        d.target = find.alleged_doer(d, s.actors)


def conjunct_counterpart(d: Draft, s: Sentence) -> None:
    """ "is ready to promote cooperation with Panama, and will provide support"."""
    if not d.target and d.source and d.type in lexicon.sides().collective_types:
        d.target = find.conjunct_counterpart(d, s.actors)


def summit_attendees(d: Draft, s: Sentence) -> None:
    """ "Wang Yi met officials on the sidelines of the UN summit": who meets
    at a summit attends it."""
    if d.type == "CONSULT" and d.trigger.pos_ in {"NOUN", "PROPN"}:
        d.participants += find.attendees(d, s.actors)


def summit_of_the_document(d: Draft, s: Sentence) -> None:
    """ "The EU and the Mercosur states concluded a trade deal ... The
    Commission's president announced it at a summit in Montevideo": a
    summit that took place, in a sentence that names none of its parties
    (nor anyone else outside them), is held by the parties the document
    last named together (three or more)."""
    group = set(s.actors.discourse.last_group)
    if (
        not d.entry.parties_in_context
        or d.source
        or d.target
        or d.type != "CONSULT"
        or d.status != "occurred"
        or d.trigger.pos_ != "NOUN"
        or d.trigger.lemma_.lower() not in lexicon.sides().document_meetings
        or len(group) < 3
        or not s.eventful
    ):
        return
    named = {
        c for _, r in s.actors.entity_at.values() if r is not None and r.form != "place" for c in r.codes
    }
    if named <= group:
        d.source = [Item((c,), d.trigger, "anaphor") for c in s.actors.discourse.last_group]
        d.participants = []


def governing_subject(d: Draft, s: Sentence) -> None:
    """ "agreed to resume relations after four days of talks in Beijing": a
    meeting with no parties of its own is the clause's. Not where the clause
    names them only as "the two leaders" of the event before ("Modi arrived
    in Kyiv ... After talks the two leaders signed"): the talks are that
    event's occasion, not a meeting of their own."""
    if not d.source and (d.target or d.participants or d.type in lexicon.sides().clause_party_types):
        found = find.governing_subject(d, s.actors, s.by_trigger)
        alone = not (d.target or d.participants) and d.type in lexicon.sides().clause_party_types
        if alone and found and all(it.how == "anaphor" for it in found):
            return
        d.source = found


def earlier_event(d: Draft, s: Sentence) -> None:
    """ "Washington imposed sanctions on Minsk ... The sanctions target
    potash": an event noun with "the" (this, these) that names no party at
    all is the event of that word the document last recorded, with its
    parties and date (again.py)."""
    if d.source and not d.target and not d.participants and s.eventful:
        _visit_again(d, s)
        return
    if d.source or d.target or d.participants or not s.eventful:
        return
    known = again.earlier(d.trigger, d.type, s.actors.discourse)
    drafts = [(x.trigger.i, x.type) for x in s.by_trigger.values()]
    if known is None or again.named_before_in_sentence(d.trigger, d.type, drafts):
        return
    if known.word != d.trigger.lemma_.lower() and d.type not in lexicon.sides().referred_across_types:
        d.noted("again:other_word")
    d.source = [Item(known.source, d.trigger, "coreference")] if known.source else []
    d.target = [Item(known.target, d.trigger, "coreference")] if known.target else []
    d.participants = [Item((c,), d.trigger, "coreference") for c in known.participants]
    d.date = known.date  # the records pass dates it as the event it is
    if d.status in {"negated", "hypothetical"}:
        d.status = known.status  # "will never recognise the annexation": the annexation happened


def _visit_again(d: Draft, s: Sentence) -> None:
    """ "Orban visited Moscow on Friday ... Orban's visit drew criticism"."""
    if d.type != "CONSULT" or d.mode != "visit" or d.status != "occurred":
        return  # "the visit was not coordinated" negates the coordinating
    known = again.visited(d.trigger, d.codes(d.source), s.actors.discourse)
    if known is not None:
        d.target = [Item(known.target, d.trigger, "coreference")]
        d.date = known.date


def casualties_of_last_attack(d: Draft, s: Sentence) -> None:
    """ "Russia attacked three Ukrainian boats. Two Ukrainian sailors were
    wounded": a violent verb in the passive with no doer, whose victims are
    those of the document's last attack, is that attack's harm, by its doer."""
    if (
        d.type != "ASSAULT"
        or d.source
        or not d.target
        or not slots.is_passive(d.trigger)
        or slots.agents(d.trigger)
    ):
        return
    last = s.actors.discourse.last_of_type.get("ASSAULT")
    victims = set(d.codes(d.target))
    if last is None or not last.source or not victims <= set(last.target) or victims & set(last.source):
        return
    d.source = [Item(last.source, d.trigger, "coreference")]


def bomb_of_the_place(d: Draft, s: Sentence) -> None:
    """ "Two soldiers were killed by a roadside bomb near Samarra": an attack
    by a bomb no one owns is by a group of the place where it went off."""
    if d.type == "ASSAULT" and not d.source and d.target:
        d.source = find.bomb_place(d, s.actors)


def continued_charge(d: Draft, s: Sentence) -> None:
    """ "Borrell said the bloc rejects any seizure of power in Gabon. He
    called for dialogue": the same speaker's next charge or demand, with no
    target of its own, is aimed where the previous sentence's act was."""
    if not d.target and d.source:
        d.target = find.continued(d, s.actors)


def reply_to_act(d: Draft, s: Sentence) -> None:
    """ "Kosovo demanded that Serbia withdraw its police. 'This is
    blackmail,' the Serbian ministry said": a charge with no target of its
    own, by the one the previous sentence's act was aimed at, answers that
    act's doer; so does a threat ("... Iran vowed to retaliate"). (Refusals
    and demands so read fired wrongly as often as rightly: they are left to
    the same-speaker rule.)"""
    if not d.target and d.source:
        d.target = find.replied(d, s.actors)


def conjunct_target(d: Draft, s: Sentence) -> None:
    """ "voiced regret over the blast and warned Pyongyang": see conjoined.py."""
    d.target = d.target or conjoined.conjunct_target(d, list(s.by_trigger.values()))


def answers_act(d: Draft, s: Sentence) -> None:
    """ "Iran vowed harsh retaliation after a US strike killed its general":
    a charge or threat with no target of its own answers an act of the same
    sentence aimed at its doer, and is aimed at that act's doer."""
    if not d.target and d.source and d.type in lexicon.sides().answering_types:
        d.target = find.answered_doer(d, s.by_trigger.values())


def charge_at_aggressor(d: Draft, s: Sentence) -> None:
    """ "Soldiers seized power ... Germany condemned the coup": a third party's
    disapproval with no target is aimed at the document's last aggressor;
    so is a threat by anyone but the aggressor ("... Iran said the crime
    would not go unanswered")."""
    last = s.actors.discourse.last_aggressor
    third = bool(last) and not set(last) & set(d.codes(d.source))
    charge = d.type == "ACCUSE" and d.mode == "disapprove"
    threat = d.type == "THREATEN" and conjoined.aimed_threat(d)
    if (charge or threat) and not d.target and d.source and third and s.eventful:
        d.target = [Item(last, d.trigger, "anaphor")]


def denial_answers_charge(d: Draft, s: Sentence) -> None:
    """ "Baku accused Yerevan of shelling the village, a charge Armenia
    denied": a denial with no target of its own answers the charge made
    against the one who denies, in this sentence or, failing that, the
    document's last charge."""
    if d.target or not d.source or d.type != "REJECT":
        return
    if d.trigger.lemma_.lower() not in lexicon.sides().denying_words:
        return
    mine = set(d.codes(d.source))
    charges = [(x.codes(x.source), x.codes(x.target)) for x in s.by_trigger.values() if x.type == "ACCUSE"]
    last = s.actors.discourse.last_of_type.get("ACCUSE")
    if last is not None:
        charges.insert(0, (last.source, last.target))
    for accuser, accused in reversed(charges):
        if mine & set(accused) and accuser and not mine & set(accuser):
            d.target = [Item(accuser, d.trigger, "anaphor")]
            return


def measure_on_pair(d: Draft, s: Sentence) -> None:
    """ "Thailand and Cambodia traded charges ... Bangkok recalled its
    ambassador": a measure with no target, by one of the two parties the
    document is about, is aimed at the other; one taken "also" by another,
    where the document's last such measure was aimed."""
    if not d.target and d.source:
        d.target = find.pair_other(d, s.actors)


def own_target(d: Draft, s: Sentence) -> None:
    """ "The government imposed a curfew in the capital": a domestic act
    with no other side named is aimed at the doer's own state; not so for
    an act only asked for or promised ("urged China to drop the ban"), nor
    for an organisation, which has no home to act on. "Rebels surrendered,
    an official said" is no act asked for; "a teacher was detained in
    Beirut" names its doer by the place, and no one held."""
    codes = set(d.codes(d.source))
    tok = d.trigger
    said = lexicon.modality().reporting_verbs
    reported = tok.dep_ == "ccomp" and d.status == "occurred" and tok.head.lemma_.lower() in said
    if (
        d.entry.own_target
        and not d.target
        and codes
        and (tok.dep_ not in {"xcomp", "ccomp"} or reported)
        and not (slots.is_passive(tok) and all(it.head.head.lower_ == "in" for it in d.source))
        and not codes <= set(s.actors.kb.organisations)
    ):
        d.target = list(d.source)


SideRule = Callable[[Draft, Sentence], None]
# Tried in this order on each draft before the next draft is looked at (a
# later rule sees what an earlier one found; governing_subject sees the
# types of the drafts before this one as these rules left them).
FIRST: tuple[SideRule, ...] = (
    counterpart_in_purpose,
    armed_arrival_deploys,
    leaving_is_sanction,
    pair_acts_together,
    each_other,
    possessor_target,
    measures.measure_owner,
    threat_condition,
    allegation_subject,
    conjunct_counterpart,
    summit_attendees,
    summit_of_the_document,
    earlier_event,
    casualties_of_last_attack,
    bomb_of_the_place,
    governing_subject,
)
# Then, once every draft has been through FIRST.
THEN: tuple[SideRule, ...] = (
    pair_acts_together,
    continued_charge,
    reply_to_act,
    answers_act,
    conjunct_target,
    charge_at_aggressor,
    denial_answers_charge,
    aims.protest_purpose,
    own_target,
    measure_on_pair,
)


def complete(drafts: list[Draft], actors: PhraseActors, eventful: bool = True) -> list[Draft]:
    """Both sides of each draft; those left with one side that should have
    two are dropped, and each doer of a joint charge gets its own draft."""
    s = Sentence(actors, {d.trigger.i: d for d in drafts}, eventful)
    for rules in (FIRST, THEN):
        for d in drafts:
            for rule in rules:
                traced_one(f"sides:{rule.__name__}", rule, d, s)
    kept = [
        d
        for d in drafts
        if (two_sided(d) or one_sided_by_nature(d, actors)) and not organisation_on_itself(d, actors)
    ]
    # An event mentioned again is no new act for the next sentence to answer.
    last = next((d for d in reversed(kept) if d.source and d.target and not _again(d)), None)
    actors.discourse.last_act = (
        (tuple(d.codes(last.source)), tuple(it.codes for it in last.target)) if last else None
    )
    return [x for d in kept for x in each_doer(d)]


def _again(d: Draft) -> bool:
    return "sides:earlier_event" in d.rules


def each_doer(d: Draft) -> list[Draft]:
    """ "France and Poland rejected the deal": each refuser's own record,
    never a conflict among them. Joint acts (meetings, agreements) stay one."""
    if d.type in lexicon.sides().collective_types or len(d.source) < 2:
        return [d]
    mutual = "sides:each_other" in d.rules
    return [
        replace(
            d,
            source=[item],
            target=[t for t in d.target if t.codes != item.codes] if mutual else d.target,
            rules=(*d.rules, "sides:each_doer"),
        )
        for item in d.source
    ]
