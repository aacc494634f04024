"""Surface forms: every way a text can name an actor, built from the
knowledge base's files and checked so that no form names two actors."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .models import Body

if TYPE_CHECKING:
    from .loader import KnowledgeBase

# How a surface form refers to an actor; resolution and extraction treat
# them differently ("Moscow" as a place vs "Moscow said").
FormKind = Literal["name", "adjective", "metonym", "person", "region_adjective", "place", "ignore"]


@dataclass(frozen=True)
class SurfaceForm:
    """One way a text can name an actor."""

    text: str
    code: str  # actor code, or "person:<id>" for people
    form: FormKind
    # A short name counts only in a document that names the same actor by
    # one of its full names (nlp drops it otherwise).
    short: bool = False


def surface_forms(kb: KnowledgeBase, problems: list[str]) -> list[SurfaceForm]:
    forms: list[SurfaceForm] = []
    for s in kb.states.values():
        for n in {s.name, s.official, *s.names}:
            forms.append(SurfaceForm(n, s.code, "name"))
        forms += [SurfaceForm(a, s.code, "adjective") for a in s.adjectives]
        metonyms = set(s.metonyms) | ({s.capital} if s.capital else set())
        forms += [SurfaceForm(m, s.code, "metonym") for m in metonyms]
    for o in kb.organisations.values():
        for n in {o.code, o.name, *o.names}:
            forms.append(SurfaceForm(n, o.code, "name"))
    state_names = {n for st in kb.states.values() for n in {st.name, *st.names}}
    for r in kb.regions.values():
        if not r.match:
            continue
        # "Australia and New Zealand" (M49:053) in a text is the two states
        # acting together, not the region: such a name is no surface form.
        names = {n for n in {r.name, *r.names} if not set(n.split(" and ")) <= state_names}
        forms += [SurfaceForm(n, r.code, "name") for n in names]
        forms += [SurfaceForm(a, r.code, "region_adjective") for a in r.adjectives]
    for g in kb.groups.values():
        # A group's names are actor names: "Hamas said" as "Russia said";
        # a seat of power is a metonym, as a capital is ("the Kremlin").
        form: FormKind = "metonym" if isinstance(g, Body) and g.seat else "name"
        forms += [SurfaceForm(n, g.code, form) for n in {g.name, *g.names}]
        forms += [SurfaceForm(n, g.code, form, short=True) for n in g.short_names]
    actor_forms = {f.text for f in forms}
    for place in kb.places:
        # A place never overrides an actor's name ("Washington" stays the USA).
        forms += [
            SurfaceForm(n, place.state, "place") for n in {place.name, *place.names} if n not in actor_forms
        ]
    forms += [SurfaceForm(phrase, "", "ignore") for phrase in kb.ignore]
    for p in kb.people.values():
        for n in {p.name, *p.names}:
            forms.append(SurfaceForm(n, f"person:{p.id}", "person"))

    # A surface form that names two actors would make resolution arbitrary.
    # Person names may collide (two leaders called "Aliyev"); resolution
    # then prefers whoever held office on the date, so only actors count.
    owners: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if f.form not in {"person", "place", "ignore"}:
            owners[f.text].add(f.code)
    for text, codes in sorted(owners.items()):
        if len(codes) > 1:
            problems.append(f"surface form {text!r} names several actors: {sorted(codes)}")
    seen: set[tuple[str, str, str]] = set()
    unique = []
    ignored = set(kb.ignore)
    for f in forms:
        key = (f.text, f.code, f.form)
        if f.form != "ignore" and f.text in ignored:
            problems.append(f"ignore.yaml: {f.text!r} is also a name of {f.code}")
        if key not in seen and f.text.strip():
            seen.add(key)
            unique.append(f)
    return unique
