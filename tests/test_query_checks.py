"""The Python API refuses query arguments that cannot be right, with an
error naming the value, and answers a legal multi-value filter with one
query; on the sample corpus's store."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import diplograph
from diplograph.api.query.client import Diplograph
from diplograph.api.query.validate import MAX_VALUES, InvalidQuery


@pytest.fixture(scope="module")
def g(sample_store: Path) -> Iterator[Diplograph]:
    with diplograph.open(sample_store) as graph:
        yield graph


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda g: g.members("SCO", "2024-02-30"), "2024-02-30"),
        (lambda g: g.members("SCO", "2024-13"), "2024-13"),
        (lambda g: g.merged_events(date_from="2023-02-29"), "2023-02-29"),
        (lambda g: g.events(date_to="2024-00"), "2024-00"),
        (lambda g: g.graph(date_from="2024-04-31"), "2024-04-31"),
        (lambda g: g.merged_events(actors=["RUS", "QQQ"]), "QQQ"),
        (lambda g: g.merged_events(type="PARTY"), "PARTY"),
        (lambda g: g.merged_events(status="maybe"), "maybe"),
        (lambda g: g.merged_events(location="ZZZ"), "ZZZ"),
        (lambda g: g.stance("QQQ"), "QQQ"),
        (lambda g: g.graph(actor="QQQ"), "QQQ"),
        (lambda g: g.actor_timeline("QQQ"), "QQQ"),
    ],
)
def test_bad_arguments_raise_invalid_query_naming_the_value(g: Diplograph, call, named: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidQuery, match=named):
        call(g)
    assert issubclass(InvalidQuery, ValueError)


def test_an_actor_known_only_to_the_store_is_known(sample_store: Path, tmp_path: Path) -> None:
    """A code the knowledge base has since dropped still names the events
    the store holds for it."""
    import duckdb

    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_store, db)
    with duckdb.connect(str(db)) as con:
        con.execute("INSERT INTO event_actors VALUES ('m-old', 'ZZX', '2020', 'CONSULT')")
    with diplograph.open(db) as g:
        assert g.kb.actor("ZZX") is None
        assert len(g.merged_events(actors=["zzx"])) == 0
        with pytest.raises(InvalidQuery, match="ZZY"):
            g.merged_events(actors=["ZZY"])


def test_repeated_values_are_capped_and_one_in_list_answers(g: Diplograph) -> None:
    with pytest.raises(InvalidQuery, match=f"at most {MAX_VALUES}"):
        g.merged_events(actors=["RUS"] * 240)
    rus = set(g.merged_events(actors=["RUS"])["merged_id"])
    chn = set(g.merged_events(actors=["chn"])["merged_id"])
    both = set(g.merged_events(actors=["RUS", "CHN", "RUS"])["merged_id"])
    assert both and both == rus & chn
    mentions = g.events(actors=["RUS", "CHN"]).to_dict("records")
    assert mentions
    assert all({"RUS", "CHN"} <= {*r["source"], *r["target"], *r["participants"]} for r in mentions)
    assert g.count_merged_events(actors=["RUS"]) == len(rus)
    # Twenty codes cost one pass over event_actors, not twenty subqueries.
    codes = [c for (c,) in g.store.con.execute("SELECT DISTINCT actor FROM event_actors LIMIT 20").fetchall()]
    start = time.perf_counter()
    g.merged_events(actors=codes)
    assert time.perf_counter() - start < 2.0
