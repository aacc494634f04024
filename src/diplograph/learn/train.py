"""`make train`: train the predicate classifier with spaCy's own training
(learn/config.cfg) on labelled sentences, and install its weights as
package data. `python -m diplograph.api.evaluation.crossval` measures it with whole
documents held out.

    python -m diplograph.learn.train SENTENCES [--own FILE]... [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

from . import corpus
from .component import LABELS  # noqa: F401  (importing it registers the factory and architecture)

CONFIG = Path(str(resources.files("diplograph.learn") / "config.cfg"))
MODEL_DIR = Path(str(resources.files("diplograph.learn") / "model"))


def folds(names: list[str], k: int) -> list[list[str]]:
    """Documents dealt round-robin into k folds, in sorted order (so every
    fold mixes the corpus's regional parts)."""
    ordered = sorted(set(names))
    return [ordered[i::k] for i in range(k)]


def train_once(
    sentences: Path,
    out: Path,
    exclude: list[str],
    dev_only: list[str],
    overrides: dict[str, object],
    own: list[Path] | None = None,
) -> Path:
    """One `spacy train` run: trained on `sentences` without the documents
    in `exclude` (and on every sentence of `own`), scored on `dev_only`."""
    from spacy.cli.train import train

    train(
        CONFIG,
        out,
        overrides={
            "paths.train": str(sentences),
            "paths.dev": str(sentences),
            "paths.exclude": ",".join(exclude),
            "paths.dev_only": ",".join(dev_only),
            "paths.own": ",".join(str(p) for p in own or []),
            **overrides,
        },
    )
    return out / "model-last"


def install(trained: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(trained / "plover_predicates" / "weights.npz", target / "weights.npz")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sentences", type=Path)
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--own", type=Path, action="append", default=[], help="sentences we wrote ourselves")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="config override")
    args = ap.parse_args(argv)
    overrides: dict[str, object] = {}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = _value(value)
    names = [row["doc"] for row in corpus.read_labelled(args.sentences)]
    with tempfile.TemporaryDirectory() as tmp:
        some = sorted(set(names))[:5]  # spaCy wants a dev set; the model trains on everything
        install(train_once(args.sentences, Path(tmp), [], some, overrides, args.own), args.out)
    print(f"classifier installed in {args.out}", file=sys.stderr)
    return 0


def _value(text: str) -> object:
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


if __name__ == "__main__":
    sys.exit(main())
