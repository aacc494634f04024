"""Paths as the public API takes them, and symlinks that loop."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

# What the public API accepts as a path: "corpus/" as well as Path("corpus").
PathArg = str | os.PathLike[str]
LOOP = "a symlink loop (the link leads back to itself)"


def as_paths(paths: PathArg | Iterable[PathArg]) -> list[Path]:
    """Paths from str or path-like arguments; one path alone is a list of one
    (iterating "corpus/" would give its letters)."""
    if isinstance(paths, str | os.PathLike):
        return [Path(paths)]
    return [Path(p) for p in paths]


def is_loop(path: Path) -> bool:
    """Whether following this symlink never ends (a -> b -> a, a -> a)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def resolved(path: Path) -> Path:
    """The path with links resolved; as it is if they loop (Path.resolve
    raises on a loop in some Python versions, which would end the run)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
