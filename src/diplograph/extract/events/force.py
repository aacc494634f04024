"""Force readied rather than used (PLOVER MOBILIZE: posturing short of the
use of force). "The army prepared to resume shelling the rebels": the
preparation happened, the shelling has not. "Britain mobilised reservists
for a possible war against Iraq": the war is what the mobilisation is for,
aimed at Iraq, not an event of its own."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from . import modality
from .draft import Draft

Token = Any  # spacy.tokens.Token
_NOMINAL = {"NOUN", "PROPN"}
# Attacks by these means ready weapons rather than troops (PLOVER MOBILIZE weapons).
_WEAPON_MODES = {"heavy-weapons", "aerial", "drone", "explosives", "unconventional"}


def readied_force(drafts: list[Draft]) -> list[Draft]:
    """An attack its doers are preparing ("prepared to resume shelling",
    "were gearing up to launch an offensive") is a MOBILIZE, as things
    stand when the preparing is told. "Is prepared to strike" (willing to)
    is not a preparation: the verb, not the adjective, prepares."""
    words = lexicon.sides().preparing_verbs
    for d in drafts:
        if d.type != "ASSAULT" or d.status != "planned":
            continue
        prep = next((t for t in modality.governors(d.trigger)[1:] if t.lemma_.lower() in words), None)
        if prep is None or not _prepares(prep):
            continue
        d.type = "MOBILIZE"
        d.mode = "weapons" if d.mode in _WEAPON_MODES else "troops"
        d.status = modality.status_of(prep)
    return drafts


def _prepares(verb: Token) -> bool:
    if verb.pos_ != "VERB":
        return False
    # "is prepared to strike": a passive form with "be" is readiness in mind
    return not (
        verb.tag_ == "VBN" and any(c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be" for c in verb.children)
    )


def aim_of_mobilisation(drafts: list[Draft]) -> list[Draft]:
    """An attack named as what a mobilisation is for ("mobilised reservists
    for a war against Iraq", "massed troops in preparation for an offensive
    on the city") has not happened: it gives the mobilisation its target
    and is no record of its own."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        if d.type != "ASSAULT" or d.trigger.pos_ not in _NOMINAL:
            continue
        mobilising = _mobilisation_for(d.trigger, by_token)
        if mobilising is None:
            continue
        doers = set(mobilising.codes(mobilising.source))
        if not mobilising.target:
            mobilising.target = [it for it in d.target if not set(it.codes) & doers]
        drop.add(id(d))
    return [d for d in drafts if id(d) not in drop]


def _mobilisation_for(noun: Token, by_token: dict[int, Draft]) -> Draft | None:
    """The MOBILIZE draft whose purpose ("for ...") the noun is: "for" hangs
    on its verb, on the verb's object, or on "(in) preparation(s)"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    cur = noun.head.head
    for _ in range(4):
        found = by_token.get(cur.i)
        if found is not None:
            return found if found.type == "MOBILIZE" else None
        if cur.dep_ not in {"dobj", "pobj", "prep", "nsubjpass"} or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
