"""Which clause a time expression dates, where the parse alone would
mislead: a date between a verb of saying and what it reports dates the
saying ("Belgrade said on Monday it would freeze the talks"); a period's
end or a deadline ("until the end of 2027", "by 2030") dates nothing."""

from __future__ import annotations

from typing import Any

from .. import lexicon

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
