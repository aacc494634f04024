"""Peak memory of `diplograph ingest` at 100,000 and 1,000,000 words: the
resident set of the ingest process and its workers together, sampled every
50 ms.

    .venv/bin/python bench/memory.py [--words 100000 1000000]
    .venv/bin/python bench/memory.py --smoke     # one ingest of 300 words: seconds

The last line is one JSON object: peak MiB per size and the ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus


def peak_rss(folder: Path, db: Path) -> tuple[float, float]:
    """(peak MiB of the process tree, seconds)."""
    cli = Path(sys.executable).parent / "diplograph"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(cli), "ingest", str(folder), "--db", str(db), "--quiet"], stdout=subprocess.DEVNULL
    )
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if proc.returncode:
        raise SystemExit(f"ingest failed with {proc.returncode}")
    return peak / 2**20, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--smoke", action="store_true", help="one tiny corpus (300 words): seconds")
    args = ap.parse_args()
    if args.smoke:
        args.words = [300]
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for words in args.words:
            folder = Path(tmp) / f"corpus{words}"
            docs, written = corpus.build(folder, words)
            mib, seconds = peak_rss(folder, Path(tmp) / f"m{words}.duckdb")
            print(f"{written:>9,} words, {docs:>5} documents: peak {mib:7.1f} MiB in {seconds:5.1f} s")
            result[f"peak_mib_{words}"] = round(mib, 1)
    sizes = sorted(args.words)
    if len(sizes) >= 2:
        result["ratio"] = round(result[f"peak_mib_{sizes[-1]}"] / result[f"peak_mib_{sizes[0]}"], 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
