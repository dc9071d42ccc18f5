"""Plain-text articles: an optional headline line, then paragraphs separated by blank lines."""

from __future__ import annotations

from .draft import Draft

_TITLE_MAX_WORDS = 20


def read_text(text: str, origin: str) -> Draft:
    """A short first paragraph without closing punctuation is the headline, as in wire copy."""
    head, _, rest = text.strip().partition("\n")
    head = head.strip()
    title = None
    if rest.strip() and 0 < len(head.split()) <= _TITLE_MAX_WORDS and not head.endswith((".", "”", '"', ":", ";", ",")):
        title, text = head, rest
    return Draft(text=text, origin=origin, format="text", title=title)
