"""Quoted speech belongs to its speaker: in "'We will not sign,' Orban told
reporters" the "we" is Orban's state. A reporter quotes a speaker's own
words and names the speaker outside the quotation marks, with a verb of
saying; a quotation with no such attribution that follows one continues
the same speaker (a quote running over several sentences)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .phrases import PhraseActors

Token = Any
_OPENING = {"“", "«", "„"}
_CLOSING = {"”", "»"}
_STRAIGHT = {'"', "''", "``"}


def quoted(sent: Any) -> set[int]:
    """Positions of the words inside quotation marks. A quotation left open
    at the sentence's end runs on into the next sentence; one closed
    with no opening began in an earlier sentence."""
    marks = [sent.doc[i] for i in _mark_positions(sent)]
    if marks and marks[-1].i == sent.end - 1 and _opens_next(marks[-1]):
        marks = marks[:-1]  # the next sentence's opening mark, split off with this one
    if not marks:
        return set()
    inside: set[int] = set()
    first = marks[0]
    opened: int | None = None
    straight = [t for t in marks if t.text in _STRAIGHT]
    # An odd straight quote not at the start closes a quotation begun before.
    if first.text in _CLOSING or (
        first.text in _STRAIGHT and len(straight) % 2 == 1 and first.i != sent.start
    ):
        opened = sent.start
    for t in marks:
        is_open = t.text in _OPENING or (t.text in _STRAIGHT and opened is None)
        if is_open and opened is None:
            opened = t.i
        elif not is_open and opened is not None:
            inside.update(range(opened, t.i + 1))
            opened = None
    if opened is not None:
        inside.update(range(opened, sent.end))
    return inside


def _mark_positions(sent: Any) -> list[int]:
    """Where the sentence's quotation marks are, read from its words' hashes
    (most sentences have none; a Token object per word costs more)."""
    from spacy.attrs import ORTH

    orths = sent.doc.to_array(ORTH)[sent.start : sent.end].tolist()
    marks = _mark_hashes()
    return [sent.start + n for n, orth in enumerate(orths) if orth in marks]


@cache
def _mark_hashes() -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(m) for m in _OPENING | _CLOSING | _STRAIGHT)


def _opens_next(mark: Token) -> bool:
    """A mark after the sentence's final stop opens the next sentence's
    quotation: the sentence splitter left it behind."""
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    # A straight mark that closes hangs on the word before it ('Geneva."');
    # one that opens is set apart from it ('on Monday. "').
    return mark.text in _OPENING or (
        mark.text in _STRAIGHT
        and before is not None
        and before.text in {".", "!", "?"}
        and bool(before.whitespace_)
    )


def speaker_subject(sent: Any, inside: set[int], verbs: frozenset[str]) -> Token | None:
    """The subject of the verb of saying, outside the quotation, that
    introduces it ("..., the Serbian ministry said")."""
    for t in sent:
        if t.i in inside or t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in verbs:
            continue
        for c in t.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in inside:
                return c
    return None


def speaker(actors: PhraseActors, tok: Token) -> tuple[str, ...]:
    """Who speaks the quotation tok is in ((), if tok is in none)."""
    return sentence_speaker(actors) if tok.i in actors.quoted else ()


def sentence_speaker(actors: PhraseActors) -> tuple[str, ...]:
    """Who speaks the sentence's quotation: its attributed speaker; with no
    attribution, the speaker of the quotation just before it."""
    if actors.speaker is None:
        actors.speaker = ()
        if actors.quoted:
            subj = speaker_subject(actors.sent, actors.quoted, actors.lex.speech_verbs)
            if subj is None:
                actors.speaker = actors.discourse.last_speaker
            elif subj.lower_ not in actors.first_person:
                actors.speaker = actors.codes(subj)
    return actors.speaker
