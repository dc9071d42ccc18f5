"""Plain-text articles: an optional headline line, then paragraphs separated by blank lines; the
publication date, where the copy carries one, from its dateline ("KHARKIV, Ukraine, March 15, 2025 -")."""

from __future__ import annotations

import re
from datetime import date, datetime

from .draft import Draft

_TITLE_MAX_WORDS = 20
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: a wire dateline: a place in capitals, then the date, then a dash ("BAMAKO, Mali, March 6, 2025 —")
_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z .'’-]{{1,40}}(?:,[ \t]*[A-Z][\w .'’-]{{1,40}})?,[ \t]*"
    rf"(?P<date>{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"[ \t]*(?:[-—–(]|\(\w+\))", re.MULTILINE)
_FORMATS = ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d")


def read_text(text: str, origin: str) -> Draft:
    """A short first paragraph without closing punctuation is the headline, as in wire copy."""
    head, _, rest = text.strip().partition("\n")
    head = head.strip()
    title = None
    if rest.strip() and 0 < len(head.split()) <= _TITLE_MAX_WORDS and not head.endswith((".", "”", '"', ":", ";", ",")):
        title, text = head, rest
    return Draft(text=text, origin=origin, format="text", title=title, published=dateline_date(text))


def dateline_date(text: str) -> date | None:
    """The date of a dateline in the first lines of the copy, else None."""
    m = _DATELINE.search(text[:600])
    if m is None:
        return None
    raw = re.sub(r"\s+", " ", m.group("date").replace(".", "")).strip()
    raw = raw.replace("Sept ", "Sep ")
    for fmt in _FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None
