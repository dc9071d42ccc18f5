"""Find the articles in a path: a file, a directory (recursive), JSONL, RSS/Atom, HTML, text or stdin."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import MALFORMED, TOO_LARGE, UNREADABLE, InputError
from .decode import decode
from .draft import Draft, Rejection
from .feed import looks_like_feed, read_feed
from .html import looks_like_html, read_html
from .jsonl import read_jsonl, read_line
from .text import read_text

STDIN = "-"
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}
_HTML_EXT = {".html", ".htm", ".xhtml"}
_FEED_EXT = {".rss", ".atom"}
_JSONL_EXT = {".jsonl", ".ndjson"}


def iter_drafts(path: str | Path, *, max_bytes: int, stdin: BinaryIO | None = None) -> Iterator[Draft | Rejection]:
    """Yield a Draft per article found, or a Rejection per input that cannot be read. Never raises
    for a bad input: the caller decides whether one rejection fails the run."""
    if str(path) == STDIN:
        stream = stdin or sys.stdin.buffer
        raw = stream.read(max_bytes + 1)
        if len(raw) > max_bytes:
            yield Rejection("<stdin>", TOO_LARGE, f"standard input is larger than the {max_bytes:,}-byte limit")
            return
        yield from _from_bytes(raw, "<stdin>", suffix="")
        return
    path = Path(path)
    if path.is_dir():
        yield from _walk(path, max_bytes)
    else:
        yield from _from_file(path, max_bytes)


def _walk(root: Path, max_bytes: int) -> Iterator[Draft | Rejection]:
    def on_error(exc: OSError):
        raise InputError(f"cannot list {exc.filename}: {exc.strerror}", reason=UNREADABLE, origin=exc.filename)

    try:
        entries = []
        for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            entries.extend(Path(dirpath) / f for f in sorted(filenames) if not f.startswith(".") and f not in _SKIP_NAMES)
    except InputError as exc:
        yield Rejection(exc.origin or str(root), exc.reason, exc.message)
        return
    for file in entries:
        yield from _from_file(file, max_bytes)


def _from_file(path: Path, max_bytes: int) -> Iterator[Draft | Rejection]:
    origin = str(path)
    try:
        if path.suffix.lower() in _JSONL_EXT:  # many articles: the limit is per line
            yield from _jsonl_file(path, origin, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejection(origin, TOO_LARGE, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (setting max_bytes)")
            return
        raw = path.read_bytes()
    except FileNotFoundError:
        yield Rejection(origin, UNREADABLE, "no such file or directory")
        return
    except OSError as exc:
        yield Rejection(origin, UNREADABLE, f"cannot read: {exc.strerror or exc}")
        return
    yield from _from_bytes(raw, origin, suffix=path.suffix.lower())


def _jsonl_file(path: Path, origin: str, max_bytes: int) -> Iterator[Draft | Rejection]:
    """Stream the lines; one over ``max_bytes`` is rejected alone and the rest go on."""
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if len(raw) > max_bytes:
                yield Rejection(f"{origin}:{n}", TOO_LARGE, f"line {n} is {len(raw):,} bytes, over the {max_bytes:,}-byte limit (setting max_bytes)")
                continue
            item = read_line(raw.decode("utf-8", errors="replace"), n, origin)
            if item is not None:
                yield item


def _from_bytes(raw: bytes, origin: str, *, suffix: str) -> Iterator[Draft | Rejection]:
    try:
        text, warnings = decode(raw, origin)
        drafts = list(_parse(text, origin, suffix))
    except InputError as exc:
        yield Rejection(origin, exc.reason, exc.message)
        return
    for draft in drafts:
        if isinstance(draft, Draft):
            draft.warnings[:0] = warnings
        yield draft


def _parse(text: str, origin: str, suffix: str) -> Iterator[Draft | Rejection]:
    """The extension decides where it is clear; otherwise the content is sniffed."""
    if suffix in _JSONL_EXT or (not suffix and _looks_like_jsonl(text)):
        yield from read_jsonl(io.StringIO(text), origin)
    elif suffix in _FEED_EXT or (suffix not in _HTML_EXT and looks_like_feed(text)):
        yield from read_feed(text, origin)
    elif suffix in _HTML_EXT or looks_like_html(text):
        yield read_html(text, origin)
    elif suffix == ".xml" or text.lstrip().startswith("<?xml"):
        raise InputError("an XML file that is neither an RSS/Atom feed nor an HTML page", reason=MALFORMED, origin=origin)
    else:
        yield read_text(text, origin)


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{" and text.lstrip().split("\n", 1)[0].rstrip().endswith("}")
