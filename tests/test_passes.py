"""The sentence pipeline: passes registered by name, run in the config's
order, switched off by config or `diplograph eval --without`, and open to
one more pass (a learned one) without touching the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph.cli.main import app
from diplograph.config import Config, load_config
from diplograph.extract import Extractor, PassError, register_pass
from diplograph.extract.events.draft import Draft
from diplograph.extract.pipeline import Pass, SentenceState, Tools
from diplograph.ingest import Extracted, build_document
from diplograph.ingest.manifest import ManifestRow
from diplograph.kb.loader import KnowledgeBase
from diplograph.nlp import Parser
from diplograph.records import DocumentResult
from diplograph.resolve import Resolver

SUSPENDED = "The African Union suspended Gabon's membership."
RAN: list[str] = []


@register_pass("test_mark_a")
def _mark_a(tools: Tools) -> Pass:
    def run(state: SentenceState) -> None:
        RAN.append("a")

    return run


@register_pass("test_mark_b")
def _mark_b(tools: Tools) -> Pass:
    def run(state: SentenceState) -> None:
        RAN.append("b")

    return run


@register_pass("test_learned")
def _learned(tools: Tools) -> Pass:
    """A stand-in for a learned pass: vetoes what it scores low (here every
    SANCTION, at 0.2) and proposes a CONSULT where the word "parley" stands
    between two named parties (at 0.9)."""

    def run(state: SentenceState) -> None:
        for d in [d for d in state.drafts if d.type == "SANCTION"]:
            state.veto(d, "model:test", "score 0.2")
        for tok in state.span:
            if tok.lower_ == "parley":
                parties = [it for t in tok.sent for it in state.actors.items(t) if t.dep_ == "nsubj"]
                entry = Draft.proposed_entry("model:test", "CONSULT")
                draft = Draft(tok, entry, "CONSULT", None, parties[:1], parties[1:], [], None, "occurred")
                state.propose(draft, by="model:test#CONSULT", score=0.9)

    return run


def _run(kb: KnowledgeBase, parser: Parser, text: str, **kw: object) -> DocumentResult:
    extractor = Extractor(Resolver(kb), parser.names, **kw)  # type: ignore[arg-type]
    row = ManifestRow(Path("t.txt"), None, None, None, "2024-06-15", "en")
    doc = build_document(Extracted(text=text, name="t"), "t.txt", row)
    assert not isinstance(doc, Exception)
    return extractor.extract(parser.parse(doc))


def test_the_default_pipeline_is_pipeline_toml_s_list_in_order(kb: KnowledgeBase, parser: Parser) -> None:
    config = load_config()
    assert config.passes[:3] == ("dateline", "times", "events")
    assert Extractor(Resolver(kb), parser.names, config.passes).pass_names == config.passes
    assert config.passes == Config.passes


def test_passes_run_in_the_order_the_config_lists(kb: KnowledgeBase, parser: Parser) -> None:
    RAN.clear()
    _run(kb, parser, SUSPENDED, passes=("test_mark_b", "test_mark_a"))
    assert RAN == ["b", "a"]
    RAN.clear()
    _run(kb, parser, SUSPENDED, passes=("test_mark_a", "test_mark_b"))
    assert RAN == ["a", "b"]


def test_a_pass_switched_off_changes_what_is_found(kb: KnowledgeBase, parser: Parser) -> None:
    whole = _run(kb, parser, SUSPENDED)
    assert [(e.type, e.target) for e in whole.events] == [("SANCTION", ("GAB",))]
    without = _run(kb, parser, SUSPENDED, without=("sides",))
    # no pass looked for the owner of what was suspended
    assert [(e.type, e.target) for e in without.events] == [("SANCTION", ())]
    assert "sides:possessor_target" not in without.events[0].rules
    assert _run(kb, parser, SUSPENDED, without=("records",)).events == []


def test_an_unknown_pass_is_refused_by_name(kb: KnowledgeBase, parser: Parser) -> None:
    with pytest.raises(PassError, match="no pass called 'sidez'"):
        Extractor(Resolver(kb), parser.names, without=("sidez",))
    with pytest.raises(PassError, match="no pass called 'nope'"):
        Extractor(Resolver(kb), parser.names, passes=("events", "nope"))


def test_a_learned_pass_vetoes_and_proposes_with_a_trace(kb: KnowledgeBase, parser: Parser) -> None:
    passes = list(Config.passes)
    passes.insert(passes.index("background") + 1, "test_learned")
    r = _run(kb, parser, SUSPENDED + " Kenya and Uganda held a parley in Kampala.", passes=passes)
    assert [e.type for e in r.events] == ["CONSULT"]  # the SANCTION was vetoed
    consult = r.events[0]
    assert (consult.source, consult.target) == (("KEN",), ("UGA",))
    assert consult.rules[0] == "model:test#CONSULT"


def test_the_config_file_sets_order_and_switches(tmp_path: Path) -> None:
    toml = tmp_path / "p.toml"
    toml.write_text('[extract]\npasses = ["times", "events"]\nwithout = ["events"]\n', encoding="utf-8")
    config = load_config(toml)
    assert (config.passes, config.without) == (("times", "events"), ("events",))


def test_eval_without_an_unknown_pass_exits_2_with_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold), "--corpus", str(tmp_path), "--without", "sidez"])
    assert result.exit_code == 2
    assert "no pass called 'sidez'" in result.output
