"""The schema of each extraction lexicon (a YAML file in extract/data/):
pydantic models that validate a file as it is loaded."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from ...vocabulary import EVENT_TYPES, METRICS, MODES, QUAD_OF, MembershipMode, Metric, Quad

Role = Literal["source", "target", "participant", "place", "topic", "source_owner"]
Slot = str  # subject, object, poss, modifier, dative, object_poss, object_modifier or a preposition
NAMED_SLOTS = {
    "subject",
    "object",
    "poss",
    "modifier",
    "dative",
    "object_poss",
    "object_modifier",
    "clause_subject_poss",
}
# Requirement lists a trigger sets: an empty one would be no word at all.
_WORD_LISTS = (
    "requires_object",
    "requires_subject",
    "requires_prep",
    "requires_prep_object",
    "requires_adverb",
    "requires_modifier",
    "not_modifier",
    "not_object",
    "requires_description",
    "requires_predicate",
    "requires_clause_verb",
    "requires_disparaged_owner",
    "requires_said_outcome",
    "requires_governor",
)


class LexiconError(ValueError):
    pass


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _word_set(v: frozenset[str]) -> frozenset[str]:
    """A word list: not empty, each word lower-case (they are matched
    against lower-cased lemmas and forms)."""
    if not v:
        raise ValueError("a word list must not be empty")
    if bad := sorted(w for w in v if not w or w != w.lower()):
        raise ValueError(f"words must be lower-case: {bad}")
    return v


WordSet = Annotated[frozenset[str], AfterValidator(_word_set)]


def _examples(v: list[str]) -> list[str]:
    """Sentences that show a trigger at work; tests/test_lexicon_examples.py
    runs each through the pipeline, so a trigger that cannot fire shows."""
    if not v:
        raise ValueError("a trigger needs at least one example sentence")
    if any(not s.strip() for s in v):
        raise ValueError("an example sentence is empty")
    return v


Examples = Annotated[list[str], AfterValidator(_examples)]


class TypeInfo(Strict):
    quad: Quad
    score: float
    modes: dict[str, float] = Field(default_factory=dict)


class Trigger(Strict):
    id: str
    type: str
    mode: str | None = None
    pos: list[Literal["VERB", "NOUN", "PROPN", "ADJ"]]
    lemmas: list[str]
    roles: dict[Slot, Role]
    location: str | None = None
    reciprocal: bool = False
    requires_object: list[str] | str | None = None
    requires_subject: list[str] | str | None = None
    requires_prep: list[str] | None = None
    requires_prep_object: list[str] | str | None = None
    requires_adverb: list[str] | None = None
    requires_modifier: list[str] | None = None
    # "described the allegations as preposterous", "called the statement
    # nothing to be proud of": what the object is called has one of these words
    requires_description: list[str] | str | None = None
    # "'Their demands are blackmail,' the ministry said": what the clause said
    # says something is (its predicate) has one of these words
    requires_predicate: list[str] | str | None = None
    # "Vietnam said China violated its waters": the clause said has one of
    # these verbs as its head
    requires_clause_verb: list[str] | str | None = None
    # "said the expulsion answered Estonia's unfriendly step": the clause said
    # names an actor's act or words by one of these words (the owner fills
    # the slot `disparaged_poss`)
    requires_disparaged_owner: list[str] | str | None = None
    # "warned that any attack would not go unanswered": the clause said
    # promises an act an answer by one of these words
    requires_said_outcome: list[str] | str | None = None
    # "ordered the envoy to leave", "gave the diplomats 48 hours to leave":
    # the word is the infinitive of one of these verbs (or of a time given or
    # had); whom the order or the time was given to does it, and the verb's
    # own subject fills the slot `governor_subject`
    requires_governor: list[str] | None = None
    not_modifier: list[str] | None = None
    not_object: list[str] | None = None
    # "a plane flying to Vilnius": the doer is none of these (lemmas or a group)
    not_subject: list[str] | str | None = None
    # "asked about the visit" is a question: the word takes none of these prepositions
    not_prep: list[str] | None = None
    # "hit Moscow with sanctions": no preposition of the word governs one of these
    not_prep_object: list[str] | str | None = None
    requires_actor_object: bool = False
    requires_no_object: bool = False
    requires_modal_clause: bool = False  # "said that Iraq must comply"
    requires_person_subject: bool = False
    # "farmers blocked the highway": the doers are people, not a state or
    # organisation named as itself ("Venezuela blocked a bridge" is no protest)
    people_subject: bool = False
    # Domestic acts (coercion, concessions, protests): the target may be
    # the source's own state, and is that state when none is named.
    own_target: bool = False
    # "Russia pulled out of the grain deal": an act whose other side may be
    # no one in particular (a deal of many) is kept with its doer alone.
    one_sided: bool = False
    requires_actors: int = 0
    # "a summit in Montevideo": a meeting that may name none of its parties,
    # who are found around it (who acts at it) or earlier in the document.
    parties_in_context: bool = False
    # "reached a deal ... The agreement includes an apology": a noun that
    # states no event of its own, only one the document recorded before
    # (events/again.py); it fires only naming no party, as that event.
    only_again: bool = False
    passive_only: bool = False
    event_object: bool = False
    place_target: bool = False
    light: bool = False
    debt: bool = False
    type_override: str | None = None
    mode_override: str | None = None
    mode_by_lemma: dict[str, str] = Field(default_factory=dict)
    mode_by_of: dict[str, str] = Field(default_factory=dict)
    examples: Examples

    @field_validator(*_WORD_LISTS)
    @classmethod
    def _not_empty(cls, v: list[str] | str | None) -> list[str] | str | None:
        if v is not None and not v:
            raise ValueError("an empty requirement can never hold; leave the field out")
        return v

    @field_validator("type", "type_override")
    @classmethod
    def _type(cls, v: str | None) -> str | None:
        if v is not None and v not in EVENT_TYPES:
            raise ValueError(f"unknown PLOVER type {v!r}")
        return v


def _type_problems(name: str, info: TypeInfo) -> list[str]:
    """How a type's entry differs from PLOVER's vocabulary (its quad, its modes)."""
    problems = []
    if name in QUAD_OF and info.quad != QUAD_OF[name]:
        problems.append(f"{name}: quad {info.quad!r}, but PLOVER's is {QUAD_OF[name]!r}")
    if name in EVENT_TYPES and set(info.modes) != set(MODES.get(name, ())):
        problems.append(f"{name}: modes {sorted(info.modes)}, but PLOVER's are {sorted(MODES.get(name, ()))}")
    return problems


class EventLexicon(Strict):
    sources: list[str]
    types: dict[str, TypeInfo]
    groups: dict[str, list[str]]
    triggers: list[Trigger]
    # "sought Russia's support": verbs that ask for what their object names.
    asking_verbs: WordSet
    # "It must know that ...": what a "must" clause with these verbs says is
    # no demand (request.must), but a warning or a judgement.
    knowing_verbs: WordSet = frozenset()
    # "an appeal for deploying troops": words whose "for" names what is asked
    asking_for_words: WordSet = frozenset()
    refusing_verbs: WordSet = frozenset()  # "refused to meet X": a REJECT of X
    # "vowed to strike back", "promised to attack": a vow of harm is a threat.
    vowing_verbs: WordSet = frozenset()
    # "vowed to launch an attack": verbs that carry out the act they name.
    acting_verbs: WordSet = frozenset()
    # Vowed acts the vow turns into one threat ("vowed to strike X"), and
    # the other hostile acts whose vow is no agreement ("vowed sanctions").
    vowed_harm_types: frozenset[str] = frozenset()
    vowed_hostile_types: frozenset[str] = frozenset()
    withheld_when_negated: WordSet = frozenset()  # "will never recognise X": a REJECT of X
    # "the meeting ..., which included China and India": relative-clause
    # verbs whose objects take part in the event they hang on.
    gathering_verbs: WordSet
    # Event nouns the tagger often reads as proper nouns ("the Summit").
    proper_event_nouns: WordSet

    @model_validator(mode="after")
    def _check(self) -> EventLexicon:
        problems = []
        if set(self.types) != set(EVENT_TYPES):
            problems.append(f"types must list exactly PLOVER's sixteen, got {sorted(self.types)}")
        for name, info in self.types.items():
            problems += _type_problems(name, info)
        for field in ("vowed_harm_types", "vowed_hostile_types"):
            problems += [
                f"{field}: {t!r} is not a PLOVER type"
                for t in sorted(getattr(self, field))
                if t not in EVENT_TYPES
            ]
        seen = set()
        for t in self.triggers:
            if t.id in seen:
                problems.append(f"trigger id {t.id} is used twice")
            seen.add(t.id)
            for field in (
                "requires_object",
                "requires_subject",
                "requires_prep_object",
                "not_subject",
                "not_prep_object",
            ):
                value = getattr(t, field)
                if isinstance(value, str) and value.removeprefix("@") not in self.groups:
                    problems.append(f"{t.id}: {field} names unknown group {value}")
            modes = MODES.get(t.type, ())
            for m in [t.mode, *t.mode_by_lemma.values(), *t.mode_by_of.values()]:
                if m is not None and m not in modes:
                    problems.append(f"{t.id}: mode {m!r} is not a PLOVER mode of {t.type}")
            if t.mode_override is not None and t.mode_override not in MODES.get(
                t.type_override or t.type, ()
            ):
                problems.append(f"{t.id}: mode_override {t.mode_override!r} is not a PLOVER mode")
            if t.location and t.location not in {*t.roles.values(), "subject"}:
                problems.append(f"{t.id}: location {t.location!r} is not one of its roles")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def words(self, value: list[str] | str | None) -> frozenset[str] | None:
        """A requirement as a set of lemmas, expanding @group references."""
        if value is None:
            return None
        if isinstance(value, str):
            return frozenset(self.groups[value.removeprefix("@")])
        return frozenset(value)


class MembershipTrigger(Strict):
    id: str
    mode: MembershipMode
    pos: list[Literal["VERB", "NOUN", "ADJ"]]
    lemmas: list[str]
    member: str  # slot holding the member state
    organization: str  # slot holding the organisation ("any" = nearest organisation)
    requires_object: list[str] | None = None
    requires_modifier: list[str] | None = None
    passive_only: bool = False
    status: Literal["occurred", "planned"] | None = None
    examples: Examples


class MembershipLexicon(Strict):
    sources: list[str]
    triggers: list[MembershipTrigger]
    # "Ukraine's membership was terminated": the verb that ends or freezes a
    # membership noun gives the mode.
    ending_verbs: dict[str, Literal["leave", "suspend"]] = {}
    # "membership in", "observer status with", "a full member of": nouns
    # through which the organisation is named.
    wrappers: WordSet
    # "the bloc", "the alliance": a definite one is the organisation in play.
    organisation_nouns: WordSet
    # "a member state of", "a party to": nouns a member is called by.
    member_nouns: WordSet
    # "negotiations toward accession", "a bid for membership": a membership to come.
    prospect_nouns: WordSet
    prospect_prepositions: WordSet
    # "leaders agreed (decided) to invite": the decision is the act.
    deciding_verbs: WordSet
    # "membership in", "status with", "a member of": prepositions through
    # which a wrapper noun names the organisation.
    organisation_prepositions: WordSet


class FigureLexicon(Strict):
    sources: list[str]
    currencies: dict[str, str]  # symbol or word -> ISO 4217
    multipliers: dict[str, float]
    metrics: dict[Metric, list[str]]  # metric -> cue lemmas
    not_money_units: list[str]
    # "..., the minister said on Tuesday": a date on these dates the
    # statement, not the period the figure covers.
    reporting_verbs: WordSet
    # Words that make an amount a target to reach, not a level reached.
    target_words: WordSet

    @field_validator("metrics")
    @classmethod
    def _every_metric(cls, v: dict[Metric, list[str]]) -> dict[Metric, list[str]]:
        if missing := [m for m in METRICS if m not in v]:
            raise ValueError(f"no cues for the metrics {missing}")
        return v


class AgentLexicon(Strict):
    """Nouns that stand for their state or organisation ("the Russian
    Foreign Ministry", "the presidents of Kazakhstan and Uzbekistan")."""

    sources: list[str]
    officials: list[str]
    collectives: list[str]  # countries, states, nations, members
    anaphors: dict[str, Literal["pair", "group", "previous", "organisation"]]
    support_verbs: list[str]  # verbs whose object is the event: hold talks, impose sanctions
    measure_nouns: list[str] = []  # "four days of talks": the measure stands in for the event noun
    definite_plurals: list[str] = []  # "the northern countries": the parties just named
    quantities: WordSet = frozenset()  # "thousands of Georgians": who they are follows "of"
    government_pronouns: list[str]
    # In a quotation the first person is the speaker, the subject of a verb of saying outside it.
    first_person: WordSet = frozenset()
    speech_verbs: WordSet = frozenset()
    # "rejected the deal": a definite agreement naming no party is the one named before
    agreement_nouns: WordSet = frozenset()
    agreement_verbs: WordSet = frozenset()
    # "the new sanctions": not the ones the document recorded before
    new_event_words: WordSet = frozenset()
    # In a ministry's own statement "the Prime Minister" is its own.
    own_offices: WordSet
    # Only these nouns pass their "from" (or "under") phrase on: "officials
    # from Iran" are Iran; "organisations from Algeria" are not Algeria.
    from_nouns: WordSet
    # These pass their "for" phrase on: "a spokesman for the foreign ministry"
    # speaks for its state ("an envoy for Syria" is not Syria's).
    for_nouns: WordSet = frozenset()
    # "the Saudi-led coalition", "a US-headed force": participles that make
    # a force or grouping its leader's.
    leading_participles: WordSet = frozenset()
    # Nouns for a group of states, beside `collectives`: "the BRICS group".
    group_nouns: WordSet
    # A body that stands for its state only where a modifier names its
    # sector: "Pakistan's spy agency", "Iran's intelligence service"; "the
    # state news agency" is no one's.
    sector_bodies: WordSet = frozenset()
    # "his counterpart" is the other side, not his.
    other_side_nouns: WordSet
    # Phrases under these set the scene, they name no party ("talks in Minsk").
    scene_prepositions: WordSet
    # A state's own people, and the verbs that hold, free or send them home:
    # "demanded China release one of its nationals" is the asker's national.
    # "issued a statement urging ...": such a text is its issuer's.
    issued_nouns: WordSet = frozenset()
    # "The UN Security Council met ... The council condemned": a body or a
    # text named again by its head noun alone is the one named before.
    named_again: WordSet = frozenset()
    own_people: WordSet = frozenset()
    held_or_freed: WordSet = frozenset()
