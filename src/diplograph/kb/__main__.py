"""`python -m diplograph.kb [--coverage]`: validate the knowledge base and
print its size; with --coverage, also every gap in the office-holders'
coverage of the UN member states (reported, not failed, until
offices.yaml makes coverage strict)."""

from __future__ import annotations

import sys

from .loader import KnowledgeBaseError, coverage_report, load


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        kb = load()
    except KnowledgeBaseError as exc:
        print(exc, file=sys.stderr)
        return 1
    if "--coverage" in args:
        print(coverage_report(kb))
    print(
        f"knowledge base OK: {len(kb.states)} states, {len(kb.organisations)} organisations, "
        f"{len(kb.regions)} regions, {len(kb.groups) - len(kb.bodies)} groups, {len(kb.bodies)} bodies, "
        f"{len(kb.people)} people, {len(kb.forms)} surface forms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
