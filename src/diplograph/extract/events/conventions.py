"""PLOVER's coding conventions applied to the drafts of one sentence: which
drafts describe one event ("agreed to provide aid" is one AGREE;
"threatened to cut off supplies" one THREATEN; "sought Russia's support" a
REQUEST), and one visit per country visited. Who is source and target of a
meeting is meetings.py's."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from . import force, slots
from .draft import Draft, traced
from .threats import threats, vowed_harm

Token = Any  # spacy.tokens.Token
_VERBAL = {"VERB", "AUX"}
_NOMINAL = {"NOUN", "PROPN"}


def asking_verbs() -> frozenset[str]:
    """Verbs that ask for what their object names: "sought Russia's
    support" (events.yaml asking_verbs)."""
    return lexicon.events().asking_verbs


def of_objects(noun: Token) -> list[Token]:
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def demands(drafts: list[Draft]) -> list[Draft]:
    """ "The US declared that China must drop its barriers": what is demanded
    has not happened; the demand is the event."""
    clauses = [
        c
        for d in drafts
        if d.type == "REQUEST" and d.trigger.pos_ in _VERBAL
        for c in d.trigger.children
        if c.dep_ in {"ccomp", "xcomp"}
    ]
    inside = {t.i for c in clauses for t in c.subtree}
    # "demanded the withdrawal of Serbian forces": the act named as the
    # object is what is demanded, and the one asked is its doer.
    by_token = {d.trigger.i: d for d in drafts}
    for r in drafts:
        if r.type != "REQUEST" or r.trigger.pos_ not in _VERBAL:
            continue
        for obj in (c for c in r.trigger.children if c.dep_ == "dobj"):
            for t in (obj, *obj.conjuncts):
                asked = by_token.get(t.i)
                if asked is None or asked.type == "REQUEST":
                    continue
                inside.add(t.i)
                doers = _doers(asked, r)
                if doers:
                    r.target = doers
    # "rejected an appeal for deploying troops": asked for by a noun (a verb's
    # "called for the withdrawal" gives the act's parties to its REQUEST)
    inside |= {
        d.trigger.i for d in drafts if _asked_for(d.trigger) and d.trigger.head.head.pos_ not in _VERBAL
    }
    return [d for d in drafts if d.type == "REQUEST" or d.trigger.i not in inside]


def _doers(asked: Draft, asker: Draft) -> list[Item]:
    """Who would do what is asked for, the asker aside: its source, and for
    an act done together ("talks between Ethiopia and Eritrea", "a ceasefire
    between Israel and Hamas") every side of it."""
    sides = asked.source + (asked.target + asked.participants if asked.entry.reciprocal else [])
    mine = set(asker.codes(asker.source))
    return [it for it in sides if not set(it.codes) & mine]


def _asked_for(tok: Token) -> bool:
    prep = tok.head
    return (
        tok.dep_ in {"pobj", "pcomp"}
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in lexicon.events().asking_for_words
        and prep.head.i != tok.i
    )


def requests(drafts: list[Draft], actors: PhraseActors) -> list[Draft]:
    """ "Iraq sought Russia's support": a request to Russia by Iraq, not
    support given."""
    for d in drafts:
        t = d.trigger
        if d.type not in {"SUPPORT", "AID", "COOPERATE", "AGREE"} or t.pos_ not in _NOMINAL:
            continue
        verb = t.head
        if t.dep_ != "dobj" or verb.lemma_.lower() not in asking_verbs():
            continue
        if any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children if c.i > t.i):
            continue  # "called Morocco's proposal the most credible way": naming it, not asking
        askers = [it for s in slots.verb_subject(verb) for it in actors.items(s)]
        if not askers:
            continue
        d.type, d.mode, d.status = "REQUEST", "assist", "occurred"
        d.target = [it for it in d.source if not set(it.codes) & {c for a in askers for c in a.codes}]
        d.source = askers
    return drafts


def promises(drafts: list[Draft]) -> list[Draft]:
    """ "The EU agreed to provide aid to Romania": one AGREE event whose
    content is the aid, not an AGREE and an AID."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        if d.type != "AGREE":
            continue
        # "promised to continue military aid to Mozambique": up through the
        # complements to the promise.
        outer, cur = None, d.trigger
        for _ in range(3):
            if cur.dep_ not in {"xcomp", "dobj"} or cur.head.i == cur.i:
                break
            cur = cur.head
            outer = by_token.get(cur.i)
            if outer is not None:
                break
        if outer is None or outer.type != "AGREE" or outer is d:
            continue
        if not d.source:
            d.source = outer.source
        d.target = d.target or outer.target
        d.status = outer.status  # the promise was made, whatever it promises
        drop.add(id(outer))
    return _without(drafts, drop)


def drop_agents(drafts: list[Draft]) -> list[Draft]:
    """An event noun that is the subject of another event's verb acts, it
    does not happen: "the session of the General Assembly approved ..."."""
    verbs = {d.trigger.i for d in drafts if d.trigger.pos_ in _VERBAL}
    return [
        d
        for d in drafts
        if not (d.trigger.pos_ in _NOMINAL and d.trigger.dep_ == "nsubj" and d.trigger.head.i in verbs)
    ]


def absorb(drafts: list[Draft]) -> list[Draft]:
    """A verb whose object is the event ("attended the summit", "reached an
    agreement") and the event noun describe one event: keep the verb's,
    adding the noun's participants. "A meeting of the Council" is one
    meeting too."""
    for d in drafts:
        for t in list(d.absorbed):
            d.absorbed += [o for o in of_objects(t)]
    absorbed = {t.i for d in drafts for t in d.absorbed}
    nominal = {d.trigger.i for d in drafts if d.trigger.pos_ in _NOMINAL}
    for d in drafts:
        if d.trigger.pos_ in _NOMINAL and d.type == "CONSULT":
            absorbed |= {o.i for o in of_objects(d.trigger) if o.i in nominal}
    keep = []
    by_token = {d.trigger.i: d for d in drafts}
    for d in drafts:
        if d.trigger.i in absorbed:
            continue
        for t in d.absorbed:
            inner = by_token.get(t.i)
            if inner is None:
                continue
            have = set(d.codes(d.source + d.target + d.participants))
            extra = [
                it for it in inner.source + inner.target + inner.participants if not set(it.codes) <= have
            ]
            if extra and d.source:
                d.target += extra
            d.location = d.location or inner.location
        keep.append(d)
    return keep


def apply_conventions(drafts: list[Draft], actors: PhraseActors) -> list[Draft]:
    """The sentence-level merges and recastings, in the order they depend on:
    first the ones that make two drafts one, then those that recast or
    complete the drafts that remain, then one visit per country visited.
    Each draft a convention changes names it in its trace
    ("conventions:promises")."""
    for merge in (
        in_the_act,
        one_meeting,
        absorb,
        promises,
        threats,
        vowed_harm,
        demands,
        drop_agents,
        rejected_things,
    ):
        drafts = traced(f"conventions:{merge.__name__}", merge, drafts)
    for merge in (force.readied_force, force.aim_of_mobilisation):
        drafts = traced(f"conventions:{merge.__name__}", merge, drafts)
    for complete in (requests, recipients, organisation_summits):
        drafts = traced(f"conventions:{complete.__name__}", complete, drafts, actors)
    return [x for d in drafts for x in one_visit_each(d)]


def one_visit_each(d: Draft) -> list[Draft]:
    """A visit to several countries is one visit to each."""
    if d.mode != "visit" or len(d.target) < 2:
        return [d]
    out = []
    for item in d.target:
        loc = item.codes[0] if d.entry.location == "target" and len(item.codes) == 1 else d.location
        out.append(
            Draft(
                d.trigger,
                d.entry,
                d.type,
                d.mode,
                d.source,
                [item],
                d.participants,
                loc,
                d.status,
                item.head,
                d.absorbed,
                rules=(*d.rules, "conventions:one_visit_each"),
                score=d.score,
            )
        )
    return out


def organisation_summits(drafts: list[Draft], actors: PhraseActors) -> list[Draft]:
    """ "Belarus's accession to the SCO was completed at the Astana summit":
    a summit named only by its host city, in a sentence about one
    organisation, is that organisation's summit."""
    orgs = {
        c
        for _, r in actors.entity_at.values()
        if r is not None and r.form == "name"
        for c in r.codes
        if c in actors.kb.organisations
    }
    if len(orgs) != 1:
        return drafts
    known = set(actors.kb.organisations)
    for d in drafts:
        summit = d.type == "CONSULT" and d.mode == "multilateral" and d.trigger.pos_ in _NOMINAL
        if summit and not set(d.codes(d.source + d.target + d.participants)) & known:
            d.participants = [*d.participants, Item(tuple(orgs), d.trigger, "group")]
    return drafts


def rejected_things(drafts: list[Draft]) -> list[Draft]:
    """What is rejected or demanded is not a second event. "Yemen rejected a
    U.S. request": one REJECT whose target made the request. "Poland called
    for sanctions against Belarus": one REQUEST, aimed at the sanctions'
    target."""
    verbs = _by_verb(drafts)
    drop = set()
    for d in drafts:
        t = d.trigger
        if t.pos_ not in _NOMINAL:
            continue
        if t.dep_ == "dobj" and (outer := verbs.get(t.head.i)) is not None and outer.type == "REJECT":
            drop.add(id(d))
        elif (
            t.dep_ == "pobj"
            and t.head.lower_ == "for"
            and (outer := verbs.get(t.head.head.i)) is not None
            and outer.type == "REQUEST"
        ):
            # "called for the withdrawal of Russian troops from Ukraine": the
            # one asked is the act's doer, where it names one (as `demands`)
            outer.target = outer.target or _doers(d, outer) or d.target
            drop.add(id(d))
    return _without(drafts, drop)


# Promises and threats name their recipient inside what is promised or
# threatened: "threatened to cut off electricity to Nakhchivan".
_ADDRESSED = {"AGREE", "THREATEN"}


def recipients(drafts: list[Draft], actors: PhraseActors) -> list[Draft]:
    for d in drafts:
        if d.type not in _ADDRESSED or d.target or d.trigger.pos_ not in _VERBAL:
            continue
        mine = set(d.codes(d.source + d.participants))
        # "pledged to provide 190 million euros in aid to Sudan": the
        # recipient of what is promised, in the promised clause or on it;
        # "warned of new sanctions against Russia": of what is warned of.
        clauses = [c for c in d.trigger.children if c.dep_ == "xcomp"]
        clauses += [
            c
            for c in d.trigger.children
            if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"to", "for", "of"})
        ]
        for clause in clauses:
            found = [
                it
                for t in clause.subtree
                if t.dep_ == "pobj" and t.head.lower_ in {"to", "against", "with", "on"}
                for it in actors.items(t)
                if not set(it.codes) <= mine
            ]
            if not found and clause.dep_ == "xcomp":
                # "threatened to shell Iraqi towns": the state of what the act is aimed at
                found = [
                    it
                    for o in clause.children
                    if o.dep_ in {"dobj", "nsubjpass"}
                    for m in o.children
                    if m.dep_ in {"amod", "compound", "poss"}
                    for it in actors.items(m, conj=False)
                    if not set(it.codes) <= mine
                ]
            if found:
                d.target = found[:1]
                break
    return drafts


def in_the_act(drafts: list[Draft]) -> list[Draft]:
    """ "killed four soldiers in an attack on Monday": the attack is the
    killing, told twice; the verb's event keeps the noun's parties."""
    verbs = _by_verb(drafts)
    drop = set()
    for d in drafts:
        t = d.trigger
        if t.pos_ not in _NOMINAL or t.dep_ != "pobj" or t.head.lower_ not in {"in", "during"}:
            continue
        verb = verbs.get(t.head.head.i)
        if verb is not None and verb.type == d.type:
            verb.target = verb.target or d.target
            # "were killed in Israel's offensive", "in an attack by militants"
            verb.source = verb.source or [
                it for it in d.source if not set(it.codes) & set(verb.codes(verb.target))
            ]
            drop.add(id(d))
    return _without(drafts, drop)


def one_meeting(drafts: list[Draft]) -> list[Draft]:
    """ "Putin and Xi met in Beijing and discussed trade": talks joined to a
    meeting by "and" are that meeting, not a second one."""
    verbs = {d.trigger.i: d for d in drafts if d.type == "CONSULT" and d.trigger.pos_ in _VERBAL}
    drop = set()
    for d in verbs.values():
        first = verbs.get(d.trigger.head.i)
        talks = d.trigger.lemma_.lower() in {"discuss", "talk"}
        if talks and d.trigger.dep_ == "conj" and first is not None and first is not d and d.mode is None:
            drop.add(id(d))
    return _without(drafts, drop)


def _by_verb(drafts: list[Draft]) -> dict[int, Draft]:
    """Drafts whose trigger is a verb, by the trigger's position."""
    return {d.trigger.i: d for d in drafts if d.trigger.pos_ in _VERBAL}


def _without(drafts: list[Draft], drop: set[int]) -> list[Draft]:
    """The drafts, less those (by identity) another draft has taken in."""
    return [d for d in drafts if id(d) not in drop]
