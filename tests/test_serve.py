"""`diplograph serve` as a user runs it: a real server process on a real
store, with ingests into the same file while it serves, the port taken,
other Host names and every interface."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from diplograph.cli.main import app

from .conftest import built_once

CLI = str(Path(sys.executable).parent / "diplograph")

DOCS = {
    "accra.txt": "Accra, 4 March 2024\n\nGhana and Togo signed an agreement on border trade on Monday.",
    "lome.txt": "Lome, 9 April 2024\n\nTogo and Benin held talks on a joint customs post.",
    "dakar.txt": "Dakar, 2 May 2024\n\nSenegal and Mauritania signed a fisheries agreement.",
}


def write(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(DOCS[name], encoding="utf-8")
    return folder


def ingest(folder: Path, db: Path) -> Result:
    """`diplograph ingest` in this process, not the server's: the model that
    this process has loaded already is not loaded again for each ingest."""
    return CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "-q"])


@pytest.fixture(scope="session")
def accra(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """accra.txt ingested by the command line, once; tests take a copy."""

    def build(folder: Path) -> None:
        run = ingest(write(folder / "docs", "accra.txt"), folder / "s.duckdb")
        assert run.exit_code == 0, run.output

    return built_once(tmp_path_factory, "serve-accra", build) / "s.duckdb"


class Server:
    def __init__(self, proc: subprocess.Popen[str], port: int, first_line: str):
        self.proc, self.port, self.first_line = proc, port, first_line

    def get(self, path: str, host: str | None = None, method: str = "GET") -> tuple[int, bytes, Any]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, headers={"Host": f"127.0.0.1:{self.port}" if host is None else host})
            response = conn.getresponse()
            return response.status, response.read(), response.headers
        finally:
            conn.close()

    def json(self, path: str) -> Any:
        status, body, _ = self.get(path)
        assert status == 200, (path, status, body)
        return json.loads(body)


@contextmanager
def serving(db: Path, *args: str) -> Iterator[Server]:
    """`diplograph serve --port 0` in a process of its own, ready to answer."""
    proc = subprocess.Popen(
        [CLI, "serve", "--db", str(db), "--port", "0", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        lines = []
        while not lines or "serving" not in lines[-1]:
            line = proc.stderr.readline()
            assert line, f"the server ended: {''.join(lines)}"
            lines.append(line)
        found = re.search(r":(\d+)/ ", lines[-1])
        assert found, lines
        yield Server(proc, int(found.group(1)), lines[0])
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def wait_for(check: Any, what: str, seconds: float = 60) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.2)
    raise AssertionError(f"not within {seconds} s: {what}")


def names(server: Server) -> set[str]:
    return {d["name"] for d in server.json("/api/documents")}


def test_ingest_while_serving_then_the_new_data_is_served(tmp_path: Path, accra: Path) -> None:
    """#14: the server held the store, so an ingest was refused while it
    served; and after `rm` and a new ingest it served the deleted data."""
    db = Path(shutil.copy(accra, tmp_path / "s.duckdb"))
    with serving(db) as server:
        assert names(server) == {"accra"}
        added = ingest(write(tmp_path / "second", "lome.txt"), db)
        assert added.exit_code == 0, added.output
        wait_for(lambda: names(server) == {"accra", "lome"}, "the added document served")
        assert server.json("/api/stats")["documents"] == 2
        db.unlink()
        status, body, _ = wait_for(
            lambda: (r := server.get("/api/stats"))[0] != 200 and r, "the removal noticed"
        )
        assert status == 503 and b"has been removed" in body
        assert ingest(write(tmp_path / "third", "dakar.txt"), db).exit_code == 0
        wait_for(lambda: server.get("/api/stats")[0] == 200 and names(server) == {"dakar"}, "the new store")
        assert server.proc.poll() is None


def test_a_port_in_use_is_one_line_and_nothing_claims_to_serve(tmp_path: Path, accra: Path) -> None:
    db = Path(shutil.copy(accra, tmp_path / "s.duckdb"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        run = subprocess.run(
            [CLI, "serve", "--db", str(db), "--port", str(port)], capture_output=True, text=True, timeout=60
        )
    assert run.returncode == 1
    assert run.stderr == f"error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_other_host_names_are_refused_unless_allowed(tmp_path: Path, accra: Path) -> None:
    db = Path(shutil.copy(accra, tmp_path / "s.duckdb"))
    with serving(db, "--allow-host", "atlas.example") as server:
        port = server.port
        for host in (
            f"127.0.0.1:{port}",
            f"localhost:{port}",
            f"[::1]:{port}",
            "atlas.example",
            f"ATLAS.example:{port}",
        ):
            assert server.get("/api/stats", host)[0] == 200, host
        for host in (f"rebound.example:{port}", f"localhost:{port + 1}", "localhost", ""):
            status, body, _ = server.get("/api/stats", host)
            assert status == 400 and b"not served here" in body, host
        status, body, headers = server.get("/api/stats", method="HEAD")
        assert status == 200 and body == b"" and int(headers["content-length"]) > 10
    with serving(db, "--host", "0.0.0.0") as server:
        assert server.first_line.startswith("warning: listening on every interface (0.0.0.0)")
        assert server.get("/api/stats")[0] == 200
        assert server.get("/api/stats", f"192.0.2.7:{server.port}")[0] == 400


def test_the_concurrency_benchmark_runs_in_smoke_mode(sample_store: Path) -> None:
    bench = Path(__file__).resolve().parent.parent / "bench" / "concurrency.py"
    run = subprocess.run(
        [sys.executable, str(bench), "--smoke", "--db", str(sample_store)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["failed"] == 0 and summary["requests"] == 15 and summary["p99_ms"] > 0
