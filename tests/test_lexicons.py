"""The extraction lexicons are data: every file in extract/data/ is loaded
by the one loader and checked by `diplograph kb`, and no list of words
lives in extract's code instead."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError
from typer.testing import CliRunner

import diplograph
from diplograph.cli.main import app
from diplograph.extract import lexicon
from diplograph.extract.lexicon.rule_models import SectorLexicon

EXTRACT = Path(diplograph.__file__).parent / "extract"
DATA = EXTRACT / "data"
# Dependency labels are the parser's vocabulary, not English words.
LABELS = {
    "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc",
    "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "mark", "neg",
    "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd", "pcomp", "pobj", "poss", "prep", "prt",
    "punct", "relcl", "xcomp",
}  # fmt: skip


def test_every_lexicon_file_has_the_one_loader() -> None:
    assert sorted(lexicon.LOADERS) == sorted(p.name for p in DATA.glob("*.yaml"))
    assert lexicon.validate_all() == []


def test_diplograph_kb_lists_every_lexicon_sectors_included() -> None:
    result = CliRunner().invoke(app, ["kb"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("lexicons OK"))
    assert all(name in line for name in lexicon.LOADERS)
    assert "sectors.yaml" in line


def test_the_sector_schema_refuses_a_noun_under_two_sectors() -> None:
    raw = yaml.safe_load((DATA / "sectors.yaml").read_text(encoding="utf-8"))
    assert SectorLexicon.model_validate(raw).place_prepositions
    raw["sectors"]["COP"].append("army")  # already a MIL noun
    with pytest.raises(ValidationError, match="'army' is listed under both"):
        SectorLexicon.model_validate(raw)
    raw["sectors"]["COP"].remove("army")
    raw["place_prepositions"] = ["In"]
    with pytest.raises(ValidationError, match="lower-case"):
        SectorLexicon.model_validate(raw)


def _word_lists(path: Path) -> list[tuple[int, list[str]]]:
    """Literal sets, tuples and lists of more than five English words."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Set | ast.Tuple | ast.List) and len(node.elts) > 5:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            english = len(words) == len(node.elts) and all(w.isalpha() and w.islower() for w in words)
            if english and not set(words) <= LABELS:
                out.append((node.lineno, words))
    return out


def test_no_word_list_lives_in_extract_code() -> None:
    found = {
        f"{p.relative_to(EXTRACT)}:{line}": words
        for p in sorted(EXTRACT.rglob("*.py"))
        if p.parent.name != "lexicon"  # the schema's own field names
        for line, words in _word_lists(p)
    }
    assert found == {}


def test_the_word_list_rule_sees_one(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        'WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}\n'
        'DEPS = ("dobj", "pobj", "prep", "amod", "poss", "attr")\n'
        'FEW = {"one", "two", "three"}\n',
        encoding="utf-8",
    )
    assert [(line, set(words)) for line, words in _word_lists(probe)] == [
        (1, {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"})
    ]
