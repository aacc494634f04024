"""Whether an event happened, is planned, is denied, or is only supposed.

The status of a trigger comes from the words that govern it: auxiliaries
("will", "could"), control verbs ("plans to", "refused to"), negation, a
conditional clause, or modifiers on an event noun ("the upcoming summit").
Negation scopes over the verb it is attached to, so "Russia's aggression
did not stop" negates the stopping, not the aggression.
"""

from __future__ import annotations

from typing import Any

from ...vocabulary import Status
from .. import lexicon

Token = Any


def governors(tok: Token) -> list[Token]:
    """The trigger, then the verbs whose content it is: for a noun, the verb
    it is the object of ("held talks"); for a verb, the verbs it is the
    complement or conjunct of ("plans to visit", "agreed and signed")."""
    chain = [tok]
    cur = tok
    for _ in range(4):
        dep = cur.dep_
        head = cur.head
        if head.i == cur.i:
            break
        if cur.pos_ in {"NOUN", "PROPN"} and dep in {"dobj", "pobj", "attr", "nsubjpass", "oprd"}:
            if dep == "pobj":
                # "took part in talks": only prepositions that make the noun
                # the verb's content, not "despite sanctions".
                if head.lower_ not in {"in", "on", "into", "to", "at"}:
                    break
                head = head.head
            if head.pos_ not in {"VERB", "AUX"}:
                break
        elif dep in {"xcomp", "ccomp", "conj"} and head.pos_ in {"VERB", "AUX"}:
            pass
        elif dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            pass  # "is ready to provide", "is willing to send"
        elif dep == "advcl" and cur.tag_ == "VBG" and _right_after(head, cur):
            pass  # "ruled out sending troops": a gerund the parser hung as a clause
        elif dep == "acl" and head.lemma_.lower() in lexicon.slots().choice_nouns:
            pass  # "announced his plans to visit", "Russia's decision to quit"
        elif (
            dep == "pcomp"
            and head.lower_ == "to"
            and head.head.lemma_.lower() in lexicon.modality().future_governors
        ):
            head = head.head  # "looks forward to working with", "is committed to building"
        else:
            break
        chain.append(head)
        cur = head
    return chain


def demanded(tok: Token) -> bool:
    """ "Iraq must cooperate with the inspectors", "Russia should withdraw its
    troops": what a party must or should do is what someone asks of it (a
    REQUEST, by whoever says so), not an act of that party."""
    for t in governors(tok):
        if t.pos_ in {"VERB", "AUX"}:
            return any(k.dep_ == "aux" and k.lower_ in {"must", "should", "ought"} for k in t.children)
    return False


def awaited(tok: Token) -> bool:
    """ "suspended Russia until it withdraws its troops": the act in a
    present-tense "until" clause is the condition the suspending party sets,
    what it demands, not an act of the other."""
    marks = lexicon.modality().condition_marks
    return any(
        t.tag_ in {"VBZ", "VBP"} and any(k.dep_ == "mark" and k.lower_ in marks for k in t.children)
        for t in governors(tok)
    )


def refused_ahead(tok: Token) -> bool:
    """ "We will not sign", "Serbia will never recognise Kosovo": a verb
    negated with "will" declares a refusal now, not a denied future act."""
    kids = list(tok.children) if tok.pos_ in {"VERB", "AUX"} else []
    future = lexicon.modality().future_aux
    return any(k.dep_ == "neg" for k in kids) and any(k.dep_ == "aux" and k.lower_ in future for k in kids)


def refusal_reported(tok: Token) -> bool:
    """ "The US said it would not meet the kidnappers' demands": a refusal
    declared then, reported (the indirect form of "'We will not ...'")."""
    kids = list(tok.children) if tok.pos_ in {"VERB", "AUX"} else []
    return any(k.dep_ == "neg" for k in kids) and future_in_the_past(tok)


def attempted(tok: Token) -> bool:
    """ "France has sought to block the deal", "Hungary sought to veto it":
    a verb completing "seek" told in the past or the perfect is an attempt
    made, not a plan."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() != "seek":
        return False
    perfect = any(k.dep_ == "aux" and k.lower_ in {"has", "have", "had"} for k in head.children)
    return head.tag_ == "VBD" or (head.tag_ == "VBN" and perfect)


def status_of(tok: Token) -> Status:
    lex = lexicon.modality()
    chain = governors(tok)
    # Negations cancel in pairs: "will not stop fighting" is fighting.
    negations = 0
    for i, t in enumerate(chain):
        kids = list(t.children)
        # Negation does not spread across "and": "X did not achieve Y, and
        # leaders have visited Z" leaves the visits standing.
        coordinated = i > 0 and chain[i - 1].dep_ == "conj"
        if coordinated:
            continue
        if i > 0 and t.lemma_.lower() in lex.negating_governors:
            negations += 1
        # "no talks", "almost no exchanges" (the parser may read "no" as a number)
        if any(k.dep_ == "neg" or (k.dep_ in {"det", "nummod"} and k.lower_ == "no") for k in kids):
            negations += 1
    if negations % 2:
        return "negated"
    for i, t in enumerate(chain):
        lemma = t.lemma_.lower()
        kids = list(t.children)
        if any(k.dep_ == "mark" and k.lower_ in lex.hypothetical_marks for k in kids):
            return "hypothetical"
        present = t.tag_ in {"VBZ", "VBP"}
        if present and any(k.dep_ == "mark" and k.lower_ in lex.condition_marks for k in kids):
            return "hypothetical"  # "until it withdraws its troops": still to be met
        if _has_conditional_parent(t, lex.hypothetical_marks):
            return "hypothetical"
        auxes = [k.lower_ for k in kids if k.dep_ in {"aux", "auxpass"}]
        if any(a in lex.future_aux for a in auxes):
            return "planned"
        if any(a in lex.hypothetical_aux for a in auxes):
            if future_in_the_past(t):
                return "planned"
            return "hypothetical"
        performed = chain[i - 1].dep_ == "dobj" and lemma in lex.performing_governors if i > 0 else False
        if (
            i > 0
            and lemma in lex.future_governors
            and chain[i - 1].dep_ in {"xcomp", "dobj", "acl", "pcomp"}
            and not performed
        ):
            return "planned"
        if i > 0 and lemma in lex.hypothetical_governors and chain[i - 1].dep_ == "xcomp":
            return "hypothetical"
    if mused_or_judged(tok):
        return "hypothetical"
    if tok.pos_ in {"NOUN", "PROPN"}:
        mods = {k.lower_ for k in tok.children if k.dep_ in {"amod", "compound"}}
        if mods & set(lex.future_modifiers) - {"potential"}:
            return "planned"
        if mods & set(lex.hypothetical_modifiers):
            return "hypothetical"
        if _to_be_held(tok):
            return "planned"
    return "occurred"


def mused_or_judged(tok: Token) -> bool:
    """ "Putin talked about giving Africa grain", "a fresh attack on Armenia
    was very likely": what is talked about or judged likely has not
    happened."""
    lex = lexicon.modality()
    if tok.dep_ == "pcomp" and tok.head.lower_ == "about":
        return tok.head.head.lemma_.lower() in lex.musing_verbs
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be":
        return any(
            c.dep_ == "acomp" and c.lemma_.lower() in lex.hypothetical_predicates for c in tok.head.children
        )
    return False


def _right_after(head: Token, cur: Token) -> bool:
    between = head.doc[head.i + 1 : cur.i]
    return cur.i > head.i and all(t.dep_ == "prt" for t in between)


def _has_conditional_parent(tok: Token, marks: list[str]) -> bool:
    cur = tok
    for _ in range(3):
        if cur.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in marks for k in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _to_be_held(noun: Token) -> bool:
    """ "the summit to be held in October", "a meeting scheduled for May",
    "the next round of talks is scheduled to take place in May"."""
    lex = lexicon.modality()
    head = noun.head
    while noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ in {"nsubj", "nsubjpass"}:
        noun, head = head.head, head.head.head  # "the round of talks is scheduled"
    if noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in {"schedule", "plan", "set", "due"}:
        return True
    for k in noun.children:
        if k.dep_ in {"acl", "relcl"}:
            lemma = k.lemma_.lower()
            auxes = {a.lower_ for a in k.children if a.dep_ in {"aux", "auxpass"}}
            # "a visit to meet the president" is a purpose, not a plan.
            if lemma in lex.holding_verbs and ("to" in auxes or auxes & set(lex.future_aux)):
                return True
            if lemma in {"schedule", "plan", "set"}:
                return True
    return False


def future_in_the_past(verb: Token) -> bool:
    """ "The Kremlin announced that Putin would travel to Beijing": "would"
    in the clause of a past reporting verb is the future seen from then."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    head = verb.head
    return (
        auxes == ["would"]
        and verb.dep_ == "ccomp"
        and head.tag_ == "VBD"
        and head.lemma_.lower() in lexicon.modality().reporting_verbs
    )
