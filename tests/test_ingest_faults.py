"""Faults around an ingest, with real processes: killed at the end of the
pool, killed with workers running, a full disk, a document too large for
the store's streaming memory."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.api.export import records
from diplograph.cli.main import app
from diplograph.records import Document, DocumentResult, Sentence
from diplograph.store import Store
from diplograph.store.writes import WriteFailed

from .conftest import clean_ingest
from .hostile import CLI, good_corpus

# The moment after the worker pool has ended: the documents are stored, the
# finishing phase (merged events, query tables, full-text index) has not
# begun. The process is killed right there, by the kernel, as kill -9 does.
KILL_AFTER_POOL = """
import os, signal, sys
from diplograph.store import Store
from diplograph.api import ingest
Store.lift_write_limits = lambda self: os.kill(os.getpid(), signal.SIGKILL)
ingest([sys.argv[1]], sys.argv[2])
"""


def test_killed_after_the_pool_the_next_open_finishes_the_store(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    good_corpus(corpus, 20)  # enough files for the worker pool
    clean = tmp_path / "clean.duckdb"
    clean_ingest(corpus, clean)
    killed = tmp_path / "killed.duckdb"
    run = subprocess.run([sys.executable, "-c", KILL_AFTER_POOL, str(corpus), str(killed)], timeout=600)
    assert run.returncode == -signal.SIGKILL
    # Read commands, as a user would run them next: none sees a half-built
    # store. The command line in this process: the killed ingest was the other.
    events = CliRunner().invoke(app, ["events", "--db", str(killed), "--json", "--all"])
    assert events.exit_code == 0, events.output
    expected = CliRunner().invoke(app, ["events", "--db", str(clean), "--json", "--all"])
    assert json.loads(events.stdout) == json.loads(expected.stdout) != []
    found = CliRunner().invoke(app, ["search", "memorandum", "--db", str(killed), "--json"])
    assert found.exit_code == 0 and json.loads(found.stdout), found.output
    with diplograph.open(clean) as a, diplograph.open(killed) as b:
        assert a.stats() == b.stats()
        assert list(records(a)) == list(records(b))
        assert b.store.unfinished() is False


def parsing_workers(proc: subprocess.Popen[str] | subprocess.Popen[bytes]) -> list[psutil.Process]:
    """The ingest's worker processes, once each is parsing (its CPU time
    grows past what its start took): the run is in mid-pool then, however
    fast or loaded the machine, rather than after a fixed wait."""
    parent = psutil.Process(proc.pid)
    first: dict[int, float] = {}
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        workers, used = parent.children(), {}
        for p in workers:
            try:
                used[p.pid] = sum(p.cpu_times()[:2])
            except psutil.NoSuchProcess:
                continue
            first.setdefault(p.pid, used[p.pid])
        if len(workers) >= 2 and all(p.pid in used and used[p.pid] > first[p.pid] + 0.1 for p in workers):
            return workers
        time.sleep(0.05)
    return []


def test_killed_ingest_takes_its_workers_with_it(tmp_path: Path, good_300: tuple[Path, Path]) -> None:
    corpus, _ = good_300
    proc = subprocess.Popen(
        [CLI, "ingest", str(corpus), "--db", str(tmp_path / "k.duckdb"), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[psutil.Process] = []
    try:
        workers = parsing_workers(proc)
        assert len(workers) >= 2, "the ingest started no worker pool"
        assert proc.poll() is None and all(_running(p) for p in workers), "the ingest ended too soon"
        os.kill(proc.pid, signal.SIGKILL)  # the parent alone, as `kill -9 PID` does
        proc.wait()
        _, alive = psutil.wait_procs(workers, timeout=10)
        alive = [p for p in alive if _running(p)]
        assert alive == [], [p.pid for p in alive]
    finally:
        for p in workers:
            if _running(p):
                p.kill()
        if proc.poll() is None:
            proc.kill()


def test_a_worker_killed_mid_run_costs_no_document(tmp_path: Path, good_300: tuple[Path, Path]) -> None:
    corpus, clean = good_300
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen(
        [CLI, "ingest", str(corpus), "--db", str(db), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    workers = parsing_workers(proc)
    assert len(workers) >= 2, "the ingest started no worker pool"
    workers[0].kill()  # mid-task, as the kernel's out-of-memory killer would
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr[-3000:]
    assert stderr == "warning: a worker process died; the rest is read in this process, more slowly\n"
    with diplograph.open(clean) as a, diplograph.open(db) as b:
        assert a.stats() == b.stats()
        assert list(records(a)) == list(records(b))


def _running(process: psutil.Process) -> bool:
    try:
        return bool(process.status() != psutil.STATUS_ZOMBIE)  # a zombie has ended
    except psutil.NoSuchProcess:
        return False


@contextlib.contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """This process's files limited to `limit` bytes, for as long as the
    block runs: writing past it fails with EFBIG, as a full disk fails with
    ENOSPC (the signal it would also send is ignored, as a shell may). The
    soft limit only, so that it can be put back."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)


# File-size limits (bytes) at which the ingest of good_64 fails: while
# storing its second batch of documents, and after storing them all, in the
# finishing phase (the merged events and the full-text index).
DISK_FULL = {"storing documents": 150_000, "finishing": 300_000}


@pytest.mark.parametrize("phase", list(DISK_FULL))
def test_disk_full_is_one_line_and_the_store_stays_whole(
    tmp_path: Path, good_64: tuple[Path, Path], phase: str
) -> None:
    corpus, clean = good_64
    db = tmp_path / "full.duckdb"
    # The command line in this process, whose model is loaded already, and
    # without the worker pool (no process forked from this one): the store
    # is written by the ingest's own process either way.
    config = tmp_path / "one.toml"
    config.write_text("[ingest]\nworkers = 1\n", encoding="utf-8")
    with _file_size_limit(DISK_FULL[phase]):
        run = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "-q", "--config", str(config)])
    assert run.exit_code == 2, (run.exception, run.stderr[-3000:])
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.stderr.startswith(f"error: {db}: cannot write to the store: "), run.stderr
    # Whatever was stored is readable (the command line in this process), and
    # an ingest with room gives the clean store.
    stats = CliRunner().invoke(app, ["stats", "--db", str(db), "--json"])
    assert stats.exit_code == 0, stats.output
    stored = json.loads(stats.stdout)["documents"]
    assert stored == 32 if phase == "storing documents" else stored == 64, stats.stdout
    # The ingest with room runs in this process, whose model is loaded already.
    clean_ingest(corpus, db)
    with diplograph.open(clean) as a, diplograph.open(db) as b:
        assert a.stats() == b.stats()
        assert list(records(a)) == list(records(b))


# A sentence with no actor and no trigger: the cheap pass reads it and the
# parser never sees it. Its words are long (each eight times over), so that
# many megabytes of it are few tokens for the cheap pass to split.
WEATHER = (
    "The weather over the coast was mild for the season and the harbour was quiet "
    "while the fishing boats stayed in port for most of the long and windless afternoon"
)
FILLER = " ".join(word * 8 for word in WEATHER.split(" ")) + ". "


def test_a_document_larger_than_the_write_memory_is_stored_with_its_batch(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraph = FILLER * 10 + "\n\n"
    # Under a write cap of 8 MB (the default is 96), a document of 1 MB
    # already fails without memory in proportion to its text; this one is 2 MB.
    (corpus / "huge.txt").write_text(paragraph * (2_000_000 // len(paragraph)), encoding="utf-8")
    (corpus / "small.txt").write_text("Kenya and Ethiopia signed an agreement in Nairobi.", encoding="utf-8")
    db = tmp_path / "big.duckdb"
    # The command line in this process, whose model is loaded already.
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DIPLOGRAPH_WRITE_MEMORY_MB", "8")
        run = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "-q"])
    assert run.exit_code == 0 and run.stderr == "", run.output[-3000:]
    with diplograph.open(db) as g:
        assert sorted(g.documents()["name"]) == ["huge", "small"]


def test_the_write_cap_is_the_environments_where_it_sets_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test above depends on it: under the default cap its document is small.
    monkeypatch.setenv("DIPLOGRAPH_WRITE_MEMORY_MB", "8")
    with Store(tmp_path / "s.duckdb") as store:
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone() == ("7.6 MiB",)
    monkeypatch.delenv("DIPLOGRAPH_WRITE_MEMORY_MB")
    with Store(tmp_path / "s.duckdb") as store:
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone() == ("91.5 MiB",)


def test_a_document_the_store_cannot_take_costs_only_itself(tmp_path: Path) -> None:
    good = DocumentResult(Document("a" * 16, "good", "good.txt", "Kenya and Ethiopia held talks."))
    # Half a UTF-16 pair cannot be written as UTF-8: the ingest replaces it,
    # but the store must not depend on that.
    sentence = Sentence("s" * 16, "b" * 16, 0, 0, 12, "half \ud800 pair")
    bad = DocumentResult(Document("b" * 16, "bad", "bad.txt", "half \ud800 pair"), sentences=[sentence])
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(WriteFailed):
            store.write_results([good, bad])
        assert store.stored_ids(["a" * 16, "b" * 16]) == set()  # a batch is all or nothing
        store.write_results([good])  # the store takes the others after it
        assert store.stored_ids(["a" * 16, "b" * 16]) == {"a" * 16}
