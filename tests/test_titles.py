"""A title of office with no state named resolves from the document: the
state whose holder of that office it has named, by title or by name; nothing
when it has named two states' holders."""

from __future__ import annotations

from diplograph.kb.loader import KnowledgeBase
from diplograph.resolve.titles import DocumentOffices


def test_a_bare_title_is_the_state_whose_holder_the_document_named(kb: KnowledgeBase) -> None:
    offices = DocumentOffices(kb, "2025-03-01")
    assert offices.holder("foreign minister") == ()
    offices.note_title("Foreign Minister", ("IRN",))
    assert offices.holder("the foreign minister".removeprefix("the ")) == ("IRN",)
    assert offices.holder("top diplomat") == ("IRN",)
    assert offices.holder("Minister") == ("IRN",)  # "Minister Araghchi said"
    assert offices.holder("president") == ()  # no president named yet
    assert offices.holder("adviser") == ()  # no title of office


def test_an_office_holder_named_by_name_counts(kb: KnowledgeBase) -> None:
    offices = DocumentOffices(kb, "2025-03-01")
    offices.note_person(["abbas-araghchi"])
    assert offices.holder("foreign minister") == ("IRN",)
    # Out of office on the date: not the foreign minister the text means.
    before = DocumentOffices(kb, "2010-01-01")
    before.note_person(["abbas-araghchi"])
    assert before.holder("foreign minister") == ()


def test_two_states_holders_leave_a_bare_title_unresolved(kb: KnowledgeBase) -> None:
    offices = DocumentOffices(kb, "2025-03-01")
    offices.note_person(["abbas-araghchi", "wang-yi"])
    assert offices.holder("foreign minister") == ()
    offices.note_title("prime minister", ("PAK",))
    assert offices.holder("prime minister") == ("PAK",)
