"""Export stores as POLECAT and FollowTheMoney and check both exports
(tests/export_checks.py): POLECAT's fields and PLOVER's values, and FtM's
own schema checks and `ftm validate`.

    .venv/bin/python scripts/check_exports.py STORE.duckdb...

Prints one line per store and format; exits 1 if any check fails.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import diplograph
import export_checks
from diplograph.api.export import export


def check(db: Path, folder: Path) -> list[str]:
    problems = []
    with diplograph.open(db) as g:
        events = g.stats()["events"]
        polecat, ftm = folder / f"{db.stem}.polecat.jsonl", folder / f"{db.stem}.ftm.json"
        export(g, "polecat", polecat, io.StringIO())
        entities = export(g, "ftm", ftm, io.StringIO())
    found = export_checks.polecat_problems(polecat.read_text(encoding="utf-8").splitlines(), events)
    print(f"{db}: polecat: {events} events, {len(found)} problems")
    problems += found
    found = export_checks.ftm_problems(ftm)
    print(f"{db}: ftm: {entities} entities, {len(found)} problems")
    return problems + found


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for db in sys.argv[1:]:
            problems += check(Path(db), Path(tmp))
    for p in problems[:50]:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
