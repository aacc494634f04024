"""Names beside codes: a person reads "Russia → Africa", not only
"RUS → M49:002". Rows gain a names field beside each field of actor codes,
from the knowledge base (a code it does not know is its own name)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

# code field -> the field of names beside it
NAMED = {
    "source": "source_names",
    "target": "target_names",
    "participants": "participant_names",
    "actors": "actor_names",
    "location": "location_name",
    "organization": "organization_name",
    "member": "member_name",
    "codes": "code_names",  # an actor mention's
}


def named(rows: Iterable[dict[str, Any]], name_of: Callable[[str], str]) -> list[dict[str, Any]]:
    """Each row with a names field beside each code field it has."""
    out = []
    for row in rows:
        row = dict(row)
        for field, names in NAMED.items():
            if field in row and names not in row:
                row[names] = _names(row[field], name_of)
        out.append(row)
    return out


def _names(value: Any, name_of: Callable[[str], str]) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        return name_of(value)
    return [name_of(str(code)) for code in value]


def label(code: str, name: str | None) -> str:
    """ "Russia (RUS)"; the code alone where it is its own name."""
    return f"{name} ({code})" if name and name != code else code
