"""PLOVER events in a sentence: find trigger words from the lexicon, fill
their roles from the parse, and shape them by PLOVER's conventions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..nlp import lemma_ids
from . import lexicon, slots
from .lexicon import EventLexicon, Trigger
from .modality import status_of
from .phrases import Item, PhraseActors

Token = Any
COOPERATIVE_FUTURE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
# Material conflict announced for the future is a threat (PLOVER THREATEN).
CONFLICT_FUTURE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
# Cooperation needs someone who cooperates: with only a recipient named, the
# record says too little to be useful.
_NEEDS_A_DOER = {"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID", "REQUEST", "THREATEN"}
# Verbs that ask for what their object names: "sought Russia's support".
_ASKING = {"seek", "request", "ask", "appeal", "call", "want", "need", "solicit", "beg"}


@dataclass
class Draft:
    """An event before dates and ids: what the sentence says happened."""

    trigger: Token
    entry: Trigger
    type: str
    mode: str | None
    source: list[Item]
    target: list[Item]
    participants: list[Item]
    location: str | None
    status: str
    date_anchor: Token | None = None  # the token whose parenthesised date applies
    absorbed: list[Token] = field(default_factory=list)
    date: str | None = None  # once assigned, for events that refer back to this one

    def codes(self, items: list[Item]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for it in items for c in it.codes))


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
        pos = "NOUN" if tok.pos_ == "PROPN" and tok.lower_ in {"summit", "forum"} else tok.pos_
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
    ]
    return sum(c is not None for c in conditions)


def object_words(tokens: list[Token]) -> set[str]:
    """Lemmas that describe an object: its head, its "of" noun and modifiers
    ("tonnes of humanitarian aid" counts as aid), for each coordinated object."""
    words = set()
    for t in [x for tok in tokens for x in (tok, *tok.conjuncts)]:
        words.add(t.lemma_.lower())
        words.add(t.lower_)
        for c in t.children:
            if c.dep_ in {"amod", "compound"}:
                words.add(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        words.add(g.lemma_.lower())
                        words |= {x.lemma_.lower() for x in g.children if x.dep_ in {"amod", "compound"}}
    return words


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
            for entry in self.index.candidates(tok):
                draft = self._try(tok, entry, actors, author_passive)
                if draft is not None:
                    drafts.append(draft)
                    # "... visit to Pyongyang, during which the parties signed":
                    # the parties are the ones just named, in this sentence too.
                    codes = draft.codes(draft.source + draft.target)
                    if len(codes) >= 2 and not any(it.how == "anaphor" for it in draft.source + draft.target):
                        actors.discourse.extra["sentence_pair"] = codes
                        actors.discourse.extra["pair_draft"] = draft
                        actors.discourse.extra["pair_sides"] = (
                            draft.codes(draft.target),
                            draft.codes(draft.source),
                        )
                    break
        drafts = _requests(_drop_agents(_demands(_threats(_promises(_absorb(drafts))))), actors)
        return [x for d in drafts for x in self.split(d)]

    def _try(self, tok: Token, entry: Trigger, actors: PhraseActors, author: str | None) -> Draft | None:
        s = slots.collect(tok)
        words = self.lex.words
        is_verb = tok.pos_ in {"VERB", "AUX"}
        objects = s["object"] if is_verb else _of_objects(tok)
        if entry.passive_only and not slots.is_passive(tok):
            return None
        if entry.requires_no_object and objects:
            return None
        if entry.requires_modal_clause and not _modal_clause(tok):
            return None
        req = words(entry.requires_object)
        if req is not None and not (object_words(objects) & req):
            repaired = _participle_object(tok, req)
            if repaired is None:
                return None
            objects = [repaired]
        if entry.not_object and object_words(objects) & set(entry.not_object):
            return None
        req = words(entry.requires_subject)
        if req is not None and not (
            object_words(s["object"] if slots.is_passive(tok) else s["subject"]) & req
        ):
            return None
        if entry.requires_prep and not any(s.get(p) for p in entry.requires_prep):
            return None
        req = words(entry.requires_prep_object)
        if req is not None:
            pobjs = [t for k, v in s.items() if k not in {"subject", "object", "poss", "modifier"} for t in v]
            if not (object_words(pobjs) & req):
                return None
        if entry.requires_adverb and not any(
            c.dep_ == "advmod" and c.lemma_.lower() in entry.requires_adverb for c in tok.children
        ):
            return None
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}}
        if entry.requires_modifier and not (mods & set(entry.requires_modifier)):
            return None
        if entry.not_modifier and mods & set(entry.not_modifier):
            return None

        roles: dict[str, list[Item]] = defaultdict(list)
        place: str | None = None
        for slot, role in entry.roles.items():
            toks = s.get(slot, [])
            if role == "place":
                place = place or next((c for t in toks if (c := actors.is_place(t))), None)
                continue
            if role == "source_owner":
                for t in toks:
                    roles["source"] += [Item(cs, t) for m in slots.modifiers(t) if (cs := _codes(actors, m))]
                continue
            for t in toks:
                if role == "target" and entry.place_target and (c := actors.is_place(t)):
                    roles["target"].append(Item((c,), t, "place"))
                    continue
                roles[role] += actors.items(t)
        if (
            not is_verb
            and s.get("subject")
            and "subject" not in entry.roles
            and not roles_from(roles, s, "poss")
        ):
            # "Moldova joined the EU sanctions": the doer of the light verb
            # outranks a modifier of the noun.
            doers = [it for t in s["subject"] for it in actors.items(t)]
            if doers:
                role = entry.roles.get("poss", "source")
                modifier_codes = {c for t in s.get("modifier", []) for c in (_codes(actors, t) or ())}
                roles[role] = [it for it in roles[role] if not set(it.codes) <= modifier_codes] + doers
        if entry.requires_actor_object and not roles["target"] and not roles["source"]:
            return None
        if (
            entry.requires_actor_object
            and not roles["target"]
            and "object" in entry.roles
            and entry.roles["object"] == "target"
        ):
            return None
        if entry.requires_person_subject and not any(
            t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.i not in actors.entity_at)
            for t in s["subject"]
        ):
            return None

        if entry.event_object:
            # "attended a meeting of the OSCE Council", "participation in the
            # Russia-GCC Ministerial Meeting": the meeting's parties take part.
            for obj in _event_objects(tok, objects, s):
                inner = [Item(cs, m) for m in slots.modifiers(obj) if (cs := _codes(actors, m))]
                inner += [it for o in _of_objects(obj) for it in actors.items(o)]
                roles["target" if roles["source"] else "participant"] += inner
                place = place or _place_of(obj, actors)
        if (
            not roles["source"]
            and not roles["participant"]
            and objects
            and entry.requires_object is not None
            and is_verb
        ):
            # "The Declaration by Russia and Nicaragua ... was adopted"
            for obj in objects:
                for key in ("by", "between"):
                    for t in slots.prep_objects(obj).get(key, []):
                        roles["participant"] += actors.items(t)
        if not roles["source"] and is_verb:
            roles["source"] += _included_members(tok, s, actors)
        if not roles["source"] and is_verb and tok.tag_ == "VBG" and entry.roles.get("subject") == "source":
            # "the coordination of Belarusian and Russian policy ... blocking X"
            for t in s.get("subject", []) or _clause_subject(tok):
                roles["source"] += actors.entities_in(t, adjectives=True)
        scope = [tok, *(_event_objects(tok, objects, s) if entry.event_object else [])]
        for t in tok.sent:
            # "the meeting ..., which included China, Iran and India"
            if (
                t.dep_ == "relcl"
                and t.lemma_.lower() in {"include", "involve", "bring", "gather", "unite"}
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
        source, target, parts = roles["source"], roles["target"], roles["participant"]
        topic_codes = {c for it in roles["topic"] for c in it.codes}
        if not source and not target and not parts and len(topic_codes) >= 2:
            # "An agreement was reached on the supply of Belarusian potash to India"
            parts = roles["topic"]
        if not source and not parts and author and _agentless_passive(tok) and (target or roles["topic"]):
            source = [Item((author,), tok, "author")]
        if not source and not target and not parts and roles["topic"]:
            parts = roles["topic"]
        source_codes = {c for it in source for c in it.codes}
        target = [it for it in target if not set(it.codes) <= source_codes] or ([] if source else target)
        n_actors = len({c for it in source + target + parts for c in it.codes})
        if not is_verb and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ASKING:
            n_actors += 1  # "seek Russia's support": the seeker is the other party
        if n_actors == 0 or n_actors < entry.requires_actors:
            return None
        if not source and not parts and entry.type in _NEEDS_A_DOER:
            return None  # "the dialogue with Latin America intensified": whose?

        etype = entry.type_override or entry.type
        mode = entry.mode_override or entry.mode_by_lemma.get(tok.lemma_.lower()) or entry.mode
        if entry.mode_by_of:
            for w in object_words(_of_objects(tok)):
                if w in entry.mode_by_of:
                    mode = entry.mode_by_of[w]
                    break
        status = status_of(tok)
        draft = Draft(tok, entry, etype, mode, source, target, parts, place, status)
        _shape(draft, actors)
        draft.location = draft.location or _location(draft, s, actors)
        _host_rule(draft)
        if status == "planned" and etype in COOPERATIVE_FUTURE:
            draft.type, draft.mode = "AGREE", None
        elif status in {"planned", "hypothetical"} and etype in CONFLICT_FUTURE and _conditional_threat(tok):
            draft.type, draft.mode, draft.status = "THREATEN", _threat_mode(etype, draft.mode), "occurred"
        elif status == "planned" and etype == "RETREAT":
            draft.type, draft.mode = "CONCEDE", None
        if entry.event_object:
            draft.absorbed = _event_objects(tok, objects, s)
        return draft

    def split(self, d: Draft) -> list[Draft]:
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
                )
            )
        return out


def roles_from(roles: dict[str, list[Item]], s: dict[str, list[Token]], slot: str) -> bool:
    heads = {t.i for t in s.get(slot, [])}
    return any(it.head.i in heads for items in roles.values() for it in items)


def _codes(actors: PhraseActors, tok: Token) -> tuple[str, ...] | None:
    hit = actors.entity_codes(tok)
    return hit[0] if hit and hit[1] != "place" else None


def _of_objects(noun: Token) -> list[Token]:
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _agentless_passive(tok: Token) -> bool:
    if tok.pos_ in {"VERB", "AUX"}:
        return slots.is_passive(tok) and not slots.agents(tok)
    head = tok.head
    return tok.dep_ == "nsubjpass" and not slots.agents(head)


def _shape(d: Draft, actors: PhraseActors) -> None:
    """PLOVER's actor conventions: reciprocal events name one party as
    source and the others as target; three or more parties, or an
    organisation's meeting, make a multilateral event."""
    kb = actors.kb
    codes = d.codes(d.source + d.target + d.participants)
    has_org = any(c in kb.organisations for c in codes)
    if d.participants or (d.entry.reciprocal and not d.target):
        parties = _dedupe_items(d.source + d.participants)
        if not d.target and len(parties) == 2:
            d.source, d.target, d.participants = [parties[0]], [parties[1]], []
        elif not d.target:
            d.source, d.participants = parties, []
    if d.type == "CONSULT" and d.mode is None and (has_org or len(codes) >= 3):
        d.mode = "multilateral"


def _dedupe_items(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for it in items:
        fresh = tuple(c for c in it.codes if c not in seen)
        if fresh:
            seen.update(fresh)
            out.append(Item(fresh, it.head, it.how))
    return out


def _location(d: Draft, s: dict[str, list[Token]], actors: PhraseActors) -> str | None:
    where = d.entry.location
    if where == "target":
        for it in d.target:
            if it.codes and it.codes[0] in actors.kb.states:
                return it.codes[0]
    if where == "subject":
        for t in s.get("subject", []):
            c = actors.is_place(t) or next(iter(actors.codes(t)), None)
            if c in actors.kb.states:
                return c
    tok = d.trigger
    candidates = s.get("in", []) + s.get("at", [])
    for child in tok.children:
        if child.dep_ in {"acl", "relcl"}:  # "the summit held in South Africa"
            candidates += slots.prep_objects(child).get("in", [])
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.pos_ in {"VERB", "AUX"}:
        candidates += slots.prep_objects(tok.head).get("in", [])
    for t in candidates:
        if c := actors.is_place(t):
            return c
    for m in slots.modifiers(tok):  # "the Kazan summit", not "the Russia-Africa summit"
        hit = actors.entity_codes(m)
        if hit and hit[1] in {"place", "metonym"} and (c := actors.is_place(m)):
            return c
    return None


def _visitor(item: Item) -> bool:
    """ "a visiting Iranian president", "the visiting delegation"."""
    for t in [item.head, *[c for c in item.head.children if c.dep_ == "appos"]]:
        if any(c.lower_ == "visiting" for c in t.children if c.dep_ in {"amod", "compound"}):
            return True
    return False


def _host_rule(d: Draft) -> None:
    """At a meeting held in one party's country, that party hosts: the
    others are the source (visitors), the host the target. A party called
    "visiting" is the visitor."""
    if d.type == "CONSULT" and d.mode is None and len(d.target) == 1 and _visitor(d.target[0]):
        d.source, d.target, d.mode = d.target, d.source, "visit"
        d.location = d.location or next((c for c in d.codes(d.target) if len(c) == 3), None)
        return
    if d.type != "CONSULT" or not d.location or d.mode in {"visit", "multilateral", "phone"}:
        return
    src, tgt = d.codes(d.source), d.codes(d.target)
    if d.location in src and d.location not in tgt and len(src) == 1 and tgt:
        d.source, d.target = d.target, d.source
    if d.location in d.codes(d.target) or d.location in d.codes(d.source):
        d.mode = "visit"


def _participle_object(verb: Token, words: frozenset[str]) -> Token | None:
    """A participle hung on the wrong noun ("the Joint Statement on the Vision
    of ... in the 21st Century, signed by ..."): the nearest noun before it
    that fits is what was signed."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    for t in reversed(list(verb.doc[verb.sent.start : verb.i])):
        if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in words:
            return t
    return None


def _clause_subject(verb: Token) -> list[Token]:
    """The subject of the clause a gerund sits in: "X was evident in blocking"."""
    cur = verb
    for _ in range(3):
        if cur.head is cur:
            return []
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return subj
    return []


def _event_objects(tok: Token, objects: list[Token], s: dict[str, list[Token]]) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"}:
        return objects
    return s.get("in", []) + s.get("at", [])


def _place_of(noun: Token, actors: PhraseActors) -> str | None:
    for t in slots.modifiers(noun) + slots.prep_objects(noun).get("in", []):
        if (c := actors.is_place(t)) and actors.entity_codes(t) and actors.entity_codes(t)[1] != "name":  # type: ignore[index]
            return c
    return None


def _included_members(verb: Token, s: dict[str, list[Token]], actors: PhraseActors) -> list[Item]:
    """ "Several heads of state visited Russia, including the presidents of
    Cuba, Bolivia and Venezuela": the subject is the listed members."""
    subjects = s.get("subject", [])
    if not subjects or any(actors.items(t) for t in subjects):
        return []
    start = next((t.i for t in verb.sent if t.lower_ == "including" and t.i > verb.i), None)
    if start is None:
        return []
    # The parser often breaks such lists; take each actor named after
    # "including", one per code, keeping its last mention (the person's name,
    # which the dated aside follows).
    last: dict[tuple[str, ...], Item] = {}
    for i in sorted(actors.entity_at):
        if i <= start:
            continue
        ent, r = actors.entity_at[i]
        if r is None or r.form not in {"name", "person", "metonym"} or i != ent.root.i:
            continue
        last.pop(r.codes, None)
        last[r.codes] = Item(r.codes, ent.root)
    return sorted(last.values(), key=lambda it: it.head.i)


def _modal_clause(verb: Token) -> bool:
    """ "declared that China must drop barriers": a clause of obligation."""
    for c in verb.children:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in {"must", "should"} for a in c.children):
            return True
    return False


def _demands(drafts: list[Draft]) -> list[Draft]:
    """ "The US declared that China must drop its barriers": what is demanded
    has not happened; the demand is the event."""
    clauses = [
        c
        for d in drafts
        if d.type == "REQUEST" and d.trigger.pos_ in {"VERB", "AUX"}
        for c in d.trigger.children
        if c.dep_ in {"ccomp", "xcomp"}
    ]
    inside = {t.i for c in clauses for t in c.subtree}
    return [d for d in drafts if d.type == "REQUEST" or d.trigger.i not in inside]


def _threats(drafts: list[Draft]) -> list[Draft]:
    """ "Iran threatened to cut off supplies to Azerbaijan": one THREATEN
    event whose recipient is the recipient of the threatened act."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        if d.trigger.dep_ != "xcomp":
            continue
        outer = by_token.get(d.trigger.head.i)
        if outer is None or outer.type != "THREATEN" or outer is d:
            continue
        outer.target = outer.target or d.target
        outer.mode = outer.mode or _threat_mode(d.type, d.mode)
        drop.add(id(d))
    return [d for d in drafts if id(d) not in drop]


def _conditional_threat(tok: Token) -> bool:
    """A future act of force or pressure announced as such: "will impose
    sanctions unless", "would strike if"."""
    cur = tok
    for _ in range(3):
        if any(
            c.dep_ == "advcl" and any(m.lower_ in {"unless", "if"} for m in c.children) for c in cur.children
        ):
            return True
        if any(c.lower_ in {"will", "would", "'ll"} for c in cur.children if c.dep_ == "aux"):
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def _threat_mode(etype: str, mode: str | None) -> str | None:
    return {
        "SANCTION": "relations" if mode == "discontinue" else "restrict",
        "ASSAULT": "violence",
        "COERCE": "restrict" if mode != "arrest" else "arrest",
        "MOBILIZE": "violence",
    }.get(etype)


def _requests(drafts: list[Draft], actors: PhraseActors) -> list[Draft]:
    """ "Iraq sought Russia's support": a request to Russia by Iraq, not
    support given."""
    for d in drafts:
        t = d.trigger
        if d.type not in {"SUPPORT", "AID", "COOPERATE", "AGREE"} or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = t.head
        if t.dep_ != "dobj" or verb.lemma_.lower() not in _ASKING:
            continue
        askers = [it for s in slots.verb_subject(verb) for it in actors.items(s)]
        if not askers:
            continue
        d.type, d.mode, d.status = "REQUEST", "assist", "occurred"
        d.target = [it for it in d.source if not set(it.codes) & {c for a in askers for c in a.codes}]
        d.source = askers
    return drafts


def _promises(drafts: list[Draft]) -> list[Draft]:
    """ "The EU agreed to provide aid to Romania": one AGREE event whose
    content is the aid, not an AGREE and an AID."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        if d.type != "AGREE" or d.trigger.dep_ not in {"xcomp", "dobj"}:
            continue
        outer = by_token.get(d.trigger.head.i)
        if outer is None or outer.type != "AGREE" or outer is d:
            continue
        if not d.source:
            d.source = outer.source
        d.target = d.target or outer.target
        drop.add(id(outer))
    return [d for d in drafts if id(d) not in drop]


def _drop_agents(drafts: list[Draft]) -> list[Draft]:
    """An event noun that is the subject of another event's verb acts, it
    does not happen: "the session of the General Assembly approved ..."."""
    verbs = {d.trigger.i for d in drafts if d.trigger.pos_ in {"VERB", "AUX"}}
    return [
        d
        for d in drafts
        if not (
            d.trigger.pos_ in {"NOUN", "PROPN"} and d.trigger.dep_ == "nsubj" and d.trigger.head.i in verbs
        )
    ]


def _absorb(drafts: list[Draft]) -> list[Draft]:
    """A verb whose object is the event ("attended the summit", "reached an
    agreement") and the event noun describe one event: keep the verb's,
    adding the noun's participants. "A meeting of the Council" is one
    meeting too."""
    for d in drafts:
        for t in list(d.absorbed):
            d.absorbed += [o for o in _of_objects(t)]
    absorbed = {t.i for d in drafts for t in d.absorbed}
    nominal = {d.trigger.i for d in drafts if d.trigger.pos_ in {"NOUN", "PROPN"}}
    for d in drafts:
        if d.trigger.pos_ in {"NOUN", "PROPN"} and d.type == "CONSULT":
            absorbed |= {o.i for o in _of_objects(d.trigger) if o.i in nominal}
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
