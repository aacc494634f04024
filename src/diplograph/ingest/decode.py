"""Bytes to text: encodings detected before giving up, binaries refused."""

from __future__ import annotations

import codecs
from collections import Counter
from typing import NamedTuple

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_REPLACEMENT = "\ufffd"


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


class Decoded(NamedTuple):
    text: str
    encoding: str
    # Places where the bytes were not valid in `encoding` and were replaced
    # by U+FFFD (only for text that is UTF-8 but for a few bad bytes).
    replaced: int = 0


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file.

    UTF-16 text is full of NULs, so callers check for it first.
    """
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 50)


def decode(data: bytes) -> Decoded:
    """The text and the encoding it was read in. Raises DecodeError for non-text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"has a {encoding} byte-order mark but is not {encoding}") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise DecodeError("binary content, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable: not UTF-8 and no other encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"undecodable as detected encoding {best.encoding}") from exc
    if not _readable(text):
        # A detector always finds *some* single-byte encoding; text that
        # decodes to mostly symbols is still garbage.
        raise DecodeError(f"undecodable: decodes as {best.encoding} but is not readable text")
    return Decoded(text, best.encoding)


def _readable(text: str) -> bool:
    sample = text[:20_000]
    letters = sum(ch.isalpha() or ch.isspace() for ch in sample)
    return letters >= 0.6 * len(sample)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text written without a byte-order mark. Text in one script
    puts few distinct values in the high byte of its characters (0x00 for
    Latin letters, spaces and digits, 0x04 for Cyrillic ...), while its low
    bytes vary: the side of each pair that barely varies is the high byte,
    and that gives the byte order."""
    sample = data[:8192]
    if len(sample) < 16:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        top = sum(n for _, n in Counter(high).most_common(2))
        if top < 0.9 * len(high) or 0 not in high:
            continue
        even = data[: len(data) - len(data) % 2]
        try:
            text = even.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:20_000] if ch < " " and ch not in "\t\n\r\f")
        if not controls and _readable(text):
            return Decoded(text, encoding)
    return None


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few invalid bytes (a truncated character, a byte
    flipped in transit): read as UTF-8 with those bytes replaced, rather
    than as a single-byte code page, which would garble every other
    non-ASCII character. Text in a single-byte code page (cp1251, Latin-1)
    has almost no valid UTF-8 sequences (a letter followed by a byte that
    happens to continue it) and an invalid one at nearly every letter."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))
    good = sum(1 for ch in text if ch > "\x7f" and ch != _REPLACEMENT)
    if good < bad:
        return None
    return Decoded(text, "utf-8", replaced=bad)
