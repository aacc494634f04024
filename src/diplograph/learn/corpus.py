"""Training examples from labelled sentences (`sentences.jsonl`, the format
of ../shared/train/news): each sentence parsed by diplograph's own pipeline,
exactly as at run time, with the head word of each labelled event's trigger
marked by its PLOVER type.

The predicted side of each Example keeps that parse, so the classifier
learns from the same lemmas, tags and names it will see when extracting."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from ..ingest.normalize import folded, normalize
from .component import GOLD_KEY

_PARSED: dict[tuple[str, str], list[tuple[str, Any, list[tuple[int, str]]]]] = {}


def read_labelled(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def trigger_head(doc: Any, text: str, trigger: str) -> int | None:
    """The token heading the trigger's words in the sentence (the word whose
    head lies outside them), found by the trigger's first occurrence."""
    trigger = folded(normalize(trigger or ""))
    pos = text.lower().find(trigger.lower()) if trigger else -1
    if pos < 0:
        return None
    toks = [t for t in doc if t.idx < pos + len(trigger) and t.idx + len(t) > pos]
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return roots[0].i if roots else None


def parsed_sentences(path: Path, model: str = "") -> list[tuple[str, Any, list[tuple[int, str]]]]:
    """(document name, parsed sentence, [(head token, type)]) for every
    labelled sentence, parsed once per process."""
    key = (str(path.resolve()), model)
    if key not in _PARSED:
        from ..kb import loader
        from ..nlp import Parser
        from ..nlp.pipeline import DEFAULT_MODEL
        from ..records import Document

        parser = Parser(loader.default(), model or DEFAULT_MODEL, cascade=False)
        out = []
        for row in read_labelled(path):
            text = folded(normalize(row["text"]))
            name = f"{row['doc']}-{row['i']}"
            parsed = parser.parse(Document(doc_id=name, name=name, path=name, text=text))
            for unit in parsed.sentences:
                if unit.doc is None:
                    continue
                local = text[unit.start : unit.end]
                heads = []
                for event in row.get("events", []):
                    where = local.lower().find(folded(normalize(event.get("trigger") or "")).lower())
                    if where < 0:
                        continue
                    head = trigger_head(unit.doc, local, event.get("trigger") or "")
                    if head is not None:
                        heads.append((head, str(event["type"])))
                out.append((str(row["doc"]), unit.doc, heads))
        _PARSED[key] = out
    return _PARSED[key]


def example(doc: Any, heads: list[tuple[int, str]]) -> Example:
    reference = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    reference.spans[GOLD_KEY] = [Span(reference, i, i + 1, label=label) for i, label in heads]
    return Example(doc, reference)


@registry.readers("diplograph.plover_sentences.v1")  # type: ignore[untyped-decorator]
def plover_sentences(
    path: str, exclude_docs: str = "", only_docs: str = "", extra: str = ""
) -> Callable[[Any], Iterator[Example]]:
    """spaCy reader: the labelled sentences of `path`, without the documents
    in `exclude_docs` (comma-separated names; a held-out fold), or only
    those in `only_docs`; then every sentence of the files in `extra`
    (comma-separated; sentences we wrote ourselves, never held out)."""
    exclude = {d for d in exclude_docs.split(",") if d}
    only = {d for d in only_docs.split(",") if d}

    def read(nlp: Any) -> Iterator[Example]:
        for name, doc, heads in parsed_sentences(Path(path)):
            if name in exclude or (only and name not in only):
                continue
            yield example(doc.copy(), heads)
        for more in (p for p in extra.split(",") if p):
            for _name, doc, heads in parsed_sentences(Path(more)):
                yield example(doc.copy(), heads)

    return read
