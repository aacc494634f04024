"""`python -m diplograph.kb`: validate the knowledge base and print its size."""

from __future__ import annotations

import sys

from .loader import KnowledgeBaseError, load


def main() -> int:
    try:
        kb = load()
    except KnowledgeBaseError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(
        f"knowledge base OK: {len(kb.states)} states, {len(kb.organisations)} organisations, "
        f"{len(kb.regions)} regions, {len(kb.groups)} groups, {len(kb.people)} people, "
        f"{len(kb.forms)} surface forms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
