"""Which actors a noun phrase stands for.

"Russia", "the Kremlin", "Russian Foreign Minister Sergei Lavrov", "the
presidents of Kazakhstan and Uzbekistan", "the five Central Asian
countries", "his Armenian counterpart", "the parties", "we" (in a ministry's
own statement): each resolves to actor codes here, using the parse, the
knowledge base and what the document said before.
"""

from __future__ import annotations

from typing import Any

from ...kb.loader import KnowledgeBase
from ...resolve import Resolver
from ...resolve.titles import DocumentOffices
from .. import lexicon
from . import agents, anaphora, lists, named_again, officials, pronouns, quotes
from .discourse import (
    Discourse,
    Item,
    anaphor_heads,
    dedupe,
    definite_country,
    lemmas,
    traced,
)

Token = Any  # spacy.tokens.Token
# Named groups up to this size are expanded to their members ("the five
# Central Asian countries"); larger ones keep the region code ("African
# countries" is M49:002).
EXPAND_GROUPS_UP_TO = 10
_STATE_PRONOUNS = {"it", "its", "itself"}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MEMBERS_OF = {"including", "like", "as", "among"}  # "countries including the U.S. and China"


class PhraseActors:
    """Actor resolution for one sentence (a spaCy Span)."""

    def __init__(self, sent: Any, resolver: Resolver, on: str | None, discourse: Discourse):
        self.sent = sent
        self.kb: KnowledgeBase = resolver.kb
        self.resolver = resolver
        self.on = on
        self.discourse = discourse
        self.lex = lexicon.agents()
        self.anaphor_heads = anaphor_heads(self.lex.anaphors)
        self.official_words = {o for o in self.lex.officials if " " not in o}
        # Police, rebels, protesters... stand for their state as officials do.
        self.official_words |= agents.nouns()
        self._collectives = set(self.lex.collectives) | self.lex.group_nouns
        if discourse.offices is None:
            discourse.offices = DocumentOffices(resolver.kb, on)
        self.offices = officials.SentenceOffices(discourse.offices)
        self.entity_at: dict[int, tuple[Any, Any]] = {}
        for ent in sent.ents:
            r = resolver.resolve_entity(ent, on)
            for tok in ent:
                self.entity_at[tok.i] = (ent, r)
            if r is not None and r.form == "person":
                self.offices.person(ent.start, officials.person_ids(self.kb, ent, r.codes))
        self.anaphor_used = False
        self.first_person = self.lex.first_person
        self.quoted = quotes.quoted(sent)
        self.speaker: tuple[str, ...] | None = None  # who speaks the quotation, once asked

    def note_people(self) -> None:
        """Note the office-holders the sentence named, for the bare titles
        of the sentences after it."""
        self.offices.note()

    # -- single tokens -------------------------------------------------
    def entity_codes(self, tok: Token) -> tuple[tuple[str, ...], str] | None:
        hit = self.entity_at.get(tok.i)
        if not hit or hit[1] is None:
            return None
        return hit[1].codes, hit[1].form

    def is_place(self, tok: Token) -> str | None:
        """The country a place name is in (capitals, cities, states)."""
        hit = self.entity_codes(tok)
        if hit is None:
            return None
        codes, form = hit
        if form in {"place", "metonym", "name"} and codes and codes[0] in self.kb.states:
            return codes[0]
        org = self.kb.organisations.get(codes[0]) if codes else None
        if org is not None and org.seat and org.seat_state and org.seat.split()[-1] == tok.text:
            return org.seat_state  # "met in Brussels": the city, not the EU
        return None

    # -- phrases -------------------------------------------------------
    def items(self, tok: Token, conj: bool = True) -> list[Item]:
        """Actors of the phrase headed by tok, one Item per coordinated member."""
        out = self._one(tok)
        if conj:
            members = [c for c in tok.conjuncts if c.i > tok.i]
            before: set[int] = set()
            leaders: set[int] = set()
            # "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan": the parser
            # sometimes makes the second name an apposition of the first; and
            # "Chile's Boric, Peru's Boluarte agree": one leader is no
            # apposition of another state's leader (a headline's comma is "and").
            for a in tok.children:
                named = bool(self.entity_codes(a)) and self.entity_codes(a)[1] == "name"  # type: ignore[index]
                side_by_side = not named and lists.other_leader(self, tok, a)
                if a.dep_ == "appos" and (named or side_by_side):
                    members += [a, *[c for c in a.conjuncts if c.i > a.i]]
                    if side_by_side:
                        leaders.add(a.i)
                # "Egypt's President A and Turkish President B agreed": the
                # parser sometimes hangs the first name, with its "and",
                # under the second.
                elif a.i < tok.i and lists.coordinated_before(self, a):
                    members.append(a)
                    before.add(a.i)
            for c in members:
                found = self._one(c)
                how = "coordinated" if c.i in before else "side_by_side" if c.i in leaders else None
                out += [traced(it, how) for it in found] if how else found
            if out:
                out += lists.after_parenthesis(self, tok)
        return dedupe(out)

    def owners(self, tok: Token) -> list[Item]:
        """The states or organisations a thing belongs to by its modifiers
        ("Iranian oil exports", "Russian banks and oligarchs")."""
        out: list[Item] = []
        for t in [tok, *(c for c in tok.conjuncts if c.i > tok.i)]:
            if agents.ethnic(t):
                continue  # "ethnic Albanian guerrillas" are not Albania's
            for child in t.children:
                if child.dep_ in {"amod", "compound", "nmod"} and not agents.ethnic(child):
                    hit = self.entity_codes(child)
                    if hit and hit[1] in {"adjective", "name", "metonym"}:
                        out += [Item(hit[0], child), *self.items(child)[1:]]
        return dedupe(out) or self._agreement(tok)

    def _agreement(self, tok: Token) -> list[Item]:
        """ "the deal", "the treaty" naming no party: the agreement the
        document named before, whose parties it binds."""
        if (
            tok.lemma_.lower() not in self.lex.agreement_nouns
            or tok.tag_ != "NN"
            or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)
            or self.entities_in(tok, adjectives=True)
        ):
            return []
        return [Item((c,), tok, "agreement") for c in self.discourse.last_agreement]

    def codes(self, tok: Token, conj: bool = True) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for it in self.items(tok, conj) for c in it.codes))

    def _one(self, tok: Token) -> list[Item]:
        if agents.ethnic(tok):
            return agents.placed(self, tok)  # "ethnic Albanians": a people, not Albania
        hit = self.entity_codes(tok)
        if hit is not None:
            codes, form = hit
            if form == "place":
                return []
            if form in {"adjective", "region_adjective"} and lemmas(tok.head) & self._collectives:
                return self._collective(tok.head) or [Item(codes, tok)]
            # "Central Asia" is the region; "the Central Asian countries" and
            # "the Baltic states" are its states.
            if codes[0] in self.kb.regions:
                ent = self.entity_at[tok.i][0]
                if lemmas(ent[-1]) & self._collectives:
                    some = self._some_of_region(ent[-1], codes[0])
                    return some if some is not None else [Item(self._expand(codes[0]), tok, "group")]
                if (
                    lemmas(tok.head) & self._collectives
                    and (some := self._some_of_region(tok.head, codes[0])) is not None
                ):
                    return some
                if (
                    form == "region_adjective"
                    and lemmas(ent.root.head) & lexicon.sides().document_meetings
                    and (states := self._expand(codes[0])) != codes[:1]
                ):
                    return [Item(states, tok, "region_meeting")]  # "the Central Asian summit": its states
                return [Item(codes, tok, "group")]
            return [Item(codes, tok)]
        lower = tok.lower_
        if lower in self.first_person and (spoken := quotes.speaker(self, tok)):
            return [Item(spoken, tok, "speaker")]
        if lower in self.lex.government_pronouns and self.discourse.author:
            return [Item((self.discourse.author,), tok, "author")]
        if lower in pronouns.PERSON_PRONOUNS:
            person = (
                pronouns.object_person(self, tok)
                or pronouns.sentence_person(self, tok)
                or self.discourse.subject_person
                or self.discourse.last_person
            )
            return [Item(person, tok, "pronoun")] if person else []
        if definite_country(tok):
            found = pronouns.the_country(self, tok)
            return [Item(found, tok, "pronoun")] if found else []
        if lower in _STATE_PRONOUNS:
            found = pronouns.state_pronoun(self, tok)
            return [Item(found, tok, "pronoun")] if found else []
        if lower == "whose":
            return pronouns.relative_owner(self, tok)
        if lower == "they" and (reporter := pronouns.reporter_side(self, tok)):
            return [Item(reporter, tok, "pronoun")]
        if named_again.blocked_before(self, tok):
            return named_again.resolve(self, tok)
        anaphor = anaphora.anaphor(self, tok)
        if anaphor is not None:
            return anaphor
        if again := named_again.resolve(self, tok):
            return again
        words = lemmas(tok)
        if words & (self._collectives | self.official_words) and tok.tag_ in {"NN", "NNP"}:
            # "'Our country will not yield,' the minister said": the speaker's own
            own = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in self.first_person]
            if own and (spoken := quotes.speaker(self, own[0])):
                return [Item(spoken, tok, "speaker")]
        if words & self._collectives:
            members = self._collective(tok) or anaphora.definite_plural(self, tok)
            if members:
                return members
            counted = any(c.dep_ == "nummod" for c in tok.children)
            if (tok.tag_ == "NN" or counted) and self._region_modifier(tok):
                return []  # "the European nation", "the two Asian nations": some, named before
        # A title with a name ("President of Cuba Miguel Diaz-Canel") codes
        # like the title, whether or not we know the person.
        titled = words & (self.official_words | self._collectives) or self._sector_body(tok, words)
        if titled or tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
            return self.official(tok) or agents.placed(self, tok)
        if tok.pos_ in {"NUM", "PRON"} or words & self.lex.quantities:
            # "five of them (Iran, Egypt, ...)", "some of the Central Asian states":
            # a list in apposition says who they are, before any anaphora.
            pobjs = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for holder in [tok, *pobjs]:
                for child in holder.children:
                    if child.dep_ == "appos" and (listed := self.items(child)):
                        return listed
            for obj in pobjs:
                if listed := self.items(obj):
                    return listed
            if agents.crowd(tok):
                # "Thousands rallied in Tbilisi": a crowd counted, not named,
                # is people of the place they are in.
                return agents.placed(self, tok)
        return []

    def _expand(self, code: str) -> tuple[str, ...]:
        members = self.kb.members_of(code)
        if members and len(members) <= EXPAND_GROUPS_UP_TO:
            return tuple(members)
        return (code,)

    def _collective(self, tok: Token) -> list[Item]:
        """ "the Central Asian countries", "CIS member states", "BRICS group",
        "countries including the U.S. and China", "the countries of the UAE
        and Saudi Arabia", "six countries - Kyrgyzstan, China, ...". A list
        of named members says more than the group they belong to."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in _MEMBERS_OF | {"of"}:
                found = [it for obj in child.children if obj.dep_ == "pobj" for it in self.items(obj)]
                if found and (child.lower_ != "of" or all(it.how == "entity" for it in found)):
                    return found
            if child.dep_ == "appos":
                found = self.items(child)
                if found:
                    others = lists.coordinated_modifiers(self, tok)
                    if not others:
                        return found
                    # the listed members are one party beside the others
                    group = tuple(dict.fromkeys(c for it in found for c in it.codes))
                    return [*others, Item(group, tok, "group")]
        if any(c.dep_ == "nummod" for c in tok.children):
            listed = lists.dash_list(self, tok)
            if listed:
                return listed
        for child in tok.children:
            if child.dep_ not in {"amod", "compound", "nmod"}:
                continue
            hit = self.entity_codes(child)
            if hit is None:
                for grand in child.children:
                    if grand.dep_ in {"amod", "compound"} and (hit := self.entity_codes(grand)):
                        break
            if hit is None:
                continue
            codes, form = hit
            if form == "place":
                continue
            code = codes[0]
            if code in self.kb.regions:
                some = self._some_of_region(tok, code)
                return some if some is not None else [Item(self._expand(code), tok, "group")]
            return [Item(codes, tok, "group")]
        return []

    def _region_modifier(self, tok: Token) -> bool:
        for c in tok.children:
            if c.dep_ in {"amod", "compound"}:
                for t in (c, *c.children):
                    hit = self.entity_codes(t)
                    if hit and hit[0] and hit[0][0] in self.kb.regions:
                        return True
        return False

    def _some_of_region(self, tok: Token, code: str) -> list[Item] | None:
        """ "the European nation", "the two South Asian nations": one or a
        counted few of a region's states are the ones the text just named
        (none if it named no such number), never the whole region."""
        counts = [c for c in tok.children if c.dep_ == "nummod"]
        if tok.tag_ not in {"NN", "NNP"} and not counts:
            return None
        if not counts:
            return []
        n = _COUNTS.get(counts[0].lower_) or (int(counts[0].text) if counts[0].text.isdigit() else 0)
        if n == len(self._expand(code)):
            return None  # "the five Central Asian countries": all of them
        d = self.discourse
        named = d.sentence_pair or d.last_pair
        if n < 2 or len(named) != n:
            return []
        self.anaphor_used = True
        return [Item((c,), tok, "anaphor") for c in named]

    def _sector_body(self, tok: Token, words: set[str]) -> bool:
        """ "spy agency", "intelligence service": a noun before it names its
        sector (not "official" or "government", which any body may be)."""
        nouns = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        named = {agents.noun_sector(c) for c in nouns} - {None, "GOV"}
        return bool(words & self.lex.sector_bodies and named)

    def official(self, tok: Token) -> list[Item]:
        return officials.official(self, tok)

    def entities_in(self, tok: Token, adjectives: bool = False) -> list[Item]:
        """Every actor entity inside a phrase's subtree, skipping relative
        clauses (a fallback when the head itself names no actor)."""
        out: list[Item] = []
        stack = [tok]
        skip = {"place", "region_adjective"} | (set() if adjectives else {"adjective"})
        while stack:
            t = stack.pop()
            hit = self.entity_codes(t)
            if hit and hit[1] not in skip:
                out.append(Item(hit[0], t))
            stack.extend(
                c
                for c in t.children
                if c.dep_ not in {"relcl", "acl", "advcl"}
                and not (c.dep_ == "prep" and c.lower_ in self.lex.scene_prepositions)
            )
        return dedupe(sorted(out, key=lambda it: it.head.i))
