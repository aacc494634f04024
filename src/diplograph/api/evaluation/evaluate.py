"""`diplograph eval`: ingest a corpus into a scratch store, export it, and
score the export with the evaluation scorer that sits beside the gold file
(../shared/eval/score.py), exactly as an outside user would."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ...config import Config, load_config
from ...extract import pass_names
from ..export import export
from ..jobs.ingesting import ingest
from ..query.client import Diplograph


@dataclass
class Evaluation:
    report: dict[str, Any]  # the scorer's --json report
    text: str  # the scorer's printed report
    predicted: Path


def find_scorer(gold: Path) -> Path | None:
    for folder in (gold.parent, gold.parent.parent):
        candidate = folder / "score.py"
        if candidate.is_file():
            return candidate
    return None


def evaluate(
    gold: Path,
    corpus: Path,
    scorer: Path | None = None,
    config: Config | None = None,
    keep: Path | None = None,
    without: Collection[str] = (),
) -> Evaluation:
    """Score one corpus against its gold. `without`: passes of the
    sentence pipeline to switch off, for an ablation (the config's own
    `without` too)."""
    config = ablated(config, without)
    scorer = scorer or find_scorer(gold)
    if scorer is None:
        raise FileNotFoundError(f"no score.py beside {gold}; pass --scorer")
    manifest = corpus / "manifest.csv"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "eval.duckdb"
        ingest([corpus], db, manifest if manifest.is_file() else None, config)
        predicted = keep or Path(tmp) / "predicted.jsonl"
        with Diplograph(db) as g, open(predicted, "w", encoding="utf-8") as out:
            export(g, "jsonl", None, out)
        text = _run(scorer, gold, predicted, [])
        report = json.loads(_run(scorer, gold, predicted, ["--json"]))
    return Evaluation(report, text, predicted)


def ablated(config: Config | None, without: Collection[str]) -> Config:
    """The configuration with these passes switched off as well; a name
    that is no pass raises PassError before anything runs."""
    config = config or load_config()
    off = tuple(dict.fromkeys([*config.without, *without]))
    pass_names(config.passes, off)
    return replace(config, without=off)


def _run(scorer: Path, gold: Path, predicted: Path, extra: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(predicted), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"scorer failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


# The evaluation sets beside the checkout: (name, gold file, corpus folder),
# relative to the shared eval folder's parent.
EVAL_SETS = (
    ("seeds", "eval/seeds/gold.jsonl", "corpus/seeds"),
    ("dev", "eval/dev/gold.jsonl", "eval/dev/docs"),
    ("dev2", "eval/dev2/gold.jsonl", "eval/dev2/docs"),
    ("gsr", "eval/plover-gsr/gold.jsonl", "eval/plover-gsr/docs"),
)


# Our own blind sets, shipped in the checkout (eval/blind*/DATASHEET.md):
# texts a second annotator wrote and coded without reading the code. They
# are scored with the shared scorer, so only where ../shared is present.
OWN_SETS = (
    ("blind", "eval/blind/gold.jsonl", "eval/blind/docs"),
    ("blind2", "eval/blind2/gold.jsonl", "eval/blind2/docs"),
)


def checkout() -> Path:
    """The source checkout this module runs from (src/diplograph/api/evaluation/)."""
    return Path(__file__).resolve().parents[4]


def shared_scorer(shared: Path) -> Path | None:
    scorer = shared / "eval" / "score.py"
    return scorer if scorer.is_file() else None


def available_sets(shared: Path) -> list[tuple[str, Path, Path]]:
    """The sets whose gold and documents are present under `shared`, then
    our own sets in the checkout when the shared scorer is there to score them."""
    out = []
    listed = [(shared, *entry) for entry in EVAL_SETS]
    if shared_scorer(shared) is not None:
        listed += [(checkout(), *entry) for entry in OWN_SETS]
    for root, name, gold, corpus in listed:
        g, c = root / gold, root / corpus
        if g.is_file() and c.is_dir():
            # The dev set's manifest sits beside docs/ and names docs/X.txt.
            if not (c / "manifest.csv").is_file() and (c.parent / "manifest.csv").is_file():
                c = c.parent
            out.append((name, g, c))
    return out


def evaluate_sets(
    shared: Path, config: Config | None = None, without: Collection[str] = ()
) -> list[tuple[str, Evaluation]]:
    """Score every available set, for a side-by-side report."""
    config = ablated(config, without)
    scorer = shared_scorer(shared)
    return [
        (name, evaluate(gold, corpus, scorer=scorer, config=config))
        for name, gold, corpus in available_sets(shared)
    ]


def side_by_side(results: list[tuple[str, Evaluation]]) -> str:
    """One line per set: strict and lenient events, memberships, figures."""
    head = f"{'set':<6} {'strict P':>8} {'R':>6} {'F1':>6}  {'lenient F1':>10}"
    head += f"  {'members F1':>10}  {'figures F1':>10}"
    lines = [head]
    for name, ev in results:
        r = ev.report
        s, le = r["strict"], r["lenient"]
        m, f = r.get("membership_strict", {}), r.get("figures", {})
        members = f"{m['f1']:.3f}" if m.get("gold") else "-"
        figures = f"{f['f1']:.3f}" if f.get("gold") else "-"
        lines.append(
            f"{name:<6} {s['precision']:>8.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}  {le['f1']:>10.3f}"
            f"  {members:>10}  {figures:>10}"
        )
    return "\n".join(lines) + "\n"
