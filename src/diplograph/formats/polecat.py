"""POLECAT: one JSON object per event with the field names of POLECAT's
public releases (the columns of its weekly files, coded in PLOVER by
NGEC), filled as its codebook and the PLOVER manual define them. Fields
POLECAT has no room for (the sentence, its offsets, the CAMEO root) follow
in lower case. docs/exports.md says where we differ from POLECAT and why."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib.metadata import version
from typing import IO, Any

from ..extract import lexicon
from ..knowledge import cameo, relations
from .registry import register
from .source import EVENT_KEY, EVENT_KEYED, EVENT_ORDER, Ordered, Source

# PLOVER's quad categories, numbered as in its manual ("Quad categories in PLOVER").
QUAD_CODES = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
# PLOVER's auxiliary modes, which it puts among the contexts; an event that
# occurred has none.
STATUS_CONTEXT = {"planned": "future", "hypothetical": "hypothetical", "negated": "negation"}
# PLOVER's codes for international actors that are not states ("Country
# names": UNO, EUR, IGO, IMG) and for Kosovo, which has no ISO code.
UN, EU, IGO, IMG = "UNO", "EUR", "IGO", "IMG"
PLOVER_COUNTRY = {"XKX": "KOS"}
SEPARATOR = "; "

# The events in the order of every export, with the sentence's number in
# its document and what the story names (POLECAT's Story People,
# Organizations and Locations), gathered per document by the store.
EVENTS = Ordered(
    f"""
WITH chunk AS (
    SELECT e.*, d.name AS doc, d.title, d.url, d.publisher, d.published, d.language
    FROM {EVENT_KEYED} WHERE {{chunk}}),
named AS (
    SELECT m.doc_id, m.form, m.text, a.kind, a.name
    FROM (SELECT doc_id, form, text, unnest(codes) AS code FROM mentions
          WHERE doc_id IN (SELECT doc_id FROM chunk)) m
    LEFT JOIN actors a USING (code)),
story AS (
    SELECT doc_id,
        list_sort(list_distinct(list(text) FILTER (WHERE form = 'person'))) AS people,
        list_sort(list_distinct(list(name) FILTER (WHERE kind = 'organisation' AND form <> 'place')))
            AS organizations,
        list_sort(list_distinct(list(CASE WHEN form = 'place' THEN text ELSE name END)
            FILTER (WHERE form = 'place' OR (kind = 'state' AND form = 'name')))) AS locations
    FROM named GROUP BY doc_id)
SELECT e.event_id, e.type, e.mode, e.source, e.target, e.participants, e.source_sectors,
       e.target_sectors, e.participant_sectors, e.date, e.date_end, e.status, e.location,
       s.idx AS sentence_number, s.text AS sentence, e.start_char, e.end_char,
       e.doc_id, e.doc, e.title, e.url, e.publisher, e.published, e.language,
       story.people, story.organizations, story.locations
FROM sentences s RIGHT JOIN chunk e USING (sent_id) LEFT JOIN story ON story.doc_id = e.doc_id
ORDER BY {EVENT_ORDER}""",
    EVENT_KEY,
    EVENT_KEYED,
)


@register(
    "polecat", "one JSON object per event in POLECAT's fields (PLOVER)", ".polecat.jsonl", counts="events"
)
def write(source: Source, out: IO[Any]) -> int:
    n = 0
    for row in source.ordered(EVENTS):
        out.write(json.dumps(event(source, row), ensure_ascii=False) + "\n")
        n += 1
    return n


def event(source: Source, r: dict[str, Any]) -> dict[str, Any]:
    """One event in POLECAT's fields, in the order of its files' columns."""
    info = lexicon.events().types[r["type"]]
    # PLOVER codes every party of a joint or multilateral act as an actor,
    # with no recipient.
    actors = _parties([(r["source"], r["source_sectors"]), (r["participants"], r["participant_sectors"])])
    recipients = _parties([(r["target"], r["target_sectors"])])
    context = STATUS_CONTEXT.get(r["status"])
    return {
        "Event ID": r["event_id"],
        "Event Date": r["date"],
        "Event Type": r["type"],
        "Event Mode": r["mode"],
        "Event Intensity": relations.score(r["type"], r["mode"]),
        "Quad Code": QUAD_CODES[info.quad],
        "Contexts": context,
        **_entity(source, "Actor", actors),
        **_entity(source, "Recipient", recipients),
        **_place(source, r["location"]),
        "Source": r["publisher"],
        "Publication Date": r["published"],
        "Story People": _joined(r["people"]),
        "Story Organizations": _joined(r["organizations"]),
        "Story Locations": _joined(r["locations"]),
        "Language": r["language"],
        "Version": f"diplograph {version('diplograph')}",
        # Ours: the story and the sentence the event was coded from, and its CAMEO root.
        "story_id": r["doc_id"],
        "doc": r["doc"],
        "headline": r["title"],
        "url": r["url"],
        "sentence_number": r["sentence_number"],
        "sentence": r["sentence"],
        "start_char": r["start_char"],
        "end_char": r["end_char"],
        "date_end": r["date_end"],
        "status": r["status"],
        "cameo": cameo.root(r["type"], r["mode"]),
    }


def _parties(sides: Sequence[tuple[list[str] | None, list[str] | None]]) -> list[tuple[str, str]]:
    """(code, sector) of each party, once, in order; sector "" for a state
    or organisation itself."""
    out: dict[str, str] = {}
    for codes, sectors in sides:
        codes = codes or []
        sectors = sectors if sectors and len(sectors) == len(codes) else [""] * len(codes)
        for code, sector in zip(codes, sectors, strict=True):
            out.setdefault(code, sector or "")
    return list(out.items())


def _entity(source: Source, role: str, parties: list[tuple[str, str]]) -> dict[str, Any]:
    """POLECAT's eight fields of an actor or recipient. Several parties are
    joined with "; ", position by position in the name, country and ID
    fields; the sectors are those any of them has (a state or organisation
    itself has none), the first of them the primary."""
    kb = source.kb
    sectors = list(dict.fromkeys(s for code, sector in parties if (s := sector or _own_sector(source, code))))
    qids = [(a.qid or "") if (a := kb.actor(code)) else "" for code, _ in parties]
    return {
        f"{role} Name": _joined([source.name(code) for code, _ in parties]),
        f"{role} Country": _joined([country(source, code) or "" for code, _ in parties]),
        f"{role} COW": None,
        f"Primary {role} Sector": sectors[0] if sectors else None,
        f"{role} Sectors": _joined(sectors),
        f"{role} Title": None,
        f"{role} Name Raw": None,
        f"Wikipedia {role} ID": _joined(qids),
    }


def _own_sector(source: Source, code: str) -> str:
    group = source.kb.groups.get(code)
    return group.sector if group is not None else ""


def country(source: Source, code: str) -> str | None:
    """PLOVER's country field for an actor: a state's ISO 3166 alpha-3
    code, UNO or EUR for the UN and the EU and their bodies, IGO for any
    other organisation, a group's home state (IMG for a transnational
    armed group); a region has none."""
    kb = source.kb
    if code in kb.states:
        return PLOVER_COUNTRY.get(code, code)
    if code in kb.organisations:
        seen = set()
        while code in kb.organisations and code not in seen:
            if code in ("UN", "EU"):
                return UN if code == "UN" else EU
            seen.add(code)
            code = kb.organisations[code].parent or ""
        return IGO
    group = kb.groups.get(code)
    if group is not None:
        if group.home:
            return PLOVER_COUNTRY.get(group.home, group.home)
        return IMG if group.sector == IMG else None
    return None


def _place(source: Source, location: str | None) -> dict[str, Any]:
    """POLECAT's location fields; ours are known to the country alone."""
    return {
        "Placename": source.name(location) if location else None,
        "City": None,
        "District": None,
        "Province": None,
        "Country": country(source, location) if location else None,
        "Latitude": None,
        "Longitude": None,
        "GeoNames ID": None,
        "Raw Placename": None,
        "Feature Type": None,
    }


def _joined(values: Sequence[str] | None) -> str | None:
    """Several values as POLECAT's flat files hold them; None when there
    are none (POLECAT writes an empty field as "None")."""
    if not values or not any(values):
        return None
    return SEPARATOR.join(values)
