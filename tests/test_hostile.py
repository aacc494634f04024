"""Hostile input: nothing crashes, every good file is stored, every bad
one is named once with its reason; a killed ingest rerun gives the same
store; a store being written is refused with a clear message."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.api.export import records
from diplograph.cli.main import app

from . import hostile
from .conftest import clean_ingest

CLI = hostile.CLI


def test_hostile_corpus_among_a_thousand_good_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    # A thousand files for the worker pool to share out; the parser reads
    # every tenth (reading the others would check nothing more here).
    hostile.good_corpus(corpus / "good", 1000, news_every=10)
    expect = hostile.make(corpus / "bad")
    db = tmp_path / "h.duckdb"
    run = subprocess.run(
        [
            CLI,
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--manifest",
            str(corpus / "bad" / "manifest.csv"),
            "-q",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("skipped ")]
    with diplograph.open(db) as g:
        stored = set(g.documents()["name"])
        errors = g.store.con.execute("SELECT path, reason FROM ingest_errors").fetchall()
        stats = g.stats()
    assert {f"good{i:04d}" for i in range(1000)} <= stored
    for name, reason in expect.items():
        stem = name.rsplit(".", 1)[0]
        if reason is None:
            assert stem in stored or name.startswith("twin"), name
            continue
        mine = [line for line in lines if f"/{name}:" in line]
        assert len(mine) == 1, (name, mine)  # reported once, on one line
        assert reason in mine[0], (name, mine[0])
        assert any(p.endswith(name) and reason in r for p, r in errors), name
    assert len({"twin-a", "twin-b"} & stored) == 1
    assert "bad-1" in stored  # the good line of a JSON lines file with a bad one
    # The manifest's rows are warned about by line, and are no failed documents.
    warned = [line for line in run.stderr.splitlines() if line.startswith("warning: ")]
    assert any(":3: missing.txt does not exist" in line for line in warned)
    assert any(":2: published date 'not a date' not understood" in line for line in warned)
    assert not any("manifest.csv" in line for line in lines)
    # The limit is stated in the unit of its flag (--max-file-mb, default 20).
    assert any("huge.txt" in line and "> limit 20 MB" in line for line in lines)
    assert stats["errors"] == len(errors) >= 10
    with diplograph.open(db) as g:
        docs = g.documents().set_index("name")
        assert docs.loc["cp1251", "language"] == "ru" and docs.loc["koi8r", "language"] == "ru"
        assert g.events(doc="cp1251").empty  # stored, not run through the English model
        script = g.document("script")
        assert script is not None and "alert" not in script["text"] and "Armenia" in script["text"]
        deep = g.document("deep")
        assert deep is not None and deep["text"] == hostile.DEEP


def test_sigkill_then_rerun_gives_the_clean_store(tmp_path: Path, good_300: tuple[Path, Path]) -> None:
    corpus, clean = good_300
    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        [CLI, "ingest", str(corpus), "--db", str(killed), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(random.Random(os.getpid()).uniform(4.0, 9.0))
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, mid-run
    proc.wait()
    # The rerun in this process, whose model is loaded already.
    clean_ingest(corpus, killed)
    with diplograph.open(clean) as a, diplograph.open(killed) as b:
        assert a.stats() == b.stats()
        assert list(records(a)) == list(records(b))


def test_queries_during_an_ingest_fail_clearly_or_read(tmp_path: Path, good_64: tuple[Path, Path]) -> None:
    # 64 files keep the store written for seconds (the worker pool, two
    # batches, the finishing phase): several queries meet it.
    corpus, _ = good_64
    db = tmp_path / "busy.duckdb"
    proc = subprocess.Popen(
        [CLI, "ingest", str(corpus), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        seen = set()
        deadline = time.time() + 120
        while proc.poll() is None and time.time() < deadline:
            # The command line in this process: the ingest is the other
            # process, and a query needs no start-up of its own to meet it.
            q = CliRunner().invoke(app, ["stats", "--db", str(db), "--json"])
            if q.exit_code == 0:
                json.loads(q.stdout)
                seen.add("read")
            else:
                # Before the ingest creates the store there is none; while it
                # writes, the store is refused by name.
                assert q.exit_code == 2, q.output
                assert "being written by another process" in q.stderr or "no such store" in q.stderr, q.stderr
                seen.add("refused" if "being written" in q.stderr else "absent")
            time.sleep(0.25)
        assert seen & {"refused", "read"}, seen
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0


@pytest.mark.parametrize("limit_flag", [["--max-file-mb", "1"], ["--max-text-chars", "100"]])
def test_limits_have_flags(tmp_path: Path, limit_flag: list[str]) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "long.txt").write_text("Kenya and Ethiopia held talks. " * 50_000, encoding="utf-8")
    (folder / "short.txt").write_text("Kenya and Ethiopia held talks.", encoding="utf-8")
    # The command line in this process, whose model is loaded already.
    args = ["ingest", str(folder), "--db", str(tmp_path / "l.duckdb"), "-q", *limit_flag]
    run = CliRunner().invoke(app, args)
    assert run.exit_code == 0, run.output
    assert "long.txt: " in run.stderr and ("too large" in run.stderr or "too long" in run.stderr)
    with diplograph.open(tmp_path / "l.duckdb") as g:
        assert set(g.documents()["name"]) == {"short"}
