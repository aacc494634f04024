"""A title of office with no state named ("the foreign minister said",
"Minister Dlamini said") resolved from what the document has already said.

The rule of reporting: a story names an office-holder in full once ("Iran's
foreign minister", "Foreign Minister Abbas Araghchi") and then by title or
surname alone. So a bare title is the state whose holder of that office the
document has named, by title with a state or by the name of someone in that
office on the date. If the document has named two states' holders of the
office (a meeting of two foreign ministers), the bare title could be either
and resolves to nothing. It is never simply the last state named (often
the other party) nor the state the document is most about. In a
government's own statement the author's state comes first (extract's
author rule), as today.
"""

from __future__ import annotations

from collections import defaultdict

from ..kb.loader import KnowledgeBase

# A foreign or defence minister is also "the minister".
_ALSO_MINISTER = {"foreign_minister", "defence_minister"}
# A ministry's, an army's or a government's spokesman speaks for one state
# as a bare spokesman does: the words before these titles keep their role.
_ANY_QUALIFIER = {"spokesperson"}


class DocumentOffices:
    """Which states' holders of each office one document has named so far."""

    def __init__(self, kb: KnowledgeBase, on: str | None):
        self.kb = kb
        self.on = on
        # Per role, the actors whose holder was named: one actor's codes
        # together (a group's with its home state's: "the Houthi spokesman").
        self._holders: dict[str, list[tuple[str, ...]]] = defaultdict(list)

    def role(self, title: str) -> str | None:
        """The role a title names ("Foreign Minister", "top diplomat":
        foreign_minister), None for a word that is no title of office."""
        words = title.lower().split()
        role = self.kb.titles.get(" ".join(words))
        if role is None and len(words) > 1 and (head := self.kb.titles.get(words[-1])) in _ANY_QUALIFIER:
            return head
        return role

    def note_title(self, title: str, codes: tuple[str, ...]) -> None:
        """A title named with its state or organisation ("Iran's foreign
        minister": foreign minister, IRN)."""
        role = self.role(title)
        if role is not None and codes:
            self._note(role, codes)

    def note_person(self, person_ids: list[str]) -> None:
        """A person named: each office they hold on the document's date."""
        if not self.on:
            return
        for pid in person_ids:
            for r in self.kb.roles_on(pid, self.on):
                code = r.state or r.org
                if code:
                    self._note(r.role, (code,))

    def holder(self, title: str) -> tuple[str, ...]:
        """The state (or organisation) a bare title stands for: the one whose
        holder of that office the document has named, () if none or several."""
        role = self.role(title)
        named = self._holders.get(role, []) if role else []
        return named[0] if len(named) == 1 else ()

    def _note(self, role: str, codes: tuple[str, ...]) -> None:
        for r in (role, "minister") if role in _ALSO_MINISTER else (role,):
            if codes not in self._holders[r]:
                self._holders[r].append(codes)
