"""The small pieces phrase resolution works with: an Item (one actor of a
phrase with its head token), the Discourse (what earlier sentences of the
document established), and the word lists and word-level tests phrase
resolution uses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from ...resolve.titles import DocumentOffices

Token = Any  # spacy.tokens.Token


@lru_cache(maxsize=4)
def _anaphor_heads_cached(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(phrases) | frozenset(w for p in phrases for w in p.split() if w not in {"the", "two"})


def anaphor_heads(anaphors: Mapping[str, str]) -> frozenset[str]:
    """Words of the anaphoric phrases ("parties", "sides", "heads", "they"):
    only tokens among them can head one."""
    return _anaphor_heads_cached(tuple(sorted(anaphors)))


def definite_country(tok: Token) -> bool:
    """ "the country", "the nation": a state just named."""
    return (
        tok.lemma_.lower() in {"country", "nation"}
        and tok.tag_ == "NN"
        and [c.lower_ for c in tok.children if c.dep_ not in {"case", "prep", "punct"}] == ["the"]
    )


def lemmas(tok: Token) -> set[str]:
    """A token's lemma in lower case, plus a singular for proper-noun plurals
    the tagger leaves alone ("Foreign Ministers", "Member States")."""
    base = tok.lemma_.lower()
    out = {base, tok.lower_}
    for word in list(out):
        if word.endswith("ies") and len(word) > 4:
            out.add(word[:-3] + "y")
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            out.add(word[:-1])
    return out


@dataclass(frozen=True)
class Item:
    """One coordinated member of a phrase: its codes and its head token."""

    codes: tuple[str, ...]
    head: Token
    # entity | group | anaphor | author | official | placed | attendee |
    # title | speaker | region_meeting | agreement | reporter | located |
    # named_again | led
    how: str = "entity"


# Rules that read an actor out of its own phrase ("Saudi-led", "a spokesman
# for the ministry"): the phrase still names its owner.
PHRASE_TRACED_HOWS = {
    "led": "actors:led_by",
    "coordinated": "actors:coordinated_before",
    "side_by_side": "actors:side_by_side",
    "spoken_for": "actors:spokesperson_for",
}
# Ways of finding an actor that a record's trace names: those, and those
# that read the document beyond the phrase itself.
TRACED_HOWS = {
    "title": "actors:bare_title",
    "speaker": "actors:quote_speaker",
    "region_meeting": "actors:regional_summit",
    "agreement": "actors:agreement_parties",
    "reporter": "actors:passive_reporter",
    "located": "roles:located_in",
    "named_again": "actors:named_again",
    **PHRASE_TRACED_HOWS,
}


# An actor named in the phrase itself: by its name, an office of its, a group.
PLAIN_HOWS = frozenset({"entity", "official", "group"})


def traced(it: Item, how: str) -> Item:
    """The item found by a rule the trace names (TRACED_HOWS); an actor the
    phrase gave some other way than by a name, an office or a group (an
    anaphor, the author) keeps that way."""
    return Item(it.codes, it.head, how) if it.how in PLAIN_HOWS else it


class Dated(Protocol):
    """An event draft as the discourse keeps it: its date once it has one
    (events/draft.py's Draft)."""

    date: str | None


# (the doer's codes, each recipient's codes) of a sentence's last act
Act = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class Recorded:
    """An event record as a later mention of it sees it: its parties, the
    word that stated it (a lemma), its date, mode and status."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    participants: tuple[str, ...]
    word: str
    date: str | None
    mode: str | None = None
    status: str = "occurred"


@dataclass
class Discourse:
    """What earlier sentences of the document established, and what this
    sentence has established so far ("X and Y held talks, after which the
    parties signed": the pair is this sentence's)."""

    author: str | None = None
    last_pair: tuple[str, ...] = ()
    last_pair_date: str | None = None
    last_person: tuple[str, ...] = ()
    last_subject: tuple[str, ...] = ()
    # The same by party: "Hamas fighters" are one party of two codes (the
    # group and its home), which "they" later stays.
    last_subject_parties: tuple[tuple[str, ...], ...] = ()
    last_group: tuple[str, ...] = ()
    used_anaphor: bool = False
    # Of this sentence (cleared before each): the two or more parties of the
    # last event found in it, with no anaphor among them.
    sentence_pair: tuple[str, ...] = ()
    # Those parties by side (target, source), for "the two" of a larger group.
    pair_sides: tuple[tuple[str, ...], ...] = ()
    # The event that gave the pair: "the parties" continue its occasion and date.
    pair_draft: Dated | None = None
    # The person subject of the previous sentence: "he" in the next.
    subject_person: tuple[str, ...] | None = None
    # The organisation the text was last about: "the bloc".
    last_org: str | None = None
    # The previous sentence's last two-sided act: the same speaker's next
    # charge with no target of its own is aimed there.
    last_act: Act | None = None
    # Which states' holders of each office the document has named ("Iran's
    # foreign minister"): a bare title later ("the foreign minister") is theirs.
    offices: DocumentOffices | None = None
    # Who spoke the previous sentence's quotation: a quotation with no
    # attribution of its own that follows continues the same speaker.
    last_speaker: tuple[str, ...] = ()
    # The parties of the last agreement recorded: "the deal" later is theirs.
    last_agreement: tuple[str, ...] = ()
    # The doer of the last violent or coercive act recorded (sides.yaml
    # aggressor_types): "the EU condemned the military's actions" later is aimed there.
    last_aggressor: tuple[str, ...] = ()
    # Per event type, the last record of that type: "the sanctions", "the
    # attack" naming no one are that event.
    last_of_type: dict[str, Recorded] = field(default_factory=dict)
    # Who the document last named by a body's or a text's head noun
    # ("council": the UN Security Council's code): "the council" later.
    named_again: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # texts the document named as blocked ("vetoed a resolution"): "the
    # resolution" after it is that one, issued by no one named
    blocked_texts: set[str] = field(default_factory=set)


def dedupe(items: list[Item]) -> list[Item]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for it in items:
        if it.codes and it.codes not in seen:
            seen.add(it.codes)
            out.append(it)
    return out
