"""Unicode and whitespace normalisation that keeps paragraphs.

The normalised text is what we store and what every character offset
refers to. Paragraphs are separated by one blank line and never contain a
newline, so sentences can't straddle paragraph breaks. Apostrophes stay as
the source wrote them (a sentence quoted from the store matches its
source); the language pipeline reads `folded(text)`, the same text with one
apostrophe, character for character, so every offset holds for both.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Half of a UTF-16 pair alone: JSON may escape one ("\\ud800"), a PDF's
# broken character map may give one, and no UTF-8 store can hold it.
SURROGATE = re.compile("[\ud800-\udfff]")
_GLUED_SEMICOLON = re.compile(r"(?<=[a-z]);(?=[A-Z])")
_END_OF_SENTENCE = re.compile(r"[.!?:;\"'”’)\]]$")
# Scraped pages lose line breaks between blocks: "the Belt and Road SummitIn
# May, ...". A capitalised sentence opener glued to a lower-case word starts
# a new sentence again (the lost break becomes a full stop).
_GLUED_OPENER = re.compile(
    r"(?<=[a-z]{3})(?=(?:In|On|At|During|After|Before|Since|From|However|Subsequently|Meanwhile|"
    r"Moreover|Furthermore|Additionally|Following|Despite|Although|The)\s)"
)


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


def folded(text: str) -> str:
    """One apostrophe, so that "People’s Republic of China" matches the
    knowledge base's "People's Republic of China"; the same length as
    `text`, so offsets into one are offsets into the other."""
    return text.translate(_APOSTROPHES)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", SURROGATE.sub("\ufffd", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    lines = [
        _GLUED_OPENER.sub(". ", _GLUED_SEMICOLON.sub("; ", _SPACES.sub(" ", line))).strip()
        for line in text.split("\n")
    ]
    return "\n\n".join(_paragraphs(lines, _hard_wrapped(lines)))


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text was wrapped at a fixed width (most lines of similar,
    moderate length) rather than written a paragraph per line."""
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 4:
        return False
    moderate = sum(40 <= n <= 100 for n in lengths)
    return moderate >= 0.6 * len(lengths)


def _paragraphs(lines: list[str], hard_wrapped: bool = False) -> list[str]:
    """Group lines into paragraphs.

    Blank lines always separate paragraphs. Inside a block, a line is joined
    to the next only when it looks hard-wrapped: it does not end a sentence,
    and either the next line continues in lower case or the line breaks off
    after a lower-case word or a comma. Otherwise each line is its own
    paragraph (headings, datelines, one-paragraph-per-line files).
    """
    out: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                out.append(current)
            current = ""
            continue
        continues = line[:1].islower() or (hard_wrapped and _broken_off(current))
        if current and not _END_OF_SENTENCE.search(current) and continues:
            current = f"{current} {line}"
        else:
            if current:
                out.append(current)
            current = line
    if current:
        out.append(current)
    return out


def _broken_off(line: str) -> bool:
    last = line.rsplit(" ", 1)[-1]
    return len(line) >= 25 and (last.endswith(",") or last[:1].islower())


def paragraph_spans(text: str, max_len: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of normalised text.

    With max_len, a longer paragraph comes as several spans of at most that
    many characters: a tokenizer refuses longer input (spaCy's max_length),
    and one line of a scrape or a dump can run to millions of characters.
    """
    spans = []
    pos = 0
    for para in text.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    spans = [s for s in spans if s[1] > s[0]]
    if max_len is None:
        return spans
    return [piece for start, end in spans for piece in _pieces(text, start, end, max_len)]


_SENTENCE_ENDS = (". ", "! ", "? ", '." ', "; ")


def _pieces(text: str, start: int, end: int, max_len: int) -> list[tuple[int, int]]:
    """A span cut into pieces of at most max_len characters: after the last
    sentence end that leaves a piece at least half full (so that few
    sentences are cut in two), else at the last space, else anywhere."""
    out = []
    while end - start > max_len:
        window = text[start : start + max_len]
        ends = [i + len(mark) - 1 for mark in _SENTENCE_ENDS if (i := window.rfind(mark)) >= 0]
        cut = max(ends, default=0)
        if cut < max_len // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = max_len
        out.append((start, start + cut))
        start += cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        out.append((start, end))
    return out
