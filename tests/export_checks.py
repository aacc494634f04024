"""Checks of the POLECAT and FollowTheMoney exports against the definitions
they claim to follow: POLECAT's field names and PLOVER's codebook values,
and FtM's own schema checks (the followthemoney library, and its `ftm
validate` command). Used by tests/test_exports.py and by
scripts/check_exports.py, which runs them on exports of any store."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from diplograph.extract import lexicon

# The columns of POLECAT's public weekly files, in their order.
POLECAT = [
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Event Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
]
# What we add after them, in lower case so as never to pass for POLECAT's.
OURS = [
    *("story_id", "doc", "headline", "url", "sentence_number", "sentence", "start_char", "end_char"),
    *("date_end", "status", "cameo"),
]
# PLOVER manual: quad categories by number, sector codes, the country codes
# of international actors, and the auxiliary modes (context).
QUADS = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}
SECTORS = set(
    [
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
        "IMG",
    ]
)
CONTEXTS = {"future", "hypothetical", "negation"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QID = re.compile(r"^Q\d+$")
COUNTRY = re.compile(r"^[A-Z]{3}$")


def polecat_problems(lines: Iterable[str], events: int | None = None) -> list[str]:
    """What in a POLECAT export breaks POLECAT's fields or PLOVER's values;
    `events`: how many events the store holds."""
    problems: list[str] = []
    types = lexicon.events().types
    ids = set()
    n = 0
    for n, line in enumerate(lines, 1):
        r = json.loads(line)
        where = f"line {n} ({r.get('Event ID')})"

        def bad(what: str, where: str = where) -> None:
            problems.append(f"{where}: {what}")

        if list(r) != POLECAT + OURS:
            bad(f"fields {list(r)}")
            continue
        if r["Event ID"] in ids:
            bad("event id seen before")
        ids.add(r["Event ID"])
        info = types.get(r["Event Type"])
        if info is None:
            bad(f"Event Type {r['Event Type']!r}")
            continue
        if r["Event Mode"] is not None and r["Event Mode"] not in info.modes:
            bad(f"Event Mode {r['Event Mode']!r} of {r['Event Type']}")
        if r["Event Intensity"] != info.modes.get(r["Event Mode"] or "", info.score):
            bad(f"Event Intensity {r['Event Intensity']}")
        if r["Quad Code"] != QUADS[info.quad]:
            bad(f"Quad Code {r['Quad Code']}")
        if r["Contexts"] is not None and set(r["Contexts"].split("; ")) - CONTEXTS:
            bad(f"Contexts {r['Contexts']!r}")
        for field in ("Event Date", "Publication Date", "date_end"):
            if r[field] is not None and not DATE.match(r[field]):
                bad(f"{field} {r[field]!r}")
        for role in ("Actor", "Recipient"):
            names = _split(r[f"{role} Name"])
            countries = _split(r[f"{role} Country"])
            qids = _split(r[f"Wikipedia {role} ID"])
            if role == "Actor" and not names:
                bad("no actor")
            if (countries and len(countries) != len(names)) or (qids and len(qids) != len(names)):
                bad(f"{role}: names, countries and IDs do not line up")
            if any(c and not COUNTRY.match(c) for c in countries):
                bad(f"{role} Country {r[f'{role} Country']!r}")
            if any(q and not QID.match(q) for q in qids):
                bad(f"Wikipedia {role} ID {r[f'Wikipedia {role} ID']!r}")
            sectors = _split(r[f"{role} Sectors"])
            if set(sectors) - SECTORS or (sectors[:1] or [None])[0] != r[f"Primary {role} Sector"]:
                bad(f"{role} sectors {r[f'Primary {role} Sector']!r} / {r[f'{role} Sectors']!r}")
        if r["Country"] is not None and not COUNTRY.match(r["Country"]):
            bad(f"Country {r['Country']!r}")
        if not (isinstance(r["cameo"], str) and re.match(r"^(0[3-9]|1\d|20)$", r["cameo"])):
            bad(f"cameo {r['cameo']!r}")
        if not r["sentence"] or r["start_char"] is None or r["end_char"] <= r["start_char"]:
            bad("no sentence provenance")
    if events is not None and n != events:
        problems.append(f"{n} events exported, the store has {events}")
    return problems


def _split(value: str | None) -> list[str]:
    return value.split("; ") if value else []


def ftm_problems(path: Path) -> list[str]:
    """What in an FtM export the followthemoney library finds wrong: an
    entity its schema check refuses, a value that its cleaning would change
    or drop, a required property missing, a reference to no entity of the
    export or to one outside the property's range; and whether `ftm
    validate` gives back exactly what it was given."""
    from click.testing import CliRunner
    from followthemoney import model
    from followthemoney.cli.cli import cli as ftm
    from followthemoney.exc import InvalidData

    problems: list[str] = []
    entities: dict[str, Any] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        data = json.loads(line)
        where = f"line {n} ({data.get('schema')} {data.get('id')})"
        schema = model.get(data.get("schema", ""))
        if schema is None:
            problems.append(f"{where}: no FtM schema")
            continue
        try:
            schema.validate(data)
        except InvalidData as exc:
            problems.append(f"{where}: {exc} {exc.errors}")
        proxy = model.get_proxy(data, cleaned=False)
        clean = proxy.clone()
        for prop in proxy.iterprops():
            clean.set(prop, proxy.get(prop))
        if _plain(clean.to_dict()) != _plain(data):
            problems.append(f"{where}: FtM's cleaning changes it to {clean.to_dict()}")
        problems += [f"{where}: no {p}" for p in sorted(schema.required) if not proxy.has(p)]
        if proxy.id in entities:
            problems.append(f"{where}: id seen before")
        entities[str(proxy.id)] = proxy
    for proxy in entities.values():
        for prop in proxy.iterprops():
            if prop.type.name != "entity":
                continue
            for ref in proxy.get(prop):
                target = entities.get(ref)
                if target is None:
                    problems.append(f"{proxy.schema.name} {proxy.id}: {prop.name} names no entity ({ref})")
                elif prop.range is not None and not target.schema.is_a(prop.range):
                    problems.append(
                        f"{proxy.id}: {prop.name} is a {target.schema.name}, not a {prop.range.name}"
                    )
    # The `ftm` command, run in this process (click's runner), which has
    # loaded followthemoney already: a process of its own would load it again.
    run = CliRunner().invoke(ftm, ["validate", "-i", str(path)])
    if run.exit_code:
        problems.append(f"ftm validate failed: {run.output[-500:]} {run.exception!r}")
    else:
        given = sorted(_plain(json.loads(x)) for x in path.read_text(encoding="utf-8").splitlines())
        back = sorted(_plain(json.loads(x)) for x in run.stdout.splitlines())
        if given != back:
            problems.append("ftm validate gives back other entities than it was given")
    return problems


def _plain(data: dict[str, Any]) -> str:
    """An entity as id, schema and sorted property values, for comparing."""
    props = {k: sorted(v) for k, v in data.get("properties", {}).items()}
    return json.dumps([data.get("id"), data.get("schema"), props], sort_keys=True)
