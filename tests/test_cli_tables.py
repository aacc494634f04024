"""#17 on the command line: `figures`, `events` at 80 columns, names beside
codes in tables and graph files."""

from __future__ import annotations

import json
from pathlib import Path

from diplograph.cli.main import app

from .test_cli import cli, runner, write_corpus

REGIONS = {
    "astana.txt": "Astana, 12 April 2024\n\nThe European Union pledged humanitarian aid to Africa. "
    "Russia and the United Arab Emirates signed an agreement on investment cooperation.",
}


def wide_terminal(columns: int, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": str(columns)})
    return result.exit_code, result.stdout


def test_figures_filter_by_actor_metric_and_period(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    db = str(tmp_path / "s.duckdb")
    cli("ingest", str(corpus), "--db", db, "-q")
    code, out = cli("figures", "--db", db, "--json")
    (trade,) = json.loads(out)
    assert code == 0 and trade["metric"] == "trade" and trade["value"] == 4e9 and trade["unit"] == "USD"
    assert set(trade["actors"]) == {"UZB", "KAZ"} and trade["period"] == "2023"
    assert dict(zip(trade["actors"], trade["actor_names"], strict=True)) == {
        "UZB": "Uzbekistan",
        "KAZ": "Kazakhstan",
    }
    for args, found in [
        (["--actor", "UZB"], 1),
        (["--actor", "UZB", "--actor", "BLR"], 0),
        (["--metric", "trade"], 1),
        (["--metric", "aid"], 0),
        (["--period", "2023"], 1),
        (["--period", "2023-06"], 1),  # a year's figure overlaps its months
        (["--period", "2024"], 0),
        (["--from", "2020", "--to", "2022"], 0),
        (["--from", "2022-12"], 1),
    ]:
        code, out = cli("figures", "--db", db, "--json", *args)
        assert code == 0 and len(json.loads(out)) == found, (args, out)
    code, out = wide_terminal(80, "figures", "--db", db)
    assert code == 0 and "Uzbekistan (UZB)" in out and "4 bn USD" in out


def test_events_fit_80_columns_with_names_and_whole_codes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    for name, text in REGIONS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    cli("ingest", str(corpus), "--db", db, "-q")
    _, out = cli("events", "--db", db, "--json")
    rows = json.loads(out)
    codes = {c for r in rows for c in r["source"] + r["target"]}
    assert "M49:002" in codes, codes  # a region's code, the kind a narrow column used to split
    code, table = wide_terminal(80, "events", "--db", db)
    assert code == 0
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= 80, table
    for r in rows:
        for c, n in zip(r["source"] + r["target"], r["source_names"] + r["target_names"], strict=True):
            assert f"({c})" in table or (n == c and c in table), (c, table)
        assert r["type"] in table and r["date"] in table
    assert "Africa (M49:002)" in table.replace("\n", " ") or "(M49:002)" in table
    heads = lines[1:4]
    assert not any("sentence" in h or "mode" in h for h in heads), table
    assert "humanitarian" not in table

    # --wide adds the mode, the place, the documents and the sentence.
    code, wide = wide_terminal(200, "events", "--db", db, "--wide")
    assert code == 0 and "sentence" in wide and "humanitarian aid to Africa" in wide
    _, out = cli("events", "--db", db, "--json", "--wide")
    assert all(r["sentence"] for r in json.loads(out))


def test_graph_files_label_each_node_with_its_name(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    db = str(tmp_path / "s.duckdb")
    cli("ingest", str(corpus), "--db", db, "-q")
    _, graphml = cli("graph", "--db", db, "--format", "graphml")
    assert '<node id="BLR"><data key="label">Belarus</data></node>' in graphml
    _, gexf = cli("graph", "--db", db, "--format", "gexf")
    assert '<node id="BLR" label="Belarus"/>' in gexf
    _, table = wide_terminal(120, "graph", "--db", db)
    assert "Belarus (BLR)" in table and "Russia (RUS)" in table
