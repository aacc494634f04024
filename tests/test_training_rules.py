"""Rules of English and of diplomatic reporting that the labelled training
news taught (issue #16: "ship the rules that the training set taught"). The
sentences are our own; each test is one general rule."""

from __future__ import annotations

from .conftest import Extract, events_of


def test_concern_voiced_over_a_states_act_is_disapproval_of_that_state(extract: Extract) -> None:
    r = extract("Kenya expressed deep concern over Somalia's decision on Tuesday.", published="2024-06-14")
    assert events_of(r) == [("ACCUSE", ("KEN",), ("SOM",), "2024-06-11", "occurred")]
    # regret for one's own acts is no charge against anyone
    assert events_of(extract("Japan expressed regret for its wartime actions.")) == []
