"""The command line as a user runs it, on small corpora written here."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph.cli.main import app

from .conftest import built_once

runner = CliRunner()

DOCS = {
    "minsk.txt": "Minsk, 15 March 2024\n\nBelarusian President Alexander Lukashenko met Russian "
    "President Vladimir Putin in Moscow on Friday. The two leaders signed an agreement "
    "on energy cooperation.",
    "tashkent.txt": "Tashkent, 2 May 2024\n\nUzbekistan and Kazakhstan signed a memorandum on water "
    "sharing. Trade between Uzbekistan and Kazakhstan reached $4 billion in 2023.",
}


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def cli(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.fixture(scope="session")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """DOCS ingested by the command line, once; tests take a copy."""

    def build(folder: Path) -> None:
        code, out = cli(
            "ingest", str(write_corpus(folder / "corpus")), "--db", str(folder / "s.duckdb"), "-q"
        )
        assert code == 0, out

    return built_once(tmp_path_factory, "cli-docs", build) / "s.duckdb"


@pytest.fixture()
def db(ingested: Path, tmp_path: Path) -> Path:
    """This test's own copy of the ingested DOCS, as tmp_path/s.duckdb, with
    the corpus beside it in tmp_path/corpus."""
    write_corpus(tmp_path / "corpus")
    return Path(shutil.copy(ingested, tmp_path / "s.duckdb"))


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    db = str(tmp_path / "s.duckdb")
    code, out = cli("ingest", str(corpus), "--db", db, "-q")
    assert code == 0, out
    assert "2 documents" in out
    _, stats1 = cli("stats", "--db", db, "--json")
    _, export1 = cli("export", "--db", db, "--format", "jsonl")
    code, out = cli("ingest", str(corpus), "--db", db, "-q")
    assert code == 0 and "0 new, 2 already stored" in out
    _, stats2 = cli("stats", "--db", db, "--json")
    _, export2 = cli("export", "--db", db, "--format", "jsonl")
    assert json.loads(stats1) == json.loads(stats2)
    assert export1 == export2
    counts = json.loads(stats1)
    assert set(counts) == {"documents", "sentences", "actors", "events", "memberships", "figures", "errors"}
    assert counts["documents"] == 2 and counts["events"] >= 2 and counts["figures"] == 1


def test_queries_and_filters(tmp_path: Path, db: Path) -> None:
    _, out = cli("events", "--db", db, "--json", "--actor", "BLR", "--actor", "RUS")
    rows = json.loads(out)
    assert rows and all({"BLR", "RUS"} <= set(r["actors"]) for r in rows)
    assert all(r["docs"] == ["minsk"] and r["n_publishers"] == 1 for r in rows)
    _, out = cli(
        "events", "--db", db, "--json", "--type", "CONSULT", "--from", "2024-03-01", "--to", "2024-03-31"
    )
    consults = json.loads(out)
    assert consults and all(r["type"] == "CONSULT" and r["date"].startswith("2024-03") for r in consults)
    _, out = cli("events", "--db", db, "--json", "--status", "planned")
    assert json.loads(out) == []
    _, out = cli("events", "--db", db, "--json", "--location", "RUS")
    in_moscow = json.loads(out)
    assert in_moscow and all(r["location"] == "RUS" and r["docs"] == ["minsk"] for r in in_moscow)
    _, out = cli("organisations", "--db", db, "--json")
    assert {"SCO", "CSTO", "EAEU"} <= {r["code"] for r in json.loads(out)}
    _, out = cli("actors", "--db", db, "--json")
    codes = {r["code"] for r in json.loads(out)}
    assert {"BLR", "RUS", "UZB", "KAZ"} <= codes
    _, out = cli("search", "water sharing", "--db", db, "--json")
    hits = json.loads(out)
    assert hits and "water sharing" in hits[0]["text"]
    code, out = cli("events", "--db", db)
    assert code == 0 and "Events" in out


def test_members_as_of(tmp_path: Path, db: Path) -> None:
    _, out = cli("members", "SCO", "--as-of", "2024-08-01", "--db", db, "--json")
    members = {r["member"]: r for r in json.loads(out)}
    assert {"CHN", "RUS", "IND", "PAK", "IRN", "BLR"} <= set(members)
    assert members["BLR"]["status"] == "member"
    _, out = cli("members", "SCO", "--as-of", "2024-01-01", "--db", db, "--json")
    assert "BLR" not in {r["member"] for r in json.loads(out) if r["status"] == "member"}
    code, out = cli("members", "NOPE", "--db", db)
    assert code == 2 and "unknown organisation" in out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "graphml", "gexf", "polecat", "ftm"])
def test_export_formats(tmp_path: Path, db: Path, fmt: str) -> None:
    out_file = tmp_path / f"out.{fmt}"
    code, out = cli("export", "--db", db, "--format", fmt, "-o", str(out_file))
    assert code == 0, out
    data = out_file.read_bytes()
    if fmt == "jsonl":
        recs = [json.loads(line) for line in data.decode().splitlines()]
        kinds = {r["kind"] for r in recs}
        assert kinds >= {"event", "figure"}
        ev = next(r for r in recs if r["kind"] == "event")
        assert ev["doc"] in {"minsk", "tashkent"} and ev["sentence"] and ev["end_char"] > ev["start_char"]
    elif fmt == "csv":
        assert data.decode().splitlines()[0].startswith("kind,")
    elif fmt == "parquet":
        import pandas as pd

        assert len(pd.read_parquet(out_file)) > 0
    elif fmt in ("graphml", "gexf"):
        assert f"<{fmt}".encode() in data and b"<edge" in data
    elif fmt == "polecat":
        events = [json.loads(line) for line in data.decode().splitlines()]
        assert events and all(e["Event Type"] and e["cameo"] for e in events)
    else:
        entities = [json.loads(line) for line in data.decode().splitlines()]
        assert {"Event", "Document", "PublicBody", "Mention"} <= {e["schema"] for e in entities}


def test_unreadable_files_are_named_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 8)
    db = str(tmp_path / "s.duckdb")
    code, out = cli("ingest", str(corpus), "--db", db)
    assert code == 0
    assert "empty.txt: empty file" in out and "junk.txt: binary content" in out
    _, stats = cli("stats", "--db", db, "--json")
    assert json.loads(stats)["errors"] == 2 and json.loads(stats)["documents"] == 2


def test_exit_code_is_nonzero_only_when_nothing_could_be_ingested(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    code, out = cli("ingest", str(bad), "--db", str(tmp_path / "s.duckdb"), "-q")
    assert code == 1 and "empty.txt" in out


def test_queries_on_a_missing_store_say_so(tmp_path: Path) -> None:
    code, out = cli("stats", "--db", str(tmp_path / "nothing.duckdb"))
    assert code == 2 and "no such store" in out


def run_split(*args: str | Path) -> tuple[int, str, str]:
    """Exit code, standard output and standard error apart."""
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_export_and_graph_never_write_onto_the_store(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = db.read_bytes()
    monkeypatch.chdir(tmp_path / "corpus")
    for args in (
        ["export", "--db", str(db), "-o", "../s.duckdb"],
        ["export", "--db", "../s.duckdb", "--format", "parquet", "-o", str(db), "--force"],
        ["graph", "--db", str(db), "--format", "graphml", "-o", "./../s.duckdb", "--force"],
    ):
        code, _, err = run_split(*args)
        assert code == 2 and err.startswith("error: refusing to write onto the store"), (args, err)
        assert len(err.strip().splitlines()) == 1
    assert db.read_bytes() == before
    existing = tmp_path / "out.jsonl"
    existing.write_text("keep me", encoding="utf-8")
    for cmd in (["export"], ["graph", "--format", "gexf"]):
        code, _, err = run_split(*cmd, "--db", str(db), "-o", str(existing))
        assert code == 2 and "exists; use --force" in err
        assert existing.read_text(encoding="utf-8") == "keep me"
    code, _, err = run_split("export", "--db", str(db), "-o", str(existing), "--force")
    assert code == 0 and existing.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["members", "SCO", "--as-of", "2024-02-30"], "2024-02-30"),
        (["members", "SCO", "--as-of", "2024-13"], "2024-13"),
        (["events", "--from", "2024-13"], "2024-13"),
        (["events", "--to", "2023-02-29"], "2023-02-29"),
        (["graph", "--from", "2024-04-31"], "2024-04-31"),
        (["events", "--actor", "RUS", "--actor", "QQQ"], "QQQ"),
        (["events", "--type", "PARTY"], "PARTY"),
        (["events", "--status", "maybe"], "maybe"),
        (["events", "--location", "ZZZ"], "ZZZ"),
        (["stance", "--actor", "QQQ"], "QQQ"),
        (["graph", "--actor", "QQQ"], "QQQ"),
        (["events", "--source", "The Daily Nowhere"], "The Daily Nowhere"),
        (["events", "--from", "2025", "--to", "2024-12-31"], "2025"),
        (["events", "--from", "2024-06-02", "--to", "2024-06-01"], "2024-06-02"),
        (["graph", "--from", "2025-03", "--to", "2025-02"], "2025-03"),
        (["figures", "--metric", "tarde"], "tarde"),
        (["figures", "--actor", "QQQ"], "QQQ"),
        (["figures", "--period", "2024-13"], "2024-13"),
        (["figures", "--from", "2025", "--to", "2024"], "2025"),
        (["figures", "--period", "2024", "--from", "2023"], "--period"),
    ],
)
def test_impossible_dates_and_unknown_codes_exit_2_with_one_line(
    ingested: Path, args: list[str], named: str
) -> None:
    code, out, err = run_split(*args, "--db", ingested)
    assert code == 2, (out, err)
    assert err.startswith("error: ") and named in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err


def test_cut_listings_say_so_on_stderr(tmp_path: Path, db: Path) -> None:
    code, out, _ = run_split("events", "--db", db, "--json", "--all")
    total = len(json.loads(out))
    assert code == 0 and total >= 2
    code, out, err = run_split("events", "--db", db, "--json", "--limit", "1")
    assert code == 0 and len(json.loads(out)) == 1
    assert f"showing 1 of {total} events; use --limit N or --all" in err
    code, out, err = run_split("events", "--db", db, "--json", "--limit", str(total))
    assert len(json.loads(out)) == total and err == ""
    code, out, err = run_split("search", "Uzbekistan", "--db", db, "--json", "--limit", "1")
    assert code == 0 and len(json.loads(out)) == 1
    assert "showing 1 of 2 sentences; use --limit N or --all" in err
    _, out, _ = run_split("search", "Uzbekistan", "--db", db, "--json", "--all")
    assert len(json.loads(out)) == 2


# DuckDB's file: three 4 KiB headers, then blocks of 256 KiB, each starting
# with its checksum.
FIRST_BLOCK, BLOCK = 3 * 4096, 256 * 1024


def damage(db: Path, offset: int) -> None:
    with db.open("r+b") as f:
        f.seek(offset)
        f.write(b"\xff" * 64)


def test_a_damaged_store_is_called_damaged_not_busy(tmp_path: Path, db: Path) -> None:
    """A checksum error names the damage and the way to rebuild, whether it
    is found on opening the store or by a query later (#14: "block" holds
    "lock", and the damage was reported as another process writing)."""
    good = db
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(good.read_bytes())
    damage(bad, FIRST_BLOCK + 100)  # the catalog's block: read on opening
    for args in (["stats"], ["events"], ["export"]):
        code, out, err = run_split(*args, "--db", str(bad))
        assert code == 2, (args, out, err)
        assert err.startswith(f"error: {bad} is damaged (checksum error")
        assert len(err.strip().splitlines()) == 1
        assert "delete the file and ingest the documents again" in err and "another process" not in err
    # Damage in a block only a query reads: the same line, never a traceback.
    found = 0
    for block in range(1, good.stat().st_size // BLOCK):
        bad.write_bytes(good.read_bytes())
        damage(bad, FIRST_BLOCK + block * BLOCK + 100)
        code, out, err = run_split("export", "--db", str(bad))
        assert code in (0, 2), (block, out[-500:], err[-500:])
        if code == 2:
            assert err.startswith(f"error: {bad} is damaged") and len(err.strip().splitlines()) == 1, err
            found += 1
    assert found, "no block of the store is read by an export"


def test_a_source_in_other_case_is_refused_with_the_names_it_may_mean(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "manifest.csv").write_text(
        "path,publisher\nminsk.txt,Minsk Herald\ntashkent.txt,Steppe Wire\n", encoding="utf-8"
    )
    db = str(tmp_path / "s.duckdb")
    cli("ingest", str(corpus), "--manifest", str(corpus / "manifest.csv"), "--db", db, "-q")
    code, out, _ = run_split("events", "--db", db, "--json", "--source", "Minsk Herald")
    assert code == 0 and json.loads(out)
    code, _, err = run_split("events", "--db", db, "--json", "--source", "minsk herald")
    assert code == 2 and "unknown source 'minsk herald'" in err and "did you mean 'Minsk Herald'" in err
    code, out, _ = run_split("events", "--db", db, "--json", "--source", "tashkent")  # a document's name
    assert code == 0 and json.loads(out)


def read_only_folder(tmp_path: Path) -> Path:
    """A folder no file can be written in: mode 555, or for root (whom
    modes do not stop) /sys, where even root may not create files."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except OSError:
        return folder
    (folder / "probe").unlink()
    return Path("/sys")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "graphml", "gexf", "polecat", "ftm"])
def test_exports_to_unwritable_places_end_with_one_line(tmp_path: Path, db: Path, fmt: str) -> None:
    places = [tmp_path / "missing" / "out", read_only_folder(tmp_path) / "out", Path("/dev/full")]
    for out in places:
        code, stdout, err = run_split("export", "--db", db, "--format", fmt, "-o", str(out), "--force")
        assert code in (1, 2), (out, stdout, err)
        assert err.startswith(f"error: cannot write {out}: ") and len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in stdout + err
    # No partial file left behind.
    assert not (tmp_path / "missing").exists() and not list((tmp_path / "read-only").iterdir())


def test_graph_output_to_unwritable_places_and_standard_output_to_a_full_disk(
    tmp_path: Path, db: Path
) -> None:
    import subprocess
    import sys

    for out in [tmp_path / "missing" / "g.gexf", read_only_folder(tmp_path) / "g.gexf", Path("/dev/full")]:
        code, _, err = run_split("graph", "--db", db, "--format", "gexf", "-o", str(out), "--force")
        assert code in (1, 2) and err.startswith(f"error: cannot write {out}: "), err
        assert len(err.strip().splitlines()) == 1
    command = [sys.executable, "-m", "diplograph.cli.main"]
    for args in (["export"], ["events", "--json"], ["graph", "--format", "graphml"]):
        with open("/dev/full", "w") as full:
            run = subprocess.run([*command, *args, "--db", db], stdout=full, stderr=subprocess.PIPE)
        err = run.stderr.decode()
        assert run.returncode == 1, (args, err)
        assert err.startswith("error: cannot write") and len(err.strip().splitlines()) == 1, err


def test_graph_output_format_follows_the_file_name_or_is_asked_for(tmp_path: Path, db: Path) -> None:
    before = db.read_bytes()
    code, _, err = run_split("graph", "--db", str(db), "-o", str(db))
    assert code == 2 and "cannot tell the graph format" in err and "--format" in err
    assert db.read_bytes() == before
    for suffix, root in ((".graphml", "<graphml"), (".GEXF", "<gexf")):
        out = tmp_path / f"g{suffix}"
        code, _, err = run_split("graph", "--db", str(db), "-o", str(out))
        assert code == 0, err
        assert root in out.read_text(encoding="utf-8")


def test_eval_without_the_shared_sets_is_one_line(tmp_path: Path) -> None:
    """#14: `make eval` without ../shared printed a stray "error: 2" (the
    exit itself, caught as a RuntimeError and reported)."""
    code, out, err = run_split("eval", "--shared", str(tmp_path))
    assert code == 2 and out == ""
    assert err == f"error: no evaluation sets under {tmp_path}/eval; pass GOLD and --corpus\n"
