"""Grammatical slots of a trigger word, read off the dependency parse.

A slot is where a participant can sit: the subject of a verb (or, for a
passive, the "by" agent), its object (or a passive's subject), the
possessor and modifiers of an event noun, and prepositional objects by
preposition. The lexicon says which slot fills which role.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .. import lexicon

Token = Any
_RELATIVE = {"who", "which", "that", "whom", "whose"}
_PREP_DEPS = {"prep", "agent", "dative"}


def is_passive(verb: Token) -> bool:
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True  # "the treaty signed by Russia": a reduced passive
    return any(c.dep_ in {"nsubjpass", "auxpass", "csubjpass"} for c in verb.children)


def verb_subject(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, following control and coordination when the
    verb has none of its own ("Russia took steps to support ...")."""
    if depth > 4:
        return []
    own = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if own:
        if own[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            return [verb.head]
        return own
    if is_passive(verb):
        return agents(verb)
    dep, head = verb.dep_, verb.head
    if head.i == verb.i:
        return []
    if dep == "xcomp":
        if head.lemma_.lower() in lexicon.slots().control_verbs:
            objs = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
            if objs:
                return objs
        return verb_subject(head, depth + 1)
    if dep == "conj" and head.pos_ in {"VERB", "AUX"}:
        patient = [c for c in head.children if c.dep_ == "nsubjpass"]  # "X was angered and recalled envoys"
        if patient and verb.tag_ in {"VBD", "VBZ", "VBP"} and not is_passive(verb):  # not "and detained"
            return patient
        return verb_subject(head, depth + 1)
    if dep == "acomp":  # "Japan is ready to provide": the subject of "is"
        return verb_subject(head, depth + 1)
    if dep == "advcl" and verb.tag_ in {"VBG", "VBN"}:
        return verb_subject(head, depth + 1)
    if dep == "acl" and head.lemma_.lower() in lexicon.slots().choice_nouns:
        # "Russia's decision to quit the deal", "the move by Mali to expel":
        # who decided does what was decided.
        # ... "the decision of the EU to impose sanctions", "Kiribati took the decision to quit"
        deciders = (
            [c for c in head.children if c.dep_ == "poss"] + agents(head) + prep_objects(head).get("of", [])
        ) or _support_verb_subject(head)
        if deciders:
            return deciders
    if dep in {"acl", "relcl"}:
        return [head]
    if dep == "pcomp" and head.lower_ in {"for", "of"} and head.head.pos_ in {"VERB", "AUX"}:
        # "criticised Russia for sending bombers", "accused Iran of arming
        # the rebels": the one judged is the one who did it.
        judged = [c for c in head.head.children if c.dep_ == "dobj"]
        if judged:
            return judged
    return []


def agents(verb: Token) -> list[Token]:
    out = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def verb_objects(verb: Token) -> list[Token]:
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children):
        # "the Joint Statement ..., signed by the ministers": the noun it modifies.
        return [verb.head]
    if is_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    objs = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
    # "the six countries that Putin has visited": the object is the noun.
    objs = [verb.head if o.lower_ in _RELATIVE and verb.dep_ == "relcl" else o for o in objs]
    if not objs:
        # "took part in talks", "engaged in negotiations"; not "met in Abu
        # Dhabi", where the name is the place, nor "withdrew in 2022", a time.
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "on"}:
                objs += [g for g in c.children if g.dep_ == "pobj" and g.pos_ not in {"PROPN", "NUM"}]
    return objs


def prep_objects(tok: Token) -> dict[str, list[Token]]:
    out: dict[str, list[Token]] = defaultdict(list)
    for c in tok.children:
        # "called upon the Kremlin": the tagger may read "upon" as a conjunction
        if c.dep_ in _PREP_DEPS and (c.pos_ == "ADP" or (c.pos_ == "SCONJ" and c.dep_ == "prep")):
            key = c.lower_
            if c.dep_ == "agent":
                key = "by"
            for g in c.children:
                if g.dep_ == "pobj":
                    if key == "with" and in_mind(g):
                        continue
                    out[key].append(g)
                elif g.dep_ == "prep" and g.lower_ == "of":  # "out of", "because of"
                    out[f"{key} of"] += [x for x in g.children if x.dep_ == "pobj"]
    return out


def in_mind(obj: Token) -> bool:
    """ "with China in mind": the object of "with" is a thought, not a party."""
    after = obj.doc[obj.right_edge.i + 1 : obj.right_edge.i + 3]
    return [t.lower_ for t in after] == ["in", "mind"]


def modifiers(noun: Token) -> list[Token]:
    """Compound and adjectival modifiers, following compound chains:
    "Russia-Africa Summit", "the BRICS Kazan summit"."""
    out = []
    stack = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in {"compound", "amod", "nmod", "conj"}]
    return sorted(out, key=lambda t: t.i)


# Verbs that say what their subject is: "X is blackmail", "constitutes a violation".
_COPULAS = {"be", "constitute", "represent", "remain"}


def said_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its complement ("said that X
    was ..."), or the quotation it is set beside ("'X is ...,' he said")."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        out.append(verb.head)
    return out


def predicates(clause: Token) -> list[Token]:
    """What a copular clause says its subject is: "are blackmail",
    "was illegal", "constitutes a violation"."""
    if clause.lemma_.lower() in _COPULAS:
        return [c for c in clause.children if c.dep_ in {"attr", "acomp", "dobj"}]
    if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "be" for c in clause.children):
        return [clause]  # the parser may make the predicate the clause's head: "is blackmail"
    return []


def collect(trigger: Token) -> dict[str, list[Token]]:
    """Every slot of a trigger word, as lists of head tokens."""
    slots: dict[str, list[Token]] = defaultdict(list)
    if trigger.pos_ in {"VERB", "AUX"}:
        slots["subject"] = verb_subject(trigger)
        objects = verb_objects(trigger)
        slots["object"] = objects
        slots["dative"] = [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        for key, toks in prep_objects(trigger).items():
            slots[key] += toks
            # "came under fire from the rebels": who fires hangs on "fire".
            for t in toks:
                for inner, found in prep_objects(t).items():
                    slots[f"{key} {inner}"] += found
                if t.lemma_.lower() in lexicon.slots().weapon_nouns:
                    slots[f"{key} modifier"] += _owners(t)
        local = lexicon.slots().local_forces
        unnamed = all(a.lemma_.lower() in local and not modifiers(a) for a in agents(trigger))
        if slots.get("in") and is_passive(trigger) and unnamed:
            # "protesters were detained (by police) in Minsk": only where it was done says by whom
            slots["agentless in"] = list(slots["in"])
        # "demanded that the US cancel the sale": the clause's subject is asked.
        for c in trigger.children:
            if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}:
                slots["clause_subject"] += [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
            elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                # "called for Russia to intervene": Russia is what "for" governs
                doers = [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
                slots["clause_subject"] += doers
                slots["for"] += doers
        # ... or parsed as "for the Council" and then "to withdraw"
        if any(c.dep_ == "xcomp" and c.i > t.i for c in trigger.children for t in slots.get("for", [])):
            slots["clause_subject"] += [t for t in slots["for"] if t not in slots["clause_subject"]]
        if trigger.dep_ == "parataxis" and said_clauses(trigger)[-1:] == [trigger.head]:
            # "'Kosovo's demands are blackmail,' the ministry said"
            slots["clause_subject"] += [s for s in trigger.head.children if s.dep_ in {"nsubj", "nsubjpass"}]
        # "'Their demands are blackmail,' the ministry said": whose they are
        slots["clause_subject_poss"] = [
            p
            for c in said_clauses(trigger)
            for s in c.children
            if s.dep_ in {"nsubj", "nsubjpass"}
            for p in s.children
            if p.dep_ == "poss"
        ]
        # "seized the tanker under the flag of Panama": the verb may hold the flag
        slots["object_flag"] = _flags(trigger) if objects else []
        for obj in objects:
            slots["object_by"] += prep_objects(obj).get("by", [])
            slots["object_poss"] += [c for c in obj.children if c.dep_ == "poss"]
            slots["object_modifier"] += modifiers(obj)
            slots["object_flag"] += _flags(obj)
            # "signed a memorandum of cooperation with the government of X"
            for key, toks in _deep_preps(obj).items():
                if key not in slots or not slots[key]:
                    slots[key] += toks
            # "provided Mali, Chad and Niger with grain", "cut relations and
            # all contacts with Qatar": the parser hangs the verb's phrase on
            # the list's last member.
            last = _last_member(obj)
            if last is not obj:
                for key, toks in prep_objects(last).items():
                    if not slots.get(key):
                        slots[key] += toks
    else:
        slots["poss"] = [c for c in trigger.children if c.dep_ == "poss"]
        slots["modifier"] = [m for m in modifiers(trigger) if m.dep_ != "poss"]
        # "suspension of air links with Serbia", "ban of Chinese apps": the acted-on may name the other side
        for key, toks in prep_objects(trigger).items():
            slots[key] += toks
            for t in toks:
                for inner, found in prep_objects(t).items():
                    slots[f"{key} {inner}"] += found
                slots[f"{key} modifier"] += modifiers(t)
        head = trigger.head
        # Coordinated event nouns share a "by" phrase: "sanctions against
        # Russia and support for Ukraine by the G7".
        if trigger.dep_ == "conj" and head.pos_ in {"NOUN", "PROPN"}:
            for key in ("by",):
                if not slots.get(key):
                    slots[key] += prep_objects(head).get(key, [])
        # "sanctions imposed by the US against Iranian officials", "aid sent by
        # Japan to Nepal": a participle on the noun that carries out its act
        # and names the doer carries the noun's phrases (without a doer, what
        # the clause around it names is no party of it: "Central Asia gained
        # amid the sanctions imposed on Russia"; "the aid promised by Japan"
        # is a promise, another act).
        enacting = lexicon.slots().enacting_participles
        for c in trigger.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and agents(c) and c.lemma_.lower() in enacting:
                for key, toks in prep_objects(c).items():
                    # who and whom only: "over its invasion on 24 February" is the reason
                    if key in lexicon.slots().party_preps and not slots.get(key):
                        slots[key] += toks
        stand = measured(trigger)
        slots["subject"] = _support_verb_subject(stand)
        if stand.dep_ in {"nsubjpass", "dobj"} and stand.head.pos_ in {"VERB", "AUX"}:
            # "sanctions were imposed on Russia", "held talks with Iran"
            for key, toks in prep_objects(stand.head).items():
                if key not in {"in", "at", "by", "during", "on the sidelines of"} and not slots.get(key):
                    slots[key] += toks
        if (
            trigger.dep_ == "nsubj"
            and head.pos_ in {"VERB", "AUX"}
            and head.lemma_.lower() in lexicon.slots().happening_verbs
        ):
            for key, toks in prep_objects(head).items():
                if not slots.get(key):
                    slots[key] += toks
    return slots


def _flags(tok: Token) -> list[Token]:
    """ "a Panama-flagged tanker", "seized a tanker under (flying) the flag
    of Panama": a vessel is of the state whose flag it flies."""
    out = [
        n
        for m in tok.children
        if m.dep_ == "amod" and m.lower_.endswith("flagged")
        for n in m.children
        if n.dep_ in {"npadvmod", "compound", "nmod", "amod"}
    ]
    for key, nouns in prep_objects(tok).items():
        if key in {"under", "with"}:
            out += [o for f in nouns if f.lemma_.lower() == "flag" for o in prep_objects(f).get("of", [])]
    for verb in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() == "fly"):
        out += [
            o for f in verb_objects(verb) if f.lemma_.lower() == "flag" for o in prep_objects(f).get("of", [])
        ]
        out += [n for f in verb_objects(verb) if f.lemma_.lower() == "flag" for n in modifiers(f)]
    return out


def _last_member(obj: Token) -> Token:
    """The last of a coordinated list headed by obj (the parser may make the
    second name an apposition of the first)."""
    members = [c for c in obj.conjuncts if c.i > obj.i]
    for a in obj.children:
        if a.dep_ == "appos" and a.pos_ in {"PROPN", "NOUN"}:  # not "each"
            members += [a, *(c for c in a.conjuncts if c.i > a.i)]
    return max(members, key=lambda t: t.i, default=obj)


def _owners(weapon: Token) -> list[Token]:
    """ "Russian shelling", "a Hamas rocket", "Israel's jets": who the weapon
    is of (a common noun, "drone strike", names no one)."""
    named = [m for m in modifiers(weapon) if m.dep_ == "amod" or m.pos_ == "PROPN"]
    return named + [c for c in weapon.children if c.dep_ == "poss"]


def _deep_preps(tok: Token, depth: int = 0) -> dict[str, list[Token]]:
    out: dict[str, list[Token]] = defaultdict(list)
    if depth > 2:
        return out
    for key, toks in prep_objects(tok).items():
        out[key] += toks
        if key == "of":
            for t in toks:
                for k2, t2 in _deep_preps(t, depth + 1).items():
                    out[k2] += t2
    return out


def measured(noun: Token) -> Token:
    """The measure an event noun sits under ("four days of talks", "a new
    round of negotiations"), which stands where the noun would; else the
    noun."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in lexicon.agents().measure_nouns
        and prep.head.pos_ == "NOUN"
    ):
        return prep.head
    return noun


def _support_verb_subject(noun: Token) -> list[Token]:
    """The doer of an event noun that is the object of a light verb: "Russia
    imposed sanctions", "Lavrov held talks", "Moldova joined the sanctions"."""
    head = noun.head
    dep = noun.dep_
    support = set(lexicon.agents().support_verbs)
    if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head
        # "took part in the talks", "engaged in talks": the doer; "took
        # charge of the embassy after the expulsion": not.
        if head.lower_ == "in" and verb.lemma_.lower() != "be":
            return verb_subject(verb)
        return []
    if dep == "dobj" and head.lemma_.lower() in support:
        return verb_subject(head)
    if dep == "nsubjpass" and head.lemma_.lower() in support:
        return agents(head)
    if dep == "conj" and head.pos_ in {"NOUN", "PROPN"}:
        return _support_verb_subject(head)
    return []


# "on the sidelines of the summit", "in the framework of the forum"
_SIDELINES = {"sidelines", "sideline", "margins", "margin", "framework"}


def occasions(verb: Token) -> list[Token]:
    """The event nouns a verb's occasion phrases name: "met at the summit",
    "during the forum", "on the sidelines of the summit" give the summit."""
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ in {"at", "during"}:
                out.append(obj)
            elif prep.lower_ in {"on", "in"} and obj.lower_ in _SIDELINES:
                out += [x for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
    return [t for t in out if t.dep_ == "pobj" and t.pos_ in {"NOUN", "PROPN"}]


def occasion_verb(noun: Token) -> Token | None:
    """The verb whose occasion a noun is (the inverse of `occasions`)."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = None
    if prep.lower_ in {"at", "during"}:
        verb = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ in _SIDELINES and prep.head.dep_ == "pobj":
        outer = prep.head.head
        verb = outer.head if outer.lower_ in {"on", "in"} else None
    if verb is not None and verb.pos_ in {"NOUN", "PROPN"}:
        # "met with officials on the sidelines of": the phrase hangs on the object
        if verb.dep_ == "dobj":
            verb = verb.head
        elif verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head
    return verb if verb is not None and verb.pos_ in {"VERB", "AUX"} else None
