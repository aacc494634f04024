"""Membership of international organisations: joined, admitted, invited,
applied, observer or partner status, suspended, left."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ...nlp import lemma_ids
from .. import lexicon
from ..actors.phrases import PhraseActors
from ..lexicon import MembershipLexicon, MembershipTrigger, entry_id
from . import slots
from .checks import object_words
from .modality import status_of

Token = Any


@dataclass
class MembershipDraft:
    trigger: Token
    mode: str
    members: list[tuple[str, Token]]  # (state code, head token for dates)
    organization: str
    status: str
    rules: tuple[str, ...] = ()  # the entry that fired, then each rule that changed it


class MembershipFinder:
    def __init__(self, lex: MembershipLexicon | None = None):
        self.lex = lex or lexicon.memberships()
        self.by_lemma: dict[str, list[MembershipTrigger]] = defaultdict(list)
        for t in self.lex.triggers:
            for lemma in t.lemmas:
                self.by_lemma[lemma].append(t)
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        self.hashes = frozenset(hash_string(w) for w in self.by_lemma)
        for entries in self.by_lemma.values():
            entries.sort(
                key=lambda e: -(bool(e.requires_object) + bool(e.requires_modifier) + e.passive_only)
            )

    def find(self, sent: Any, actors: PhraseActors, previous_org: str | None) -> list[MembershipDraft]:
        out = []
        trigger_tokens = set()
        ids = lemma_ids(sent.doc)
        for i in range(sent.start, sent.end):
            if ids[i, 0] not in self.hashes and ids[i, 1] not in self.hashes:
                continue
            tok = sent.doc[i]
            for entry in self.by_lemma.get(tok.lemma_.lower(), []):
                if tok.pos_ not in entry.pos and not (tok.pos_ == "AUX" and "VERB" in entry.pos):
                    continue
                draft = self._try(tok, entry, actors, previous_org)
                if draft is not None:
                    out.append(draft)
                    trigger_tokens.add(tok.i)
                    break
        # "applied to join", "invited to join": the inner verb belongs to the outer.
        return [d for d in out if not (d.trigger.dep_ == "xcomp" and d.trigger.head.i in trigger_tokens)]

    def _try(
        self, tok: Token, entry: MembershipTrigger, actors: PhraseActors, previous_org: str | None
    ) -> MembershipDraft | None:
        s = slots.collect(tok)
        if entry.passive_only and not slots.is_passive(tok):
            return None
        objs = [c for c in tok.children if c.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}]
        objs += [g for k in ("for", "as") for g in s.get(k, [])]
        words = object_words(objs)
        if entry.requires_object and not (words & set(entry.requires_object)):
            return None
        if entry.requires_modifier and not (words & set(entry.requires_modifier)):
            return None
        org = self._organization(tok, entry.organization, s, actors, previous_org)
        if org is None:
            return None
        members: list[tuple[str, Token]] = []
        for slot in entry.member.split("_or_"):
            for t in _slot(tok, slot, s):
                for item in actors.items(t):
                    # An organisation may belong to another ("the AU became a member of the G20").
                    members += [(c, item.head) for c in item.codes if _can_belong(c, org, item.head, actors)]
            if members:
                break
        if not members:
            return None
        status = entry.status or status_of(tok)
        rules: tuple[str, ...] = (entry_id("memberships.yaml", entry.id),)
        if status == "occurred" and _prospective(tok, self.lex):
            status = "planned"
            rules += ("memberships:prospective",)
        if entry.mode in {"invite", "leave", "suspend"} and status == "planned" and _decided(tok, self.lex):
            # "agreed to invite", "decided to leave": the decision is the act
            status = "occurred"
            rules += ("memberships:decided",)
        mode = entry.mode
        if tok.pos_ == "NOUN" and tok.dep_ in {"nsubjpass", "dobj"}:
            mode = self.lex.ending_verbs.get(tok.head.lemma_.lower(), mode)
            if mode != entry.mode:
                rules += ("memberships:ending_verb",)
        return MembershipDraft(tok, mode, list(dict.fromkeys(members)), org, status, rules)

    def _organization(
        self, tok: Token, spec: str, s: dict[str, list[Token]], actors: PhraseActors, previous_org: str | None
    ) -> str | None:
        kb = actors.kb
        intransitive = not any(
            c.dep_ in {"dobj", "attr", "nsubjpass"} or (c.dep_ == "prep" and c.lower_ in {"to", "into", "in"})
            for c in tok.children
        )
        for slot in spec.split("_or_"):
            if slot == "nearest" or (slot == "nearest_if_intransitive" and intransitive):
                # "applied to join BRICS": the organisation is the inner verb's object.
                for c in tok.children:
                    if c.dep_ == "xcomp":
                        for o in slots.verb_objects(c):
                            if (found := _org_in(o, actors, self.lex)) and found in kb.organisations:
                                return found
                return _nearest_org(tok, actors) or previous_org
            for t in _slot(tok, slot, s):
                found = _org_in(t, actors, self.lex) or _org_anaphor(t, actors, previous_org, self.lex)
                if found:
                    return found
        return None


def _prospective(tok: Token, lex: MembershipLexicon) -> bool:
    """ "negotiations toward Ukraine's accession", "progress toward NATO
    membership", "an initiative to grant the SCO observer status": a
    membership still to come."""
    cur = tok
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.lower_ in lex.prospect_prepositions:
            return True
        if head.lemma_.lower() in lex.prospect_nouns and cur.dep_ in {
            "pobj",
            "poss",
            "compound",
            "nmod",
            "acl",
        }:
            return True
        if cur.dep_ == "xcomp" and any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in lex.prospect_nouns
            for c in head.children
        ):
            return True  # "an initiative was launched to grant ..."
        cur = head
    return False


def _slot(tok: Token, name: str, s: dict[str, list[Token]]) -> list[Token]:
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    if name == "object":
        return objects or s.get("object", [])
    if name == "nmod":
        return [c for c in tok.children if c.dep_ in {"nsubj", "poss", "nmod"}]
    if name == "object_poss":
        # "the AU suspended Gabon's membership", "the participation of Gabon"
        owners = [c for o in objects for c in o.children if c.dep_ == "poss"]
        return owners + [g for o in objects for g in slots.prep_objects(o).get("of", [])]
    found = list(s.get(name, []))
    # "froze its participation in the CSTO in February": the organisation's
    # preposition hangs on the object, the date's on the verb.
    for obj in objects:
        found += slots.prep_objects(obj).get(name, [])
    return found


def _org_in(tok: Token, actors: PhraseActors, lex: MembershipLexicon, depth: int = 0) -> str | None:
    """An organisation named by a phrase, looking through "membership in",
    "observer status with", "a full member of"."""
    for code in actors.codes(tok, conj=False):
        if code in actors.kb.organisations:
            return code
    if depth < 3 and tok.lemma_.lower() in lex.wrappers | lex.organisation_nouns | lex.member_nouns:
        for c in tok.children:
            if c.dep_ in {"compound", "amod", "nmod", "poss", "appos"} and (
                found := _org_in(c, actors, lex, depth + 1)
            ):
                return found
        for key, toks in slots.prep_objects(tok).items():
            if key in lex.organisation_prepositions:
                for t in toks:
                    if found := _org_in(t, actors, lex, depth + 1):
                        return found
    return None


def _can_belong(code: str, org: str, head: Token, actors: PhraseActors) -> bool:
    if code in actors.kb.states:
        return True
    # An organisation only when named: "it" is far more often a state.
    return code in actors.kb.organisations and code != org and head.pos_ != "PRON"


def _org_anaphor(
    tok: Token, actors: PhraseActors, previous_org: str | None, lex: MembershipLexicon
) -> str | None:
    """ "joining it", "its full members", "the regional bloc", "the
    alliance": the organisation the text was just about."""
    if tok.lower_ in {"it", "its"}:
        return previous_org or _nearest_org(tok, actors)
    if tok.lemma_.lower() in lex.organisation_nouns and any(c.lower_ == "the" for c in tok.children):
        return _nearest_org(tok, actors) or previous_org
    if tok.lemma_.lower() in lex.wrappers:
        for c in tok.children:
            if c.dep_ == "poss" and (found := _org_anaphor(c, actors, previous_org, lex)):
                return found
    return None


def _nearest_org(tok: Token, actors: PhraseActors) -> str | None:
    best: tuple[int, str] | None = None
    for i, (_, r) in actors.entity_at.items():
        if r is None:
            continue
        for code in r.codes:
            if code in actors.kb.organisations:
                dist = abs(i - tok.i) + (0 if i < tok.i else 1)
                if best is None or dist < best[0]:
                    best = (dist, code)
    return best[1] if best else None


def _decided(tok: Token, lex: MembershipLexicon) -> bool:
    """ "leaders agreed (decided) to invite": an act done, with no "will"."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_.lower() in lex.deciding_verbs
        and not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in head.children)
    )
