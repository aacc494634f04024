"""The date of the story a news text tells, for events whose sentence gives
none, and the background mentions that are not events of that story.

A report is written about what happened on or just before its publication
day; a sentence that reports an act without a date of its own belongs to
that story ("Qatar pledges $50 million"), unless it is told as earlier
background ("had applied", "amid Russia's war in Ukraine")."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ... import dates
from .. import lexicon

Token = Any
# How far before publication a dated event still counts as the story's own
# day: a weekly's report of "Monday's talks" is up to a week old.
_STORY_WINDOW = timedelta(days=10)


def in_story_window(value: str | None, published: str | None) -> bool:
    """A date on or shortly before a day-precise publication date."""
    if not value or not published or dates.precision(value) < 3 or dates.precision(published) < 3:
        return False
    day, pub = dates.as_date(value), dates.as_date(published)
    return pub - _STORY_WINDOW <= day <= pub


def story_date(narrative: str | None, published: str | None) -> str | None:
    """The date an undated act of the story takes: the story's own day when
    the text named one, else the publication date at its precision."""
    return narrative or published


def told_as_past(trig: Token) -> bool:
    """Acts in the pluperfect ("had applied"), or marked as earlier
    ("previously", "already", "last time"), are the story's background."""
    verb = trig
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
    words = lexicon.narrative()
    if trig.lemma_.lower() in words.stative_verbs:
        return True  # "is an observer of the SCO": a standing state, not an act of the story
    for tok in (verb, trig):
        kids = list(tok.children)
        if (
            any(k.dep_ == "aux" and k.lower_ == "had" for k in kids)
            and tok.tag_ == "VBN"
            and not _backshifted(tok)
        ):
            return True
        if any(k.dep_ == "advmod" and k.lower_ in words.earlier_adverbs for k in kids):
            return True
    return False


def _backshifted(verb: Token) -> bool:
    """ "The ministry announced that six diplomats had been expelled": a
    pluperfect in what a past verb of saying reports is the perfect of the
    words reported ("have been expelled"), news of the day, not background."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.tag_ == "VBD"
        and verb.head.lemma_.lower() in lexicon.modality().reporting_verbs
    )


def background(trig: Token) -> Token | None:
    """A nominal act named as the setting of the sentence rather than
    reported by it: "amid Russia's war in Ukraine", "in response to the
    invasion", "prompted by Putin's decision to invade Ukraine". Returns
    the setting phrase, whose own date (if any) still dates the act."""
    words = lexicon.narrative()
    cur = trig
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "pobj" and head.lower_ in words.setting_prepositions:
            return cur
        if (
            cur.dep_ == "pobj"
            and head.dep_ in {"prep", "agent"}
            and head.head.lemma_.lower() in words.setting_heads
        ):
            # "in response to X", "prompted by X", "since the start of X"
            return head.head
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"xcomp", "acl", "relcl", "pcomp"}:
            return None
        cur = head
    return None


def own_date(phrase: Token, spans: list[Any]) -> bool:
    """Some time expression lies inside the phrase or right after it ("its
    invasion of Ukraine on February 24, 2022", where the parser may hang
    the date on the main verb)."""
    inside = {t.i for t in phrase.subtree}
    edge = phrase.right_edge.i
    return any(span.root.i in inside or edge < span.start <= edge + 2 for span in spans)


_DASHES = {"-", "--", "–", "—", ":"}
# How many tokens a dateline takes at most ("Kuala Lumpur, 26 October 2025 (AFP) -").
_DATELINE_MAX = 14
_DATELINE_MARKS = {",", ".", "(", ")"}


def dateline_end(sent: Any) -> int | None:
    """The index just past a wire dateline at the start of a sentence: the
    place the story was filed from, perhaps with its country, the filing
    date and the agency ("MEXICO CITY, Mexico –", "SEOUL --", "New Delhi,
    14 March 2025 —", "Paris, Dec 3 (Xinhua) --"). It names no party and
    dates no event. A capitalised name alone before a dash is a dateline
    only in capitals: "Kazakhstan – President Tokayev" (a list) and
    "Australia — which ... —" (an aside) name a party."""
    words = list(sent[:_DATELINE_MAX])
    for k, tok in enumerate(words):
        if tok.text in _DASHES and k > 0:
            return int(tok.i) + 1 if _is_dateline(words[:k], tok) else None
    return None


def _is_dateline(head: list[Token], dash: Token) -> bool:
    if dash.text == "-" and not head[-1].whitespace_:
        return False  # "NATO-led troops", "UN Secretary-General": a hyphen inside a word
    # "St Vincent and the Grenadines", "Port of Spain": small words inside a
    # name; an agency in brackets may be written any way ("(dpa)")
    bracketed = {t.i for t in _in_brackets(head)}
    joiners = lexicon.narrative().name_joiners
    names = [
        t for t in head if t.is_alpha and t.i not in bracketed and not (t.is_lower and t.lower_ in joiners)
    ]
    if not names or not all(t.is_title or t.is_upper for t in names):
        return False
    if names[0].is_upper and len(names[0]) > 1:
        return True  # "NAIROBI, Kenya –", "WASHINGTON (Reuters) -"
    if names[0] is not head[0] or names[0].is_stop or not names[0].is_title:
        return False  # "On 3 May –", "In Paris, ..."
    if not all(t.is_alpha or t.like_num or t.text in _DATELINE_MARKS or t.text.endswith(".") for t in head):
        return False
    agency = _in_brackets(head)
    if agency and any(t.ent_type_ for t in agency):
        return False  # "Kazakhstan (Astana) –": a list entry with its capital
    # In title case a name alone is as likely a party ("Kazakhstan –"):
    # the dateline's comma, date or agency tells it apart.
    return any(t.text == "," or t.like_num for t in head) or bool(agency)


def _in_brackets(head: list[Token]) -> list[Token]:
    opens = [k for k, t in enumerate(head) if t.text == "("]
    if not opens:
        return []
    closes = [k for k, t in enumerate(head) if t.text == ")" and k > opens[0]]
    return head[opens[0] + 1 : closes[0]] if closes else []


def opening_date(sent: Any, spans: list[Any], values: list[str | None], published: str | None) -> str | None:
    """ "In 2022, Sweden and Finland applied ...": a date that opens the
    sentence, before the story's days and before publication, sets a scene
    in the past that the sentences after it continue (a flashback)."""
    for span, value in zip(spans, values, strict=True):
        lead = [t for t in sent[: span.start - sent.start] if not t.is_punct]
        if len(lead) > 1 or (lead and lead[0].pos_ != "ADP") or not value:
            continue
        before = bool(published) and value[: len(published or "")] < (published or "")[: len(value)]
        if before and not in_story_window(value, published):
            return value
    return None


def continues_flashback(trig: Token) -> bool:
    """An act told in the simple past ("Ankara vetoed ..."), as a flashback
    goes on; the present, the perfect ("has ratified") or a future return to
    the story's time."""
    verb = trig
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = {k.lower_ for k in verb.children if k.dep_ in {"aux", "auxpass"}}
    past = verb.tag_ == "VBD" or bool(auxes & {"was", "were", "did"})
    return past and not auxes & lexicon.narrative().story_time_aux
