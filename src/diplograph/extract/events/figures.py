"""Stated money figures: trade turnover, aid, debt cancelled, investment.

"$240 billion", "$18 bln", "$23bn", "3 trillion yen", "more than 200
billion US dollars"; quantities in tonnes or people are not money. The
actors are the pair the figure is between ("between China and Russia",
"its trade turnover with Central Asia", "mutual trade" of the two states
just named); a figure with no pair of its own continues the previous one
in the paragraph ("with a turnover of $42 billion").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...nlp import text_of
from ...vocabulary import Metric, Status
from .. import lexicon
from ..actors.discourse import Item
from ..actors.phrases import PhraseActors
from ..lexicon import FigureLexicon, entry_id
from . import slots

Token = Any


# The metrics, the more specific first: money forgiven is aid too, but
# its cue ("forgave") says more.
SPECIFIC_FIRST: tuple[Metric, ...] = ("debt_cancelled", "investment", "aid", "trade")


@dataclass
class Amount:
    start: int  # character offsets in the sentence text
    end: int
    value: float
    unit: str


@dataclass
class FigureDraft:
    amount: Amount
    metric: Metric
    actors: tuple[str, ...]  # the doer first, the counterpart last
    anchor: Token  # a token of the amount, for dates
    continued: bool = False  # counterpart taken from the previous figure
    period: str | None = None
    rules: tuple[str, ...] = ()  # the metric's cue that fired, then each rule that changed it
    status: Status = "occurred"  # "planned": a target or a sum still to come


class FigureFinder:
    def __init__(self, lex: FigureLexicon | None = None):
        self.lex = lex or lexicon.figures()
        symbols = sorted((c for c in self.lex.currencies if not c[0].isalpha()), key=len, reverse=True)
        words = sorted((c for c in self.lex.currencies if c[0].isalpha()), key=len, reverse=True)
        mults = sorted(self.lex.multipliers, key=len, reverse=True)
        num = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        mult = rf"(?:\s?(?P<mult>{'|'.join(map(re.escape, mults))})\b)?"
        codes = r"\b(?:USD|EUR|GBP|CNY|RUB|JPY|INR|CHF)\s?"
        self.symbol_first = re.compile(
            rf"(?P<cur>{'|'.join(map(re.escape, symbols))}|{codes}){num}{mult}",
            re.I,
        )
        self.word_after = re.compile(
            rf"{num}{mult}\s+(?:(?:US|U\.S\.)\s+)?(?P<cur>{'|'.join(map(re.escape, words))})\b", re.I
        )

    def amounts(self, text: str) -> list[Amount]:
        out: list[Amount] = []
        for pattern in (self.symbol_first, self.word_after):
            for m in pattern.finditer(text):
                if any(a.start < m.end() and m.start() < a.end for a in out):
                    continue
                cur = m.group("cur").strip()
                unit = self._unit(cur, text[m.start() : m.end()])
                if unit is None:
                    continue
                value = float(m.group("num").replace(",", ""))
                mult = (m.group("mult") or "").lower()
                if mult:
                    # Single letters only count glued to the number: "$23bn", "$5m".
                    if len(mult) == 1 and text[m.start("mult") - 1] == " ":
                        mult = ""
                    value *= self.lex.multipliers.get(mult, 1.0)
                out.append(
                    Amount(
                        m.start(),
                        m.end() if mult or not m.group("mult") else m.start("mult") - 1,
                        value,
                        unit,
                    )
                )
        return sorted(out, key=lambda a: a.start)

    def _unit(self, cur: str, matched: str) -> str | None:
        if cur in self.lex.currencies:
            return self.lex.currencies[cur]
        for k, v in self.lex.currencies.items():
            if k.lower() == cur.lower():
                return v
        if "US" in matched or "U.S." in matched:
            return "USD"
        return None

    def find(self, sent: Any, actors: PhraseActors, previous: FigureDraft | None) -> list[FigureDraft]:
        text = text_of(sent)
        amounts = self.amounts(text)
        # "from $27 billion to $47 billion": the figure is the later one.
        amounts = [a for a in amounts if not _is_range_start(text, a, amounts)]
        out = []
        for amount in amounts:
            span = sent.doc.char_span(
                sent.start_char + amount.start, sent.start_char + amount.end, alignment_mode="expand"
            )
            if span is None:
                continue
            metric = self._metric(sent, span)
            if metric is None:
                continue
            pair, named = self._actors(sent, span, actors, metric)
            continued = False
            if len(pair) < 2 and previous is not None and previous.metric == metric:
                # "Russia ... with a turnover of $42 billion" after China's and the
                # EU's trade with Central Asia: the same counterpart.
                partner = previous.actors[-1:]
                pair = tuple(dict.fromkeys(pair + partner)) if pair else previous.actors
                continued = True
            elif len(pair) < 2 and named:
                pair = named
            if not pair:
                continue
            rules: tuple[str, ...] = (entry_id("figures.yaml", f"metrics.{metric}"),)
            rules += ("figures:continued_counterpart",) if continued else ()
            draft = FigureDraft(amount, metric, pair, span.root, continued, rules=rules)
            out.append(draft)
            previous = draft
        return out

    def _metric(self, sent: Any, span: Any) -> Metric | None:
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        best: Metric | None = None
        for metric in SPECIFIC_FIRST:
            cues = set(self.lex.metrics[metric])
            if metric == "debt_cancelled" and not ({"debt", "debts", "loan", "loans"} & lemmas):
                continue
            if cues & lemmas:
                best = metric
                break
        return best

    def _actors(
        self, sent: Any, span: Any, actors: PhraseActors, metric: Metric
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The figure's own pair (doer first), and a fallback pair from the
        states the sentence names, for "mutual trade"."""
        for tok in sent:
            if tok.lower_ == "between" and tok.dep_ == "prep":
                codes = [c for obj in tok.children if obj.dep_ == "pobj" for c in actors.codes(obj)]
                if len(codes) >= 2:
                    return tuple(dict.fromkeys(codes))[:2], ()
        # "X's trade with Y", "X ... forgave Y $20 billion"
        subject_codes: list[str] = []
        partner: list[str] = []
        for tok in sent:
            if tok.lower_ == "with" and tok.dep_ == "prep" and _cue_near(tok.head, self.lex.metrics[metric]):
                partner += [c for obj in tok.children if obj.dep_ == "pobj" for c in actors.codes(obj)]
            if tok.dep_ == "dative":
                partner += list(actors.codes(tok))
            if tok.dep_ == "poss" and _cue_near(tok.head, self.lex.metrics[metric]):
                subject_codes += list(actors.codes(tok))
        root = span.root
        while root.head.i != root.i and root.pos_ not in {"VERB", "AUX"}:
            root = root.head
        if metric in {"aid", "debt_cancelled"}:
            # "provide assistance to Ukraine of $1 billion": the recipient.
            for t in [root, *[c for c in root.children if c.dep_ == "dobj"]]:
                for prep in t.children:
                    if prep.dep_ == "prep" and prep.lower_ == "to":
                        partner += [c for o in prep.children if o.dep_ == "pobj" for c in actors.codes(o)]
        # "Japan has decided to provide": the subject through the control chain.
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}] or slots.verb_subject(root)
        subject_codes += [x for c in subjects for x in actors.codes(c) if x not in partner]
        pair = tuple(dict.fromkeys(subject_codes + partner))
        if len(pair) >= 2:
            return pair[:2], ()
        # "mutual trade", "bilateral trade": the states the sentence names, or
        # with none named, the two the text was just about.
        named = _named_actors(sent, actors, span)
        mutual = any(t.lower_ in {"mutual", "bilateral"} for t in sent)
        if len(named) == 2 or (len(named) > 2 and mutual):
            return pair, tuple(named[:2])
        last = actors.discourse.sentence_pair or actors.discourse.last_pair
        if not named and not pair and mutual and len(last) == 2:
            return pair, tuple(last)
        return pair, ()


# Dependencies that lead from an amount up to the words it is the content
# of ("raise trade to $100 billion", "a goal of $50 billion"), not into
# another clause.
_WITHIN = {
    "pobj", "prep", "dobj", "attr", "oprd", "xcomp", "acl", "nummod", "compound", "appos",
    "npadvmod", "nmod", "amod", "pcomp", "advmod", "nsubjpass",
}  # fmt: skip


def targeted(anchor: Token) -> bool:
    """Whether an amount is a target, a forecast or a future sum rather
    than a level reached or a sum given: it is what a word of aiming or
    expecting is about ("aim to raise trade to $100 billion", "a target of
    $50 billion", "expected to hit $2 billion"), or its verb is in the
    future or conditional ("will reach", "should reach $15bn")."""
    words = lexicon.figures().target_words
    modal = set(lexicon.modality().future_aux) | set(lexicon.modality().hypothetical_aux)
    cur = anchor
    for _ in range(8):
        if cur.lemma_.lower() in words or cur.lower_ in words:
            return True
        if any(k.dep_ in {"aux", "auxpass"} and k.lower_ in modal for k in cur.children):
            return True
        if cur.dep_ not in _WITHIN or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _cue_near(tok: Token, cues: list[str]) -> bool:
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in [tok, *tok.children, tok.head])


def _named_actors(sent: Any, actors: PhraseActors, amount: Any) -> list[str]:
    """States and organisations the sentence names, outside the amount
    ("US dollars" names no party)."""
    out: list[str] = []
    for tok in sent:
        if amount.start <= tok.i < amount.end:
            continue
        hit = actors.entity_codes(tok)
        if hit and hit[1] in {"name", "metonym", "adjective", "person"}:
            for c in hit[0]:
                if c not in out:
                    out.append(c)
    return out


def _is_range_start(text: str, a: Amount, amounts: list[Amount]) -> bool:
    before = text[max(0, a.start - 6) : a.start].lower()
    if "from" not in before:
        return False
    return any(b.start > a.end and re.match(r"\s*(to|-|–)\s*$", text[a.end : b.start]) for b in amounts)


__all__ = ["Amount", "FigureDraft", "FigureFinder", "Item", "targeted"]
