"""What a user's plain `pip install .` gives must be enough to ingest.

The dev environment holds more than a plain install does, so an ingest
here can work while the user's fails. These tests ingest in a process that
can import only the distributions a plain install is sure to bring: those
pyproject.toml declares, and theirs, but not the extras one dependency asks
of another (`justext` asks for `lxml[html_clean]`, which the pip of a
Python 3.11 venv, 23.2, does not match to lxml's `html-clean`). `.ci/run`
also builds a real plain install and ingests with it."""

from __future__ import annotations

import importlib.metadata as md
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import ROOT, built_once
from .pdfs import minimal_pdf

INGEST_WITHOUT = """
import importlib.abc, importlib.metadata as md, json, sys
from packaging.utils import canonicalize_name
allowed, runs = set(json.loads(sys.argv[1])), json.loads(sys.argv[2])
owners = md.packages_distributions()
base = {m for m, dists in owners.items() if not {canonicalize_name(d) for d in dists} & allowed}
blocked = set(base)

class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} (not in a plain install)", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
from diplograph.api import ingest
for refused, corpus, db in runs:
    blocked.clear()
    blocked.update(base | set(refused))
    report = ingest([corpus], db)
    print(json.dumps({"stored": report.stored, "errors": [[e.path, e.reason] for e in report.errors]}))
"""


def plain_install() -> set[str]:
    """Distributions a plain install of this checkout is sure to have."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    todo = [Requirement(r) for r in declared]
    have = {"diplograph"}
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in have or (req.marker is not None and not req.marker.evaluate({"extra": ""})):
            continue
        have.add(name)
        todo += [Requirement(r) for r in md.requires(req.name) or []]  # not req.extras: see above
    return have


# Refused besides what a plain install lacks, in each ingest of the three
# formats: nothing, then the HTML reader's lxml_html_clean.
REFUSED: dict[str, list[str]] = {"none": [], "lxml_html_clean": ["lxml_html_clean"]}


@pytest.fixture(scope="session")
def three_formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """The three formats ingested once per entry of REFUSED, in one process
    (its model loaded once) for the test run, the one with most refused
    first: a module that failed to import is imported afresh when asked again."""

    def build(folder: Path) -> None:
        corpus = folder / "corpus"
        corpus.mkdir()
        text = "Kenya and Ethiopia signed a trade agreement in Nairobi."
        (corpus / "a.txt").write_text(text, encoding="utf-8")
        (corpus / "b.html").write_text(
            "<html><head><title>Talks</title></head><body><article><p>The foreign ministers of "
            "Kazakhstan and Uzbekistan met in Tashkent on Friday to discuss water and transport."
            "</p></article></body></html>",
            encoding="utf-8",
        )
        (corpus / "c.pdf").write_bytes(minimal_pdf("Japan pledged support to the Philippines."))
        order = sorted(REFUSED, key=lambda name: -len(REFUSED[name]))
        runs = [[REFUSED[name], str(corpus), str(folder / f"{name}.duckdb")] for name in order]
        run = subprocess.run(
            [sys.executable, "-c", INGEST_WITHOUT, json.dumps(sorted(plain_install())), json.dumps(runs)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert run.returncode == 0, run.stderr[-3000:]
        lines = run.stdout.splitlines()[-len(runs) :]
        results = {name: json.loads(line) for name, line in zip(order, lines, strict=True)}
        (folder / "results.json").write_text(json.dumps(results), encoding="utf-8")

    folder = built_once(tmp_path_factory, "plain-install", build)
    found: dict[str, dict[str, object]] = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    return found


def test_a_plain_install_ingests_html_pdf_and_text(three_formats: dict[str, dict[str, object]]) -> None:
    assert three_formats["none"] == {"stored": 3, "errors": []}


def test_a_module_missing_at_run_time_fails_its_file_not_the_run(
    three_formats: dict[str, dict[str, object]],
) -> None:
    # The HTML reader needs lxml_html_clean: without it, the HTML file is one
    # error line and the text and the PDF are stored.
    result = three_formats["lxml_html_clean"]
    assert result["stored"] == 2
    errors = result["errors"]
    assert isinstance(errors, list) and len(errors) == 1
    path, reason = errors[0]
    assert path.endswith("b.html") and reason.startswith("unexpected error: ImportError: ")
    assert "\n" not in reason


def test_every_data_file_of_the_package_is_installed() -> None:
    """Each file the package reads at run time (pipeline.toml, the YAML,
    the web UI's pages) matches a package-data pattern, so that a
    non-editable install has it."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["*"]
    missing = []
    for path in sorted((ROOT / "src" / "diplograph").rglob("*")):
        if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        package = next(p for p in path.parents if (p / "__init__.py").is_file())
        if not any(path in set(package.glob(pattern)) for pattern in patterns):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_make_eval_without_the_shared_sets_says_so_and_succeeds(tmp_path: Path) -> None:
    for target, absent in (("eval", "eval"), ("gsr", "eval/plover-gsr")):
        run = subprocess.run(
            ["make", "-s", "-o", "install", target, f"SHARED={tmp_path}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert run.returncode == 0, run.stderr
        assert (run.stdout, run.stderr) == (
            f"make {target}: {tmp_path}/{absent} is absent, so there is nothing to score\n",
            "",
        )
