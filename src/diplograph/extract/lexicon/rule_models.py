"""The schema of the lexicons that hold the rules' word lists and small
tables (modality, cascade, narrative, sides, slots, dating, stance,
sectors): pydantic models that validate each file as it is loaded. The
trigger lexicons' schemas are in models.py."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, field_validator

from ...vocabulary import EVENT_TYPES, SECTORS
from .models import Strict, WordSet


class ModalityLexicon(Strict):
    sources: list[str]
    future_aux: list[str]
    future_governors: list[str]  # plan to, intend to, be scheduled to
    # "undertook a state visit", "committed an attack": with a noun object
    # these future governors do the act, they do not plan it.
    performing_governors: WordSet = frozenset()
    future_modifiers: list[str]  # upcoming, forthcoming
    negating_governors: list[str]  # refuse to, fail to
    hypothetical_aux: list[str]
    hypothetical_governors: list[str]
    hypothetical_modifiers: list[str]
    hypothetical_marks: list[str]
    # "an attack was likely", "a deal is possible": an act judged so has not happened.
    hypothetical_predicates: WordSet = frozenset()
    # "talked about sending troops": an act talked or thought about is not done.
    musing_verbs: WordSet = frozenset()
    # "until it withdraws": a present-tense clause these open is a condition.
    condition_marks: WordSet
    # "announced that Putin would travel": "would" under these, in the past,
    # is the future seen from then, not a hypothesis.
    reporting_verbs: list[str] = Field(default_factory=list)
    # "the summit to be held in October": an event noun with such a verb to come is planned.
    holding_verbs: WordSet


class CascadeLexicon(Strict):
    """Words the cascade looks for before parsing (see cascade.py)."""

    sources: list[str]
    # Words that can refer to an actor without naming one ("they", "the
    # parties", "the president"): a sentence with one may hold an event.
    referring_words: WordSet


class NarrativeLexicon(Strict):
    """Words that place a mention in a news story (see narrative.py)."""

    sources: list[str]
    setting_prepositions: WordSet  # "amid the war": background, not an act of the story
    setting_heads: WordSet  # "in response to", "prompted by", "since the start of"
    earlier_adverbs: WordSet  # "had previously met": told as earlier than the story
    stative_verbs: WordSet  # "is an observer": a standing state
    # "has ratified", "will meet", "is": auxiliaries that return a flashback to the story's time
    story_time_aux: WordSet = frozenset()
    # "St Vincent and the Grenadines", "Port of Spain": small words inside a
    # place's name that keep a dateline a dateline
    name_joiners: WordSet = frozenset()


def _type_codes(v: frozenset[str]) -> frozenset[str]:
    """PLOVER types, or TYPE:mode."""
    if bad := sorted(c for c in v if c.split(":")[0] not in EVENT_TYPES):
        raise ValueError(f"not PLOVER event types: {bad}")
    return v


TypeSet = Annotated[frozenset[str], AfterValidator(_type_codes)]


class SidesLexicon(Strict):
    """Which events may name one side only (see sides.py)."""

    sources: list[str]
    one_sided_types: TypeSet
    armed_one_sided_types: TypeSet = frozenset()  # one-sided when done by armed men
    left_bodies: WordSet = frozenset()  # withdrawing from these is leaving, not retreating
    collective_types: TypeSet  # one side may hold all the parties
    clause_party_types: TypeSet  # no parties of their own: the clause's subject's
    organisation_alone_types: TypeSet
    document_verbs: WordSet  # an organisation alone adopting a document
    charging_types: TypeSet  # their subject is not the doer of what they name
    charging_verbs: WordSet
    expanded_types: TypeSet
    expanded_alone_types: TypeSet = frozenset()  # expanded only with no other party
    domestic_types: TypeSet = frozenset()  # a state's forces against its own people
    domestic_voice_types: TypeSet = frozenset()  # a part of a state to its own government
    continued_types: TypeSet = frozenset()  # aimed where the same speaker's last act was
    pair_measure_types: TypeSet = frozenset()  # a measure by one of the pair is aimed at the other
    also_words: WordSet = frozenset()  # "X also suspended funding": as the last such measure
    armed_bodies: WordSet  # singular nouns that name a body of armed men
    expand_up_to: int = Field(gt=0)  # a grouping this small lists its members
    named_set_up_to: int = Field(default=5, gt=0)  # a named set of states this small is its members
    leaving_words: WordSet  # a RETREAT from an organisation by these is leaving it
    # "at a summit in Montevideo": a meeting of these naming no party takes the document's
    document_meetings: WordSet = frozenset()
    # "the deal" after "signed an agreement": named again by another word
    referred_across_types: TypeSet = frozenset()
    # "a charge Ankara denied": a refusal by these answers the charge against its doer
    denying_words: WordSet = frozenset()
    # "condemned the strike that killed its soldiers": these answer an act of
    # the same sentence aimed at their doer
    answering_types: TypeSet = frozenset()
    # "The army seized power ... The EU condemned it": acts whose doer a later charge names
    aggressor_types: TypeSet = frozenset()
    # "expressed regret over it and warned North Korea": these share the
    # other side of a joined verb of the same doer
    conjunct_shared_types: TypeSet = frozenset()
    # threat entries that may take a target from the document though they name no harm
    aimed_threats: frozenset[str] = frozenset()
    # "threatened to leave if Kenya ...", "opposes it unless Syria ...": these
    # are aimed at the one whose act is their condition
    conditioned_types: TypeSet = frozenset()
    # "rejected the plan as proposed by Togo": the agent of these puts it forward
    proposing_verbs: WordSet = frozenset()
    # "prepared to resume shelling": an attack these prepare is force readied (events/force.py)
    preparing_verbs: WordSet = frozenset()
    # "killed in a car bombing in Baghdad": a bomb of these that no one owns
    # is set off by a group of the place (counterparts.bomb_place)
    unclaimed_explosives: WordSet = frozenset()
    # What a protest's purpose opposes (aims.py): "marched in defiance of X",
    # "to protest X", "to show their anger at X", "independence from X"
    protest_reasons: WordSet = frozenset()
    opposing_verbs: WordSet = frozenset()
    grievance_nouns: WordSet = frozenset()
    grievance_preps: WordSet = frozenset()  # "anger at X", "outrage over X"
    breakaway_nouns: WordSet = frozenset()


class SlotsLexicon(Strict):
    """Grammar words the slots and roles read (see events/slots.py and
    events/roles.py)."""

    sources: list[str]
    # "urged Iran to return": the object of these is the subject of the
    # clause they govern.
    control_verbs: WordSet
    # "Russia's decision to quit the deal": the owner of these does what
    # their infinitive says.
    choice_nouns: WordSet = frozenset()
    # "sanctions imposed by the US against ...": the prepositions a participle
    # lends its event noun (who and whom, not why or when).
    party_preps: WordSet = frozenset()
    # "sanctions imposed by the US": participles that carry out their noun's act
    enacting_participles: WordSet = frozenset()
    # "talks took place in Doha": an event noun that is the subject of these
    # takes their prepositional phrases.
    happening_verbs: WordSet
    # "on the outskirts of Nairobi": the place is the one these are of.
    nearby_nouns: WordSet
    # "killed by Russian shelling", "came under Israeli fire": the
    # nationality on these names who fired (not on a person: "Russian-backed
    # separatists" are not Russia).
    weapon_nouns: WordSet
    # "were detained by police in Minsk": these, named with no state, are the place's
    local_forces: WordSet = frozenset()


class DatingLexicon(Strict):
    """Words that decide which date an event takes (see time/dating.py)."""

    sources: list[str]
    # "at the meeting": a definite occasion of these continues the last
    # meeting's date.
    occasion_nouns: WordSet
    occasion_prepositions: WordSet
    # "scheduled for 12 May": with these "for" gives the event's own date,
    # not a period it covers.
    for_the_date_verbs: WordSet
    # "until 2024", "by the end of 2030": a period's end or a deadline, not the event's date.
    period_end_words: WordSet = frozenset({"until", "till", "through", "throughout"})
    period_parts: WordSet = frozenset()


class StanceLexicon(Strict):
    sources: list[str]
    phrases: dict[str, float]  # lower-case phrase -> weight in [-1, 1]


class SectorLexicon(Strict):
    """Nouns that name a PLOVER sector ("police" COP, "rebels" REB); see
    actors/agents.py."""

    sources: list[str]
    sectors: dict[str, list[str]]
    place_fallback: list[str]
    # "police in Kenya", "students throughout Indonesia": what sets a group in a place.
    place_prepositions: WordSet

    @field_validator("sectors")
    @classmethod
    def _known(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(v) - SECTORS)
        if unknown:
            raise ValueError(f"not PLOVER sector codes: {unknown}")
        seen: dict[str, str] = {}
        for code, words in v.items():
            for w in words:
                if seen.setdefault(w, code) != code:
                    raise ValueError(f"{w!r} is listed under both {seen[w]} and {code}")
        return v

    @field_validator("place_fallback")
    @classmethod
    def _fallback(cls, v: list[str]) -> list[str]:
        unknown = sorted(set(v) - SECTORS)
        if unknown:
            raise ValueError(f"not PLOVER sector codes: {unknown}")
        return v
