"""Entity spans to actor codes: states, organisations, regions, and people
resolved to the state they served on the date in question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..kb.loader import KnowledgeBase
from ..nlp.pipeline import LABEL_FOR_FORM, Match, Sentence
from ..records import Document, Mention, stable_id

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
        """Codes for a spaCy entity span, or None when it names no actor."""
        return self.resolve_label(ent.label_, ent.ent_id_, on)

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
        coding and a group-level one."""
        out = list(codes)
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
