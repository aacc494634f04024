"""Office-holders' terms: no two people in one office at once, and every UN
member state has its heads (offices.yaml says how each state's offices are
filled); gaps are a report until coverage is made strict."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from diplograph.cli.main import app
from diplograph.kb import loader, offices
from diplograph.kb.__main__ import main as kb_main
from diplograph.kb.loader import KnowledgeBaseError
from diplograph.kb.models import OfficesFile, Person, State

TODAY = date(2024, 1, 1)


def _person(pid: str, *roles: dict[str, Any]) -> Person:
    return Person.model_validate({"id": pid, "name": pid, "roles": list(roles)})


def _role(start: str, end: str | None = None, **kw: Any) -> dict[str, Any]:
    return {"state": "AAA", "role": "head_of_state", "start": start, "end": end, **kw}


def _overlaps(*people: Person) -> list[str]:
    return offices.overlaps(offices.terms(people))


def test_a_handover_on_one_day_is_no_overlap() -> None:
    assert _overlaps(_person("a", _role("2010-01-01", "2015-05-01")), _person("b", _role("2015-05-01"))) == []


def test_overlapping_terms_in_one_office_are_found() -> None:
    found = _overlaps(_person("a", _role("2010-01-01", "2015-05-03")), _person("b", _role("2015-05-01")))
    assert len(found) == 1 and "b from 2015-05-01 overlaps a" in found[0]


def test_a_term_left_open_overlaps_its_successor() -> None:
    found = _overlaps(_person("a", _role("2010-01-01")), _person("b", _role("2015-05-01")))
    assert found and "still in office" in found[0]


def test_an_acting_holder_is_a_term_like_any_other() -> None:
    acting = _person("c", _role("2012-03-01", "2012-06-01", title="Acting President"))
    assert _overlaps(_person("a", _role("2010-01-01", "2015-01-01")), acting)


def test_seats_of_a_collegial_office_and_disputed_claimants_do_not_overlap() -> None:
    one = _person("a", _role("2010-01-01", seat="serb"))
    two = _person("b", _role("2010-01-01", seat="croat"))
    rival = _person("c", _role("2012-01-01", disputed=True))
    assert _overlaps(one, two, rival, _person("d", _role("2011-01-01"))) == []


def test_partial_dates_overlap_only_when_they_must() -> None:
    # "ended in 2015" and "began in March 2015" may well be a handover.
    assert _overlaps(_person("a", _role("2010", "2015")), _person("b", _role("2015-03"))) == []


def _state(code: str, status: str = "member") -> State:
    return State.model_validate(
        {
            "code": code,
            "qid": "Q1",
            "name": code,
            "official": code,
            "un_status": status,
            "m49": "1",
            "region": "M49:001",
        }
    )


def _gaps(rules: list[dict[str, Any]], *people: Person, strict: bool = False) -> list[str]:
    spec = OfficesFile.model_validate(
        {
            "sources": ["test"],
            "coverage": {
                "since": "2020-01-01",
                "max_gap_days": 90,
                "offices": ["head_of_state"],
                "strict": strict,
            },
            "rules": rules,
        }
    )
    states = {c: _state(c) for c in ("AAA", "BBB")} | {"OBS": _state("OBS", "observer")}
    return [str(g) for g in offices.gaps(spec, states, offices.terms(people), today=TODAY)]


def test_a_gap_longer_than_allowed_is_reported_and_a_short_one_is_not() -> None:
    a = _person("a", _role("2019-01-01", "2021-01-01"))
    b = _person("b", _role("2021-02-01", "2022-01-01"))  # 31 days after a: allowed
    c = _person("c", _role("2022-06-01"))  # 151 days after b: a gap
    bb = _person("bb", {"state": "BBB", "role": "head_of_state", "start": "2010-01-01"})
    assert _gaps([], a, b, c, bb) == ["AAA head_of_state: no holder from 2022-01-01 to 2022-06-01 (151 days)"]


def test_another_states_head_of_state_an_absent_office_and_a_vacancy_need_no_holder() -> None:
    bb = _person("bb", {"state": "BBB", "role": "head_of_state", "start": "2010-01-01", "end": "2022-01-01"})
    realm = [{"state": "AAA", "office": "head_of_state", "held_by": "BBB"}]
    # AAA's head of state is BBB's: BBB's own gap from 2022 shows for both.
    assert _gaps(realm, bb) == [
        "AAA head_of_state: no holder from 2022-01-01 to 2024-01-01 (730 days)",
        "BBB head_of_state: no holder from 2022-01-01 to 2024-01-01 (730 days)",
    ]
    vacancy = [{"state": "BBB", "office": "head_of_state", "vacant": True, "start": "2022-01-01"}]
    absent = [{"state": "AAA", "office": "head_of_state", "absent": True}]
    assert _gaps(vacancy + absent, bb) == []


def test_each_seat_of_a_collegial_office_must_be_filled() -> None:
    rule = [{"state": "AAA", "office": "head_of_state", "seats": ["x", "y"]}]
    bb = _person("bb", {"state": "BBB", "role": "head_of_state", "start": "2010-01-01"})
    x = _person("x", _role("2015-01-01", seat="x"))
    assert _gaps(rule, bb, x) == [
        "AAA head_of_state (y seat): no holder from 2020-01-01 to 2024-01-01 (1461 days)"
    ]


def test_disputed_claimants_do_not_fill_an_office() -> None:
    bb = _person("bb", {"state": "BBB", "role": "head_of_state", "start": "2010-01-01"})
    rival = _person("r", _role("2010-01-01", disputed=True))
    assert _gaps([], bb, rival) == ["AAA head_of_state: no holder from 2020-01-01 to 2024-01-01 (1461 days)"]


def test_a_rule_must_give_one_way_of_filling_the_office() -> None:
    with pytest.raises(ValueError, match="one of held_by, absent, vacant, seats"):
        _gaps([{"state": "AAA", "office": "head_of_state", "absent": True, "vacant": True}])


# The files every other one refers to (as in test_kb.py).
CORE = ("states.yaml", "organisations.yaml", "regions.yaml", "ignore.yaml")


def _copy(tmp_path: Path, filename: str, old: str, new: str, only: bool = False) -> Path:
    """A copy of the knowledge base with one fault made in `filename`; with
    `only`, of the core files and that one alone (a tenth of the load), for
    a fault that needs no other file to show, such as two terms overlapping."""
    d = tmp_path / "kb"
    if only:
        d.mkdir(parents=True)
        for name in {*CORE, filename}:
            shutil.copy(loader.data_dir() / name, d / name)
    else:
        shutil.copytree(loader.data_dir(), d)
    text = (d / filename).read_text(encoding="utf-8")
    assert old in text
    (d / filename).write_text(text.replace(old, new, 1), encoding="utf-8")
    return d


@pytest.mark.parametrize(
    ("filename", "old", "new", "message"),
    [
        # A member state with a gap fails the load (coverage is strict):
        # Putin's first presidency starting a year late leaves RUS headless.
        (
            "people.yaml",
            "title: President, start: 2000-05-07, end: 2008-05-07}",
            "title: President, start: 2001-05-07, end: 2008-05-07}",
            "coverage: RUS head_of_state: no holder from 2000-05-07",
        ),
        # With coverage not strict, only the states listed as covered are held to it.
        ("offices.yaml", "exempt: [SMR]", "exempt: []", "coverage: SMR head_of_state"),
        (
            "offices.yaml",
            "{state: AUS, office: head_of_state, held_by: GBR",
            "{state: AUS, office: head_of_state, held_by: XXB",
            "unknown state XXB",
        ),
        (
            "people.yaml",
            "seat: leader, start: 1994-07-08",
            "seat: chief, start: 1994-07-08",
            "seat 'chief' is not a seat",
        ),
    ],
)
def test_faults_in_terms_and_coverage_fail_the_load(
    tmp_path: Path, filename: str, old: str, new: str, message: str
) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        loader.load(_copy(tmp_path, filename, old, new))


def test_overlapping_terms_in_the_shipped_people_fail_the_load(tmp_path: Path) -> None:
    # Putin's first presidency left open: it overlaps Medvedev's. The core
    # files and people.yaml alone load cleanly without the fault.
    old = "title: President, start: 2000-05-07, end: 2008-05-07}"
    loader.load(_copy(tmp_path / "clean", "people.yaml", old, old, only=True))
    overlap = "RUS head_of_state: dmitry-medvedev from 2008-05-07 overlaps vladimir-putin"
    with pytest.raises(KnowledgeBaseError, match=overlap):
        loader.load(_copy(tmp_path, "people.yaml", old, "title: President, start: 2000-05-07}", only=True))


def test_the_shipped_kb_covers_every_member_state_but_the_exempt(capsys: pytest.CaptureFixture[str]) -> None:
    kb = loader.default()
    assert kb.offices is not None and kb.offices.coverage.strict
    exempt = set(kb.offices.coverage.exempt)
    gaps = loader.coverage_gaps(kb)
    # the exempt are still reported: only they have gaps
    assert gaps and {g.state for g in gaps} <= exempt
    # realms and Andorra take another state's head; presidential republics have no head of government
    assert not [g for g in gaps if (g.state, g.office) == ("USA", "head_of_government")]
    assert kb_main(["--coverage"]) == 0
    out = capsys.readouterr().out
    assert "no holder from" in out and "UN member states" in out and "knowledge base OK" in out
    result = CliRunner().invoke(app, ["kb", "--coverage"])
    assert result.exit_code == 0 and "gaps in" in result.output
