"""FollowTheMoney (FtM): the store as FtM entities in FtM's JSON lines
(one {"id", "schema", "properties"} object a line), which Aleph and
OpenAleph load (`ftm`, `alephclient write-entities`). Every entity is built
with the followthemoney library's model, which cleans each value by its
property's type.

FtM has no schema for a country as an actor: a state is a PublicBody (its
government, which is what a state does things through), an organisation
or named group an Organization, a region a Territory, a person the
knowledge base knows a Person. Events are Event entities (organizer: the
source; involved: target and participants), memberships Membership, the
stored texts Document, and each actor named in a document a Mention of
it. docs/exports.md lists every property used."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from ..knowledge import cameo
from .registry import register
from .source import EVENT_KEY, EVENT_KEYED, EVENT_ORDER, MEMBERSHIP_KEY, Ordered, Source

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

PREFIX = "dg"
# Schemata that may be an Event's organizer or involved party, a
# Membership's member (FtM's LegalEntity and its kinds).
LEGAL = {"PublicBody", "Organization", "Person", "LegalEntity"}

ACTORS_SQL = """
SELECT DISTINCT code FROM (
    SELECT unnest(list_concat(source, target, participants)) AS code FROM events
    UNION ALL SELECT member FROM memberships
    UNION ALL SELECT organization FROM memberships
    UNION ALL SELECT unnest(codes) FROM mentions WHERE form <> 'place')
WHERE code IS NOT NULL ORDER BY code"""
DOCUMENTS = Ordered(
    """SELECT doc_id, name, title, url, publisher, published, language, text
    FROM documents WHERE {chunk} ORDER BY name, doc_id""",
    "name",
    "documents",
    rows=500,  # documents are long
)
EVENTS = Ordered(
    f"""SELECT e.event_id, e.doc_id, e.type, e.mode, e.source, e.target, e.participants,
       e.date, e.date_end, e.status, e.location, s.text AS sentence, e.url, e.publisher
    FROM sentences s RIGHT JOIN (
        SELECT e.*, d.name AS doc, d.url, d.publisher FROM {EVENT_KEYED} WHERE {{chunk}}) e
    USING (sent_id)
    ORDER BY {EVENT_ORDER}""",
    EVENT_KEY,
    EVENT_KEYED,
)
MEMBERSHIPS = Ordered(
    """SELECT m.membership_id, m.doc_id, m.member, m.organization, m.mode, m.date,
       m.status, s.text AS sentence, m.url, m.publisher
    FROM sentences s RIGHT JOIN (
        SELECT m.*, d.url, d.publisher FROM memberships m JOIN documents d USING (doc_id) WHERE {chunk}) m
    USING (sent_id)
    ORDER BY m.organization, m.member, m.date NULLS LAST, m.membership_id""",
    MEMBERSHIP_KEY,
    "memberships m",
)
MENTIONS = Ordered(
    """SELECT m.mention_id, m.doc_id, m.text, m.codes, m.form
    FROM mentions m WHERE m.form <> 'place' AND len(m.codes) > 0 AND {chunk}
    ORDER BY m.doc_id, m.start_char, m.mention_id""",
    "m.doc_id",
    "mentions m",
)


def entity_id(kind: str, key: str) -> str:
    """A deterministic FtM id: FtM allows letters, digits, dots and dashes."""
    return f"{PREFIX}-{kind}-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


@register(
    "ftm", "FollowTheMoney entities, one a line, for Aleph and OpenAleph", ".ftm.json", counts="entities"
)
def write(source: Source, out: IO[Any]) -> int:
    entities = Entities(source)
    n = 0
    for entity in entities.all():
        out.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


class Entities:
    """The store's entities, made as they are read."""

    def __init__(self, source: Source):
        from followthemoney import model

        self.model = model
        self.source = source
        self.kb = source.kb
        self.people = _people_by_name(source)
        self.persons_done: set[str] = set()

    def all(self) -> Iterator[EntityProxy]:
        yield from self.actors()
        yield from self.persons()
        yield from self.documents()
        yield from self.events()
        yield from self.memberships()
        yield from self.mentions()

    def make(self, schema: str, entity: str, **properties: Any) -> EntityProxy:
        made = self.model.make_entity(schema)
        made.id = entity
        for prop, value in properties.items():
            for v in value if isinstance(value, list) else [value]:
                if v not in (None, ""):
                    made.add(prop, v)
        return made

    # -- actors -------------------------------------------------------
    def schema(self, code: str) -> str:
        kb = self.kb
        if code in kb.states:
            return "PublicBody"
        if code in kb.organisations or code in kb.groups:
            return "Organization"
        if code in kb.regions:
            return "Territory"
        return "LegalEntity"  # a code the knowledge base has since dropped

    def actor_id(self, code: str) -> str:
        return entity_id("actor", code)

    def actors(self) -> Iterator[EntityProxy]:
        kb = self.kb
        for row in self.source.rows(ACTORS_SQL):
            code = row["code"]
            common: dict[str, Any] = {
                "name": self.source.name(code),
                "notes": f"diplograph actor code {code}",
            }
            actor = kb.actor(code)
            common["wikidataId"] = actor.qid if actor else None
            if code in kb.states:
                state = kb.states[code]
                yield self.make(
                    "PublicBody",
                    self.actor_id(code),
                    **common,
                    alias=[state.official, *state.names],
                    country=code,
                    topics="gov.national",
                    summary=f"The state of {state.name}: its government, leaders and ministers.",
                )
            elif code in kb.organisations:
                org = kb.organisations[code]
                topics = "gov.igo" if org.kind == "intergovernmental" else None
                yield self.make(
                    "Organization",
                    self.actor_id(code),
                    **common,
                    alias=org.names,
                    abbreviation=code,
                    topics=topics,
                )
            elif code in kb.groups:
                group = kb.groups[code]
                yield self.make(
                    "Organization", self.actor_id(code), **common, alias=group.names, country=group.home
                )
            elif code in kb.regions:
                region = kb.regions[code]
                yield self.make("Territory", self.actor_id(code), **common, alias=region.names)
            else:
                yield self.make("LegalEntity", self.actor_id(code), **common)

    def persons(self) -> Iterator[EntityProxy]:
        """The people the knowledge base knows that the documents name."""
        kb = self.kb
        for row in self.source.rows("SELECT DISTINCT text FROM mentions WHERE form = 'person' ORDER BY text"):
            person_id = self.people.get(row["text"])
            if person_id is None or person_id in self.persons_done:
                continue
            self.persons_done.add(person_id)
            person = kb.people[person_id]
            served = [r.state for r in person.roles if r.state]
            titles = [r.title for r in person.roles if r.title]
            yield self.make(
                "Person",
                entity_id("person", person_id),
                name=person.name,
                alias=person.names,
                wikidataId=person.qid,
                country=list(dict.fromkeys(served)),
                position=list(dict.fromkeys(titles)),
            )

    # -- documents, events, memberships, mentions ------------------------
    def documents(self) -> Iterator[EntityProxy]:
        for r in self.source.ordered(DOCUMENTS):
            yield self.make(
                "Document",
                entity_id("doc", r["doc_id"]),
                fileName=r["name"],
                title=r["title"],
                sourceUrl=r["url"],
                publisher=r["publisher"],
                publishedAt=r["published"],
                language=r["language"],
                bodyText=r["text"],
            )

    def events(self) -> Iterator[EntityProxy]:
        for r in self.source.ordered(EVENTS):
            source = r["source"] or []
            participants = [c for c in r["participants"] or [] if c not in source]
            target = r["target"] or []
            root = cameo.root(r["type"], r["mode"])
            event = entity_id("event", r["event_id"])
            ranged = bool(r["date_end"])
            made = self.make(
                "Event",
                event,
                name=_event_name(self.source, r["type"], source + participants, target),
                date=None if ranged else r["date"],
                startDate=r["date"] if ranged else None,
                endDate=r["date_end"],
                summary=r["sentence"],
                description=f"PLOVER {r['type']}"
                + (f" ({r['mode']})" if r["mode"] else "")
                + f", {r['status']}; CAMEO root {root}",
                keywords=[r["type"], r["mode"], r["status"], f"CAMEO {root}" if root else None],
                organizer=[self.actor_id(c) for c in source if self.schema(c) in LEGAL],
                involved=[self.actor_id(c) for c in target + participants if self.schema(c) in LEGAL],
                country=r["location"],
                location=self.source.name(r["location"]) if r["location"] else None,
                proof=entity_id("doc", r["doc_id"]),
                sourceUrl=r["url"],
                publisher=r["publisher"],
                recordId=r["event_id"],
            )
            yield made
            # A region takes part as a Territory, which FtM's events cannot
            # hold: it is linked to the event instead.
            for role, codes in (("source", source), ("target", target), ("participant", participants)):
                for code in codes:
                    if self.schema(code) not in LEGAL:
                        yield self.link(event, code, role, r)

    def link(self, event: str, code: str, role: str, r: dict[str, Any]) -> EntityProxy:
        return self.make(
            "UnknownLink",
            entity_id("link", f"{r['event_id']}-{role}-{code}"),
            subject=self.actor_id(code),
            object=event,
            role=role,
            proof=entity_id("doc", r["doc_id"]),
        )

    def memberships(self) -> Iterator[EntityProxy]:
        for r in self.source.ordered(MEMBERSHIPS):
            common = {
                "role": r["mode"],
                "status": r["status"],
                "date": r["date"],
                "summary": r["sentence"],
                "proof": entity_id("doc", r["doc_id"]),
                "sourceUrl": r["url"],
                "publisher": r["publisher"],
                "recordId": r["membership_id"],
            }
            member, organization = self.actor_id(r["member"]), self.actor_id(r["organization"])
            if self.schema(r["member"]) in LEGAL and self.schema(r["organization"]) == "Organization":
                yield self.make(
                    "Membership",
                    entity_id("membership", r["membership_id"]),
                    member=member,
                    organization=organization,
                    **common,
                )
            else:  # a member or body FtM's Membership cannot hold
                yield self.make(
                    "UnknownLink",
                    entity_id("membership", r["membership_id"]),
                    subject=member,
                    object=organization,
                    **common,
                )

    def mentions(self) -> Iterator[EntityProxy]:
        for r in self.source.ordered(MENTIONS):
            codes = r["codes"]
            resolved = [self.actor_id(c) for c in codes if self.schema(c) in LEGAL]
            person = self.people.get(r["text"]) if r["form"] == "person" else None
            if person is not None:
                resolved.insert(0, entity_id("person", person))
            if not resolved:
                continue  # a region named: FtM's Mention resolves only to a legal entity
            detected = "Person" if r["form"] == "person" else self.schema(codes[0])
            yield self.make(
                "Mention",
                entity_id("mention", r["mention_id"]),
                document=entity_id("doc", r["doc_id"]),
                name=r["text"],
                resolved=resolved,
                detectedSchema=detected,
                contextCountry=[c for c in codes if c in self.kb.states],
            )


def _people_by_name(source: Source) -> dict[str, str]:
    """The knowledge base's person for each way of naming one person alone
    (a name two people share names neither)."""
    found: dict[str, set[str]] = {}
    for form in source.kb.forms:
        if form.form == "person":
            found.setdefault(form.text, set()).add(form.code.removeprefix("person:"))
    return {text: next(iter(ids)) for text, ids in found.items() if len(ids) == 1}


def _event_name(source: Source, event_type: str, actors: list[str], recipients: list[str]) -> str:
    """ "CONSULT: Russia → China", as a person reads it."""
    name = f"{event_type}: " + ", ".join(source.name(c) for c in actors)
    if recipients:
        name += " → " + ", ".join(source.name(c) for c in recipients)
    return name
