"""The package's layers import only downwards: ingest, nlp, learn, resolve,
extract, store, knowledge, formats (the export writers), api, then the two
front ends, cli and web.
The web layer never imports the CLI (the CLI may start the web server).
kb, records, config, dates and vocabulary are shared leaves any layer may use."""

from __future__ import annotations

import ast
from pathlib import Path

import diplograph

PACKAGE = Path(diplograph.__file__).parent
# Lower first; the two front ends share the top.
RANK = {
    "ingest": 0,
    "nlp": 1,
    "learn": 2,  # the learned classifier reads parsed sentences; extract's passes use it
    "resolve": 3,
    "extract": 4,
    "store": 5,
    "knowledge": 6,
    "formats": 7,
    "api": 8,
    "cli": 9,
    "web": 9,
}
LEAVES = {"kb", "records", "config", "dates", "vocabulary"}
# The CLI's `serve` command starts the web app; the reverse is forbidden.
ALLOWED = {("cli", "web")}


def _imports(path: Path) -> list[str]:
    """The diplograph modules a file imports, as dotted names."""
    module = ["diplograph", *path.relative_to(PACKAGE).with_suffix("").parts]
    package = module[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            # `from .. import dates` imports a module, not a name.
            out += [stem] if node.module else [f"{stem}.{a.name}" for a in node.names]
    return [m for m in out if m.startswith("diplograph.")]


def _layer(dotted: str) -> str:
    return dotted.split(".")[1]


def test_layers_import_only_downwards() -> None:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        mine = path.relative_to(PACKAGE).with_suffix("").parts[0]
        if mine == "__init__":
            continue  # the package root offers the API
        assert mine in RANK or mine in LEAVES, f"{mine}: a new layer; place it in RANK or LEAVES"
        for target in _imports(path):
            theirs = _layer(target)
            if theirs == mine or (mine, theirs) in ALLOWED:
                continue
            if theirs in LEAVES:
                continue  # a leaf is below every layer
            if mine in LEAVES or RANK[theirs] >= RANK[mine]:
                bad.append(f"{path.relative_to(PACKAGE)} imports {target}")
    assert bad == []


def test_the_rule_sees_a_relative_import_of_the_cli() -> None:
    web_api = PACKAGE / "web" / "api.py"
    assert "diplograph.api.query.rows" in _imports(web_api)
    assert all(_layer(m) != "cli" for m in _imports(web_api))


# Inside extract, the sub-packages import only downwards too: the lexicon
# loader, then actors (phrases, agents, anaphora), events (finders, checks,
# conventions, sides), time (dates of what the events found), and the
# pipeline of passes on top. `cascade` (the words-only test) sits on the
# lexicon; the package's __init__ offers the pipeline.
EXTRACT = PACKAGE / "extract"
EXTRACT_RANK = {
    "lexicon": 0,
    "cascade": 1,
    "actors": 1,
    "events": 2,
    "time": 3,
    "pipeline": 4,
    "__init__": 5,
}


def _extract_imports(path: Path) -> list[str]:
    """The parts of extract a file imports (a sub-package or top-level
    module name), naming `from .. import lexicon` by what it imports."""
    module = ["diplograph", *path.relative_to(PACKAGE).with_suffix("").parts]
    package = module[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            stem = node.module or ""
            if node.level:
                stem = ".".join(package[: len(package) - node.level + 1] + ([stem] if stem else []))
            out += [f"{stem}.{a.name}" for a in node.names]
    parts = [m.split(".") for m in out if m.startswith("diplograph.extract.")]
    return [p[2] for p in parts]


def _extract_part(path: Path) -> str:
    first = path.relative_to(EXTRACT).parts[0]
    return first.removesuffix(".py")


def test_extract_sub_packages_import_only_downwards() -> None:
    bad = []
    for path in sorted(EXTRACT.rglob("*.py")):
        mine = _extract_part(path)
        assert mine in EXTRACT_RANK, f"extract/{mine}: a new part; place it in EXTRACT_RANK"
        for theirs in _extract_imports(path):
            if theirs == mine:
                continue
            if EXTRACT_RANK.get(theirs, 99) >= EXTRACT_RANK[mine]:
                bad.append(f"{path.relative_to(PACKAGE)} imports extract.{theirs}")
    assert bad == []


def test_the_extract_rule_sees_an_upward_import() -> None:
    # time/tense.py reads events/modality.py (downwards), never the reverse.
    assert "events" in _extract_imports(EXTRACT / "time" / "tense.py")
    assert "lexicon" in _extract_imports(EXTRACT / "events" / "sides.py")
    assert EXTRACT_RANK["events"] < EXTRACT_RANK["time"]


# Modules named alike in different layers read as one another
# (`diplograph.ingest` the layer, `diplograph.api.ingest` the job once).
# Left for now, each in code others are changing: the web layer's JSON
# routes (web/api.py) and these pairs.
NAMED_LIKE_A_LAYER_LEFT = {"web/api.py"}
SHARED_NAMES_LEFT = {"actors", "models", "pipeline", "state"}


def _modules() -> list[tuple[str, ...]]:
    """Each module and package below the layers, as its path's parts."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        parts = parts[:-1] if parts[-1] == "__init__" else parts
        found |= {parts[: i + 1] for i in range(1, len(parts))}
    return sorted(found)


def test_no_module_is_named_like_a_layer() -> None:
    layers = set(RANK) | LEAVES
    bad = ["/".join(m) + ".py" for m in _modules() if m[-1] in layers]
    assert sorted(set(bad) - NAMED_LIKE_A_LAYER_LEFT) == []


def test_no_two_layers_have_modules_of_one_name() -> None:
    layers_of: dict[str, set[str]] = {}
    for m in _modules():
        layers_of.setdefault(m[-1], set()).add(m[0])
    shared = {name for name, layers in layers_of.items() if len(layers) > 1}
    assert sorted(shared - SHARED_NAMES_LEFT) == []


def test_the_naming_rules_see_a_clash() -> None:
    assert ("api", "query", "client") in _modules() and ("extract", "events") in _modules()
    assert all(m[-1] != "ingest" for m in _modules())


def test_no_module_is_over_400_lines() -> None:
    # docs/coding.md's rule: a module that grows past it is split by noun.
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
