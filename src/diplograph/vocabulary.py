"""PLOVER 2.0's vocabulary and ours, named once: event types and their
modes, quad classes, statuses, membership modes, figure metrics and actor
sectors.

Everything else derives from here: the records' Literal types, the
lexicon and knowledge-base schemas (a YAML file naming a type or mode not
here fails to load), the query checks, the HTTP API's patterns and the
CLI's help. A shared leaf: any layer may import it, and it imports nothing
of ours.
"""

from __future__ import annotations

from typing import Literal, get_args

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)

Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
QUADS: tuple[Quad, ...] = get_args(Quad)

# PLOVER manual: each type's quad class.
QUAD_OF: dict[str, Quad] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}

# PLOVER manual: the modes of each type (a type not listed has none). Their
# Goldstein-like scores are lexicon data (`extract/data/events.yaml`).
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    ),
    "ASSAULT": (
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ),
}

# Whether an event (or membership) happened, is to happen, did not, or might.
Status = Literal["occurred", "planned", "negated", "hypothetical"]
STATUSES: tuple[Status, ...] = get_args(Status)

MembershipMode = Literal["join", "leave", "suspend", "invite", "apply", "observer", "partner"]
MEMBERSHIP_MODES: tuple[MembershipMode, ...] = get_args(MembershipMode)

# What a money figure measures.
Metric = Literal["trade", "aid", "debt_cancelled", "investment"]
METRICS: tuple[Metric, ...] = get_args(Metric)

# PLOVER's actor sectors: who within a state acts (police, rebels, ...);
# IMG is a transnational militarized group with no home state.
# fmt: off
SECTORS = frozenset([
    "GOV", "JUD", "LEG", "MIL", "COP", "OPP", "PTY", "REB", "PRM", "SPY", "UAF", "CVL", "ELI",
    "BUS", "EDU", "MED", "LAB", "AGR", "JRN", "REF", "REL", "SOC", "CRM", "IGO", "NGO", "IMG",
])
# fmt: on


def pattern(values: tuple[str, ...], ignore_case: bool = False) -> str:
    """A regular expression matching exactly one of the values (for the
    HTTP API's query parameters)."""
    alternatives = "|".join(values)
    return f"^(?i:{alternatives})$" if ignore_case else f"^({alternatives})$"
