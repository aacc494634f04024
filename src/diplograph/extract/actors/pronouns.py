"""What a pronoun stands for: "he"/"him" (a person named before), "it"/"its"
(a state or organisation), "the country" (a state) and "they" in what an
actor reports (that actor's side). Resolved from the sentence first, then
from what the document said before (its discourse)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .discourse import Item, lemmas

if TYPE_CHECKING:
    from .phrases import PhraseActors

Token = Any  # spacy.tokens.Token

PERSON_PRONOUNS = {"he", "she", "his", "her", "him"}


def state_pronoun(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "it"/"its": the nearest state or organisation named earlier in the
    sentence, else the previous sentence's subject. A possessive in a
    clause whose subject is a named state is that state's: "Pakistan
    urged its citizens to leave Iraq" (not Iraq's)."""
    if tok.lower_ == "it" and (speaker := reporter_side(actors, tok)):
        return speaker  # "Pakistan's army said it stands with ...": the speaker
    if tok.lower_ == "its" and (asker := asking_state(actors, tok)):
        return asker
    if tok.lower_ == "its" and (own := clause_subject_state(actors, tok)):
        return own
    best: tuple[str, ...] = ()
    for i in sorted(actors.entity_at):
        if i >= tok.i:
            break
        r = actors.entity_at[i][1]
        if r is not None and r.form in {"name", "metonym", "person"}:
            best = r.codes
    return best or actors.discourse.last_subject[:1]


def the_country(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "the country": a state (never an organisation), and, as an object,
    not the doer of its verb ("Maduro said Russia would send aid to the
    country"): the nearest such state named before it in the sentence,
    else the previous sentence's subject if that is a state."""
    # An object of the verb is not its subject ("to itself" would be); a
    # possessive may be ("criticism of the country's pact").
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    own_argument = tok.dep_ in {"dobj", "dative", "pobj"} and verb.pos_ in {"VERB", "AUX"}
    # "Russia was scheduled (wanted, agreed) to deliver aid to the country":
    # an infinitive's doer is the subject of the verb it completes.
    doing = [verb] if own_argument else []
    while doing and doing[-1].dep_ == "xcomp" and doing[-1].head.i != doing[-1].i and len(doing) < 4:
        doing.append(doing[-1].head)
    doers = {t.i for v in doing for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    best: tuple[str, ...] = ()
    for i in sorted(actors.entity_at):
        if i >= tok.i:
            break
        r = actors.entity_at[i][1]
        if r is not None and r.form in {"name", "metonym", "person", "place"} and i not in doers:
            states = tuple(c for c in r.codes if c in actors.kb.states)
            best = states[:1] or best
    last = actors.discourse.last_subject[:1]
    return best or (last if last and last[0] in actors.kb.states else ())


def reporter_side(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "Iran vowed that they would strike back", "the Pakistani army said
    it stands with ...": "they" or "it" as the subject of the clause an
    actor reports (says, vows, warns) is that actor's side, not the
    previous sentence's nor the last state named before it."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.pos_ not in {"VERB", "AUX"}:
        return ()
    for subj in clause.head.children:
        if subj.dep_ == "nsubj" and subj.lower_ not in PERSON_PRONOUNS | {"they", "we", "i"}:
            # "a top Iranian adviser", "an adviser to Iran's leader": the speaker's own side
            found = actors.items(subj) or actors.entities_in(subj, adjectives=True)
            return tuple(dict.fromkeys(c for it in found for c in it.codes))
    return ()


def asking_state(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "Japan demanded China release one of its nationals", "Libya offered
    to hand over two of its nationals to Britain": "its nationals" in a
    clause that a state's demand, offer or statement governs, where the
    clause says they are held, freed or sent home, are that state's: a
    state asks for its own people, and another state's hold on them is
    the news. () where that does not apply (then the clause's own subject
    is the owner: "Russia should withdraw its troops")."""
    noun = tok.head
    if noun.lemma_.lower() not in actors.lex.own_people:
        return ()
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NUM", "PRON", "NOUN"}:
        noun = noun.head.head  # "one of its nationals", "two of its citizens"
    verb = noun.head
    if verb.lemma_.lower() not in actors.lex.held_or_freed or verb.dep_ not in {"ccomp", "xcomp"}:
        return ()
    for subj in verb.head.children:
        if subj.dep_ == "nsubj":
            hit = actors.entity_codes(subj)
            if hit is not None and hit[1] in {"name", "metonym"} and hit[0][0] in actors.kb.states:
                return hit[0]
    return ()


def clause_subject_state(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            hit = actors.entity_codes(subjects[0])
            named = hit is not None and hit[1] in {"name", "metonym"} and hit[0][0] in actors.kb.states
            return hit[0] if hit is not None and named else ()
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return ()
        verb = verb.head  # "has refused ... and has urged its citizens"
    return ()


def object_person(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "sent a letter to his Swedish counterpart, inviting him": an
    object "him"/"her" is the nearest person or official named before
    it who is not the clause's subject (a pronoun object is never its
    own subject)."""
    if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "pobj", "dative"}:
        return ()
    subjects = {t.i for t in tok.sent if t.dep_ in {"nsubj", "nsubjpass"}}
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.i in subjects or (t.head.i in subjects and t.dep_ == "compound"):
            continue
        hit = actors.entity_codes(t)
        if hit and hit[1] == "person":
            return tuple(hit[0])
        if lemmas(t) & actors.official_words and t.pos_ == "NOUN":
            found = actors.official(t)
            if found:
                return found[0].codes
    return ()


def sentence_person(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """ "Upon returning from his tour, Lukashenka held ...": a possessive
    before the main clause's subject refers to that subject."""
    root = tok.sent.root
    for c in root.children:
        if c.dep_ == "nsubj" and c.i > tok.i:
            hit = actors.entity_codes(c)
            if hit and hit[1] == "person":
                return tuple(hit[0])
    for i in sorted(actors.entity_at, reverse=True):
        if i < tok.i:
            r = actors.entity_at[i][1]
            if r is not None and r.form == "person":
                return tuple(r.codes)
    return ()


def relative_owner(actors: PhraseActors, tok: Token) -> list[Item]:
    """ "Lukashenko, whose police arrested the blogger": "whose" is the one
    the relative clause describes, the noun it hangs on."""
    clause = tok.head if tok.head.dep_ == "relcl" else tok.head.head
    if clause.dep_ != "relcl" or clause.head.i == tok.i:
        return []
    return [replace(it, how="pronoun") for it in actors.items(clause.head, conj=False)]
