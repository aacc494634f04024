"""PLOVER events in a sentence: find trigger words from the lexicon, fill
their roles from the parse, and shape them by PLOVER's conventions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from ...nlp import lemma_ids
from .. import lexicon
from ..actors import agents
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from ..lexicon import EventLexicon, Trigger
from . import again, modality, slots
from .checks import AFTER_ROLES, BEFORE_ROLES, Match, object_words, passes
from .conventions import of_objects
from .draft import Draft, fired, traced_one
from .meetings import host_rule, shape
from .modality import attempted, awaited, demanded, refusal_reported, refused_ahead, status_of
from .roles import (
    actor_codes,
    agentless_passive,
    clause_subject,
    event_objects,
    included_members,
    located_in,
    location_of,
    place_of,
    reporter,
    roles_from,
    told_by_no_one,
)
from .threats import conditional_threat, threat_mode

Token = Any
COOPERATIVE_FUTURE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# ... and agreements: what is demanded or awaited of a party has not been done.
NOT_YET_DONE = COOPERATIVE_FUTURE | {"AGREE"}
# Material conflict announced for the future is a threat (PLOVER THREATEN).
CONFLICT_FUTURE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "RETREAT"}
# Cooperation needs someone who cooperates: with only a recipient named, the
# record says too little to be useful.
_NEEDS_A_DOER = {"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID", "REQUEST", "THREATEN"}


class TriggerIndex:
    def __init__(self, lex: EventLexicon):
        self.lex = lex
        self.by_lemma: dict[str, list[Trigger]] = defaultdict(list)
        for entry in lex.triggers:
            for lemma in entry.lemmas:
                self.by_lemma[lemma.lower()].append(entry)
        # More specific entries (more conditions) are tried first.
        for entries in self.by_lemma.values():
            entries.sort(key=lambda e: -_specificity(e))
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        self.hashes = frozenset(hash_string(w) for w in self.by_lemma)

    def candidates(self, tok: Token) -> list[Trigger]:
        lemma = tok.lemma_.lower()
        found = self.by_lemma.get(lemma) or self.by_lemma.get(tok.lower_) or []
        pos = "NOUN" if tok.pos_ == "PROPN" and tok.lower_ in self.lex.proper_event_nouns else tok.pos_
        return [e for e in found if pos in e.pos or tok.pos_ in e.pos]


def _specificity(e: Trigger) -> int:
    # A named object ("hosted a summit") says more than "some actor object".
    conditions = [
        e.requires_object,
        e.requires_object,
        e.requires_subject,
        e.requires_prep,
        e.requires_prep_object,
        e.requires_adverb,
        e.requires_modifier,
        e.passive_only or None,
        e.requires_actor_object or None,
        e.requires_no_object or None,
        e.requires_description,
        e.requires_governor,
        e.requires_said_outcome,
    ]
    return sum(c is not None for c in conditions)


class EventFinder:
    def __init__(self, lex: EventLexicon | None = None):
        self.lex = lex or lexicon.events()
        self.index = TriggerIndex(self.lex)
        self.support_verbs = set(lexicon.agents().support_verbs)

    def find(self, sent: Any, actors: PhraseActors, author_passive: str | None) -> list[Draft]:
        drafts: list[Draft] = []
        from spacy.attrs import POS
        from spacy.symbols import AUX, VERB

        if not any(p in (VERB, AUX) for p in sent.doc.to_array([POS])[sent.start : sent.end]):
            return drafts  # a heading ("Follow-up to the Russian-Ukrainian war") names a topic
        ids = lemma_ids(sent.doc)
        for i in range(sent.start, sent.end):
            if i in actors.entity_at or not (
                ids[i, 0] in self.index.hashes or ids[i, 1] in self.index.hashes
            ):
                continue  # part of a name ("Security Council"), or no trigger word
            tok = sent.doc[i]
            entries = self.index.candidates(tok)
            known = slots.collect(tok) if entries else {}  # once for all the word's entries
            for entry in entries:
                draft = self._try(tok, entry, actors, author_passive, known)
                if draft is not None:
                    drafts.append(draft)
                    # "... visit to Pyongyang, during which the parties signed":
                    # the parties are the ones just named, in this sentence too.
                    codes = draft.codes(draft.source + draft.target)
                    if len(codes) >= 2 and not any(it.how == "anaphor" for it in draft.source + draft.target):
                        actors.discourse.sentence_pair = codes
                        actors.discourse.pair_draft = draft
                        actors.discourse.pair_sides = (
                            draft.codes(draft.target),
                            draft.codes(draft.source),
                        )
                    break
        return drafts

    def read_as(self, tok: Token, entry: Trigger, actors: PhraseActors, author: str | None) -> Draft | None:
        """A word read as a given entry (one of proposals.yaml's, for a word
        the learned classifier typed), through the same checks and roles."""
        return self._try(tok, entry, actors, author, slots.collect(tok))

    def _try(
        self,
        tok: Token,
        entry: Trigger,
        actors: PhraseActors,
        author: str | None,
        known: dict[str, list[Token]],
    ) -> Draft | None:
        """The word read as this entry (`known`: the word's slots)."""
        m = Match(tok, entry, self.lex, actors, known)
        if not passes(m, BEFORE_ROLES):
            return None
        if entry.type in NOT_YET_DONE and (demanded(tok) or awaited(tok)):
            return None
        place = _fill_roles(m)
        if not passes(m, AFTER_ROLES):
            return None
        place = _more_parties(m, place)
        parties = _parties(m, author)
        if parties is None:
            return None
        return _draft(m, *parties, place)


def _fill_roles(m: Match) -> str | None:
    """The entry's slots into roles; returns the place a slot names."""
    entry, s, actors = m.entry, m.s, m.actors
    roles: dict[str, list[Item]] = defaultdict(list)
    place: str | None = None
    for slot, role in entry.roles.items():
        toks = s.get(slot, [])
        if role == "place":
            place = place or next((c for t in toks if (c := actors.is_place(t))), None)
            continue
        if role == "source_owner":
            for t in toks:
                roles["source"] += [
                    Item(cs, t) for md in slots.modifiers(t) if (cs := actor_codes(actors, md))
                ]
            continue
        for t in toks:
            if role == "target" and entry.place_target and (c := actors.is_place(t)):
                roles["target"].append(Item((c,), t, "place"))
                continue
            found = actors.items(t)
            if not found and role == "target":
                # "sanctions on Iranian oil exports", "against Russian oligarchs"
                found = actors.owners(t)
            if not found and role == "target" and entry.place_target and (c := located_in(t, actors)):
                # "captured a village in eastern Ukraine": what is hit is where it stands
                found = [Item((c,), t, "located")]
            roles[role] += found
    if (
        not m.is_verb
        and s.get("subject")
        and "subject" not in entry.roles
        and not roles_from(roles, s, "poss")
        and not roles_from(roles, s, "by")
    ):
        # "Moldova joined the EU sanctions": the doer of the light verb
        # outranks a modifier of the noun, not the noun's own doer ("the
        # expulsion of diplomats by Venezuela").
        doers = [it for t in s["subject"] for it in actors.items(t)]
        if doers:
            role = entry.roles.get("poss", "source")
            modifier_codes = {c for t in s.get("modifier", []) for c in (actor_codes(actors, t) or ())}
            roles[role] = [it for it in roles[role] if not set(it.codes) <= modifier_codes] + doers
    m.roles = roles
    return place


def _more_parties(m: Match, place: str | None) -> str | None:
    """Parties named around the word rather than in its slots."""
    tok, entry, s, actors, roles, objects = m.tok, m.entry, m.s, m.actors, m.roles, m.objects
    if entry.event_object:
        # "attended a meeting of the OSCE Council", "participation in the
        # Russia-GCC Ministerial Meeting": the meeting's parties take part.
        for obj in event_objects(tok, objects, s):
            inner = [Item(cs, md) for md in slots.modifiers(obj) if (cs := actor_codes(actors, md))]
            inner += [it for o in of_objects(obj) for it in actors.items(o)]
            roles["target" if roles["source"] else "participant"] += inner
            place = place or place_of(obj, actors)
    if (
        not roles["source"]
        and not roles["participant"]
        and objects
        and entry.requires_object is not None
        and m.is_verb
    ):
        # "The Declaration by Russia and Nicaragua ... was adopted"
        for obj in objects:
            for key in ("by", "between"):
                for t in slots.prep_objects(obj).get(key, []):
                    roles["participant"] += actors.items(t)
    if entry.type == "AGREE" and m.is_verb and tok.lemma_.lower() == "invite":
        # "invited Egypt to become a member of BRICS", "to join the alliance":
        # the organisation asks, through its members, and takes part.
        for clause in (c for c in tok.children if c.dep_ == "xcomp"):
            found = actors.entities_in(clause)
            orgs = [it for it in found if all(c in actors.kb.organisations for c in it.codes)]
            roles["participant"] += orgs
    if not roles["source"] and m.is_verb:
        roles["source"] += included_members(tok, s, actors)
    if not roles["source"] and m.is_verb and entry.type == "REQUEST":
        # "The agreement calls for Argentina to cut spending": the deal's other parties ask
        asked = {c for it in roles["target"] for c in it.codes}
        for t in s.get("subject", []):
            roles["source"] += [
                it for it in actors.owners(t) if it.how == "agreement" and not set(it.codes) & asked
            ]
    if not roles["source"] and m.is_verb and tok.tag_ == "VBG" and entry.roles.get("subject") == "source":
        # "the coordination of Belarusian and Russian policy ... blocking X"
        for t in s.get("subject", []) or clause_subject(tok):
            roles["source"] += actors.entities_in(t, adjectives=True)
    scope = [tok, *(event_objects(tok, objects, s) if entry.event_object else [])]
    for t in tok.sent:
        # "the meeting ..., which included China, Iran and India"
        if (
            t.dep_ == "relcl"
            and t.lemma_.lower() in m.lex.gathering_verbs
            and any(h.i == t.head.i or h.is_ancestor(t) for h in scope)
        ):
            for obj in slots.verb_objects(t):
                roles["participant"] += actors.items(obj)
    roles["topic"] = [
        it
        for t in s.get("on", [])
        if entry.roles.get("on") == "topic"
        for it in actors.entities_in(t, adjectives=True)
    ]
    return place


def _parties(m: Match, author: str | None) -> tuple[list[Item], list[Item], list[Item]] | None:
    """Source, target and participants, or None when too few actors take part."""
    tok, entry, roles = m.tok, m.entry, m.roles
    source, target, parts = roles["source"], roles["target"], roles["participant"]
    topic_codes = {c for it in roles["topic"] for c in it.codes}
    if not source and not target and not parts and len(topic_codes) >= 2:
        # "An agreement was reached on the supply of Belarusian potash to India"
        parts = roles["topic"]
    if not source and not parts and author and agentless_passive(tok) and (target or roles["topic"]):
        source = [Item((author,), tok, "author")]
    told = entry.requires_governor and told_by_no_one(tok) is not None  # "was ordered to leave"
    if not source and not parts and target and (agentless_passive(tok) or told):
        theirs = {c for it in target for c in it.codes}
        source = [
            replace(it, how="reporter")
            for it in reporter(tok, m.actors)
            if it.codes and not set(it.codes) & theirs
        ]
    if not source and not target and not parts and roles["topic"]:
        parts = roles["topic"]
    # A curfew, arrests or a concession at home (`own_target`): the doer's
    # own state is at the receiving end only when the sentence names no
    # other (sides.own_target, after the other sides are looked for).
    if not entry.own_target:
        source_codes = {c for it in source for c in it.codes}
        target = [it for it in target if not set(it.codes) <= source_codes or _domestic(m, source, it)] or (
            [] if source else target
        )
    codes = {c for it in source + target + parts for c in it.codes}
    n_actors = len(codes)
    if not m.is_verb and tok.dep_ == "dobj" and tok.head.lemma_.lower() in m.lex.asking_verbs:
        n_actors += 1  # "seek Russia's support": the seeker is the other party
    # "Foreign ministers of the CSTO member states met in Minsk": an
    # organisation's members meeting is a multilateral meeting.
    members_met = entry.type == "CONSULT" and entry.reciprocal and codes <= set(m.actors.kb.organisations)
    if entry.only_again:
        return (source, target, parts) if n_actors == 0 and _said_again(m) else None
    if n_actors == 0 and (entry.parties_in_context or _said_again(m)):
        return source, target, parts  # sides.py looks around it and in the document
    if n_actors == 0 or (n_actors < entry.requires_actors and not members_met):
        return None
    if not source and not parts and entry.type in _NEEDS_A_DOER:
        return None  # "the dialogue with Latin America intensified": whose?
    return source, target, parts


def _said_again(m: Match) -> bool:
    """ "the sanctions" naming no one, after the document recorded sanctions:
    those (sides.earlier_event gives it their parties)."""
    return not m.is_verb and again.earlier(m.tok, m.entry.type, m.actors.discourse) is not None


def _refused(tok: Token, verbs: frozenset[str]) -> bool:
    """The word is what its governor refuses or declines to do."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in verbs


def _domestic(m: Match, source: list[Item], it: Item) -> bool:
    """ "Serb forces killed three ethnic Albanians in Serbia": violence or
    coercion by a state's forces against another part of the same state
    (civilians, rebels, protesters) is aimed at that state."""
    rules = lexicon.sides()
    voiced = m.entry.type in rules.domestic_voice_types
    if m.entry.type not in rules.domestic_types and not voiced:
        return False
    if it.how == "placed" and not agents.ethnic(it.head):
        return False  # the phrase itself must say whose they are ("Indian farmers")
    kb = m.actors.kb
    theirs = agents.sector(it.head, kb, it.codes[0] if it.codes else "")
    ours = {agents.sector(s.head, kb, s.codes[0] if s.codes else "") for s in source}
    if voiced:
        # a part of a state to that state's government ("Pakistan urged its
        # citizens" is a state to its own people; "the opposition urged
        # students" is no act of the state)
        return theirs == "GOV" and not ours & {"", "GOV"} and all(s.head.i != it.head.i for s in source)
    return theirs != "" and theirs not in ours and all(s.head.i != it.head.i for s in source)


def _draft(m: Match, source: list[Item], target: list[Item], parts: list[Item], place: str | None) -> Draft:
    """The event, typed and shaped by PLOVER's conventions."""
    tok, entry, s = m.tok, m.entry, m.s
    etype = entry.type_override or entry.type
    mode = entry.mode_override or entry.mode_by_lemma.get(tok.lemma_.lower()) or entry.mode
    if entry.mode_by_of:
        for w in object_words(of_objects(tok)):
            if w in entry.mode_by_of:
                mode = entry.mode_by_of[w]
                break
    status = status_of(tok)
    rules = fired(entry)
    if status == "negated" and (
        _refused(tok, m.lex.refusing_verbs) or tok.lemma_.lower() in m.lex.withheld_when_negated
    ):
        # "Israel refused to meet Jordan's king", "Serbia will never recognise
        # Kosovo": the refusal is what happened
        etype, mode, status = "REJECT", None, "occurred"
        rules += ("events:refusal_is_reject",)
    elif (
        status == "negated"
        and etype in NOT_YET_DONE
        and ((refused_ahead(tok) and tok.i in m.actors.quoted) or refusal_reported(tok))
    ):
        # "'We will not sign the declaration,' Orban said": a refusal, declared
        # now. A reporter's "Obama will not meet Castro" tells a plan, no refusal.
        etype, mode, status = "REJECT", None, "occurred"
        rules += ("events:refusal_ahead_is_reject",)
    elif status == "planned" and etype == "REJECT" and attempted(tok):
        # "has sought to block the deal": trying to block a thing is opposing it
        status = "occurred"
        rules += ("events:attempt_is_act",)
    if status == "hypothetical" and modality.mused_or_judged(tok):
        rules += ("modality:mused_or_judged",)  # "talked about giving aid", "an attack was likely"
    draft = Draft(tok, entry, etype, mode, source, target, parts, place, status, rules=rules)
    traced_one("events:reciprocal_and_multilateral", shape, draft, m.actors)
    draft.location = draft.location or location_of(draft, s, m.actors)
    traced_one("events:host_is_target", host_rule, draft)
    if (
        status in {"planned", "hypothetical"}
        and etype in CONFLICT_FUTURE
        and conditional_threat(tok, condition_needed=etype != "ASSAULT")
    ):
        # "will withdraw its force from Chad unless ...", "would strike": a
        # threat. Other pressure announced without a condition ("will
        # suspend the talks", "would impose sanctions") is the measure itself,
        # still to come.
        draft.type, draft.mode, draft.status = "THREATEN", threat_mode(etype, draft.mode), "occurred"
        draft.noted("events:future_conflict_is_threat")
    elif status == "planned" and etype in COOPERATIVE_FUTURE:
        # "is willing to withdraw its troops", "will allow inspectors": a promise
        draft.type, draft.mode = "AGREE", None
        draft.noted("events:future_cooperation_is_promise")
    if entry.event_object:
        draft.absorbed = event_objects(tok, m.objects, s)
    return draft
