"""A generator of hostile input: what analysts feed in when they ingest
whatever they have (dumps, scrapes, broken PDFs, old Cyrillic encodings)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from .pdfs import minimal_pdf

# The command line of the checkout's environment, for tests that run it as a user does.
CLI = str(Path(sys.executable).parent / "diplograph")

RUSSIAN = "Министр иностранных дел России встретился с коллегой из Беларуси в Минске во вторник."
GOOD = (
    "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Friday and signed "
    "an agreement on water sharing."
)
DEEP = "The presidents of Kenya and Ethiopia met in Nairobi on Monday and discussed a new road link."


TEMPLATES = [
    "The presidents of {a} and {b} met in {c} on {d} March 2024 and discussed trade and transport.",
    "{a} accused {b} of violating the ceasefire agreement reached in {c} on {d} March 2024.",
    "Trade between {a} and {b} reached ${d} billion in 2023, officials in {c} said.",
    "{a} signed a memorandum on energy cooperation with {b} in {c} on {d} March 2024.",
]
STATES = [
    ("Kazakhstan", "Uzbekistan", "Astana"),
    ("Armenia", "Georgia", "Yerevan"),
    ("Vietnam", "Laos", "Hanoi"),
    ("Kenya", "Ethiopia", "Nairobi"),
    ("Chile", "Peru", "Santiago"),
]


# A paragraph with no actor and no trigger: stored and searchable, but the
# cheap pass reads it and the parser never sees it.
CALM = (
    "The harbour was quiet and the fishing boats stayed in port; "
    "the weather over the coast was mild for the season."
)


def good_corpus(folder: Path, n: int, news_every: int = 1) -> None:
    """n good files, every news_every-th of them news between two states
    (four sentences the parser reads), the others calm bulletins that only
    the cheap pass reads."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, b, c = STATES[i % len(STATES)]
        if i % news_every:
            text = CALM
        else:
            text = " ".join(t.format(a=a, b=b, c=c, d=1 + (i + k) % 28) for k, t in enumerate(TEMPLATES))
        (folder / f"good{i:04d}.txt").write_text(f"Bulletin {i}\n\n{text}\n", encoding="utf-8")


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make(folder: Path, big_mb: int = 21) -> dict[str, str | None]:
    """Write the hostile files; returns file name -> expected reason (a
    substring of the error), or None for files that must be stored.
    huge.txt is `big_mb` MB: over the ingest's default limit of 20 MB."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (folder / name).write_bytes(data)
        expect[name] = reason

    put("binary.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64, "binary")
    put("undecodable.txt", bytes(range(0x80, 0x100)) * 40, "undecodable")
    put("utf16.txt", ("Belarus and Russia signed an agreement. " * 3).encode("utf-16"), None)
    put("cp1251.txt", RUSSIAN.encode("cp1251"), None)
    put("koi8r.txt", (RUSSIAN + " Переговоры продолжатся.").encode("koi8-r"), None)
    put("empty.txt", b"", "empty file")
    put("huge.txt", b"Russia and China held talks. " * (big_mb * 1024 * 1024 // 29 + 1), "too large")
    # Far past libxml2's depth limit: read without a tree, its text stored.
    put(
        "deep.html",
        ("<html><body>" + "<div>" * 20000 + DEEP + "</div>" * 20000 + "</body></html>").encode(),
        None,
    )
    put(
        "script.html",
        (
            b"<html><head><title>x</title><script>alert('head')</script></head><body>"
            b"<article><p onclick=\"alert('p')\">Armenia and Georgia signed a transit memorandum on Monday, "
            b"officials in Yerevan said after the talks ended.</p>"
            b"<iframe src=\"javascript:alert('frame')\"></iframe><a href=\"javascript:alert('a')\">link</a>"
            b"<script>alert('body')</script><img src=x onerror=\"alert('img')\"></article></body></html>"
        ),
        None,
    )
    whole = minimal_pdf("Japan pledged support to the Philippines.")
    put("truncated.pdf", whole[: len(whole) // 2], "PDF")
    put("encrypted.pdf", encrypted_pdf(), "encrypted")
    put("twin-a.txt", GOOD.encode(), None)
    put("twin-b.txt", GOOD.encode(), None)  # the same text under another name: stored once
    # The bad line is reported; the good one is stored (as bad-1).
    put("bad.jsonl", b'{"text": "Iran joined the SCO."}\n{broken\n', "line 2 is not JSON")
    loop = folder / "loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop, target_is_directory=True)  # a symlink loop
    expect["loop/self"] = "symlink loop"
    (folder / "ring-a.txt").symlink_to(folder / "ring-b.txt")  # a -> b -> a
    (folder / "ring-b.txt").symlink_to(folder / "ring-a.txt")
    expect["ring-a.txt"] = expect["ring-b.txt"] = "symlink loop"
    os.mkfifo(folder / "pipe.txt")  # would block a naive reader
    expect["pipe.txt"] = "not a regular file"
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    expect["dangling.txt"] = "broken link"
    (folder / "manifest.csv").write_text(
        "path,published,publisher\nutf16.txt,not a date,Example\nmissing.txt,2024-01-01,Example\n",
        encoding="utf-8",
    )
    return expect
