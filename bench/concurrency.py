"""Latency of the HTTP API under concurrent clients: the real server
(`diplograph serve`, uvicorn) in a subprocess on a store, then

1. each endpoint alone, one request at a time (median of --alone runs), and
2. --clients threads at once, each going --rounds times through the mix of
   endpoints below in its own shuffled order,

printing p50/p99 overall and per endpoint.

    .venv/bin/python bench/concurrency.py --db diplograph.duckdb   # `make demo`'s store
    .venv/bin/python bench/concurrency.py --smoke                  # a few seconds

Without --db the sample corpus (../shared/corpus/seeds, else
examples/corpus) is ingested into a temporary store first; with --smoke a
small synthetic store is built instead (bench/queries.py's, through the
store's own writer). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import queries

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
EXAMPLES = ROOT / "examples" / "corpus"

# What the web UI's pages ask for, and the three that were slow (#14).
ENDPOINTS = [
    "/api/stats",
    "/api/documents",
    "/api/actors",
    "/api/actors/RUS",
    "/api/organisations",
    "/api/stance?actor=RUS",
    "/api/events?limit=100",
    "/api/events?actor=RUS&limit=100",
    "/api/graph",
    "/api/places",
    "/api/members/SCO",
    "/api/timeline/SCO",
    "/api/figures",
    "/api/conflicts",
    "/api/search?q=sanctions",
    "/network",
]
SMOKE = ["/api/stats", "/api/actors/RUS", "/api/organisations", "/api/stance?actor=RUS", "/network"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sample_store(folder: Path) -> Path:
    corpus = SEEDS if SEEDS.is_dir() else EXAMPLES
    db = folder / "bench.duckdb"
    cmd = [sys.executable, "-m", "diplograph.cli.main", "ingest", str(corpus), "-q", "--db", str(db)]
    if (corpus / "manifest.csv").is_file():
        cmd += ["--manifest", str(corpus / "manifest.csv")]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return db


class Server:
    """`diplograph serve` in a subprocess, ready when /api/stats answers."""

    def __init__(self, db: Path, port: int):
        self.port = port
        cmd = [sys.executable, "-m", "diplograph.cli.main", "serve", "--db", str(db), "--port", str(port)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"server exited: {self.proc.stderr.read() if self.proc.stderr else ''}")
            try:
                if get(port, "/api/stats")[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise SystemExit("server did not answer within 60 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def get(port: int, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, float]:
    """Status and seconds of one GET (the body read in full)."""
    own = conn is None
    c = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    start = time.perf_counter()
    try:
        c.request("GET", path)
        response = c.getresponse()
        response.read()
        return response.status, time.perf_counter() - start
    finally:
        if own:
            c.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def alone(port: int, endpoints: list[str], runs: int) -> dict[str, float]:
    """Median seconds of each endpoint with nothing else running (after one
    warm-up request)."""
    out = {}
    for path in endpoints:
        get(port, path)
        out[path] = statistics.median(get(port, path)[1] for _ in range(runs))
    return out


def concurrent(port: int, endpoints: list[str], clients: int, rounds: int) -> dict[str, Any]:
    """Every client goes through the endpoints `rounds` times in its own
    order, all clients at once (started together by a barrier)."""
    times: dict[str, list[float]] = {p: [] for p in endpoints}
    failures: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def client(n: int) -> None:
        order = [p for _ in range(rounds) for p in endpoints]
        random.Random(n).shuffle(order)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        barrier.wait()
        try:
            for path in order:
                try:
                    status, seconds = get(port, path, conn)
                except (OSError, http.client.HTTPException) as exc:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                    status, seconds = 0, 0.0
                    failures.append(f"{path}: {exc}")
                with lock:
                    if status == 200:
                        times[path].append(seconds)
                    elif status:
                        failures.append(f"{path}: HTTP {status}")
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    every = [s for v in times.values() for s in v]
    return {"wall": wall, "times": times, "all": every, "failures": failures}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="store to serve (default: the sample corpus, ingested)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5, help="passes of each client through the mix")
    ap.add_argument("--alone", type=int, default=5, help="sequential runs per endpoint")
    ap.add_argument(
        "--smoke",
        action="store_true",
        help="a tiny run (3 clients, 1 round, a small synthetic store): seconds",
    )
    args = ap.parse_args()
    endpoints = SMOKE if args.smoke else ENDPOINTS
    if args.smoke:
        args.clients, args.rounds, args.alone = 3, 1, 1
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            db = args.db
        elif args.smoke:
            db = Path(tmp) / "smoke.duckdb"
            queries.build(db, n_events=2_000, n_sentences=500)
        else:
            db = sample_store(Path(tmp))
        server = Server(db, free_port())
        try:
            solo = alone(server.port, endpoints, args.alone)
            run = concurrent(server.port, endpoints, args.clients, args.rounds)
        finally:
            server.stop()
    print(f"store {db}; {args.clients} clients x {args.rounds} rounds x {len(endpoints)} endpoints")
    print(f"{'endpoint':36} {'alone':>11} {'p50':>11} {'p99':>11}")
    for path in endpoints:
        t = run["times"][path] or [float("nan")]
        print(f"{path:36} {ms(solo[path]):>11} {ms(percentile(t, 50)):>11} {ms(percentile(t, 99)):>11}")
    every = run["all"] or [float("nan")]
    print(f"{'all':36} {'':>11} {ms(percentile(every, 50)):>11} {ms(percentile(every, 99)):>11}")
    n = len(run["all"])
    print(f"{n} requests in {run['wall']:.1f} s ({n / run['wall']:.1f}/s), {len(run['failures'])} failed")
    for f in run["failures"][:5]:
        print(f"  {f}")
    summary = {
        "clients": args.clients,
        "requests": n,
        "failed": len(run["failures"]),
        "p50_ms": round(percentile(every, 50) * 1000, 1),
        "p99_ms": round(percentile(every, 99) * 1000, 1),
        "alone_ms": {p: round(s * 1000, 1) for p, s in solo.items()},
        "p50_ms_by_endpoint": {p: round(percentile(v, 50) * 1000, 1) for p, v in run["times"].items() if v},
    }
    print(json.dumps(summary))
    if run["failures"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
