"""The actor-phrase measure: how many of the phrases in
tests/data/actor_phrases.yaml (or another file of the same form, such as
the blind set actor_phrases_blind.yaml) resolve to the expected codes (and
sector).

`python -m tests.actor_phrases [FILE]` prints the shares and every miss; the
tests in test_actor_phrases.py hold floors on them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from diplograph.extract.actors import agents
from diplograph.extract.actors.discourse import Discourse
from diplograph.extract.actors.phrases import PhraseActors
from diplograph.ingest import Extracted, build_document
from diplograph.nlp import Parser
from diplograph.records import Document
from diplograph.resolve import Resolver

PHRASES = Path(__file__).parent / "data" / "actor_phrases.yaml"
BLIND = Path(__file__).parent / "data" / "actor_phrases_blind.yaml"
FRAME = "{} said on Monday that the talks would continue."
DEFAULT_DATE = "2024-06-15"


@dataclass(frozen=True)
class Outcome:
    text: str
    expected: frozenset[str]
    got: frozenset[str]
    sector_expected: str | None
    sector_got: str

    @property
    def right(self) -> bool:
        return self.got == self.expected

    @property
    def none(self) -> bool:
        return not self.got

    @property
    def sector_right(self) -> bool:
        return self.sector_expected is None or self.sector_got == self.sector_expected


def load(path: Path = PHRASES) -> list[dict[str, object]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["phrases"])


def resolve(parser: Parser, resolver: Resolver, text: str, on: str) -> tuple[frozenset[str], str]:
    """The codes and sector of the phrase as the subject of a reporting verb."""
    sentence = FRAME.format(text[0].upper() + text[1:])
    doc = build_document(Extracted(text=sentence, name="t"), "t.txt", None)
    assert isinstance(doc, Document)
    sent = next(s.doc for s in parser.parse(doc).sentences if s.doc is not None)[:]
    actors = PhraseActors(sent, resolver, on, Discourse())
    inside = [t for t in sent if t.idx < len(text)]
    head = sent.doc[inside[0].i : inside[-1].i + 1].root
    items = actors.items(head)
    codes = frozenset(c for it in items for c in it.codes)
    sector = agents.sector(items[0].head, resolver.kb, items[0].codes[0]) if items else ""
    return codes, sector


def measure(parser: Parser, resolver: Resolver, path: Path = PHRASES) -> list[Outcome]:
    out = []
    for p in load(path):
        text = str(p["text"])
        # YAML 1.1 reads a bare `on:` key as the boolean true.
        on = p.get("on", p.get(True, DEFAULT_DATE))  # type: ignore[call-overload]
        got, sector = resolve(parser, resolver, text, str(on))
        expected = frozenset(str(c) for c in p["codes"])  # type: ignore[attr-defined]
        sec = p.get("sector")
        out.append(Outcome(text, expected, got, str(sec) if sec else None, sector))
    return out


def report(outcomes: list[Outcome]) -> str:
    n = len(outcomes)
    right = sum(o.right for o in outcomes)
    none = sum(o.none and o.expected != frozenset() for o in outcomes)
    with_sector = [o for o in outcomes if o.sector_expected]
    sector = sum(o.right and o.sector_right for o in with_sector)
    lines = [
        f"{n} phrases: right codes {right} ({right / n:.0%}), no actor {none} ({none / n:.0%}), "
        f"wrong {n - right - none}; right codes and sector {sector}/{len(with_sector)} "
        f"({sector / len(with_sector):.0%})"
    ]
    for o in outcomes:
        if not (o.right and o.sector_right):
            lines.append(
                f"  {o.text!r}: expected {sorted(o.expected)} {o.sector_expected or ''}, "
                f"got {sorted(o.got)} {o.sector_got}"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    from diplograph.kb import loader

    kb = loader.default()
    print(report(measure(Parser(kb), Resolver(kb), Path(sys.argv[1]) if len(sys.argv) > 1 else PHRASES)))
