"""PLOVER's vocabulary is named once (diplograph/vocabulary.py); every other
place derives from it or is checked against it here, so a type, mode or
status added in one place only fails a test."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args, get_type_hints

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

import diplograph
from diplograph import records, vocabulary
from diplograph.api.query import validate
from diplograph.api.query.validate import InvalidQuery
from diplograph.cli.main import app
from diplograph.extract import lexicon
from diplograph.extract.events.figures import SPECIFIC_FIRST
from diplograph.kb import models as kb_models
from diplograph.knowledge import merge, relations, timeline
from diplograph.vocabulary import EVENT_TYPES, MEMBERSHIP_MODES, METRICS, MODES, QUAD_OF, QUADS, STATUSES
from diplograph.web import api as web_api

WEB = Path(diplograph.__file__).parent / "web"


def test_the_vocabulary_is_whole() -> None:
    assert len(EVENT_TYPES) == 16 == len(set(EVENT_TYPES))
    assert set(QUAD_OF) == set(EVENT_TYPES) and set(QUAD_OF.values()) == set(QUADS)
    assert set(MODES) < set(EVENT_TYPES)
    assert all(len(set(modes)) == len(modes) for modes in MODES.values())


def test_records_use_the_vocabulary_literals() -> None:
    hints = {cls: get_type_hints(cls) for cls in (records.Event, records.Membership, records.Figure)}
    assert get_args(hints[records.Event]["status"]) == STATUSES
    assert get_args(hints[records.Membership]["status"]) == STATUSES
    assert get_args(hints[records.Membership]["mode"]) == MEMBERSHIP_MODES
    assert get_args(hints[records.Figure]["metric"]) == METRICS
    assert get_args(get_type_hints(kb_models.Membership)["mode"]) == MEMBERSHIP_MODES
    assert get_args(get_type_hints(lexicon.MembershipTrigger)["mode"]) == MEMBERSHIP_MODES


def test_the_lexicon_types_are_plover_s_with_its_modes_and_quads() -> None:
    types = lexicon.events().types
    assert set(types) == set(EVENT_TYPES)
    assert {t: set(info.modes) for t, info in types.items()} == {
        t: set(MODES.get(t, ())) for t in EVENT_TYPES
    }
    assert {t: info.quad for t, info in types.items()} == QUAD_OF


def _events_with(**changes: Any) -> dict[str, Any]:
    data = lexicon.events().model_dump()
    return {**data, **changes}


def test_a_mode_or_quad_in_the_lexicon_only_fails_to_load() -> None:
    data = lexicon.events().model_dump()
    consult = data["types"]["CONSULT"]
    with pytest.raises(ValidationError, match="CONSULT: modes"):
        lexicon.EventLexicon.model_validate(
            _events_with(
                types={**data["types"], "CONSULT": {**consult, "modes": {**consult["modes"], "email": 1}}}
            )
        )
    with pytest.raises(ValidationError, match="CONSULT: quad"):
        lexicon.EventLexicon.model_validate(
            _events_with(types={**data["types"], "CONSULT": {**consult, "quad": "verbal_conflict"}})
        )
    with pytest.raises(ValidationError, match="sixteen"):
        lexicon.EventLexicon.model_validate(_events_with(types={**data["types"], "MEET": consult}))


def test_a_trigger_mode_not_in_the_vocabulary_fails_to_load() -> None:
    data = lexicon.events().model_dump()
    first = next(t for t in data["triggers"] if t["type"] == "AGREE")
    # AGREE has no modes in PLOVER: any mode on it is a typo or an invention.
    with pytest.raises(ValidationError, match="not a PLOVER mode of AGREE"):
        lexicon.EventLexicon.model_validate(_events_with(triggers=[{**first, "mode": "visit"}]))


def test_a_vowed_type_not_in_plover_fails_to_load() -> None:
    # The vow rule's type lists are data: a misspelt type would silently
    # never match, so loading refuses it.
    with pytest.raises(ValidationError, match="vowed_harm_types: 'ATTACK'"):
        lexicon.EventLexicon.model_validate(_events_with(vowed_harm_types=["ASSAULT", "ATTACK"]))
    assert lexicon.events().vowed_harm_types <= lexicon.events().vowed_hostile_types


def test_a_figure_metric_missing_from_the_lexicon_fails_to_load() -> None:
    data = lexicon.figures().model_dump()
    metrics = {k: v for k, v in data["metrics"].items() if k != "investment"}
    with pytest.raises(ValidationError, match="investment"):
        lexicon.FigureLexicon.model_validate({**data, "metrics": metrics})
    with pytest.raises(ValidationError):
        lexicon.FigureLexicon.model_validate({**data, "metrics": {**data["metrics"], "loans": ["loan"]}})
    assert sorted(SPECIFIC_FIRST) == sorted(METRICS)


def test_query_checks_accept_exactly_the_vocabulary() -> None:
    assert [validate.event_type(t.lower()) for t in EVENT_TYPES] == list(EVENT_TYPES)
    assert [validate.status(s) for s in STATUSES] == list(STATUSES)
    with pytest.raises(InvalidQuery):
        validate.event_type("MEET")
    with pytest.raises(InvalidQuery):
        validate.status("rumoured")


def test_the_http_patterns_accept_exactly_the_vocabulary() -> None:
    assert all(re.fullmatch(web_api.TYPES, t) and re.fullmatch(web_api.TYPES, t.lower()) for t in EVENT_TYPES)
    assert all(re.fullmatch(web_api.STATUS, s) for s in STATUSES)
    assert not re.fullmatch(web_api.TYPES, "MEET") and not re.fullmatch(web_api.STATUS, "rumoured")


def test_the_cli_help_names_every_status() -> None:
    out = CliRunner().invoke(app, ["events", "--help"], terminal_width=200).output
    assert all(s in out for s in STATUSES), out


def test_the_knowledge_layer_maps_every_status_and_mode() -> None:
    assert set(merge.STATUS_GROUP) == set(STATUSES)
    assert set(timeline.STATUS_OF_MODE) == set(MEMBERSHIP_MODES)
    assert relations.Edge("A", "B").quads == dict.fromkeys(QUADS, 0)


def _js_object(name: str, source: str) -> str:
    found = re.search(rf"const {name} = (\[.*?\]|\{{.*?\}});", source, re.S)
    assert found, f"common.js has no {name}"
    return found.group(1)


def test_the_web_pages_list_the_vocabulary() -> None:
    # The browser code cannot import Python: its copies are checked here.
    js = (WEB / "static" / "js" / "common.js").read_text(encoding="utf-8")
    types = json.loads(_js_object("TYPES", js).replace(",\n  ]", "]"))
    assert types == list(EVENT_TYPES)
    quad_of = dict(re.findall(r"(\w+): \"(\w+)\"", _js_object("QUAD_OF", js)))
    assert quad_of == QUAD_OF
    page = (WEB / "templates" / "timeline.html").read_text(encoding="utf-8")
    status_select = page[page.index('id="f-status"') : page.index("</select>", page.index('id="f-status"'))]
    assert re.findall(r"<option>(\w+)</option>", status_select) == list(STATUSES)


def test_vocabulary_patterns() -> None:
    assert vocabulary.pattern(("a", "b")) == "^(a|b)$"
    assert re.fullmatch(vocabulary.pattern(("AB",), ignore_case=True), "ab")
