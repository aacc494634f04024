"""Entity spans to actor codes: states, organisations, regions, and people
resolved to the state they served on the date in question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..kb.loader import KnowledgeBase
from ..kb.models import Body
from ..nlp.pipeline import LABEL_FOR_FORM, Match, Sentence
from ..records import Document, Mention, stable_id
from . import context

FORM_FOR_LABEL = {v: k for k, v in LABEL_FOR_FORM.items()}
_GOVERNMENT_WORDS = re.compile(
    r"\b(Ministry|Ministries|Government|Embassy|Mission|Office of the President|Presidential"
    r"|Kremlin|State Department|Department of State|Foreign Office|MFA|Cabinet|Chancellery"
    r"|President of|Prime Minister)\b",
    re.I,
)


@dataclass(frozen=True)
class Resolved:
    codes: tuple[str, ...]
    form: str  # name | adjective | metonym | person | region_adjective


class Resolver:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    def resolve_entity(self, ent: Any, on: str | None) -> Resolved | None:
        """Codes for a spaCy entity span, or None when it names no actor
        ("pro-Russian": a side, not Russia). A person is read with the title
        the text gives them (see person_as_named)."""
        if context.side_or_backer(ent, self.kb):
            return None
        if FORM_FOR_LABEL.get(ent.label_) == "person":
            ids = [i.removeprefix("person:") for i in ent.ent_id_.split("|") if i]
            named = self.person_as_named(ids, self._affiliations(ent, on), on)
            if named:
                return Resolved(named, "person")
        return self.resolve_label(ent.label_, ent.ent_id_, on)

    def _affiliations(self, ent: Any, on: str | None) -> list[str]:
        """The states and organisations the title beside a name names."""
        out = []
        for tok in context.affiliation_tokens(ent):
            r = self.resolve_label(tok.ent_type_, tok.ent_id_, on)
            if r is not None and r.form != "person":
                out += [c for c in r.codes if c in self.kb.states or c in self.kb.organisations]
        return out

    def person_as_named(self, person_ids: list[str], named: list[str], on: str | None) -> tuple[str, ...]:
        """A person as the text names them, where that settles who or what
        they stand for: of two people sharing a name, the one who served the
        state the title names ("former North Macedonian foreign minister
        Osmani"); a person out of office on the date, the state or
        organisation the title names ("former UN chief Ban Ki-moon"), even
        one the knowledge base has no role of theirs in. Someone in office
        on the date stands for the office they then hold. () where the title
        names nothing or settles nothing."""
        if not named or not person_ids:
            return ()
        code = named[0]
        served = [p for p in person_ids if any((r.state or r.org) == code for r in self.kb.people[p].roles)]
        who = served or person_ids
        in_office = [p for p in who if on and self.kb.roles_on(p, on)]
        if in_office or (not on and not served):
            return self.people_codes(in_office or who, on) if served else ()
        return (code,)

    def resolve_label(self, label: str, ids: str, on: str | None) -> Resolved | None:
        form = FORM_FOR_LABEL.get(label)
        if form is None or form == "ignore":
            return None
        codes = [i for i in ids.split("|") if i]
        if form == "person":
            found = self.people_codes([i.removeprefix("person:") for i in codes], on)
            return Resolved(found, "person") if found else None
        return Resolved(self.with_home(codes), form) if codes else None

    def with_home(self, codes: list[str]) -> tuple[str, ...]:
        """A named group codes to itself and its home state ("Hamas" is
        GRP:HAMAS and PSE), so that a record matches both PLOVER's state-only
        coding and a group-level one. A state's own body (a party, an
        agency, a fleet) codes to its state alone ("the Pacific Fleet" is
        RUS); its sector stays with the matched name."""
        out = [c for c in codes if not isinstance(self.kb.groups.get(c), Body)]
        for code in codes:
            group = self.kb.groups.get(code)
            if group is not None and group.home and group.home not in out:
                out.append(group.home)
        return tuple(out)

    def people_codes(self, person_ids: list[str], on: str | None) -> tuple[str, ...]:
        """The state(s) a name stands for on a date. When several people share
        a name, those in office on the date win."""
        if len(person_ids) > 1 and on:
            in_office = [p for p in person_ids if self.kb.roles_on(p, on)]
            person_ids = in_office or person_ids
        codes = {c for p in person_ids if (c := self.kb.state_of_person(p, on))}
        return tuple(sorted(codes)) if len(codes) == 1 or len(person_ids) == 1 else ()

    def mentions(self, document: Document, sentences: list[Sentence]) -> list[Mention]:
        out = []
        for sent in sentences:
            sent_id = stable_id(document.doc_id, "sent", sent.start)
            for m in sent.matches:
                r = self.resolve_label(m.label, m.ids, document.published)
                if r is None:
                    continue
                out.append(
                    Mention(
                        mention_id=stable_id(document.doc_id, "mention", m.start, m.end - sent.start),
                        doc_id=document.doc_id,
                        sent_id=sent_id,
                        start=m.start,
                        end=m.end,
                        text=document.text[m.start : m.end],
                        codes=r.codes,
                        form=r.form,
                    )
                )
        return out

    def author(self, document: Document, names: Callable[[str], list[Match]]) -> str | None:
        """The state a government publication speaks for ("we", agentless
        passives). Found in the publisher, else in the document's first lines;
        None for media and other non-government sources."""
        for text in (document.publisher or "", document.text[:300]):
            if not text or not _GOVERNMENT_WORDS.search(text):
                continue
            for m in names(text):
                r = self.resolve_label(m.label, m.ids, document.published)
                if r and r.form in {"name", "adjective", "metonym"} and r.codes[0] in self.kb.states:
                    return r.codes[0]
        return None
