"""The knowledge base: the packaged files load and lint clean; a broken copy
is refused with the file and the fault named; names, people by date and
places resolve to the codes analysts expect."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from diplograph.kb import loader
from diplograph.kb.loader import KnowledgeBase, KnowledgeBaseError

from .conftest import Extract, events_of


def test_packaged_knowledge_base_is_complete(kb: KnowledgeBase) -> None:
    assert len(kb.states) >= 193 and {"RUS", "CHN", "PSE", "VAT"} <= set(kb.states)
    assert {"BRICS", "SCO", "CSTO", "EAEU", "CIS", "NATO", "EU", "UN"} <= set(kb.organisations)
    assert all(s.qid.startswith("Q") for s in kb.states.values())
    # An organisation's QID is a Q-number, or null where it could not be checked offline.
    assert all(o.qid is None or o.qid.startswith("Q") for o in kb.organisations.values())
    # (AMISOM, added in #16, is the third; the Permanent Court of Arbitration the fourth;
    # the UN agencies, the IOM, the EAC and IGAD, added in #16 for the blind actor
    # phrases, the other eight.)
    assert sum(o.qid is None for o in kb.organisations.values()) <= 12
    # Every file says where its facts come from.
    assert all(kb.sources[name] for name in ("states.yaml", "organisations.yaml", "people.yaml"))


# The files every other one refers to: a copy of these and of the file a
# test breaks loads in a tenth of the time of the whole knowledge base, and a
# fault made in it is found as in the whole.
CORE = ("states.yaml", "organisations.yaml", "regions.yaml", "ignore.yaml")


def _copy(tmp_path: Path, *names: str) -> Path:
    d = tmp_path / "kb"
    d.mkdir()
    for name in {*CORE, *names}:
        shutil.copy(loader.data_dir() / name, d / name)
    return d


def _broken_copy(tmp_path: Path, filename: str, old: str, new: str) -> Path:
    d = _copy(tmp_path, "people.yaml", filename)  # people.yaml: the person entered twice below
    text = (d / filename).read_text(encoding="utf-8")
    assert old in text
    (d / filename).write_text(text.replace(old, new, 1), encoding="utf-8")
    return d


@pytest.mark.parametrize(
    ("filename", "old", "new", "message"),
    [
        ("people.yaml", "{state: BLR,", "{state: XXB,", "unknown state XXB"),
        (
            "people.yaml",
            "start: 2008-04-09, end: 2014-04-13",
            "start: 2014-04-13, end: 2008-04-09",
            "ends before",
        ),
        (
            "people-europe.yaml",
            "- id: ",
            "- id: tigran-sargsyan\n    name: Tigran Sargsyan\n    roles: []\n  - id: ",
            "listed twice",
        ),
        ("states.yaml", "qid: Q159\n", "qid: 159\n", "states.yaml"),
        ("organisations.yaml", "organisations:", "organisations: [", "not valid YAML"),
        ("groups.yaml", "home: PSE\n    sector: REB", "home: XXP\n    sector: REB", "unknown home state XXP"),
        ("groups.yaml", "sector: PRM", "sector: MERC", "PLOVER's sector codes"),
        ("groups.yaml", 'code: "GRP:HAMAS"', 'code: "GRP:BALTIC"', "more than one file"),
    ],
)
def test_broken_knowledge_base_is_refused_naming_the_fault(
    tmp_path: Path, filename: str, old: str, new: str, message: str
) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        loader.load(_broken_copy(tmp_path, filename, old, new))


def test_named_groups_have_a_home_state_and_a_plover_sector(kb: KnowledgeBase) -> None:
    hamas = kb.groups["GRP:HAMAS"]
    assert (hamas.home, hamas.sector) == ("PSE", "REB")
    assert kb.groups["GRP:ISIS"].home is None  # transnational: no home state
    assert kb.actor("GRP:HOUTHIS") is not None and kb.actor("GRP:HOUTHIS").kind == "group"  # type: ignore[union-attr]
    assert kb.sources["groups.yaml"]


def test_person_resolves_to_the_state_served_on_the_date(kb: KnowledgeBase) -> None:
    # Tigran Sargsyan: Armenian prime minister, later head of the Eurasian
    # Economic Commission.
    assert kb.state_of_person("tigran-sargsyan", "2012-05-01") == "ARM"
    assert kb.state_of_person("tigran-sargsyan", "2018-03") == "EAEU"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("President Lukashenka met Kazakh President Toqaev in Minsk on 5 May 2024.", ("BLR", "KAZ")),
        ("Zhaparov held talks with Mirziyoev in Tashkent on 5 May 2024.", ("KGZ", "UZB")),
    ],
)
def test_name_variants_resolve(extract: Extract, sentence: str, expected: tuple[str, str]) -> None:
    r = extract(sentence)
    codes = {c for e in r.events for c in (*e.source, *e.target)}
    assert set(expected) <= codes


def test_city_that_is_not_a_capital_gives_the_location(extract: Extract) -> None:
    r = extract("The leaders of Brazil and India met in Kazan on 23 October 2024.")
    assert [e.location for e in r.events if e.type == "CONSULT"] == ["RUS"]
    assert events_of(r, "CONSULT")[0][3] == "2024-10-23"


def test_same_person_under_two_ids_is_refused(tmp_path: Path) -> None:
    copy = (
        "- id: tigran-sargsyan-again\n    name: Tigran Sargsyan\n    roles:\n"
        "      - {state: ARM, role: head_of_government, start: 2008-04-09, end: 2014-04-13}\n  - id: "
    )
    with pytest.raises(KnowledgeBaseError, match="repeats tigran-sargsyan"):
        loader.load(_broken_copy(tmp_path, "people-europe.yaml", "- id: ", copy))


def test_the_loaded_knowledge_base_is_kept_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    store = tmp_path / "cache"
    monkeypatch.setenv("DIPLOGRAPH_KB_CACHE", str(store))
    d = _copy(tmp_path)
    first = loader.load(d)
    (kept,) = store.glob("kb-*.pickle")
    # A second process reads the kept copy: mark it to see that it does.
    first.sources["marker"] = ["kept"]
    kept.write_bytes(pickle.dumps(first))
    assert loader.load(d).sources.get("marker") == ["kept"]
    # Any change to a file builds it afresh.
    text = (d / "ignore.yaml").read_text(encoding="utf-8")
    text = text.replace('"Indian Ocean",', '"Indian Ocean", "Sea of Marmara",')
    (d / "ignore.yaml").write_text(text, encoding="utf-8")
    fresh = loader.load(d)
    assert "marker" not in fresh.sources and "Sea of Marmara" in fresh.ignore
    # A damaged copy is rebuilt, not trusted.
    for path in store.glob("kb-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert "Sea of Marmara" in loader.load(d).ignore
    monkeypatch.setenv("DIPLOGRAPH_KB_CACHE", "off")
    shutil.rmtree(store)
    loader.load(d)
    assert not store.exists()
