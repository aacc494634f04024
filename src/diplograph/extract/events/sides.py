"""Both sides of an event. A sentence often names the other side only
inside a phrase the trigger's slots do not reach ("suspended Gabon's
membership", "India ordered the expulsion of Canadian diplomats"); these
completions find it there. What still has one side afterwards is kept only
where PLOVER's event is one-sided by nature (a mobilisation, a protest, a
summit of an organisation, a declaration an organisation adopted): a
one-sided "sanction" or "accusation" is most often a misread."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import lexicon
from ..actors import agents
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from . import slots
from .draft import Draft

Token = Any


def complete(drafts: list[Draft], actors: PhraseActors) -> list[Draft]:
    by_trigger = {d.trigger.i: d for d in drafts}
    collective = lexicon.sides().collective_types
    for d in drafts:
        if d.type in lexicon.sides().collective_types and _co_parties(d):
            # "X and Y signed ... to normalize relations with Z": X and Y
            # together, towards Z, when the sentence names such a Z.
            parties = d.source + d.target
            found = _counterpart_in_purpose(replace(d, source=parties, target=[]), actors)
            if found:
                d.source, d.target = parties, found
        armed = _armed(d, actors) if d.type == "CONSULT" and d.mode == "visit" else ""
        if armed:
            # "Kenyan police arrived in Haiti": armed men arriving deploy, they do not visit
            d.type, d.mode = "MOBILIZE", "police" if armed == "COP" else "troops"
        if (
            d.type == "RETREAT"
            and d.trigger.lemma_.lower() in lexicon.sides().leaving_words
            and d.target
            and all(c in actors.kb.organisations for c in d.codes(d.target))
        ):
            # "withdrawal from ECOWAS": leaving an organisation is a sanction of it
            d.type, d.mode = "SANCTION", "withdraw"
        if d.type in collective and not d.target and len(d.source) == 2 and len(set(d.codes(d.source))) == 2:
            # "Venezuela and Guyana agreed": two parties acting together are
            # each other's counterpart, as with "met" and "talks between".
            d.target = d.source[1:]
            d.source = d.source[:1]
        if not d.target and d.source:
            d.target = _possessor_of_object(d, actors)
        if not d.target and d.source and d.type == "THREATEN":
            d.target = _conditioned(d, actors)
        if not d.target and d.source and d.type in collective:
            d.target = _conjunct_counterpart(d, actors)
        if d.type == "CONSULT" and d.trigger.pos_ in {"NOUN", "PROPN"}:
            # "Wang Yi met officials on the sidelines of the UN summit": who
            # meets at a summit attends it.
            d.participants += _attendees(d, actors)
        if not d.source and (d.target or d.participants or d.type in lexicon.sides().clause_party_types):
            # "agreed to resume relations after four days of talks in
            # Beijing": a meeting with no parties of its own is the clause's.
            d.source = _governing_subject(d, actors, by_trigger)
    for d in drafts:
        if d.type in collective and not d.target and len(d.source) == 2 and len(set(d.codes(d.source))) == 2:
            d.source, d.target = d.source[:1], d.source[1:]
        if not d.target and d.source:
            d.target = _continued(d, actors)
    kept = [d for d in drafts if two_sided(d) or one_sided_by_nature(d, actors)]
    last = next((d for d in reversed(kept) if d.source and d.target), None)
    actors.discourse.last_act = (
        (tuple(d.codes(last.source)), tuple(it.codes for it in last.target)) if last else None
    )
    return [x for d in kept for x in each_doer(d)]


def _continued(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "Borrell said the bloc rejects any seizure of power in Gabon. He
    called for dialogue": the same speaker's next charge or demand, with no
    target of its own, is aimed where the previous sentence's act was."""
    last = actors.discourse.last_act
    if d.type not in lexicon.sides().continued_types or not last:
        return []
    source, targets = last
    if set(d.codes(d.source)) != set(source):
        return []
    return [Item(codes, d.trigger, "anaphor") for codes in targets if not set(codes) & set(source)]


def each_doer(d: Draft) -> list[Draft]:
    """ "France and Poland rejected the deal": each refuser's own record,
    never a conflict among them. Joint acts (meetings, agreements) stay one."""
    if d.type in lexicon.sides().collective_types or len(d.source) < 2:
        return [d]
    return [replace(d, source=[item]) for item in d.source]


def two_sided(d: Draft) -> bool:
    return bool(d.source) and bool(d.target or d.participants)


def one_sided_by_nature(d: Draft, actors: PhraseActors) -> bool:
    rules = lexicon.sides()
    if d.type in rules.one_sided_types or f"{d.type}:{d.mode}" in rules.one_sided_types:
        return True
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


def _possessor_of_object(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "The AU suspended Gabon's membership", "ratified Sweden's accession
    protocol", "suspended the participation of Gabon": the state whose
    thing is acted on is the target."""
    tok = d.trigger
    if tok.pos_ not in {"VERB", "AUX"}:
        return []
    mine = set(d.codes(d.source + d.participants))
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "denounced as an ugly crime Serbia's suppression of ...": the parser's apposition
    objects += [
        a
        for p in tok.children
        if p.lower_ == "as"
        for o in p.children
        for a in o.children
        if a.dep_ == "appos"
    ]
    charging = d.type in lexicon.sides().charging_types
    preps = {"of", "with"} | ({"from", "by"} if charging else set())
    if charging:
        # "complained over Israeli air raids", "is opposed to French mediation"
        # ... the matter before the addressee ("complained to the UN over ...")
        objects += [
            o
            for word in ("over", "about", "against", "to")
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == word
            for o in p.children
            if o.dep_ == "pobj"
        ]
    if d.entry.type == "AID":
        objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    for obj in objects:
        owners = [c for c in obj.children if c.dep_ in {"poss", "amod", "compound"}]
        # "the participation of Gabon", "the deal with Mercosur", "an offer from Kabul"
        owners += [
            o
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        # "the proposal put forward by Saudi Arabia": the agent of what is said of it
        owners += [
            o
            for clause in obj.children
            if clause.dep_ == "acl"
            for p in clause.children
            if p.dep_ == "agent"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        # "banned imports of Chinese apps": the thing's own nationality
        found = [it for o in owners for it in actors.items(o) or actors.owners(o) if not set(it.codes) & mine]
        if found:
            return found
        if charging or d.entry.type == "AID":
            # "condemned the coup in Peru", "allocate $22 million for needs in
            # Sudan": the state where the charged act happened, or the help goes
            for t in obj.subtree:
                place = actors.is_place(t) if t.dep_ == "pobj" and t.head.lower_ == "in" else None
                if place and place not in mine:
                    return [Item((place,), t, "entity")]
    return []


def _attendees(d: Draft, actors: PhraseActors) -> list[Item]:
    verb = slots.occasion_verb(d.trigger)
    if verb is None:
        return []
    present = set(d.codes(d.source + d.target + d.participants))
    found = [it for t in slots.verb_subject(verb) for it in actors.items(t)]
    return [replace(it, how="attendee") for it in found if not set(it.codes) & present]


def _conjunct_counterpart(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "China is ready to promote cooperation with Panama, and will provide
    support": coordinated verbs of one promise share its counterpart."""
    tok = d.trigger
    if tok.pos_ not in {"VERB", "AUX"}:
        return []
    mine = set(d.codes(d.source + d.participants))
    for verb in tok.conjuncts:
        for t in verb.subtree:
            if (
                t.dep_ == "pobj"
                and t.head.lower_ in {"with", "to"}
                and t.head.head.i != tok.i
                and not slots.in_mind(t)
            ):
                found = [it for it in actors.items(t) if not set(it.codes) & mine]
                if found:
                    return found
    return []


def _conditioned(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "Russia threatened to stop the talks if the United States goes
    ahead": a threat is aimed at the one whose act is its condition."""
    mine = set(d.codes(d.source))
    heads = [d.trigger, *[c for c in d.trigger.children if c.dep_ == "xcomp"]]
    for h in heads:
        for clause in (c for c in h.children if c.dep_ == "advcl"):
            if not any(k.dep_ == "mark" and k.lower_ in {"if", "unless"} for k in clause.children):
                continue
            found = [
                it for s in slots.verb_subject(clause) for it in actors.items(s) if not set(it.codes) & mine
            ]
            if found:
                return found
    return []


def _armed(d: Draft, actors: PhraseActors) -> str:
    """The armed sector (MIL, COP) of the doer, if that is what it is."""
    for it in d.source:
        sec = agents.sector(it.head, actors.kb)
        # "the army chief visited": one officer visits; armed men, a force or
        # a unit arriving deploy
        single = it.head.tag_ in {"NN", "NNP"} and it.head.lemma_.lower() not in lexicon.sides().armed_bodies
        if sec in {"MIL", "COP"} and not single:
            return sec
    return ""


def _co_parties(d: Draft) -> bool:
    """Source and target are one coordinated subject ("X and Y signed")."""
    if not d.source or not d.target:
        return len(d.source) >= 2
    heads = {it.head.i for it in d.source}
    return all(it.head.i in heads or any(c.i in heads for c in it.head.conjuncts) for it in d.target)


def _counterpart_in_purpose(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "The UAE and Bahrain signed agreements to normalize relations with
    Israel": the party they act towards is named in the purpose."""
    mine = set(d.codes(d.source + d.participants))
    tok = d.trigger
    clauses = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"}]
    clauses += [a for o in tok.children if o.dep_ == "dobj" for a in o.children if a.dep_ in {"acl", "relcl"}]
    for clause in clauses:
        for t in clause.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "with" and not slots.in_mind(t):
                found = [it for it in actors.items(t) if not set(it.codes) & mine]
                if found:
                    return found
    return []


def _governing_subject(d: Draft, actors: PhraseActors, by_trigger: dict[int, Draft]) -> list[Item]:
    """ "India ordered the expulsion of six Canadian diplomats", "EU envoys
    agreed on new sanctions against Russia": a nominal act with no doer of
    its own is done by the subject of the verb it is the object of, unless
    that verb is itself a charge against someone ("condemned the invasion")."""
    tok = d.trigger
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    cur = tok
    verb = None
    for _ in range(6):
        if cur.dep_ not in {"dobj", "pobj", "prep", "nsubjpass", "attr", "oprd"} or cur.head.i == cur.i:
            return []
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            verb = cur
            break
    if verb is None:
        return []
    other = by_trigger.get(verb.i)
    if other is not None and other.type in lexicon.sides().charging_types:
        return []
    if verb.lemma_.lower() in lexicon.sides().charging_verbs:
        return []
    theirs = set(d.codes(d.target + d.participants))
    return [it for s in slots.verb_subject(verb) for it in actors.items(s) if not set(it.codes) & theirs]


def grouping_members(d: Draft, actors: PhraseActors, on: str | None) -> None:
    """ "a meeting of Quad foreign ministers": a small named grouping at a
    meeting stands for its member states, who are its participants (the
    README's "a named set of states may be expanded to its members")."""
    rules = lexicon.sides()
    alone = d.type in rules.expanded_alone_types and not d.target
    if not (d.type in rules.expanded_types or alone) or any(it.how != "attendee" for it in d.participants):
        return
    limit = rules.expand_up_to
    present = set(d.codes(d.source + d.target + d.participants))
    for code in d.codes(d.source + d.target):
        org = actors.kb.organisations.get(code)
        if org is None:
            continue
        members = members_on(org.members, on)
        if 0 < len(members) <= limit:
            d.participants += [Item((m,), d.trigger, "group") for m in members if m not in present]


def members_on(records: Any, on: str | None) -> list[str]:
    """The member states on a date (ISO prefix), from join/leave/suspend
    records; undated records count as always in force."""
    status: dict[str, bool] = {}
    for r in sorted(records, key=lambda r: str(r.date or "")):
        if r.date and on and str(r.date) > on:
            continue
        if r.mode == "join":
            status[r.state] = True
        elif r.mode in {"leave", "suspend"}:
            status[r.state] = False
    return [state for state, member in status.items() if member]
