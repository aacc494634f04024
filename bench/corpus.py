"""Build a benchmark corpus of about N words from the shared corpus (or our
examples): its paragraphs shuffled and repeated, cut into documents of
about 400 words, each made unique by a numbered heading. The other
benchmarks import it; alone it writes a corpus to a folder.

    .venv/bin/python bench/corpus.py OUT --words 300000
    .venv/bin/python bench/corpus.py --smoke     # 1,000 words in a temporary folder

The last line is one JSON object: documents and words written.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
EXAMPLES = ROOT / "examples" / "corpus"


def paragraphs() -> list[str]:
    source = SHARED if SHARED.is_dir() else EXAMPLES
    out = []
    for path in sorted(source.rglob("*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) >= 8]
    return out


def build(folder: Path, words: int, seed: int = 7, doc_words: int = 400) -> tuple[int, int]:
    """Write the corpus; returns (documents, words written)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = paragraphs()
    written = docs = 0
    while written < words:
        body, n = [], 0
        while n < doc_words and written + n < words:
            p = rng.choice(pool)
            body.append(p)
            n += len(p.split())
        docs += 1
        (folder / f"doc{docs:06d}.txt").write_text(
            f"Report {docs}\n\n" + "\n\n".join(body) + "\n", encoding="utf-8"
        )
        written += n
    return docs, written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?", help="folder to write the corpus to")
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--smoke", action="store_true", help="1,000 words in a temporary folder")
    args = ap.parse_args()
    if args.smoke:
        with tempfile.TemporaryDirectory() as tmp:
            docs, written = build(Path(tmp), 1_000)
            assert len(list(Path(tmp).glob("*.txt"))) == docs
    elif args.out is None:
        ap.error("give a folder to write the corpus to (or --smoke)")
    else:
        docs, written = build(args.out, args.words)
    print(json.dumps({"documents": docs, "words": written}))


if __name__ == "__main__":
    main()
