"""A validated knowledge base kept on disk between processes.

Reading and validating the YAML files takes about a second and grows with
the people files; every worker process pays it. The loaded knowledge base
is pickled under a key made of the files' bytes, this package's code and
today's date (coverage checks depend on it), so any change to any of them
builds it afresh. Only a knowledge base that loaded without fault is kept.

The same folder keeps other things built from the knowledge base (`kept`:
the phrase matcher's tokenized names, nlp/name_matcher.py), each under a key of
everything it depends on.

DIPLOGRAPH_KB_CACHE names the folder (default: $XDG_CACHE_HOME/diplograph
or ~/.cache/diplograph); "off" turns the cache off. A cache that cannot be
read or written is skipped without a word: it only saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
# Older entries than this are removed when a new one is written.
KEEP_DAYS = 7


def folder() -> Path | None:
    setting = os.environ.get("DIPLOGRAPH_KB_CACHE", "")
    if setting.lower() == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "diplograph"


def key(directory: Path) -> str:
    """What the loaded knowledge base depends on: its files, the code that
    reads them, today's date."""
    digest = hashlib.sha256(date.today().isoformat().encode())
    code = sorted(Path(__file__).parent.glob("*.py"))
    for path in [*sorted(directory.glob("*.yaml")), *code]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:40]


def cached(directory: Path, build: Callable[[Path], T], kind: type[T]) -> T:
    """build(directory), or the copy kept from an earlier build of the same
    files by the same code today."""
    if folder() is None:
        return build(directory)
    return kept("kb", key(directory), lambda: build(directory), kind)


def kept(
    name: str,
    digest: str,
    build: Callable[[], T],
    kind: type[T],
    valid: Callable[[T], bool] = lambda _: True,
) -> T:
    """build(), or the copy kept under `name` and `digest` (which must change
    whenever what build() returns could): a copy that cannot be read, is not
    a `kind` or not `valid`, is built afresh and replaced."""
    where = folder()
    if where is None:
        return build()
    path = where / f"{name}-{digest}.pickle"
    try:
        with path.open("rb") as f:
            found = pickle.load(f)
        if isinstance(found, kind) and valid(found):
            return found
    except Exception:  # a damaged copy, whatever the unpickler makes of it: built afresh
        pass
    built = build()
    _store(where, path, name, built)
    return built


def _store(where: Path, path: Path, name: str, value: object) -> None:
    aside: str | None = None
    try:
        where.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a worker reading it never sees half a file.
        with tempfile.NamedTemporaryFile(dir=where, prefix=f".{name}-", delete=False) as f:
            aside = f.name
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(aside, path)
        aside = None
        old = time.time() - KEEP_DAYS * 86400
        for stale in where.glob(f"{name}-*.pickle"):
            if stale != path and stale.stat().st_mtime < old:
                stale.unlink(missing_ok=True)
    except Exception:  # a copy that cannot be written (full disk, unpicklable) only costs time
        pass
    finally:
        if aside is not None:
            Path(aside).unlink(missing_ok=True)
