"""`make train`: train the predicate classifier with spaCy's own training
on labelled sentences, optionally cross-validated with whole documents held
out, and install the weights as package data.

    python -m diplograph.learn.train SENTENCES [--out DIR] [--cv K]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

from . import corpus  # noqa: F401  (registers the reader)
from . import component  # noqa: F401  (registers the factory and architecture)

CONFIG = Path(str(resources.files("diplograph.learn") / "config.cfg"))


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
    ap.add_argument("--out", type=Path, default=Path(str(resources.files("diplograph.learn") / "model")))
    ap.add_argument("--cv", type=int, default=0, help="also train K models, each with a fold of documents held out")
    ap.add_argument("--cv-dir", type=Path, help="where the fold models go (default: a temporary folder)")
    ap.add_argument(
        "--own", type=Path, action="append", default=[], help="sentences we wrote (always trained on, never held out)"
    )
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="config override")
    args = ap.parse_args(argv)
    overrides: dict[str, object] = {}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = _value(value)
    names = [row["doc"] for row in corpus.read_labelled(args.sentences)]
    if args.cv:
        base = args.cv_dir or Path(tempfile.mkdtemp(prefix="diplograph-cv-"))
        for n, held in enumerate(folds(names, args.cv)):
            trained = train_once(args.sentences, base / f"fold{n}", held, held, overrides, args.own)
            install(trained, base / f"fold{n}" / "classifier")
            (base / f"fold{n}" / "held_out.txt").write_text(",".join(held) + "\n", encoding="utf-8")
        print(f"fold models in {base}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        some = sorted(set(names))[:5]  # spaCy wants a dev set; the final model trains on everything
        trained = train_once(args.sentences, Path(tmp), [], some, overrides, args.own)
        install(trained, args.out)
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
