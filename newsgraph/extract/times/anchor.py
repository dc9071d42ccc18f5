"""When did it happen, or when was it said? The date of an event or a quote, from the times found.

In order: a time expression in the clause itself (the caller passes the stretches of text that
belong to the clause); else the nearest earlier explicit date in the same paragraph; else the
publication date, with low confidence. Without a publication date nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ...model import TimeExpr

#: Confidence of each way of finding the date.
CLAUSE, PARAGRAPH, PUBLISHED = 0.9, 0.6, 0.3
_EXPLICIT = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a day: "2016-10-26", not "PAST_REF" or "P6M"


@dataclass(frozen=True)
class Anchor:
    value: str
    confidence: float
    how: str  # clause, paragraph, published


def anchor_date(text: str, start: int, clause: list[tuple[int, int]], times: list[TimeExpr], published: date | None) -> Anchor | None:
    dated = [t for t in times if t.type in ("DATE", "TIME") and t.value]
    for t in dated:
        if any(s <= t.start and t.end <= e for s, e in clause):
            return Anchor(t.value, CLAUSE, "clause")
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    earlier = [t for t in dated if para_start <= t.start < start and _EXPLICIT.match(t.value)]
    if earlier:
        return Anchor(max(earlier, key=lambda t: t.start).value[:10], PARAGRAPH, "paragraph")
    if published is not None:
        return Anchor(published.isoformat(), PUBLISHED, "published")
    return None
