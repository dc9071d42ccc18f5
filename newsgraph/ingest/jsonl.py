"""JSONL: one article a line with ``text`` and optional ``id``, ``title``, ``published``, ``url``, ``source``."""

from __future__ import annotations

import json
from datetime import date
from typing import Iterator

from ..errors import MALFORMED, NO_TEXT, InputError
from .draft import Draft, Rejection
from .html import looks_like_html, read_html

FIELDS = {"id", "text", "title", "published", "url", "source", "authors", "html"}


def read_jsonl(lines, origin: str) -> Iterator[Draft | Rejection]:
    """Each bad line is a rejection of its own; the other lines go on."""
    for n, line in enumerate(lines, start=1):
        item = read_line(line, n, origin)
        if item is not None:
            yield item


def read_line(line: str, n: int, origin: str) -> Draft | Rejection | None:
    """Line ``n`` of a JSONL input as a Draft, a Rejection, or None when it is blank."""
    if not line.strip():
        return None
    where = f"{origin}:{n}"
    try:
        return _draft(json.loads(line), where)
    except json.JSONDecodeError as exc:
        return Rejection(where, MALFORMED, f"line {n} is not valid JSON ({exc.msg})")
    except InputError as exc:
        return Rejection(where, exc.reason, exc.message)


def _draft(item, where: str) -> Draft:
    if not isinstance(item, dict):
        raise InputError("the line is not a JSON object", reason=MALFORMED, origin=where)
    text = item.get("text") or item.get("html")
    if not isinstance(text, str) or not text.strip():
        raise InputError("the line has no 'text'", reason=NO_TEXT, origin=where)
    draft = read_html(text, where) if looks_like_html(text) else Draft(text=text, origin=where, format="jsonl")
    draft.format = "jsonl"
    draft.input_id = _str(item.get("id"))
    draft.title = _str(item.get("title")) or draft.title
    draft.url = _str(item.get("url")) or draft.url
    draft.source = _str(item.get("source")) or draft.source
    authors = item.get("authors")
    if isinstance(authors, list):
        draft.authors = [str(a) for a in authors if a]
    elif isinstance(authors, str) and authors:
        draft.authors = [authors]
    if item.get("published"):
        try:
            draft.published = date.fromisoformat(str(item["published"])[:10])
        except ValueError:
            raise InputError(
                f"'published' is not an ISO date: {item['published']!r}", reason=MALFORMED, origin=where
            ) from None
    return draft


def _str(value) -> str | None:
    return str(value) if value not in (None, "") else None
