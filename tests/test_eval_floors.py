"""The floors CI holds extraction to on every evaluation set beside the
checkout (../shared/eval): each is the score measured when the floor was
last raised, minus 0.02. A set that is absent (a user's clone) is skipped."""

from __future__ import annotations

import pytest

from diplograph.api.evaluation.evaluate import available_sets, evaluate, side_by_side

from .conftest import SHARED

# set -> {score: floor}; measured 2026-11-29 (see CHANGELOG, issue #10).
FLOORS = {
    "seeds": {"strict": 0.831, "lenient": 0.893, "membership_strict": 0.889},  # 0.851 0.913 0.909
    "dev": {"strict": 0.718, "lenient": 0.774, "membership_strict": 0.951},  # 0.738 0.794 0.971
    "dev2": {"strict": 0.505, "lenient": 0.563, "membership_strict": 0.689},  # 0.525 0.583 0.709 (#16)
    "gsr": {"strict": 0.485, "lenient": 0.485},  # 0.505 0.505 (#16: 4,300 office-holders)
}
SETS = {name: (gold, corpus) for name, gold, corpus in available_sets(SHARED)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floor(name: str) -> None:
    if name not in SETS:
        pytest.skip(f"needs ../shared/eval ({name})")
    gold, corpus = SETS[name]
    result = evaluate(gold, corpus)
    table = side_by_side([(name, result)])
    for score, floor in FLOORS[name].items():
        assert result.report[score]["f1"] >= floor, f"{name} {score} below {floor}\n{table}"
