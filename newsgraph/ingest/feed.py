"""RSS and Atom feeds: every item is an article; HTML in an item is reduced to its text."""

from __future__ import annotations

import re
from datetime import date

from ..errors import MALFORMED, InputError
from .draft import Draft

_FEED_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.I | re.S)


def looks_like_feed(text: str) -> bool:
    return bool(_FEED_START.match(text[:4000]))


def read_feed(text: str, origin: str) -> list[Draft]:
    import feedparser

    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        raise InputError(f"not a readable RSS/Atom feed ({parsed.bozo_exception})", reason=MALFORMED, origin=origin)
    source = parsed.feed.get("title")
    drafts = []
    for i, entry in enumerate(parsed.entries):
        body = _entry_body(entry)
        authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        drafts.append(
            Draft(
                text=body,
                origin=f"{origin}#{i + 1}",
                format="rss",
                title=entry.get("title"),
                authors=authors or ([entry.author] if entry.get("author") else []),
                published=_entry_date(entry),
                url=entry.get("link"),
                source=source,
                input_id=entry.get("id"),
            )
        )
    return drafts


def _entry_body(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", [])]
    html = max(contents, key=len) if contents else entry.get("summary", "")
    return html_fragment_text(html)


def html_fragment_text(html: str) -> str:
    """Paragraph-preserving text of an HTML fragment (feed items carry <p>s, not pages)."""
    import lxml.html

    if "<" not in html:
        return html
    html = re.sub(r"(?i)</p\s*>|<br\s*/?>|</h\d\s*>|</li\s*>|</div\s*>", "\n\n", html)
    try:
        text = lxml.html.fromstring(f"<div>{html}</div>").text_content()
    except Exception:
        text = re.sub(r"<[^>]+>", " ", html)
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


def _entry_date(entry) -> date | None:
    """The date as the publisher wrote it (its own time zone), else feedparser's UTC reading."""
    from email.utils import parsedate_to_datetime

    for key in ("published", "updated"):
        raw = entry.get(key)
        if raw:
            try:
                return parsedate_to_datetime(raw).date()
            except (TypeError, ValueError):
                try:
                    return date.fromisoformat(raw[:10])
                except ValueError:
                    pass
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
