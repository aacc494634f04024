"""The text of an HTML page read as a stream of tags, without a tree.

libxml2 (under lxml and trafilatura) stops building its tree about 256
elements deep and drops everything below, silently: a page of 20,000
nested <div>s comes out with no text, one of 300 with its article cut
short. This reader has no depth limit, so it gives the text of any page,
and it measures the nesting, so that the caller knows when the tree
parsers can't be trusted with a page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

# Deeper than this, the tree parsers may lose text (their limit is 256,
# counted a little differently from here).
TREE_SAFE_DEPTH = 200

_SKIPPED = {"script", "style", "noscript", "template"}
# Elements that never have an end tag: they add no depth.
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}  # fmt: skip
# Elements whose end tag HTML lets the page leave out: the next one of the
# same kind closes them (a list of <li>s is not a deep page).
_SELF_CLOSING = {"p", "li", "dt", "dd", "tr", "td", "th", "option"}


@dataclass(frozen=True)
class FlatText:
    text: str  # the text nodes outside script and style, one a line
    depth: int  # the deepest nesting of elements seen


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.counts: Counter[str] = Counter()  # of open elements, by tag
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        if tag in _SELF_CLOSING and self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.counts[tag] += 1
        self.open.append(tag)
        self.depth = max(self.depth, len(self.open))

    def handle_endtag(self, tag: str) -> None:
        if not self.counts[tag]:
            return  # a stray end tag closes nothing
        while self.open:
            closed = self.open.pop()
            self.counts[closed] -= 1
            if closed == tag:
                break

    def handle_data(self, data: str) -> None:
        if data.strip() and not any(self.counts[tag] for tag in _SKIPPED):
            self.parts.append(data.strip())


def flat_text(html: str) -> FlatText:
    reader = _Reader()
    try:
        reader.feed(html)
        reader.close()
    except Exception:  # untrusted markup: keep what was read before the fault
        pass
    return FlatText("\n".join(reader.parts), reader.depth)
