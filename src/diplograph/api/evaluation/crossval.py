"""Cross-validation of the learned passes on labelled whole documents
(`make train-cv`): the labelled documents are dealt into k folds; for each,
a classifier is trained with spaCy's training on the other folds (and on
the sentences we wrote ourselves), then the held-out documents are ingested
through the whole pipeline three ways (rules alone, classifier alone, both)
and every export is scored sentence by sentence with the scorer that sits
beside the labels (score_sentences.py). No document is ever scored by a
classifier that saw it.

    python -m diplograph.api.evaluation.crossval SENTENCES DOCS MANIFEST [--own FILE] [--k 5]
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from ...config import Config, Learned, load_config
from ...learn import corpus
from ...learn.train import folds, install, train_once
from ..export import export
from ..jobs.ingesting import ingest
from ..query.client import Diplograph

RULES = ("dateline", "times", "events", "conventions", "sides", "background", "records", "memberships",
         "figures", "discourse")  # fmt: skip
# The ways compared: the passes each runs.
WAYS = {
    "rules": RULES,
    "model": tuple(p if p != "events" else "model" for p in RULES),
    "both": (*RULES[:3], "model", *RULES[3:6], "model_veto", *RULES[6:]),
}


def held_out_corpus(docs: Path, manifest: Path, names: list[str], into: Path) -> Path:
    """A folder with just these documents (links) and their manifest rows."""
    into.mkdir(parents=True)
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if Path(r["path"]).stem in names]
    for row in rows:
        (into / Path(row["path"]).name).symlink_to((manifest.parent / row["path"]).resolve())
    with (into / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows({**r, "path": Path(r["path"]).name} for r in rows)
    return into


def run_way(corpus_dir: Path, config: Config, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "cv.duckdb"
        ingest([corpus_dir], db, corpus_dir / "manifest.csv", config)
        with Diplograph(db) as g, out.open("a", encoding="utf-8") as fh:
            export(g, "jsonl", None, fh)


def cross_validate(
    sentences: Path, docs: Path, manifest: Path, own: list[Path], k: int, work: Path, base: Config
) -> dict[str, dict[str, object]]:
    names = [row["doc"] for row in corpus.read_labelled(sentences)]
    for way in WAYS:
        (work / f"{way}.jsonl").unlink(missing_ok=True)
    for n, held in enumerate(folds(names, k)):
        fold = work / f"fold{n}"
        install(train_once(sentences, fold / "spacy", held, held, {}, own), fold / "classifier")
        held_dir = held_out_corpus(docs, manifest, held, fold / "docs")
        for way, passes in WAYS.items():
            # Alone, the classifier reads every word, the trigger lexicon's too.
            alone = way == "model"
            learned = replace(base.learned, path=str(fold / "classifier"), unknown_words_only=not alone)
            run_way(
                held_dir, replace(base, passes=passes, without=(), learned=learned), work / f"{way}.jsonl"
            )
    scorer = sentences.parent / "score_sentences.py"
    return {way: _score(scorer, sentences, work / f"{way}.jsonl") for way in WAYS}


def _score(scorer: Path, sentences: Path, predicted: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(scorer), str(sentences), str(predicted)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sentences", type=Path)
    ap.add_argument("docs", type=Path)
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--own", type=Path, action="append", default=[])
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--work", type=Path, help="keep the fold models and exports here")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="diplograph-cv-"))
    work.mkdir(parents=True, exist_ok=True)
    base = replace(load_config(), learned=Learned())
    scores = cross_validate(args.sentences, args.docs, args.manifest, args.own, args.k, work, base)
    print(
        f"{'way':<6} {'recall':>7} {'precision':>9} {'f1':>6}   ({args.k} folds of whole documents; {work})"
    )
    for way, s in scores.items():
        print(f"{way:<6} {s['recall']:>7.3f} {s['precision']:>9.3f} {s['f1']:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
