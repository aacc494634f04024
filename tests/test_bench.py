"""Every benchmark script runs in its smoke mode (tiny sizes, seconds), so
that none stops working unnoticed between the runs that measure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(BENCH.glob("*.py"))


def test_the_benchmarks_are_all_here() -> None:
    assert {p.stem for p in SCRIPTS} >= {"corpus", "throughput", "memory", "queries", "concurrency"}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_bench_script_runs_in_smoke_mode(script: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(script), "--smoke"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # Each prints its figures as one JSON object on its last line.
    last = done.stdout.strip().splitlines()[-1]
    assert isinstance(json.loads(last), dict), done.stdout[-2000:]
