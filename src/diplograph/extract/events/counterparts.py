"""Where a sentence names the other side of an event outside the
trigger's slots: the owner of what is acted on ("suspended Gabon's
membership"), a threat's condition, a coordinated verb's counterpart, the
purpose of a joint act, the subject of the verb a nominal act hangs on,
those who meet at a summit. Each finder returns the actors it finds; the
rules in sides.py decide when to ask."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .. import lexicon
from ..actors import agents
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from . import slots
from .draft import Draft
from .roles import located_in

Token = Any


def possessor_of_object(d: Draft, actors: PhraseActors) -> list[Item]:
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
        # "expressed concern over Japan's plan": the matter hangs on what is voiced
        objects += [
            o
            for voiced in [c for c in tok.children if c.dep_ == "dobj"]
            for p in voiced.children
            if p.dep_ == "prep" and p.lower_ in {"over", "about"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
    if d.entry.type == "AID":
        objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    # "cancelled several meetings and the talks with Washington": coordinated objects
    objects += [c for o in objects for c in o.conjuncts if c not in objects]
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
        owners += [o for clause in obj.children if clause.dep_ == "acl" for o in slots.agents(clause)]
        if charging:
            # "rejected the plan as proposed by Togo": who put it forward
            owners += [
                o
                for clause in [*tok.children, *obj.subtree]
                if clause.dep_ == "advcl"
                and clause.lemma_.lower() in lexicon.sides().proposing_verbs
                and any(k.dep_ == "mark" and k.lower_ == "as" for k in clause.children)
                for o in slots.agents(clause)
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


def alleged_doer(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "claimed that the Thai government acted in bad faith", "alleges the
    talks were wrecked by Kigali": the one the claimed clause says did it
    (its subject, or the agent of a passive one)."""
    mine = set(d.codes(d.source))
    for clause in [c for c in d.trigger.children if c.dep_ == "ccomp"]:
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        doers += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for doer in doers:
            found = [it for it in actors.items(doer) or actors.owners(doer) if not set(it.codes) & mine]
            if found:
                return found
    return []


def answered_doer(d: Draft, acts: Iterable[Draft]) -> list[Item]:
    """The doer of an act of the sentence aimed at `d`'s doer by another:
    what `d` answers. Not an act `d` is the object of ("Moscow called the
    British accusations absurd": the accusations answer nothing), nor a
    charge or threat ("Russia warned of measures if Britain expelled more
    diplomats": the expulsion is the warning's condition, no answer to it)."""
    mine = set(d.codes(d.source))
    answering = lexicon.sides().answering_types
    for act in acts:
        doers = set(act.codes(act.source))
        if (
            act is d
            or act.type in answering
            or d.trigger.head.i == act.trigger.i
            or not doers
            or doers & mine
        ):
            continue
        if mine & set(act.codes(act.target)):
            return list(act.source)
    return []


def continued(d: Draft, actors: PhraseActors) -> list[Item]:
    """The targets of the previous sentence's act, for the same doer's next
    charge (sides.continued_charge)."""
    last = actors.discourse.last_act
    if d.type not in lexicon.sides().continued_types or not last:
        return []
    if d.trigger.lemma_.lower() in lexicon.sides().denying_words:
        return []  # a denial answers a charge; it does not go on with the denier's act
    source, targets = last
    if set(d.codes(d.source)) != set(source):
        return []
    return [Item(codes, d.trigger, "anaphor") for codes in targets if not set(codes) & set(source)]


def pair_other(d: Draft, actors: PhraseActors) -> list[Item]:
    """The other party of the pair the document is about, for a measure
    by one of them that names no target; for one another doer "also" took,
    the target of the document's last such measure (sides.measure_on_pair)."""
    pair = actors.discourse.last_pair
    doer = set(d.codes(d.source))
    if d.type not in lexicon.sides().pair_measure_types or len(doer) != 1:
        return []
    last = actors.discourse.last_of_type.get(d.type)
    if _also(d.trigger) and last is not None and last.target and not doer & set(last.target + last.source):
        return [Item(last.target, d.trigger, "anaphor")]  # "the World Bank also suspended funding"
    if len(set(pair)) != 2 or not doer < set(pair):
        return []
    return [Item(tuple(c for c in pair if c not in doer), d.trigger, "anaphor")]


def _also(tok: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.sides().also_words for c in tok.children)


def replied(d: Draft, actors: PhraseActors) -> list[Item]:
    """The doer of the previous sentence's act, for a charge or threat by
    its target (sides.reply_to_act)."""
    last = actors.discourse.last_act
    if d.type not in {"ACCUSE", "THREATEN"} or d.mode == "allege" or not last:
        return []
    source, targets = last
    speaker = set(d.codes(d.source))
    if speaker & set(source) or not any(speaker & set(codes) for codes in targets):
        return []
    return [Item(source, d.trigger, "anaphor")]


def at_each_other(d: Draft) -> bool:
    """ "accused each other", "blamed one another"."""
    for obj in (c for c in d.trigger.children if c.dep_ == "dobj"):
        words = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ == "det")}
        if words in ({"each", "other"}, {"one", "another"}):
            return True
    return False


def attendees(d: Draft, actors: PhraseActors) -> list[Item]:
    verb = slots.occasion_verb(d.trigger)
    if verb is None:
        return []
    present = set(d.codes(d.source + d.target + d.participants))
    found = [it for t in slots.verb_subject(verb) for it in actors.items(t)]
    return [replace(it, how="attendee") for it in found if not set(it.codes) & present]


def conjunct_counterpart(d: Draft, actors: PhraseActors) -> list[Item]:
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


def conditioned(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "Russia threatened to stop the talks if the United States goes
    ahead", "warned that it would respond if Seoul went ahead": a threat is
    aimed at the one whose act is its condition."""
    mine = set(d.codes(d.source))
    heads = [d.trigger, *[c for c in d.trigger.children if c.dep_ == "xcomp"]]
    # "warned that Moscow would retaliate if London expelled more diplomats":
    # the condition of what the warning says will happen
    heads += [
        v
        for c in d.trigger.children
        if c.dep_ == "ccomp"
        for v in (c, *c.children)
        if v.dep_ in {"ccomp", "xcomp"}
    ]
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


def armed(d: Draft, actors: PhraseActors) -> str:
    """The armed sector (MIL, COP) of the doer, if that is what it is."""
    for it in d.source:
        sec = agents.sector(it.head, actors.kb)
        # "the army chief visited": one officer visits; armed men, a force or
        # a unit arriving deploy
        single = it.head.tag_ in {"NN", "NNP"} and it.head.lemma_.lower() not in lexicon.sides().armed_bodies
        if sec in {"MIL", "COP"} and not single:
            return sec
    return ""


def co_parties(d: Draft) -> bool:
    """Source and target are one coordinated subject ("X and Y signed")."""
    if not d.source or not d.target:
        return len(d.source) >= 2
    heads = {it.head.i for it in d.source}
    return all(it.head.i in heads or any(c.i in heads for c in it.head.conjuncts) for it in d.target)


def counterpart_in_purpose(d: Draft, actors: PhraseActors) -> list[Item]:
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


def governing_subject(d: Draft, actors: PhraseActors, by_trigger: dict[int, Draft]) -> list[Item]:
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
        if cur.dep_ == "prep" and cur.lower_ in lexicon.narrative().setting_prepositions:
            return []  # "has regained weight amid the sanctions": the setting, not its act
        cur = cur.head
        # "announced the deal following talks": a participle used as a
        # preposition governs nothing; the clause's verb does
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ != "prep":
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


def bomb_place(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "Three soldiers were killed by a roadside bomb near Samarra", "a car
    bomb went off in Kabul, killing two": a bomb no one owns or claims was
    set off by an unnamed group of the state where it went off."""
    tok = d.trigger
    if tok.pos_ != "VERB":
        return []
    words = lexicon.sides().unclaimed_explosives
    if slots.is_passive(tok):  # "killed by a bomb", "killed in a car bombing"
        doers = slots.agents(tok) or slots.prep_objects(tok).get("in", [])
    else:
        doers = slots.verb_subject(tok)
    bombs = [t for t in doers if words & {t.lemma_.lower(), *(c.lemma_.lower() for c in slots.modifiers(t))}]
    if not bombs or any(actors.items(t) or actors.owners(t) for t in bombs):
        return []
    # where it went off: on the bomb, the verb, or the clause the verb adds to
    for t in [*bombs, tok, *([tok.head] if tok.dep_ in {"advcl", "conj"} else [])]:
        for key, found in slots.prep_objects(t).items():
            if key.split()[0] not in {"in", "near", "outside", "at"}:
                continue
            for p in found:
                if code := actors.is_place(p) or located_in(p, actors):
                    return [Item((code,), p, "placed")]
    return []


def opposed(d: Draft, actors: PhraseActors) -> list[Item]:
    """ "gathered for an anti-China protest", "an anti-French rally": the
    state joined to "anti-" is what the protest is against (the resolver
    reads such a name as no actor of its own)."""
    tok = d.trigger
    nouns = [tok]
    if tok.pos_ in {"VERB", "AUX"}:
        nouns += slots.verb_objects(tok) + [t for ts in slots.prep_objects(tok).values() for t in ts]
    doc = tok.doc
    out: list[Item] = []
    for ent in tok.sent.ents:
        if ent.start - 2 < tok.sent.start:
            continue
        anti, hyphen = doc[ent.start - 2], doc[ent.start - 1]
        if anti.lower_ != "anti" or anti.whitespace_ or hyphen.text != "-":
            continue
        if not any(n.left_edge.i <= anti.i and ent.end <= n.i for n in nouns):
            continue
        found = actors.resolver.resolve_label(ent.label_, ent.ent_id_, actors.on)
        if found is not None and found.form != "person":
            out.append(Item(found.codes, ent.root, "opposed"))
    return out
