"""Which clause a time expression dates, where the parse alone would
mislead: a date between a verb of saying and what it reports dates the
saying ("Belgrade said on Monday it would freeze the talks"); a period's
end or a deadline ("until the end of 2027", "by 2030") dates nothing; a
date in parentheses dates the item before it; a comparison point ("first
since 2011") or a period covered ("for 2024-2026") dates nothing."""

from __future__ import annotations

from typing import Any

from .. import lexicon
from . import temporal

Token = Any


def reporting_verb(span: Any, attach: Token) -> Token | None:
    """ "Belgrade said on Monday it would freeze the talks": a date between a
    verb of saying and the subject of what it reports dates the saying,
    though the parser may hang it on the reported verb."""
    verbs = lexicon.modality().reporting_verbs
    for clause in [attach, *attach.ancestors]:
        said = clause.head
        if clause.dep_ != "ccomp" or said.lemma_.lower() not in verbs:
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and said.i < span.start and span.end <= subject.left_edge.i:
            return said
        return None
    return None


def period_end(span: Any) -> bool:
    """ "until 2024", "until the end of 2027", "by 2030": the end of a
    period or a deadline."""
    words = lexicon.dating()
    doc, i = span.doc, span.start - 1
    if i >= 2 and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in words.period_parts:
        i -= 2  # "the end of"
        if doc[i].lower_ == "the":
            i -= 1
    return i >= span.sent.start and doc[i].lower_ in words.period_end_words


def comparison_point(span: Any) -> bool:
    """ "his first visit since July 2000", "the largest protest since 2011":
    the date is an earlier occasion the event is measured against."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "since":
        return False
    before = doc[span.sent.start : span.start - 1]
    return any(t.lower_ in {"first", "last"} or t.tag_ in {"JJS", "RBS"} for t in before)


def period_covered(span: Any) -> bool:
    """ "discussed the draft programme for 2024-2026", "extended sanctions
    for 2025": the period a plan or measure covers, not when the event
    happened ("scheduled for 12 May" excepted)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "for":
        return False
    head = doc[span.start - 1].head
    return not (
        head.pos_ in {"VERB", "AUX", "ADJ"} and head.lemma_.lower() in lexicon.dating().for_the_date_verbs
    )


def paren_owner(span: Any) -> Token | None:
    """A date in parentheses belongs to the item just before it:
    "visits to Uzbekistan (in May) and Kazakhstan (in November)"."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in {"in", "on", "since", "from"}:
        i -= 1
    if i < 1 or doc[i].text != "(":
        return None
    if span.end < len(doc) and doc[span.end].text != ")":
        return None
    return doc[i - 1]


def conjoined(owner: Token, trig: Token) -> bool:
    """ "On December 6, Putin visited the UAE and met its leaders": conjoined
    verbs share the clause's time."""
    return (
        trig.dep_ == "conj"
        and trig.head.i == owner.i
        and trig.pos_ in {"VERB", "AUX"}
        and not any(
            c.dep_ in {"prep", "npadvmod"} and temporal.find(c.doc[c.left_edge.i : c.right_edge.i + 1].text)
            for c in trig.children
        )
    )


def owning_trigger(tok: Token, trigger_ids: set[int]) -> Token | None:
    """The trigger whose clause a date hangs in. A date inside what
    describes a noun ("angered at an accord signed on 27 November", "for a
    decision that it took in March") dates that noun's own act, and no
    trigger above it; the occasion an act took place at is the act's
    ("met at the summit held in March")."""
    cur = tok
    for _ in range(8):
        if cur.i in trigger_ids:
            return cur
        if cur.head.i == cur.i:
            return None
        if _describes_a_noun(cur) and cur.head.i not in trigger_ids and not _occasion_of_act(cur.head):
            return None  # "the summit held on 5 May" is still the summit's date
        cur = cur.head
    return None


def _describes_a_noun(tok: Token) -> bool:
    """A participle ("an accord signed on ...") or a relative clause ("a
    decision that it took in March") describing a noun."""
    return bool((tok.dep_ == "acl" and tok.tag_ == "VBN") or tok.dep_ == "relcl")


def _occasion_of_act(noun: Token) -> bool:
    """ "met at the summit held in March", "signed during the visit that
    took place in May": the occasion the act took place at."""
    words = lexicon.dating()
    return bool(
        noun.lemma_.lower() in words.occasion_nouns
        and noun.dep_ == "pobj"
        and noun.head.lower_ in words.occasion_prepositions
    )


def held_on(trig: Token) -> Token | None:
    """ "The talks are scheduled to take place on 14 August", "the summit is
    due to open on Monday", "the offensive is expected to begin in May": an
    act noun whose verb says when it is held or begins is dated by that verb."""
    noun = trig
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head  # "the fourth round of talks"
    if noun.dep_ not in {"nsubj", "nsubjpass"} or trig.pos_ not in {"NOUN", "PROPN"}:
        return None
    verb = noun.head
    complements = [c for c in verb.children if c.dep_ == "xcomp"] + [
        g for c in verb.children if c.dep_ in {"acomp", "oprd"} for g in c.children if g.dep_ == "xcomp"
    ]
    holding = lexicon.modality().holding_verbs - {"be"}
    return next((c for c in complements if c.lemma_.lower() in holding), None)
