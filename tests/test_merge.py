"""Grouping mentions into one real-world event never crosses event types."""

from __future__ import annotations

from diplograph.knowledge.merge import Mention, group


def m(event_id: str, type: str, actors: set[str], date: str, location: str | None, doc: str) -> Mention:
    return Mention(event_id, type, frozenset(actors), date, location, "occurred", doc)


def test_mentions_of_different_types_never_merge() -> None:
    # A deployment in Belarus and an assault on Ukraine on the same day
    # share Russia; they are two events, and neither takes the other's place.
    ms = [
        m("a", "ASSAULT", {"RUS", "UKR"}, "2022-02-24", None, "d1"),
        m("b", "MOBILIZE", {"RUS", "UKR"}, "2022-02-24", "BLR", "d2"),
    ]
    out = group(ms)
    assert out["a"] != out["b"]


def test_same_type_reports_of_one_day_merge() -> None:
    ms = [
        m("a", "CONSULT", {"RUS", "CHN"}, "2024-05-16", "CHN", "d1"),
        m("b", "CONSULT", {"RUS", "CHN"}, "2024-05", None, "d2"),
    ]
    out = group(ms)
    assert out["a"] == out["b"]
