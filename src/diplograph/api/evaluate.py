"""`diplograph eval`: ingest a corpus into a scratch store, export it, and
score the export with the evaluation scorer that sits beside the gold file
(../shared/eval/score.py), exactly as an outside user would."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config
from .client import Diplograph
from .export import export
from .ingest import ingest


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
) -> Evaluation:
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
