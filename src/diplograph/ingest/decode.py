"""Bytes to text: encodings detected before giving up, binaries refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file.

    UTF-16 text is full of NULs, so callers check for a BOM first.
    """
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 50)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises DecodeError for non-text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"has a {encoding} byte-order mark but is not {encoding}") from exc
    if looks_binary(data):
        raise DecodeError("binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable: not UTF-8 and no other encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"undecodable as detected encoding {best.encoding}") from exc
    # A detector always finds *some* single-byte encoding; text that decodes
    # to mostly symbols is still garbage.
    letters = sum(ch.isalpha() or ch.isspace() for ch in text[:20_000])
    if letters < 0.6 * min(len(text), 20_000):
        raise DecodeError(f"undecodable: decodes as {best.encoding} but is not readable text")
    return text, best.encoding
