"""Two leaders named in full and joined by "and" are two parties (#16): the
parser sometimes hangs the first long name, with its "and", under the
second, which left the first leader's state out. Sentence written for
this test."""

from __future__ import annotations

from .conftest import Extract


def test_the_first_of_two_long_names_is_a_party(extract: Extract) -> None:
    r = extract(
        "Brazil President Luiz Inacio Lula da Silva and Argentine President Javier Milei "
        "agreed on a new trade accord.",
        published="2024-03-04",
    )
    agree = [e for e in r.events if e.type == "AGREE"]
    assert agree and {"BRA", "ARG"} <= {*agree[0].source, *agree[0].target}, r.events
    # The record says which rule gave the first party.
    assert "actors:coordinated_before" in agree[0].rules
