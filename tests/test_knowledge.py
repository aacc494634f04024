"""The knowledge layer on small corpora written for these tests: merged
events, membership over time, contradictions, relations and stance."""

from __future__ import annotations

from pathlib import Path

import pytest

import diplograph
from diplograph.api import ingest
from diplograph.knowledge import timeline
from diplograph.knowledge.merge import Mention, group
from diplograph.knowledge.stance import phrases_in


def build(tmp_path: Path, docs: dict[str, tuple[str, str, str]]) -> diplograph.Diplograph:
    """docs: name -> (publisher, published, text)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = ["path,publisher,published"]
    for name, (publisher, published, text) in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{name}.txt,{publisher},{published}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "k.duckdb"
    ingest([folder], db, folder / "manifest.csv")
    return diplograph.open(db)


def test_reports_of_one_visit_merge(tmp_path: Path) -> None:
    g = build(
        tmp_path,
        {
            "wire": (
                "Example Wire",
                "2024-05-16",
                "Chinese President Xi Jinping held talks with Russian "
                "President Vladimir Putin in Beijing on Thursday.",
            ),
            "daily": (
                "Example Daily",
                "2024-05-17",
                "Putin and Xi met in Beijing on 16 May and discussed trade.",
            ),
            "review": (
                "Example Review",
                "2024-12-28",
                "Vladimir Putin's state visit to China in May was the highlight of the year.",
            ),
            "other": ("Example Wire", "2024-07-04", "Vladimir Putin met Xi Jinping in Astana on 3 July."),
        },
    )
    events = g.merged_events(actors=["RUS", "CHN"], type="CONSULT")
    may = events[events["date"].str.startswith("2024-05")]
    assert len(may) == 1
    row = may.iloc[0]
    assert row["date"] == "2024-05-16"
    assert list(row["docs"]) == ["daily", "review", "wire"]
    assert row["n_publishers"] == 3 and row["n_mentions"] == 3
    july = events[events["date"].str.startswith("2024-07")]
    assert list(july.iloc[0]["docs"]) == ["other"]  # another meeting, not merged


def test_grouping_is_deterministic_and_order_free() -> None:
    ms = [
        Mention("a", "CONSULT", frozenset({"RUS", "CHN"}), "2024-05-16", "CHN", "occurred", "d1"),
        Mention("b", "CONSULT", frozenset({"RUS", "CHN"}), "2024-05", None, "occurred", "d2"),
        Mention("c", "CONSULT", frozenset({"RUS", "CHN"}), "2024-06", None, "occurred", "d3"),
        Mention("d", "AGREE", frozenset({"RUS", "CHN"}), "2024-05-16", None, "planned", "d1"),
    ]
    first = group(ms)
    assert group(list(reversed(ms))) == first
    assert first["a"] == first["b"] != first["c"]
    assert first["d"] != first["a"]


def test_membership_as_of_dates_with_an_invitation_never_taken_up() -> None:
    ev = [
        timeline.Evidence("EGY", "XO", "invite", "2023-08-24", source="a"),
        timeline.Evidence("EGY", "XO", "join", "2024-01-01", source="b"),
        timeline.Evidence("ARG", "XO", "invite", "2023-08-24", source="a"),
        timeline.Evidence("ARG", "XO", "join", "2024-01-01", "planned", source="c"),
        timeline.Evidence("GBR", "XO", "join", "1973-01-01", source="kb"),
        timeline.Evidence("GBR", "XO", "leave", "2020-01-31", source="d"),
    ]
    lines = timeline.timelines(ev)
    assert timeline.status_on(lines[("EGY", "XO")], "2023-10-01").status == "invited"  # type: ignore[union-attr]
    assert timeline.status_on(lines[("EGY", "XO")], "2024-06-01").status == "member"  # type: ignore[union-attr]
    arg = timeline.status_on(lines[("ARG", "XO")], "2024-06-01")
    assert arg is not None and arg.status == "invited"  # a planned accession is not membership
    assert timeline.status_on(lines[("GBR", "XO")], "2019-01-01").status == "member"  # type: ignore[union-attr]
    assert timeline.status_on(lines[("GBR", "XO")], "2021-01-01") is None


def test_members_as_of_from_documents(tmp_path: Path) -> None:
    g = build(
        tmp_path,
        {
            "a": (
                "Example Wire",
                "2023-08-25",
                "Argentina and Egypt were invited to join BRICS on Thursday.",
            ),
            "b": ("Example Wire", "2024-01-02", "Egypt joined BRICS on 1 January 2024."),
        },
    )
    before = g.members("BRICS", as_of="2023-10-01").set_index("member")
    after = g.members("BRICS", as_of="2024-06-01").set_index("member")
    assert before.loc["EGY", "status"] == "invited" and "a" in before.loc["EGY", "evidence"]
    assert after.loc["EGY", "status"] == "member" and "b" in after.loc["EGY", "evidence"]
    assert after.loc["ARG", "status"] == "invited"
    assert "BRA" in set(after[after["status"] == "member"].index)  # from the knowledge base


def test_figure_contradiction(tmp_path: Path) -> None:
    g = build(
        tmp_path,
        {
            "one": ("Example Wire", "2020-01-10", "In 2019 Russia forgave Africa $20 billion in debt."),
            "two": (
                "Example Daily",
                "2020-02-10",
                "Russia cancelled $23 billion of debt owed by Africa in 2019.",
            ),
            "three": (
                "Example Daily",
                "2020-02-11",
                "Trade between Kenya and India reached $3 billion in 2019.",
            ),
        },
    )
    found = [c for c in g.conflicts() if c["kind"] == "figure"]
    assert len(found) == 1
    c = found[0]
    assert c["metric"] == "debt_cancelled" and set(c["actors"]) == {"RUS", "M49:002"}
    assert [(v["value"], v["docs"]) for v in c["values"]] == [(20e9, ["one"]), (23e9, ["two"])]
    assert all(isinstance(v["value"], float) for v in c["values"])


def test_event_reported_and_denied(tmp_path: Path) -> None:
    g = build(
        tmp_path,
        {
            "claim": (
                "Example Wire",
                "2024-03-02",
                "Armenia and Azerbaijan signed a border agreement on 1 March.",
            ),
            "denial": (
                "Example Daily",
                "2024-03-03",
                "Armenia and Azerbaijan did not sign a border agreement on 1 March, officials said.",
            ),
        },
    )
    found = [c for c in g.conflicts() if c["kind"] == "event"]
    assert len(found) == 1
    assert found[0]["values"] == [
        {"status": "occurred", "docs": ["claim"]},
        {"status": "negated", "docs": ["denial"]},
    ]


def test_stance_of_hostile_and_friendly_sources(tmp_path: Path) -> None:
    g = build(
        tmp_path,
        {
            "hostile": (
                "Example Critic",
                "2024-02-01",
                "The regime in Minsk committed an outrageous act of "
                "aggression against its neighbours. Belarus faces severe sanctions.",
            ),
            "friendly": (
                "Example Friend",
                "2024-02-01",
                "Belarus successfully strengthened its flagship "
                "partnership with Kazakhstan. Belarus signed a constructive agreement with Kazakhstan.",
            ),
        },
    )
    rows = {r["source"]: r for r in g.stance("BLR").to_dict("records")}
    assert rows["Example Critic"]["stance"] < -0.3
    assert rows["Example Friend"]["stance"] > 0.3
    assert "outrageous act" in [p["phrase"] for p in rows["Example Critic"]["phrases"]]


def test_stance_lexicon_reads_aggression_as_negative() -> None:
    assert [(p, w) for p, _, w in phrases_in("armed aggression")] == [("aggression", -0.9)]
    assert [p for p, _, _ in phrases_in("an outrageous act")] == ["outrageous act"]


def test_relations_graph_and_files(tmp_path: Path) -> None:
    g = build(
        tmp_path,
        {
            "a": (
                "Example Wire",
                "2024-03-02",
                "Armenia accused Azerbaijan of shelling. Armenia and Georgia "
                "signed a transit agreement on 1 March.",
            ),
        },
    )
    edges = g.graph(actor="ARM").set_index(["source", "target"])
    assert edges.loc[("ARM", "AZE"), "verbal_conflict"] == 1
    assert edges.loc[("ARM", "GEO"), "verbal_cooperation"] == 1
    assert edges.loc[("ARM", "GEO"), "mean_score"] > 0 > edges.loc[("ARM", "AZE"), "mean_score"]
    assert "<graphml" in g.graph_file("graphml") and "<gexf" in g.graph_file("gexf")
    with pytest.raises(ValueError):
        g.graph_file("dot")


def _figure(doc: str, value: float, period: str | None) -> dict[str, object]:
    return {
        "doc": doc,
        "metric": "trade",
        "actors": ["IRN", "TUR"],
        "unit": "USD",
        "value": value,
        "period": period,
    }


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("2023", "2023", True),
        ("2023-01/2023-11", "2023", False),  # January to November is not the year
        ("2023-11", "2023", False),  # nor is one month of it
        ("2023-01/2023-11", "2023-01/2023-11", True),
        (None, None, False),  # no stated period: no known period to clash in
        (None, "2023", False),
    ],
)
def test_only_figures_for_the_same_period_conflict(a: str | None, b: str | None, conflict: bool) -> None:
    from diplograph.knowledge.conflicts import figure_conflicts

    found = figure_conflicts([_figure("one", 6e9, a), _figure("two", 7e9, b)])
    assert bool(found) is conflict
    if conflict:
        assert found[0]["period"] == a and [v["docs"] for v in found[0]["values"]] == [["one"], ["two"]]


def test_a_part_of_the_year_does_not_contradict_the_year(tmp_path: Path) -> None:
    g = build(
        tmp_path,
        {
            "part": (
                "Example Wire",
                "2023-12-10",
                "From January to November 2023, trade between Turkey and Iran reached $6 billion.",
            ),
            "year": (
                "Example Daily",
                "2024-02-10",
                "Trade between Turkey and Iran reached $7 billion in 2023.",
            ),
        },
    )
    periods = sorted(g.figures()["period"])
    assert periods == ["2023", "2023-01/2023-11"]
    assert [c for c in g.conflicts() if c["kind"] == "figure"] == []


def test_a_target_is_stored_and_exported_as_planned_and_contradicts_no_level_reached(tmp_path: Path) -> None:
    import io
    import json

    from diplograph.api.export import export

    g = build(
        tmp_path,
        {
            "goal": (
                "Example Wire",
                "2022-06-10",
                "Turkey and Iran aim to raise their trade to $30 billion in 2023.",
            ),
            "level": (
                "Example Daily",
                "2024-02-10",
                "Trade between Turkey and Iran reached $7 billion in 2023.",
            ),
        },
    )
    assert sorted(zip(g.figures()["value"], g.figures()["status"], strict=True)) == [
        (7e9, "occurred"),
        (30e9, "planned"),
    ]
    assert [c for c in g.conflicts() if c["kind"] == "figure"] == []
    out = io.StringIO()
    export(g, "jsonl", None, out)
    exported = [json.loads(line) for line in out.getvalue().splitlines()]
    assert sorted((r["value"], r["status"]) for r in exported if r["kind"] == "figure") == [
        (7e9, "occurred"),
        (30e9, "planned"),
    ]
